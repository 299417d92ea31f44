import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from './share-link.ts';
import { kubeVersionParams, readKubeVersion } from './kube-version-param.ts';

describe('the Kubernetes version in a share link (&v=1.N)', () => {
  it('is written only when it is not the default', () => {
    expect(kubeVersionParams('1.36')).toEqual([]);
    expect(kubeVersionParams('1.31')).toEqual([['v', '1.31']]);
  });

  it('is read back, and a version this page does not simulate opens on the default', () => {
    expect(readKubeVersion('1.31')).toBe('1.31');
    expect(readKubeVersion(undefined)).toBe('1.36');
    expect(readKubeVersion('1.99')).toBe('1.36');
  });

  it('travels through a link, and is not taken for the link format\'s version', async () => {
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map(kubeVersionParams('1.30')) });
    expect(fragment).toMatch(/&v=1\.30$/);
    const decoded = await decodeFragment(fragment);
    expect(decoded?.manifest).toBe('kind: Service\n');
    expect(readKubeVersion(decoded?.params.get('v'))).toBe('1.30');
  });
});
