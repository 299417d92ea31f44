import { describe, expect, it } from 'vitest';
import { labelSelectorAsSelector, selectorMatches } from '../labels/selector.ts';
import { decodeLabelSelector, isEmptyLabelSelector } from './label-selector.ts';

const labels = { app: 'web', tier: 'frontend' };

describe('label selectors in raw JSON', () => {
  it('isEmptyLabelSelector', () => {
    expect(isEmptyLabelSelector({})).toBe(true);
    expect(isEmptyLabelSelector({ matchLabels: {} })).toBe(true);
    expect(isEmptyLabelSelector({ matchLabels: { a: 'b' } })).toBe(false);
    expect(isEmptyLabelSelector(undefined)).toBe(false);
  });

  it.each([
    ['matchLabels', { matchLabels: { tier: 'frontend' } }, true],
    ['matchExpressions', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, false],
    ['fields of the wrong type count as absent', { matchLabels: 'app=web', matchExpressions: [7] }, true],
  ])('decodeLabelSelector: %s', (_name, raw, expected) => {
    expect(selectorMatches(labelSelectorAsSelector(decodeLabelSelector(raw)), labels)).toBe(expected);
  });
});
