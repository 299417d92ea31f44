import { describe, expect, it } from 'vitest';
import { grade, type Challenge, type ChallengeAnswer, type GivenAnswer } from './challenge.ts';

const challenge = (answer: ChallengeAnswer): Challenge => ({ id: 't', source: 'generated', title: 't', question: 'q', answer, explanation: 'e', reveal: {} });

const choice = challenge({ kind: 'choice', options: ['a', 'b', 'c'], correct: 'b' });
const multi = challenge({ kind: 'multi', options: ['x', 'y', 'z'], correct: ['z', 'x'] });
const empty = challenge({ kind: 'multi', options: ['x', 'y'], correct: [] });
const number = challenge({ kind: 'number', correct: 31000 });

describe('grade', () => {
  it.each<[string, Challenge, GivenAnswer, boolean, string]>([
    ['choice right', choice, 'b', true, 'b'],
    ['choice wrong', choice, 'a', false, 'b'],
    ['choice given as a list', choice, ['b'], false, 'b'],
    ['multi in any order', multi, ['x', 'z'], true, 'x, z'],
    ['multi with duplicates', multi, ['z', 'x', 'z'], true, 'x, z'],
    ['multi missing one', multi, ['x'], false, 'x, z'],
    ['multi with one too many', multi, ['x', 'y', 'z'], false, 'x, z'],
    ['multi, none expected, none given', empty, [], true, 'none'],
    ['multi, none expected, one given', empty, ['x'], false, 'none'],
    ['number right', number, 31000, true, '31000'],
    ['number as text', number, ' 31000 ', true, '31000'],
    ['number wrong', number, 31001, false, '31000'],
    ['number empty', number, '', false, '31000'],
    ['number not a number', number, 'abc', false, '31000'],
    ['number NaN', number, Number.NaN, false, '31000'],
  ])('%s', (_name, given, answer, correct, expected) => {
    expect(grade(given, answer)).toEqual({ correct, expected });
  });
});
