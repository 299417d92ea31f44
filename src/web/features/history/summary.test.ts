import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from './summary.ts';

const example = (id: string): string => readFileSync(new URL(`../../../examples/${id}.yaml`, import.meta.url), 'utf8');

describe('a manifest’s one-line summary', () => {
  it.each([
    ['one object', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {}\n', 'Service web'],
    ['two objects', 'kind: Service\nmetadata:\n  name: web\n---\nkind: Deployment\nmetadata:\n  name: api\n', 'Service web and Deployment api'],
    [
      'more than three',
      Array.from({ length: 5 }, (_, i) => `kind: Pod\nmetadata:\n  name: p${i}\n---\n`).join(''),
      'Pod p0, Pod p1, Pod p2 and 2 more',
    ],
    ['metadata before kind', 'metadata:\n  name: web\n  namespace: shop\nkind: Service\n', 'Object web'],
    ['a kubectl List', 'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: db\n- kind: Pod\n  metadata:\n    labels: {a: b}\n    name: db-0\nkind: List\n', 'Service db and Pod db-0'],
    ['a Pod template is not an object of its own', 'kind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      name: ignored\n', 'Deployment web'],
    ['no object yet', '# my notes\nfoo: bar\n', 'foo: bar'],
    ['nothing', '  \n', 'An empty manifest'],
  ])('names %s', (_, text, summary) => {
    expect(summarize(text)).toBe(summary);
  });

  it('names an example’s first objects', () => {
    expect(summarize(example('guide-03-debug-ui'))).toBe('Namespace monitoring, Service debug-ui and Deployment prometheus');
  });

  it('reads only the first lines of a huge text', () => {
    const huge = 'kind: ConfigMap\nmetadata:\n  name: c\n---\n'.repeat(200_000);
    expect(summarize(huge)).toBe('ConfigMap c, ConfigMap c, ConfigMap c and more');
  });
});
