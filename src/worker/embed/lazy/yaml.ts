/**
 * The `yaml` package, fetched only when the model needs it (part.ts). The model reads manifests
 * with js-yaml and turns to `yaml` only for what a share link rarely holds: a syntax error, a key
 * kubectl refuses, a source range its quicker locators cannot give. In the embed's worker this
 * module stands in for the package (stand-ins.ts), which saves about 30 kB (gzip) of the embed's
 * download.
 */
import type * as Yaml from './yaml-real.ts';
import { lazyPart } from './part.ts';

export const YAML_PART = lazyPart<typeof Yaml>('the yaml package', () => import('./yaml-real.ts'));

const yaml = (): typeof Yaml => YAML_PART.real();

// What src/model and src/present import from `yaml` (stand-ins.test.ts keeps this list complete).
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
