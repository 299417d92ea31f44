import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawRequest, Drawing } from '../protocol.ts';
import { EMBED_STAND_INS, LEFT_OUT } from './stand-ins.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const LAZY = 'src/worker/embed/lazy';
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every source file (tests excepted) of the layers the embed's worker bundles, by path from the root. */
function bundledSources(): string[] {
  return ['src/model', 'src/present', 'src/worker']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith(LAZY));
}

/** What an import specifier in `file` names: a path from the root, or a package. */
const target = (file: string, specifier: string): string => (specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier);

interface ModuleUse {
  /** Values imported by name. */
  readonly named: string[];
  /** Imports and re-exports the stand-ins could not follow: default, namespace, `export … from`, dynamic. */
  readonly opaque: string[];
}

function usesOf(file: string, text: string): Map<string, ModuleUse> {
  const uses = new Map<string, ModuleUse>();
  const importsOf = (specifier: string): ModuleUse => {
    const key = target(file, specifier);
    let found = uses.get(key);
    if (found === undefined) uses.set(key, (found = { named: [], opaque: [] }));
    return found;
  };
  for (const [, names = '', specifier = ''] of text.matchAll(/^import\s+\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
    importsOf(specifier).named.push(...names.split(',').map((n) => n.trim()).filter((n) => n !== '' && !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0] ?? n));
  }
  for (const [statement, specifier = ''] of text.matchAll(/^import\s+(?!type\b)(?:\*\s+as\s+\w+|\w+)\s*(?:,[^;]*)?from\s*'([^']+)'/gm)) importsOf(specifier).opaque.push(`${file}: ${statement}`);
  for (const [statement, specifier = ''] of text.matchAll(/^export\s+(?!type\b)(?:\*|\{[^}]*\})\s*from\s*'([^']+)'/gm)) importsOf(specifier).opaque.push(`${file}: ${statement}`);
  for (const [statement, specifier = ''] of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) importsOf(specifier).opaque.push(`${file}: ${statement}`);
  return uses;
}

describe('the embed worker’s stand-ins', () => {
  it('export every value the bundled layers import from the modules they replace', async () => {
    const sources = bundledSources();
    expect(sources.length).toBeGreaterThan(100);
    const uses = sources.map((file) => usesOf(file, read(file)));
    for (const [module, standIn] of Object.entries(EMBED_STAND_INS)) {
      const named = new Set(uses.flatMap((u) => u.get(module)?.named ?? []));
      const opaque = uses.flatMap((u) => u.get(module)?.opaque ?? []);
      expect(named.size, `${module} is imported somewhere`).toBeGreaterThan(0);
      expect(opaque, `${module} is imported only by name`).toEqual([]);
      const exported = (await import(join(ROOT, standIn))) as Record<string, unknown>;
      expect([...named].filter((name) => typeof exported[name] !== 'function'), `${standIn} stands in for ${module}`).toEqual([]);
    }
  });

  it('fetch through their part’s `*-real.ts` file every module they replace', () => {
    for (const [module, standIn] of Object.entries(EMBED_STAND_INS).filter(([, standIn]) => !LEFT_OUT.has(standIn))) {
      const realFile = standIn.replace(/\.ts$/, '-real.ts');
      const gathered = [...read(realFile).matchAll(/^export \* from '([^']+)'/gm)].map(([, specifier = '']) => target(realFile, specifier));
      expect(gathered, realFile).toContain(module);
    }
  });
});

/** The modules a part's `*-real.ts` file gathers, as vite.config.ts leaves them: the real ones. */
async function realModules(realFile: string): Promise<Record<string, unknown>> {
  const specifiers = [...read(realFile).matchAll(/^export \* from '([^']+)'/gm)].map(([, specifier = '']) => target(realFile, specifier));
  const modules = await Promise.all(specifiers.map((module) => vi.importActual<Record<string, unknown>>(module.startsWith('src/') ? join(ROOT, module) : module)));
  return Object.assign({}, ...modules) as Record<string, unknown>;
}

const path = (module: string): string => (module.startsWith('src/') ? join(ROOT, module) : module);
const REAL_FILES = [...new Set(Object.values(EMBED_STAND_INS))].filter((standIn) => !LEFT_OUT.has(standIn)).map((standIn) => standIn.replace(/\.ts$/, '-real.ts'));

/**
 * The embed worker's module graph in the test's module registry: each listed module replaced by its
 * stand-in, except where the parts' `*-real.ts` files import the real ones, as vite.config.ts does.
 */
function standInsAsInTheBundle(): void {
  vi.resetModules();
  for (const [module, standIn] of Object.entries(EMBED_STAND_INS)) vi.doMock(path(module), () => import(join(ROOT, standIn)));
  for (const realFile of REAL_FILES) vi.doMock(join(ROOT, realFile), () => realModules(realFile));
}

function realModulesEverywhere(): void {
  for (const module of [...Object.keys(EMBED_STAND_INS), ...REAL_FILES]) vi.doUnmock(path(module));
  vi.resetModules();
}

/** The names of the parts loaded so far in the current registry. */
async function loadedParts(): Promise<string[]> {
  const standIns = await Promise.all([...new Set(Object.values(EMBED_STAND_INS))].map((standIn) => import(join(ROOT, standIn)) as Promise<Record<string, unknown>>));
  return standIns
    .flatMap((exports) => Object.values(exports))
    .filter((value): value is { name: string; loaded: boolean; real: unknown } => typeof value === 'object' && value !== null && 'loaded' in value && 'real' in value)
    .filter((part) => part.loaded)
    .map((part) => part.name)
    .sort();
}

