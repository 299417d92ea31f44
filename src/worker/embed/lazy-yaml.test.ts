import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as lazy from './lazy-yaml.ts';

const SRC = new URL('../../', import.meta.url).pathname;

/** Every source file of a layer, tests excepted. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(dir, file));
}

/** The values (not types) a file imports from 'yaml'. */
function yamlImports(text: string): string[] {
  return [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'yaml'/g)].flatMap((match) =>
    (match[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/)[0] ?? name),
  );
}

describe('lazy yaml', () => {
  it('stands in for every value the model and its views import from the package', () => {
    const files = [...sources(join(SRC, 'model')), ...sources(join(SRC, 'present'))];
    const imported = new Set(files.flatMap((file) => yamlImports(readFileSync(file, 'utf8'))));
    expect(imported.size).toBeGreaterThan(0);
    // A default or namespace import would escape the list: the model has none.
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/import\s+(\*\s+as\s+\w+|\w+)\s*(,|from)\s*'yaml'/);
    expect([...imported].filter((name) => !(name in lazy))).toEqual([]);
  });

  it('runs work without the package when it needs none, and loads nothing', async () => {
    const load = vi.fn(() => import('yaml'));
    const retry = vi.fn();
    await expect(lazy.withLazyYaml(() => 42, retry, load)).resolves.toBe(42);
    expect(load).not.toHaveBeenCalled();
    expect(retry).not.toHaveBeenCalled();
  });

  it('loads the package and runs the work again when it called the package, even if it caught the error', async () => {
    const retry = vi.fn();
    const work = (): string => {
      try {
        return String((lazy.parseDocument('a: 1').toJS() as { a: number }).a);
      } catch {
        return 'swallowed';
      }
    };
    await expect(lazy.withLazyYaml(work, retry, () => import('yaml'))).resolves.toBe('1');
    expect(retry).toHaveBeenCalledOnce();
    // Once loaded, the stand-ins are the package.
    const counter = new lazy.LineCounter();
    const doc = lazy.parseDocument('a:\n  - b\n', { lineCounter: counter });
    expect(lazy.isMap(doc.contents)).toBe(true);
    expect(counter.linePos(5)).toEqual({ line: 2, col: 3 });
  });

  it('passes on an error of the work itself', async () => {
    await expect(
      lazy.withLazyYaml(() => {
        throw new RangeError('not about yaml');
      }),
    ).rejects.toThrow('not about yaml');
  });
});
