/**
 * A worker thread of list-parse.ts: parses each range of a List's items it is sent, as js-yaml
 * parses the whole document (the same schema), and sends the items back. Anything it cannot read,
 * it answers with no items, and the List is parsed on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import jsyaml from 'js-yaml';
import { KUBECTL_SCHEMA } from '../model/index.ts';
import type { RangeAnswer, RangeRequest } from './list-parse.ts';

parentPort?.on('message', ({ id, text }: RangeRequest) => {
  parentPort?.postMessage(answer(id, text));
});

function answer(id: number, text: string): RangeAnswer {
  let items: unknown;
  try {
    items = jsyaml.load(text, { schema: KUBECTL_SCHEMA });
  } catch {
    // A syntax error, or an alias to an anchor in another range: the main thread parses it all.
    return { id, items: undefined };
  }
  if (!Array.isArray(items)) return { id, items: undefined };
  // As JSON the main thread takes the items in about a third of the time a structured clone
  // costs it; that is exact unless an alias shares a node (no anchor, no alias) or a number
  // JSON cannot hold (.nan, .inf, -0) is there.
  return !text.includes('&') && holdsOnlyJsonNumbers(items) ? { id, json: JSON.stringify(items) } : { id, items };
}

function holdsOnlyJsonNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(holdsOnlyJsonNumbers);
  for (const key in value) if (!holdsOnlyJsonNumbers((value as Record<string, unknown>)[key])) return false;
  return true;
}
