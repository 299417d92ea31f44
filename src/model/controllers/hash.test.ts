import { describe, expect, it } from 'vitest';
import { canonicalJson, computeTemplateHash, deriveUid, generateName, NAME_ALPHABET, safeEncodeString } from './hash.ts';

describe('generated names', () => {
  it('SafeEncodeString maps decimal digits onto 456789bcdf (k8s.io/apimachinery/pkg/util/rand)', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('a template hash looks like a real pod-template-hash and ignores key order', () => {
    const a = computeTemplateHash({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
    const b = computeTemplateHash({ spec: { containers: [{ image: 'nginx', name: 'a' }] }, metadata: { labels: { app: 'web' } } });
    expect(a).toBe(b);
    expect(a).toMatch(/^[456789bcdf]{1,10}$/);
    expect(computeTemplateHash({}, 1)).not.toBe(computeTemplateHash({}));
  });

  it('generateName appends 5 characters of the rand alphabet, deterministically', () => {
    const name = generateName('web-7d8b49557c-', 'seed');
    expect(name).toMatch(new RegExp(`^web-7d8b49557c-[${NAME_ALPHABET}]{5}$`));
    expect(generateName('web-7d8b49557c-', 'seed')).toBe(name);
    expect(generateName('x'.repeat(70), 's')).toHaveLength(63);
  });

  it('uids are UUID-shaped and differ for neighbouring seeds', () => {
    expect(deriveUid('Pod/default/db-0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deriveUid('Pod/default/db-0').slice(0, 8)).not.toBe(deriveUid('Pod/default/db-1').slice(0, 8));
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe('{"a":[{"c":2}],"b":1}');
  });
});
