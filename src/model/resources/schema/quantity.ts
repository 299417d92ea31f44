/**
 * resource.ParseQuantity's refusals (k8s.io/apimachinery/pkg/api/resource/quantity.go), which
 * Quantity.UnmarshalJSON returns as they are: the apiserver prints them without a field path.
 */
const ERR_FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const ERR_SUFFIX = "unable to parse quantity's suffix";

const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);

/** The error ParseQuantity gives for `text`, or undefined when it parses. */
export function parseQuantityError(text: string): string | undefined {
  if (text.length === 0) return ERR_FORMAT_WRONG;
  const suffix = splitSuffix(text);
  if (suffix === undefined) return ERR_FORMAT_WRONG;
  return isKnownSuffix(suffix) ? undefined : ERR_SUFFIX;
}

/**
 * parseQuantityString: sign, digits, optional `.digits`, then a suffix made of the letters
 * `eEinumkKMGTP`, an optional sign and digits. Returns the suffix, or undefined when malformed.
 */
function splitSuffix(text: string): string | undefined {
  const match = /^[+-]?[0-9]*(?:\.[0-9]*)?/.exec(text)!;
  const rest = text.slice(match[0].length);
  return /^[eEinumkKMGTP]*[+-]?[0-9]*$/.test(rest) ? rest : undefined;
}

/** quantitySuffixer.interpret: a decimal or binary SI suffix, or `e`/`E` and an int64 exponent. */
function isKnownSuffix(suffix: string): boolean {
  if (SUFFIXES.has(suffix)) return true;
  return /^[eE][+-]?[0-9]+$/.test(suffix) && Math.abs(Number(suffix.slice(1))) <= Number.MAX_SAFE_INTEGER;
}
