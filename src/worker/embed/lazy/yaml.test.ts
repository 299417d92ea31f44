import { describe, expect, it } from 'vitest';
import { withLazyParts } from './part.ts';
import * as lazy from './yaml.ts';

describe('lazy yaml', () => {
  it('fetches the package when the work parses, and is the package from then on', async () => {
    expect(lazy.YAML_PART.loaded).toBe(false);
    const work = (): unknown => (lazy.parseDocument('a: 1').toJS() as { a: number }).a;
    await expect(withLazyParts(work)).resolves.toBe(1);
    expect(lazy.YAML_PART.loaded).toBe(true);
    const counter = new lazy.LineCounter();
    const doc = lazy.parseDocument('a:\n  - b\n', { lineCounter: counter });
    expect(lazy.isMap(doc.contents)).toBe(true);
    expect(lazy.isSeq(lazy.parseDocument('- 1').contents)).toBe(true);
    expect(counter.linePos(5)).toEqual({ line: 2, col: 3 });
    expect(lazy.stringify({ a: [1] })).toBe('a:\n  - 1\n');
  });
});
