import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { EMBED_STAND_INS } from './src/worker/embed/lazy/stand-ins.ts';

const PRETTIER_STUB = fileURLToPath(new URL('src/web/features/editor/prettier-stub.ts', import.meta.url));
const EMBED_WORKER = fileURLToPath(new URL('src/worker/embed/embed.worker.ts', import.meta.url));
const LAZY_DIR = fileURLToPath(new URL('src/worker/embed/lazy/', import.meta.url));
const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** Absolute paths (or the package name) to the embed worker's stand-ins for them. */
const STAND_INS: ReadonlyMap<string, string> = new Map(
  Object.entries(EMBED_STAND_INS).map(([module, standIn]) => [module.startsWith('src/') ? join(ROOT, module) : module, join(ROOT, standIn)]),
);

/**
 * The YAML worker imports Prettier (about 440 kB) for "Format document", which the editor does
 * not offer (monaco-yaml's `format.enable: false`); workers get a stub instead.
 */
const yamlWorkerWithoutPrettier: Plugin = {
  name: 'kse:yaml-worker-without-prettier',
  enforce: 'pre',
  resolveId(source) {
    return /^prettier(\/|$)/.test(source) ? PRETTIER_STUB : null;
  },
};

/**
 * In the embed's worker, a few modules of the model and the `yaml` package are stand-ins that
 * fetch the real ones only when a build needs them (src/worker/embed/lazy/part.ts; the list is
 * src/worker/embed/lazy/stand-ins.ts): Gateway API admission, What-if events, the DNS root zone and
 * `yaml` leave the embed's download for share links that need none of them. Every import of a
 * listed module resolves to its stand-in, except imports from src/worker/embed/lazy itself, where
 * each part's `*-real.ts` file imports the real modules (fetched dynamically, so they make a chunk
 * of their own). Every other bundle keeps the real modules. A fresh instance per worker bundle
 * (Vite builds them in parallel), active only in the embed's.
 */
function lazyModulesInEmbedWorker(): Plugin {
  let active = false;
  return {
    name: 'kse:lazy-modules-in-embed-worker',
    enforce: 'pre',
    buildStart(options) {
      active = Object.values(options.input).includes(EMBED_WORKER);
    },
    resolveId(source, importer) {
      if (!active || importer === undefined) return null;
      const target = source.startsWith('.') ? resolve(dirname(importer), source) : source;
      const standIn = STAND_INS.get(target);
      return standIn !== undefined && !importer.startsWith(LAZY_DIR) ? standIn : null;
    },
  };
}

/**
 * The page may run only its own scripts and talk only to its own origin: no inline or foreign
 * script, no eval, no request elsewhere. Styles allow 'unsafe-inline' because React Flow positions
 * boxes with style attributes and Monaco writes its own style elements. No `frame-ancestors`:
 * `?embed` is made for other sites' iframes.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy travels in the built page itself, so it holds on any static host. Only there: the
 * dev server injects an inline script (React's refresh preamble) that the policy would block.
 */
const contentSecurityPolicy: Plugin = {
  name: 'kse:content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
};

/**
 * React Flow 12's node wrapper selects its node from the store and reads `node.internals` without
 * a guard. When the nodes change, the wrappers of boxes that left still hear the store's updates
 * before React unmounts them, and each of their selectors throws a TypeError, which React takes
 * for a change (useSyncExternalStore): an Error and its stack per departed box per update. Typing
 * in the template of a 1,000-replica Deployment renames all its Pods, and those throws took
 * 110–260 ms of each keystroke. With the guard the selector returns no node, and the wrapper is
 * unmounted in the same render as before. Should React Flow change that line, the build says so.
 */
const REACT_FLOW_NODE_GUARD = { find: 'internals: node.internals,', replace: 'internals: node?.internals,' } as const;
const reactFlowNodeGuard: Plugin = {
  name: 'kse:react-flow-node-guard',
  enforce: 'pre',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/.test(id)) return null;
    if (!code.includes(REACT_FLOW_NODE_GUARD.find)) throw new Error(`kse:react-flow-node-guard: ${id} no longer reads "${REACT_FLOW_NODE_GUARD.find}"; see whether its NodeWrapper still needs the guard`);
    return { code: code.replace(REACT_FLOW_NODE_GUARD.find, REACT_FLOW_NODE_GUARD.replace), map: null };
  },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, reactFlowNodeGuard],
  resolve: {
    alias: [
      // monaco 0.56+ maps `./*` to `./esm/vs/*.js`, but monaco-yaml's worker (through
      // monaco-worker-manager) still imports `monaco-editor/esm/vs/editor/editor.worker.js`.
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' },
    ],
  },
  // Pre-bundled up front, or the dev server reloads the page on the first visit that opens the editor.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js', 'yaml', 'js-yaml'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // The model and its views are pure (DESIGN.md): importing one of their modules does nothing
      // by itself. Said so, the bundler leaves out what the page only reaches through an index and
      // never calls: the embed's page takes the packet's geometry from present/graph without the
      // model and its YAML parsers behind that index (they run in its worker).
      treeshake: { moduleSideEffects: [{ test: /\/src\/(model|present)\/.+\.ts$/, sideEffects: false }] },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es', plugins: () => [yamlWorkerWithoutPrettier, lazyModulesInEmbedWorker()] },
});
