/**
 * Hands the worker's answers on in the order they came, a large one in a task after the one that
 * took it in. The first answer for the 50,714-object dump holds about 60,000 outline items and
 * diagnostics: decoding them and rendering what they change, in one task, held the page for 230–400 ms.
 * Two tasks let the page answer a click or a key in between. The answers that follow a deferred one
 * wait behind it, so none overtakes another.
 */
import type { WorkerResponse } from '../../worker/protocol.ts';

/** Outline items, diagnostics and boxes past which an answer is handed on in a task of its own. */
const LARGE_ANSWER_ITEMS = 20_000;

export function isLargeAnswer(response: WorkerResponse): boolean {
  return response.type === 'built' && response.outline.length + response.diagnostics.length + response.graph.nodes.length > LARGE_ANSWER_ITEMS;
}

export function answersInTurn<T>(deliver: (answer: T) => void, large: (answer: T) => boolean, later: (run: () => void) => void = (run) => setTimeout(run, 0)): (answer: T) => void {
  const waiting: T[] = [];
  // Each large answer opens a task: the answers before it go in the task before.
  const flush = (): void => {
    let first = true;
    while (waiting.length > 0) {
      if (!first && large(waiting[0]!)) {
        later(flush);
        return;
      }
      first = false;
      const answer = waiting.shift()!;
      try {
        deliver(answer);
      } catch (error) {
        // The answers behind it still go, as each message went on its own before.
        if (waiting.length > 0) later(flush);
        throw error;
      }
    }
  };
  return (answer) => {
    if (waiting.length === 0 && !large(answer)) {
      deliver(answer);
      return;
    }
    waiting.push(answer);
    if (waiting.length === 1) later(flush);
  };
}
