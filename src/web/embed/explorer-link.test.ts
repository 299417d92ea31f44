import { describe, expect, it } from 'vitest';
import { explorerHomeHref, explorerHref } from './explorer-link.ts';

describe('links from an embed to the explorer', () => {
  it.each([
    ['https://kse.example/?embed#m=abc&svc=default%2Fweb', 'https://kse.example/#m=abc&svc=default%2Fweb'],
    ['https://kse.example/docs/?embed=1&lang=en#m=abc', 'https://kse.example/docs/?lang=en#m=abc'],
    ['http://127.0.0.1:4173/?embed', 'http://127.0.0.1:4173/'],
  ])('keep the page and fragment of %s', (embed, explorer) => {
    expect(explorerHref(embed)).toBe(explorer);
  });

  it('drop the fragment for the explorer’s start page', () => {
    expect(explorerHomeHref('https://kse.example/?embed#m=broken')).toBe('https://kse.example/');
  });
});
