/**
 * Text a terminal or a CI log shows as it is: every control character a manifest can carry into
 * the output, made visible instead of obeyed. A name, a label or a syntax error's excerpt with
 * `ESC ] 0 ; … BEL` would otherwise retitle the terminal, clear it or fake a green "OK".
 *
 * kubectl escapes ESC as `^[` and CR as `\r` in what it prints (k8s.io/cli-runtime
 * pkg/printers/terminal.go, terminalEscaper, kubernetes issue #101695); kse does the same and goes
 * on to the rest of C0 in caret notation (`^G` for BEL, as `cat -v` shows it). DEL and the C1
 * controls (U+0080–U+009F, among them the 8-bit CSI and OSC) become `\u009b`: they reach the
 * output raw only inside JSON strings and YAML double-quoted scalars, where that escape keeps the
 * value. Tab and newline are layout and stay.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\r') return '\\r';
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character but tab and newline made visible. */
export function escapeTerminalText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Escapes a value that must stay on one line of a line-oriented output: newlines too. */
export function escapeOneLine(text: string): string {
  return escapeTerminalText(text).replace(/\n/g, '\\n');
}
