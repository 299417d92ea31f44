import { describe, expect, it } from 'vitest';
import { isEmptyLabelSelector, labelSelectorMatches } from './label-selector.ts';

const labels = { app: 'web', tier: 'frontend' };

describe('labelSelectorMatches (k8s.io/apimachinery/pkg/labels)', () => {
  it.each([
    ['map selector, all pairs present', { app: 'web' }, true],
    ['map selector, a value differs', { app: 'db' }, false],
    ['empty map selects everything', {}, true],
    ['matchLabels', { matchLabels: { tier: 'frontend' } }, true],
    ['In', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, true],
    ['In, absent key', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn, absent key matches', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['NotIn', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, false],
    ['Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, false],
    ['unknown operator selects nothing', { matchExpressions: [{ key: 'tier', operator: 'Gt', values: ['1'] }] }, false],
    ['matchLabels AND matchExpressions', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] }, false],
  ])('%s', (_name, selector, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });

  it('a nil selector selects nothing (labels.Nothing())', () => {
    expect(labelSelectorMatches(undefined, labels)).toBe(false);
  });

  it('isEmptyLabelSelector', () => {
    expect(isEmptyLabelSelector({})).toBe(true);
    expect(isEmptyLabelSelector({ matchLabels: {} })).toBe(true);
    expect(isEmptyLabelSelector({ matchLabels: { a: 'b' } })).toBe(false);
    expect(isEmptyLabelSelector(undefined)).toBe(false);
  });
});
