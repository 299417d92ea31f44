import { describe, expect, it } from 'vitest';
import { selectorMatches } from '../../model/index.ts';
import { formatLabels, parseLabelSelector } from './label-selector.ts';

const labels = { app: 'web', tier: 'frontend' };

// k8s.io/apimachinery/pkg/labels selector_test.go: `!=` and `notin` match objects without the key.
describe('label selectors', () => {
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['env!=prod', true],
    ['app in (web,db)', true],
    ['app in (db)', false],
    ['app notin (db)', true],
    ['env notin (prod)', true],
    ['app', true],
    ['env', false],
    ['!env', true],
    ['!app', false],
    ['app=web,tier=frontend', true],
    ['app=web,tier=backend', false],
    ['', true],
  ])('%s → %s', (text, expected) => {
    const parsed = parseLabelSelector(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(selectorMatches(parsed.requirements, labels)).toBe(expected);
  });

  it.each(['app=web=x', 'app in web', '=web'])('rejects %s', (text) => {
    expect(parseLabelSelector(text).ok).toBe(false);
  });

  it.each([
    [undefined, '<none>'],
    [{}, '<none>'],
    [{ b: '2', a: '1' }, 'a=1,b=2'],
  ])('formatLabels(%j) = %s', (input, expected) => {
    expect(formatLabels(input)).toBe(expected);
  });
});
