import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape.ts';

describe('escapeXml', () => {
  it.each([
    ['markup and quotes', `</text><script>"x" & 'y'`, '&lt;/text&gt;&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;'],
    ['terminal escapes, which XML 1.0 forbids', 'a\u001b]0;T\u0007b\u001b[2Jc', 'a]0;Tb[2Jc'],
    ['lone surrogates', 'a\uD800b\uDC00c', 'abc'],
    ['a Mermaid directive, which means nothing in SVG', "%%{init: {'x': 1}}%%", '%%{init: {&#39;x&#39;: 1}}%%'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it('keeps tab, newline, an emoji, and the C1 range XML allows', () => {
    expect(escapeXml('a\tb\nc \u{1F600} \u0085')).toBe('a\tb\nc \u{1F600} \u0085');
  });
});
