/**
 * Mermaid text escaping. Inside a quoted label Mermaid reads `#name;` and `#123;` as entity codes,
 * so `#` itself goes first, then everything that could end the label, open a tag in Mermaid's
 * HTML labels, or start a Markdown string. Line breaks become `<br/>`, the only markup emitted.
 *
 * `%` matters anywhere in the text, quotes or not: before it parses anything, Mermaid applies every
 * `%%{init: …}%%` directive it finds (mermaid/src/utils.ts detectDirective, diagram-api/regexes.ts
 * directiveRegex, run over the whole text), so a hostname `%%{init: {'themeCSS': …}}%%` would
 * restyle the diagram and fetch from another host; and a line beginning `%%` is a comment
 * (diagram-api/comments.ts). As the entity `#37;` a percent sign shows as itself and starts neither.
 * `:::`, `click`, `style` and `;` are statements only outside a quoted label, which user text
 * never leaves.
 */
const CODES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '%': '#37;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '|': '#124;',
  '`': '#96;',
};

export function escapeMermaid(text: string): string {
  return text
    .replace(/[#%"<>&|`]/g, (char) => CODES[char] ?? char)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br/>')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}
