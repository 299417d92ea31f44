import { describe, expect, it } from 'vitest';
import { answersInTurn } from './answers-in-turn.ts';

/** Tasks run when the test says, so that what each task hands on can be told apart. */
function setup() {
  const tasks: (() => void)[] = [];
  const handed: string[][] = [[]];
  const hand = answersInTurn<string>(
    (answer) => {
      if (answer === 'boom') throw new Error('a handler failed');
      handed.at(-1)!.push(answer);
    },
    (answer) => answer.startsWith('large'),
    (run) => tasks.push(run),
  );
  const nextTask = () => {
    handed.push([]);
    tasks.shift()!();
  };
  return { hand, handed, tasks, nextTask };
}

describe('answersInTurn', () => {
  it('hands a small answer on at once', () => {
    const { hand, handed, tasks } = setup();
    hand('a');
    hand('b');
    expect(handed).toEqual([['a', 'b']]);
    expect(tasks).toHaveLength(0);
  });

  it('hands a large answer on in the next task, and the answers behind it after it, in order', () => {
    const { hand, handed, nextTask, tasks } = setup();
    hand('a');
    hand('large-1');
    hand('b');
    expect(handed).toEqual([['a']]);
    nextTask();
    expect(handed).toEqual([['a'], ['large-1', 'b']]);
    expect(tasks).toHaveLength(0);
    hand('c');
    expect(handed.at(-1)).toEqual(['large-1', 'b', 'c']);
  });

  it('gives each large answer a task of its own', () => {
    const { hand, handed, nextTask, tasks } = setup();
    hand('large-1');
    hand('b');
    hand('large-2');
    hand('c');
    nextTask();
    nextTask();
    expect(handed).toEqual([[], ['large-1', 'b'], ['large-2', 'c']]);
    expect(tasks).toHaveLength(0);
  });

  it('goes on with the answers behind one whose handler threw', () => {
    const { hand, handed, nextTask } = setup();
    hand('large-1');
    hand('boom');
    hand('c');
    expect(() => nextTask()).toThrow('a handler failed');
    nextTask();
    expect(handed).toEqual([[], ['large-1'], ['c']]);
  });
});
