/**
 * Stands in for Prettier inside the YAML worker (see vite.config.ts): the editor does not offer
 * "Format document" (monaco-yaml's `format.enable` is false), so the worker never formats.
 */
export function format(): never {
  throw new Error('formatting is not offered in this editor');
}
