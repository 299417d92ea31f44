import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from './group-digits.ts';

describe('groupDigits', () => {
  it('writes integers as en-US does', () => {
    expect([0, 7, 999, 1000, 30000, 1234567, -4321].map(groupDigits)).toEqual(['0', '7', '999', '1,000', '30,000', '1,234,567', '-4,321']);
    fc.assert(fc.property(fc.integer(), (n) => groupDigits(n) === n.toLocaleString('en-US')));
  });
});