/** A drawing with the stand-ins, starting with no part loaded, and the parts it made the worker fetch. */
async function drawLazily(request: DrawRequest): Promise<{ drawing: Drawing; fetched: string[] }> {
  standInsAsInTheBundle();
  const { createEmbedModel } = await import('../draw.ts');
  const { withLazyParts } = await import('./part.ts');
  const drawing = await withLazyParts(() => createEmbedModel().draw(request));
  return { drawing, fetched: await loadedParts() };
}

async function drawWithRealModules(request: DrawRequest): Promise<Drawing> {
  realModulesEverywhere();
  const { createEmbedModel } = await import('../draw.ts');
  return createEmbedModel().draw(request);
}

const example = (file: string): string => read(`src/examples/${file}`);
const EXAMPLES = readdirSync(join(ROOT, 'src/examples')).filter((file) => file.endsWith('.yaml'));
const DEBUG_UI = example('guide-03-debug-ui.yaml');
const GATEWAY_LINK = read(`${LAZY}/testdata/gateway-link.yaml`);
const HEAVY_TEST_TIMEOUT_MS = 240_000;

describe('the embed’s drawing with lazy parts', () => {
  afterEach(() => realModulesEverywhere());

  it(
    'is the drawing of the real modules for every example, and fetches what only some links need only for them',
    async () => {
      for (const file of EXAMPLES) {
        const request: DrawRequest = { type: 'draw', id: 1, manifest: example(file), theme: 'light' };
        const { drawing, fetched } = await drawLazily(request);
        expect(drawing, file).toEqual(await drawWithRealModules(request));
        // The guide's examples need no part, the Gateway API examples theirs.
        if (file.startsWith('guide-')) expect(fetched, file).toEqual([]);
        if (file.startsWith('gateway-')) expect(fetched, file).toContain('Gateway API admission');
      }
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it.each<[string, DrawRequest, string[]]>([
    ['a Gateway API route', { type: 'draw', id: 1, manifest: GATEWAY_LINK, theme: 'dark' }, ['Gateway API admission']],
    ['a What-if timeline', { type: 'draw', id: 1, manifest: DEBUG_UI, events: JSON.stringify([{ kind: 'drain', node: 'worker-1' }]), theme: 'light' }, ['What-if events']],
    ['a broken document', { type: 'draw', id: 1, manifest: `${DEBUG_UI}\n---\nkind: Service\nmetadata: {name: [broken\n`, theme: 'light' }, ['the yaml package']],
  ])('is the drawing of the real modules for %s, fetching only its part', async (_name, request, parts) => {
    const { drawing, fetched } = await drawLazily(request);
    expect(drawing).toEqual(await drawWithRealModules(request));
    expect(fetched).toEqual(parts);
  });

  /** What `work` gives with the stand-ins, starting with no part loaded, and with the real modules; and the parts it fetched. */
  async function bothWays<T>(work: (model: typeof import('../../../model/index.ts')) => T): Promise<{ lazily: T; really: T; fetched: string[] }> {
    standInsAsInTheBundle();
    const withStandIns = await import('../../../model/index.ts');
    const { withLazyParts } = await import('./part.ts');
    const lazily = await withLazyParts(() => work(withStandIns));
    const fetched = await loadedParts();
    realModulesEverywhere();
    return { lazily, really: work(await import('../../../model/index.ts')), fetched };
  }

  it('builds and traces a cluster with the Gateway API installed as the real modules do', async () => {
    const { lazily, really, fetched } = await bothWays((model) => {
      const cluster = model.buildCluster([{ name: 'manifest.yaml', text: GATEWAY_LINK }], { gatewayApi: true });
      return { cluster, trace: model.trace(cluster, { via: 'gateway', host: 'shop.example.com', path: '/store/cart' }) };
    });
    expect(really.cluster.httpRoutes).toHaveLength(1);
    expect(really.trace.ok).toBe(true);
    // The same cluster and trace, but for the troubleshooting findings, which the embed leaves out (no-findings.ts).
    const { diagnostics: lazyDiagnostics, ...lazyCluster } = lazily.cluster;
    const { diagnostics, ...cluster } = really.cluster;
    expect({ ...lazily, cluster: lazyCluster }).toEqual({ ...really, cluster });
    expect(lazyDiagnostics.map((d) => d.code)).toEqual(['GATEWAY_API_CRDS_ASSUMED']);
    expect(diagnostics).toEqual(expect.arrayContaining([...lazyDiagnostics]));
    expect(diagnostics.length).toBeGreaterThan(lazyDiagnostics.length);
    expect(fetched).toEqual(['Gateway API admission']);
  });

  it('answers a one-label name from the root zone as the real modules do', async () => {
    const { lazily, really, fetched } = await bothWays((model) => {
      const cluster = model.buildCluster([{ name: 'manifest.yaml', text: DEBUG_UI }]);
      return ['database', 'dev'].map((name) => model.resolveFrom(cluster, { name, type: 'A' }, 'monitoring'));
    });
    expect(really.map((answer) => answer.rcode)).toEqual(['NXDOMAIN', 'NOERROR']);
    expect(lazily).toEqual(really);
    expect(fetched).toEqual(['the DNS root zone']);
  });
});
