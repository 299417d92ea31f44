import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from './share-link.ts';
import { inputModeParams, readInputMode } from './input-mode-param.ts';

describe('how the text is read, in a share link (&in=)', () => {
  it('is written only when the user chose it', () => {
    expect(inputModeParams('auto')).toEqual([]);
    expect(inputModeParams('dump')).toEqual([['in', 'dump']]);
    expect(inputModeParams('manifest')).toEqual([['in', 'manifest']]);
  });

  it('is read back, and a value this page does not know opens as auto', () => {
    expect(readInputMode('manifest')).toBe('manifest');
    expect(readInputMode(undefined)).toBe('auto');
    expect(readInputMode('stream')).toBe('auto');
  });

  it('travels through a link beside the Kubernetes version', async () => {
    const fragment = await encodeFragment({ manifest: 'kind: List\n', params: new Map([['v', '1.31'], ...inputModeParams('manifest')]) });
    const decoded = await decodeFragment(fragment);
    expect(readInputMode(decoded?.params.get('in'))).toBe('manifest');
    expect(decoded?.params.get('v')).toBe('1.31');
  });
});
