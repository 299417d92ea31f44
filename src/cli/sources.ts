/**
 * `-f FILE|DIR|-` as kubectl reads it: a file, every *.yaml/*.yml/*.json of a directory in name
 * order (not recursive), or stdin.
 */
import type { ManifestSource } from '../model/index.ts';
import type { CliIO } from './io.ts';

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The name stdin's diagnostics are reported against. */
export const STDIN_NAME = '<stdin>';

export type SourcesResult = { readonly ok: true; readonly sources: ManifestSource[] } | { readonly ok: false; readonly error: string };

export async function readSources(paths: readonly string[], io: CliIO): Promise<SourcesResult> {
  const sources: ManifestSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      sources.push({ name: STDIN_NAME, text: await io.readStdin() });
      continue;
    }
    const entries = await io.readDir(path);
    const files =
      entries === null
        ? [path]
        : entries
            .filter((entry) => MANIFEST_EXTENSIONS.some((extension) => entry.endsWith(extension)))
            .sort()
            .map((entry) => `${path.replace(/\/+$/, '')}/${entry}`);
    for (const file of files) {
      try {
        sources.push({ name: file, text: await io.readFile(file) });
      } catch {
        // kubectl's resource builder: `the path "x" does not exist`.
        return { ok: false, error: `the path "${file}" does not exist` };
      }
    }
  }
  return { ok: true, sources };
}
