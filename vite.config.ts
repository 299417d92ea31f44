import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const PRETTIER_STUB = fileURLToPath(new URL('src/web/features/editor/prettier-stub.ts', import.meta.url));

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

export default defineConfig({
  plugins: [react()],
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
  },
  worker: { format: 'es', plugins: () => [yamlWorkerWithoutPrettier] },
});
