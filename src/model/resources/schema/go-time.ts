/**
 * Go's time.Parse refusals for metav1.Time (layout RFC3339) and metav1.MicroTime (RFC3339Micro),
 * whose UnmarshalJSON returns them as they are (k8s.io/apimachinery/pkg/apis/meta/v1/time.go).
 * The messages follow time.ParseError.Error(): `parsing time "X" as "LAYOUT": cannot parse "REST"
 * as "ELEM"`, or `parsing time "X": month out of range`.
 */
type Step = readonly [elem: string, take: (value: string) => TakeResult];
type TakeResult = { readonly rest: string; readonly number?: number } | undefined;

const digits =
  (count: number, fixed: boolean) =>
  (value: string): TakeResult => {
    const match = new RegExp(`^[0-9]{${fixed ? count : `1,${count}`}}`).exec(value);
    return match ? { rest: value.slice(match[0].length), number: Number(match[0]) } : undefined;
  };
const literal =
  (text: string) =>
  (value: string): TakeResult =>
    value.startsWith(text) ? { rest: value.slice(text.length) } : undefined;
/** stdSecond: the seconds, then any fraction Go accepts after them. */
const seconds = (value: string): TakeResult => {
  const match = /^([0-9]{2})((?:[.,][0-9]+)?)/.exec(value);
  return match ? { rest: value.slice(match[0].length), number: Number(match[1]) } : undefined;
};
const micro = (value: string): TakeResult => (/^\.[0-9]{6}/.test(value) ? { rest: value.slice(7) } : undefined);
const zone = (value: string): TakeResult => {
  if (value.startsWith('Z')) return { rest: value.slice(1) };
  return /^[+-][0-9]{2}:[0-9]{2}/.test(value) ? { rest: value.slice(6) } : undefined;
};

const RANGES: Readonly<Record<string, readonly [string, number, number]>> = {
  '01': ['month', 1, 12],
  '15': ['hour', 0, 23],
  '04': ['minute', 0, 59],
  '05': ['second', 0, 59],
};

function stepsOf(microTime: boolean): readonly Step[] {
  const tail: Step[] = microTime ? [['05', digits(2, true)], ['.000000', micro]] : [['05', seconds]];
  return [
    ['2006', digits(4, true)],
    ['-', literal('-')],
    ['01', digits(2, true)],
    ['-', literal('-')],
    ['02', digits(2, true)],
    ['T', literal('T')],
    ['15', digits(2, false)],
    [':', literal(':')],
    ['04', digits(2, true)],
    [':', literal(':')],
    ...tail,
    ['Z07:00', zone],
  ];
}

const WELL_FORMED = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The error time.Parse gives for `value`, or undefined when it parses. */
export function parseRfc3339Error(value: string, microTime: boolean): string | undefined {
  // Nearly every timestamp is well formed: a cheap shape test settles those before the full parse.
  if (!microTime && WELL_FORMED.test(value) && Number(value.slice(8, 10)) <= 28 && Number(value.slice(5, 7)) <= 12) return undefined;
  const layout = microTime ? '2006-01-02T15:04:05.000000Z07:00' : '2006-01-02T15:04:05Z07:00';
  const prefix = `parsing time ${JSON.stringify(value)}`;
  const fields: Record<string, number> = {};
  let rest = value;
  for (const [elem, take] of stepsOf(microTime)) {
    const taken = take(rest);
    if (taken === undefined) return `${prefix} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(elem)}`;
    const range = RANGES[elem];
    if (range && taken.number !== undefined && (taken.number < range[1] || taken.number > range[2])) return `${prefix}: ${range[0]} out of range`;
    if (taken.number !== undefined) fields[elem] = taken.number;
    rest = taken.rest;
  }
  if (rest !== '') return `${prefix}: extra text: ${JSON.stringify(rest)}`;
  const [year, month, day] = [fields['2006']!, fields['01']!, fields['02']!];
  return day < 1 || day > daysIn(year, month) ? `${prefix}: day out of range` : undefined;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
