import { describe, expect, it } from 'vitest';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorAsSelector, NOTHING, selectorFromSet, selectorMatches } from './selector.ts';

const labels = { app: 'web', tier: 'frontend' };

describe('labels.SelectorFromSet(...).Matches', () => {
  it.each([
    ['all pairs present', { app: 'web' }, true],
    ['a value differs', { app: 'db' }, false],
    ['a key is absent', { zone: 'a' }, false],
    // SelectorFromSet of an empty set is labels.Everything() (selector.go SelectorFromValidatedSet).
    ['an empty map selects everything', {}, true],
  ])('%s', (_name, set, expected) => {
    expect(selectorMatches(selectorFromSet(set), labels)).toBe(expected);
  });
});

describe('metav1.LabelSelectorAsSelector(...).Matches', () => {
  it.each<[string, LabelSelector, boolean]>([
    ['matchLabels', { matchLabels: { tier: 'frontend' } }, true],
    ['an empty selector selects everything', {}, true],
    ['In', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, true],
    ['In, absent key', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn, absent key matches', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['NotIn', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, false],
    ['Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, false],
    ['unknown operator selects nothing', { matchExpressions: [{ key: 'tier', operator: 'Gt', values: ['1'] }] }, false],
    ['matchLabels AND matchExpressions', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] }, false],
  ])('%s', (_name, selector, expected) => {
    expect(selectorMatches(labelSelectorAsSelector(selector), labels)).toBe(expected);
  });

  it('a nil selector selects nothing (labels.Nothing())', () => {
    expect(labelSelectorAsSelector(undefined)).toBe(NOTHING);
    expect(selectorMatches(labelSelectorAsSelector(undefined), labels)).toBe(false);
    expect(selectorMatches(labelSelectorAsSelector(undefined), {})).toBe(false);
  });
});

describe('gt / lt (Requirement.Matches: both sides strconv.ParseInt)', () => {
  const node = { cores: '8', name: 'n1' };
  it.each<[string, string, readonly string[], boolean]>([
    ['cores', 'gt', ['4'], true],
    ['cores', 'gt', ['8'], false],
    ['cores', 'lt', ['16'], true],
    ['cores', 'lt', ['-1'], false],
    ['absent', 'gt', ['1'], false],
    ['name', 'gt', ['1'], false], // the label is not an integer
    ['cores', 'gt', ['1', '2'], false], // exactly one value
  ])('%s %s %j', (key, operator, values, expected) => {
    expect(selectorMatches([{ key, operator: operator as 'gt' | 'lt', values }], node)).toBe(expected);
  });
});
