import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boot } from './boot.ts';
import { DEFAULT_EXAMPLE } from './examples.ts';
import { memoryLocalStore } from './storage/testing/memory-vault.ts';

const link = (manifest: string) => `#m=${deflateRawSync(Buffer.from(manifest)).toString('base64url')}&svc=default%2Fweb`;

function saved(text: string, savedAt: number, editedAt = savedAt) {
  const local = memoryLocalStore();
  for (const [key, value] of Object.entries({ 'kse.manifest': text, 'kse.example': '', 'kse.origin': 'own', 'kse.saved-at': String(savedAt), 'kse.edited-at': String(editedAt) })) {
    local.items.set(key, value);
  }
  return local;
}

describe('the start of the page', () => {
  it('opens a working example on a first visit', async () => {
    const start = await boot('', memoryLocalStore());
    expect(start.initial).toMatchObject({ exampleId: DEFAULT_EXAMPLE, origin: 'example' });
    expect(start.initial.text).toContain('kind: Service');
    expect(start.shared).toBeUndefined();
  });

  it('opens the text the user left, with its origin', async () => {
    const start = await boot('', saved('mine', 5));
    expect(start.initial).toMatchObject({ text: 'mine', origin: 'own', exampleId: '' });
    expect(start.initial.storageProblem).toBeUndefined();
  });

  it('reads a text saved before origins were saved as the user’s own, or as its example', async () => {
    const local = memoryLocalStore();
    local.items.set('kse.manifest', 'old');
    expect((await boot('', local)).initial).toMatchObject({ text: 'old', origin: 'own' });
    local.items.set('kse.example', 'guide-01-fraud-detection');
    expect((await boot('', local)).initial).toMatchObject({ origin: 'example' });
  });

  it('says when the last edits were not saved before the page closed', async () => {
    const start = await boot('', saved('mine', 5, 9));
    expect(start.initial.storageProblem).toEqual({ what: 'current', why: 'lost' });
  });

  it('opens a share link over the user’s text, which is kept to be put aside', async () => {
    const start = await boot(link('kind: Service\n'), saved('mine', 5));
    expect(start.shared).toBe('kind: Service\n');
    expect(start.params.get('svc')).toBe('default/web');
    expect(start.initial.text).toBe('mine');
  });

  it('keeps the user’s text and says why when a link cannot be opened', async () => {
    const start = await boot(link('kind: Service\n'.repeat(200_000)), saved('mine', 5));
    expect(start.shared).toBeUndefined();
    expect(start.problem).toMatch(/^This link’s manifest is over 2 MB/);
    expect(start.initial.text).toBe('mine');
  });

  it('carries the one-slot text of earlier versions to the history', async () => {
    const local = saved('mine', 5);
    local.items.set('kse.manifest.previous', 'older');
    expect((await boot('', local)).legacyPrevious).toBe('older');
  });
});
