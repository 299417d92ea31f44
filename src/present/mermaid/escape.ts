/**
 * Mermaid text escaping. Inside a quoted label Mermaid reads `#name;` and `#123;` as entity codes,
 * so `#` itself goes first, then everything that could end the label, open a tag in Mermaid's
 * HTML labels, or start a Markdown string. Line breaks become `<br/>`, the only markup emitted.
 */
const CODES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '|': '#124;',
  '`': '#96;',
};

export function escapeMermaid(text: string): string {
  return text
    .replace(/[#"<>&|`]/g, (char) => CODES[char] ?? char)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br/>')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001F\u007F]/g, ' ');
}
