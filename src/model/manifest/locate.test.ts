import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR as corpus, hasCorpus } from '../../../testing/shared.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../testing/property.ts';
import { createFastLocator } from './fast-locate.ts';
import { createLocator, createYamlLocator } from './locate.ts';
import { splitDocuments } from './split.ts';

const examples = join(import.meta.dirname, '../../examples');

/** Every path of a value, and beside each one a key and an index it does not have. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix, [...prefix, 'absent'], [...prefix, 7]);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

const files = [
  ...readdirSync(examples).filter((f) => f.endsWith('.yaml')).map((f) => join(examples, f)),
  // The published corpus adds its manifests where ../shared is present (see testing/shared.ts).
  ...(hasCorpus ? readdirSync(corpus).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(corpus, f)) : []),
];

describe('locating a field', () => {
  it('gives the very range `yaml` gives, for every path of every example and corpus manifest', () => {
    let located = 0;
    for (const file of files) {
      for (const chunk of splitDocuments(readFileSync(file, 'utf8'))) {
        if (chunk.empty) continue;
        let value: unknown;
        try {
          value = load(chunk.text);
        } catch {
          continue;
        }
        const quick = createLocator(file, chunk);
        const exact = createYamlLocator(file, chunk);
        for (const path of pathsOf(value)) {
          expect(quick.locate(path), `${file} ${JSON.stringify(path)}`).toEqual(exact.locate(path));
          located++;
        }
      }
    }
    expect(located).toBeGreaterThan(hasCorpus ? 20_000 : 5_000);
  }, HEAVY_TEST_TIMEOUT_MS);

  it('reads block style from the parse events, and leaves flow style, block scalars and trailing comments to `yaml`', () => {
    const block = 'kind: Service\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n';
    expect(createFastLocator(block)?.locate(['spec', 'ports', 0, 'targetPort'])).toEqual([block.indexOf('targetPort'), block.indexOf('8080') + 4]);
    expect(createFastLocator('spec: {ports: [{port: 80}]}\n')?.locate(['spec', 'ports'])).toBeUndefined();
    expect(createFastLocator('data:\n  script: |\n    echo hi\n')?.locate(['data', 'script'])).toBeUndefined();
    expect(createFastLocator('spec:\n  a: 1\n  # the end\nkind: X\n')?.locate(['spec'])).toBeUndefined();
    expect(createFastLocator('a: 1\na: 2\n')).toBeUndefined();
  });
});
