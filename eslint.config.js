// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layer fence of DESIGN.md: model → present → worker / web / cli, never backwards. */
/**
 * Outside the model, its public API is src/model/index.ts; tests may also use its test fixtures.
 * The list of supported Kubernetes versions is a second, tiny entry: the CLI's --help and flag
 * checks read it without loading the model.
 */
const MODEL_API = {
  // The folder is re-included as well as its files: gitignore rules cannot re-include a file whose
  // folder is excluded.
  group: ['**/model/**', '!**/model/index.ts', '!**/model/testing/', '!**/model/testing/**', '!**/model/versions/', '!**/model/versions/kube-version.ts'],
  message: 'import the model through src/model/index.ts, its public API.',
};

const fence = (/** @type {string[]} */ forbidden, /** @type {string} */ why, outsideModel = true) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...forbidden.map((group) => ({ group: [group], message: why })), ...(outsideModel ? [MODEL_API] : [])] },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: fence(
      ['**/present/**', '**/worker/**', '**/web/**', '**/cli/**', 'node:*', 'react', 'react-dom', 'zustand', '@xyflow/*'],
      'src/model is pure: it imports only its YAML parsers and itself.',
      false,
    ),
  },
  {
    files: ['src/present/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: fence(
      ['**/worker/**', '**/web/**', '**/cli/**', 'node:*', 'react', 'react-dom', 'zustand', '@xyflow/*'],
      'src/present is a pure view of the model: it imports only src/model.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: fence(['**/web/**', '**/worker/**', 'react', 'react-dom', 'zustand', '@xyflow/*'], 'the CLI imports only model and present.'),
  },
  {
    files: ['src/web/**/*.{ts,tsx}', 'src/worker/**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...fence(['**/cli/**', 'node:*'], 'the browser layers never import the CLI or Node built-ins.'),
    },
  },
  {
    // Tests of the browser layers run in Node: they may read fixtures and use Node's zlib.
    files: ['src/web/**/*.test.{ts,tsx}', 'src/worker/**/*.test.ts'],
    rules: fence(['**/cli/**'], 'the browser layers never import the CLI.'),
  },
  {
    // The embed worker's lazy parts stand in for modules of the model, which they name one by one
    // (src/worker/embed/lazy/stand-ins.ts): they reach behind its public API by design.
    files: ['src/worker/embed/lazy/*.ts'],
    rules: fence(['**/web/**', '**/cli/**', 'node:*'], 'the embed worker’s lazy parts import only the model.', false),
  },
  {
    files: ['src/worker/embed/lazy/*.test.ts'],
    rules: fence(['**/web/**', '**/cli/**'], 'the embed worker’s lazy parts import only the model.', false),
  },
  {
    // Tests beside pure code may read fixtures from disk, but still never reach into other layers.
    files: ['src/model/**/*.test.ts', 'src/present/**/*.test.ts'],
    rules: fence(['**/worker/**', '**/web/**', '**/cli/**', 'react', 'react-dom', 'zustand', '@xyflow/*'], 'tests of pure code stay in their layer.', false),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
