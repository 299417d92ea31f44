import { describe, expect, it } from 'vitest';
import { ALL_NAMESPACES } from '../../../worker/graph-scope.ts';
import { decodeFragment, encodeFragment } from './share-link.ts';
import { namespaceParams, NAMESPACE_PARAM, readGraphNamespace } from './namespace-param.ts';

describe('the namespace in a share link', () => {
  it('is written only when the user chose one, every namespace included', () => {
    expect(namespaceParams(undefined)).toEqual([]);
    expect(namespaceParams('team-003')).toEqual([['ns', 'team-003']]);
    expect(namespaceParams(ALL_NAMESPACES)).toEqual([['ns', '*']]);
  });

  it('reads back what was written, through the link', async () => {
    for (const chosen of ['team-003', ALL_NAMESPACES]) {
      const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map(namespaceParams(chosen)) });
      const decoded = await decodeFragment(fragment);
      expect(readGraphNamespace(decoded?.params.get(NAMESPACE_PARAM))).toBe(chosen);
    }
  });

  it.each([['Team'], ['-a'], ['a'.repeat(64)], ['a/b'], ['']])('opens %j as the page decides: no namespace is named so', (value) => {
    expect(readGraphNamespace(value)).toBeUndefined();
  });
});
