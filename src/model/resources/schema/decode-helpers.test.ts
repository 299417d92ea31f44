import { describe, expect, it } from 'vitest';
import { checkBase64 } from './go-base64.ts';
import { parseRfc3339Error } from './go-time.ts';
import { parseQuantityError } from './quantity.ts';

const FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

describe('parseQuantityError (resource.ParseQuantity)', () => {
  it.each([
    ['500m', undefined], ['1.5Gi', undefined], ['0.5', undefined], ['-1', undefined], ['1e3', undefined], ['1E', undefined],
    ['2Ki', undefined], ['.5', undefined], ['', FORMAT_WRONG], ['lots', FORMAT_WRONG], ['1.2.3', FORMAT_WRONG], ['true', FORMAT_WRONG],
    ['1 Gi', FORMAT_WRONG], ['1iK', "unable to parse quantity's suffix"], ['1e', "unable to parse quantity's suffix"],
  ])('%j → %s', (text, expected) => {
    expect(parseQuantityError(text)).toBe(expected);
  });
});

describe('parseRfc3339Error (time.Parse)', () => {
  const as = (value: string, rest: string, elem: string) => `parsing time "${value}" as "2006-01-02T15:04:05Z07:00": cannot parse "${rest}" as "${elem}"`;
  it.each([
    ['2024-05-01T10:00:00Z', undefined],
    ['2024-05-01T10:00:00.123+02:00', undefined],
    ['2024-02-29T00:00:00Z', undefined],
    ['2024-05-01', as('2024-05-01', '', 'T')],
    ['2024-05-01 10:00:00Z', as('2024-05-01 10:00:00Z', ' 10:00:00Z', 'T')],
    ['2024-05-01T10:00:00', as('2024-05-01T10:00:00', '', 'Z07:00')],
    ['2024-13-01T10:00:00Z', 'parsing time "2024-13-01T10:00:00Z": month out of range'],
    ['2023-02-29T10:00:00Z', 'parsing time "2023-02-29T10:00:00Z": day out of range'],
    ['2024-05-01T10:00:00Zjunk', 'parsing time "2024-05-01T10:00:00Zjunk": extra text: "junk"'],
  ])('%j → %s', (value, expected) => {
    expect(parseRfc3339Error(value, false)).toBe(expected);
  });

  it('wants six fractional digits for a MicroTime (RFC3339Micro)', () => {
    expect(parseRfc3339Error('2024-05-01T10:00:00.000001Z', true)).toBeUndefined();
    expect(parseRfc3339Error('2024-05-01T10:00:00Z', true)).toBe(
      'parsing time "2024-05-01T10:00:00Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse "Z" as ".000000"',
    );
  });
});

describe('checkBase64 (base64.StdEncoding.Decode)', () => {
  it.each([
    ['YWRtaW4=', undefined], ['YWRt\naW4=', undefined], ['', undefined], ['YQ==', undefined],
    ['YWRtaW4', 'illegal base64 data at input byte 4'],
    ['admin!', 'illegal base64 data at input byte 5'],
    ['YQ=', 'illegal base64 data at input byte 3'],
    ['YQ==YQ==', 'illegal base64 data at input byte 4'],
    ['Y===', 'illegal base64 data at input byte 1'],
  ])('%j → %s', (text, expected) => {
    expect(checkBase64(text)).toBe(expected);
  });
});
