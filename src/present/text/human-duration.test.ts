import { describe, expect, it } from 'vitest';
import { humanDuration, translateTimestampSince } from './human-duration.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

// Cases from k8s.io/apimachinery/pkg/util/duration/duration_test.go TestHumanDuration.
describe('humanDuration', () => {
  it.each([
    [-2 * s, '<invalid>'],
    [-1 * s, '0s'],
    [0, '0s'],
    [1 * s, '1s'],
    [119 * s, '119s'],
    [2 * m, '2m'],
    [2 * m + 1 * s, '2m1s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 1 * m, '3h1m'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [47 * h + 59 * m, '47h'],
    [48 * h, '2d'],
    [48 * h + 1 * h, '2d1h'],
    [8 * d - 1 * h, '7d23h'],
    [8 * d, '8d'],
    [2 * 365 * d - 1 * d, '729d'],
    [2 * 365 * d, '2y'],
    [2 * 365 * d + 1 * d, '2y1d'],
    [8 * 365 * d, '8y'],
  ])('%d ms → %s', (duration, expected) => {
    expect(humanDuration(duration)).toBe(expected);
  });

  it.each([
    [undefined, '<unknown>'],
    ['', '<unknown>'],
    ['2025-01-01T11:55:00Z', '5m'],
    ['2024-12-25T12:00:00Z', '7d'],
  ])('translateTimestampSince(%s)', (timestamp, expected) => {
    expect(translateTimestampSince(timestamp, '2025-01-01T12:00:00Z')).toBe(expected);
  });
});
