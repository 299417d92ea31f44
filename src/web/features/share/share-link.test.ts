import fc from 'fast-check';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../../../model/testing/property.ts';
import { decodeFragment, encodeFragment, MAX_SHARED_MANIFEST_BYTES, ShareLinkError } from './share-link.ts';

describe('share links', () => {
  it('round-trip any text and parameters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.dictionary(fc.string({ minLength: 1 }).filter((key) => key !== 'v'), fc.string()), async (manifest, dict) => {
        const params = new Map(Object.entries(dict));
        const decoded = await decodeFragment(await encodeFragment({ manifest, params }));
        expect(decoded?.manifest).toBe(manifest);
        expect(decoded?.params).toEqual(params);
      }),
      { numRuns: propertyRuns(60) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('are #m= then base64url of raw deflate, as any other program can read them', async () => {
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map([['svc', 'default/web']]) });
    const match = /^#m=([A-Za-z0-9_-]+)&svc=default%2Fweb$/.exec(fragment);
    expect(match).not.toBeNull();
    const bytes = Buffer.from(match?.[1] ?? '', 'base64url');
    expect(inflateRawSync(bytes).toString('utf8')).toBe('kind: Service\n');
  });

  it('carry a large manifest', async () => {
    const manifest = 'apiVersion: v1\nkind: Pod\n---\n'.repeat(20_000);
    expect((await decodeFragment(await encodeFragment({ manifest, params: new Map() })))?.manifest).toBe(manifest);
  });

  it('ignore fragments that are not share links', async () => {
    expect(await decodeFragment('')).toBeUndefined();
    expect(await decodeFragment('#section-2')).toBeUndefined();
  });

  it('refuse a link cut short, with a message that says so', async () => {
    const fragment = await encodeFragment({ manifest: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'.repeat(20), params: new Map() });
    await expect(decodeFragment(fragment.slice(0, 20))).rejects.toBeInstanceOf(ShareLinkError);
  });

  it('read version 1, with or without its v parameter', async () => {
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map([['svc', 'default/web']]) });
    expect((await decodeFragment(`${fragment}&v=1`))?.manifest).toBe('kind: Service\n');
    expect((await decodeFragment(fragment))?.params.get('svc')).toBe('default/web');
  });

  it.each([
    ['a newer version', '&v=2', /made by a newer version/],
    ['an unknown version', '&v=beta', /unknown link format \(v=beta\)/],
    ['a malformed parameter', '&svc=%E0%A4%A', /damaged/],
  ])('refuse %s with a message that says so', async (_, suffix, message) => {
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map() });
    await expect(decodeFragment(fragment + suffix)).rejects.toThrow(message);
  });

  describe('bound what a link may inflate to', () => {
    const link = (manifest: string) => `#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}`;

    it('open a manifest of exactly the limit', async () => {
      const manifest = 'x'.repeat(MAX_SHARED_MANIFEST_BYTES);
      expect((await decodeFragment(link(manifest)))?.manifest).toHaveLength(MAX_SHARED_MANIFEST_BYTES);
    });

    it('refuse one byte more, saying how much a link carries', async () => {
      await expect(decodeFragment(link('x'.repeat(MAX_SHARED_MANIFEST_BYTES + 1)))).rejects.toThrow(
        'This link’s manifest is over 2 MB, more than a share link carries, so it was not opened.',
      );
    });

    it('refuse a short link that would inflate to 50 MB of one line', async () => {
      const bomb = link('kind: Service\n'.repeat(3_600_000));
      expect(bomb.length).toBeLessThan(200_000);
      await expect(decodeFragment(bomb)).rejects.toThrow(/over 2 MB/);
    }, HEAVY_TEST_TIMEOUT_MS);

    it('still call a damaged link damaged', async () => {
      const fragment = link('apiVersion: v1\nkind: Service\n'.repeat(100));
      await expect(decodeFragment(fragment.slice(0, fragment.length / 2))).rejects.toThrow(/damaged/);
    });
  });
});
