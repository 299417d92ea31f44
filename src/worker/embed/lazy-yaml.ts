/**
 * The `yaml` package, fetched only when the model needs it. The model reads manifests with
 * js-yaml and turns to `yaml` only for what a share link rarely holds: a syntax error, a key
 * kubectl refuses, a source range its quicker locators cannot give. In the embed's worker this
 * module stands in for the package (vite.config.ts, `lazyYamlInEmbedWorker`), which saves about
 * 30 kB (gzip) of the embed's download.
 *
 * The model is synchronous, so the package cannot be fetched in the middle of a build. Instead a
 * call made before it is loaded throws and is remembered; withLazyYaml then loads the package and
 * runs the work again. The model is pure, so the second run gives exactly what a single run with
 * the package would have given, even if the model caught the first run's error.
 */
import type * as Yaml from 'yaml';

let real: typeof Yaml | undefined;
let missed = false;

/** Thrown by every function here until the package is loaded. */
export class YamlNotLoaded extends Error {
  constructor() {
    super('the yaml package is not loaded yet');
  }
}

function yaml(): typeof Yaml {
  if (real !== undefined) return real;
  missed = true;
  throw new YamlNotLoaded();
}

// What src/model and src/present import from `yaml` (lazy-yaml.test.ts keeps this list complete).
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const stringify = ((...args: Parameters<typeof Yaml.stringify>) => yaml().stringify(...args)) as typeof Yaml.stringify;
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
/** A constructor that returns the package's own LineCounter, so `new LineCounter()` works as usual. */
export const LineCounter = function LineCounter() {
  return new (yaml().LineCounter)();
} as unknown as typeof Yaml.LineCounter;

/** Loads the package, once; `load` is the import, which a test may replace. */
export async function loadYaml(load: () => Promise<typeof Yaml> = () => import('yaml')): Promise<void> {
  real ??= await load();
}

/**
 * `work()`'s answer, with the package loaded first if work needed it: the first run goes without
 * it; a run that called it (whether it then failed or not) is thrown away and run again.
 */
export async function withLazyYaml<T>(work: () => T, onRetry: () => void = () => undefined, load?: () => Promise<typeof Yaml>): Promise<T> {
  missed = false;
  try {
    const answer = work();
    if (!missed) return answer;
  } catch (error) {
    if (!missed) throw error;
  }
  onRetry();
  await loadYaml(load);
  return work();
}
