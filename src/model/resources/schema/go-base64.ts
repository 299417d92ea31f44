/**
 * Go's base64.StdEncoding.Decode refusal for a `[]byte` field (encoding/base64, decodeQuantum):
 * `illegal base64 data at input byte N`. Newlines are skipped, padding is required.
 */
const ALPHABET = /^[A-Za-z0-9+/]$/;

export function checkBase64(text: string): string | undefined {
  const position = corruptInputAt(text);
  return position === undefined ? undefined : `illegal base64 data at input byte ${position}`;
}

function corruptInputAt(src: string): number | undefined {
  let si = 0;
  while (si < src.length) {
    let j = 0;
    for (; j < 4; j++) {
      if (si === src.length) return j === 0 ? undefined : si - j;
      const c = src[si++]!;
      if (ALPHABET.test(c)) continue;
      if (c === '\n' || c === '\r') {
        j--;
        continue;
      }
      if (c !== '=') return si - 1;
      return paddingErrorAt(src, si, j);
    }
  }
  return undefined;
}

/** After a `=` at quantum position j: `xx==` or `xxx=`, then only newlines. */
function paddingErrorAt(src: string, start: number, j: number): number | undefined {
  let si = start;
  if (j < 2) return si - 1;
  const skipNewlines = (): void => {
    while (si < src.length && (src[si] === '\n' || src[si] === '\r')) si++;
  };
  if (j === 2) {
    skipNewlines();
    if (si === src.length) return src.length;
    if (src[si] !== '=') return si - 1;
    si++;
  }
  skipNewlines();
  return si < src.length ? si : undefined;
}
