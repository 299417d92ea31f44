/**
 * The `kse` command as one JavaScript file (dist-cli/kse.mjs), built when the package is installed
 * (`prepare`) so that the bin starts without compiling TypeScript. Node built-ins stay imports;
 * everything else is bundled, except resvg, a native module that only `render --format png` loads.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-cli';
const BIN = 'kse.mjs';

/** The bin can be run as it is (`./dist-cli/kse.mjs`), as npm makes it when it links the package. */
const executable: Plugin = {
  name: 'kse:executable-bin',
  writeBundle(options) {
    chmodSync(join(options.dir ?? OUT_DIR, BIN), 0o755);
  },
};

export default defineConfig({
  // Nothing from the web app's config: no React plugin, no public/ assets, no .env files.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  plugins: [executable],
  ssr: { target: 'node', noExternal: true, external: ['@resvg/resvg-js'] },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // The package's bin: run by the shell, so it names its interpreter.
      output: { entryFileNames: BIN, codeSplitting: false, banner: '#!/usr/bin/env node' },
    },
  },
});
