/**
 * A dump parsed on several threads. `kubectl get -o yaml` writes a whole cluster as one
 * `kind: List` document whose items are independent YAML nodes: ranges of them are cut by the
 * model's line scan (findListItems), parsed by js-yaml in worker_threads, and come back by
 * structured clone. The List's value, put together in order, is what js-yaml gives for the whole
 * document; it goes to buildCluster as a parse cache entry for that very text, so every RawObject
 * (ref, locate) and diagnostic is made by the same code as in a single-threaded parse.
 *
 * Anything unusual (several documents in the file, a flow or JSON List, items at another
 * indentation, an alias to an anchor in another range, a syntax error) is left to the
 * single-threaded parse, which reports what there is to report.
 */
import { Worker } from 'node:worker_threads';
import jsyaml from 'js-yaml';
import { createParseCache, findListItems, KUBECTL_SCHEMA, refuseDocument, splitDocuments, type ItemSpan, type ManifestSource, type ParseCache } from '../model/index.ts';
import { LIST_PARSER_WORKER } from './node-io.ts';

/** Below this a file is parsed on the main thread: starting workers would cost more than they save. */
export const MIN_PARALLEL_CHARS = 8 * 2 ** 20;
/** Ranges per thread: the main thread takes in the workers' answers between parsing its own. */
const RANGES_PER_THREAD = 4;

export interface RangeRequest {
  readonly id: number;
  readonly text: string;
}

/** The range's items as JSON or by structured clone; no items when the range does not read cleanly on its own. */
export type RangeAnswer = { readonly id: number; readonly json: string } | { readonly id: number; readonly items: unknown[] | undefined };

type ChunkResult = ParseCache['entries'] extends Map<string, infer Result> ? Result : never;

/**
 * Parses the large Lists among the sources on `threads` threads, this one included: a parse
 * cache that holds them, or undefined when no source could be parsed that way.
 */
export async function parseListsInThreads(sources: readonly ManifestSource[], threads: number, minChars = MIN_PARALLEL_CHARS): Promise<ParseCache | undefined> {
  const cache = createParseCache();
  for (const source of sources) {
    const plan = source.text.length >= minChars ? planList(source.text) : undefined;
    if (plan === undefined) continue;
    const items = await parseRanges(cutRanges(source.text, plan.spans, threads * RANGES_PER_THREAD), threads);
    if (items === undefined) continue;
    const result = listResult(source.text, plan.header, items);
    if (result !== undefined) cache.entries.set(source.text, result);
  }
  return cache.entries.size > 0 ? cache : undefined;
}

interface ListPlan {
  /** The document without its items: `items:` reads as null, every other key as it stands. */
  readonly header: Record<string, unknown>;
  readonly spans: readonly ItemSpan[];
}

/**
 * The plan for a file that is one implicit document, a block List whose items stand at column 1
 * (`- ` at the start of the line, as kubectl writes them); undefined for anything else. The text
 * must be, unchanged, the one document parseManifests reads (no marker, directive or CR), or the
 * cache entry would never be used.
 */
function planList(text: string): ListPlan | undefined {
  const documents = splitDocuments(text);
  if (documents.length !== 1 || documents[0]?.text !== text) return undefined;
  const spans = findListItems(text, countItemLines(text));
  const first = spans?.[0];
  const last = spans?.at(-1);
  if (spans === undefined || first === undefined || last === undefined || first.indent !== 0) return undefined;
  let header: unknown;
  try {
    header = jsyaml.load(text.slice(0, first.from) + text.slice(last.to + 1), { schema: KUBECTL_SCHEMA });
  } catch {
    return undefined;
  }
  if (!isRecord(header) || header.kind !== 'List' || !Object.hasOwn(header, 'items') || header.items !== null) return undefined;
  return { header, spans };
}

/** Lines that begin with `- ` or are a lone `-`: the item starts findListItems will count, if the List is plain. */
function countItemLines(text: string): number {
  let count = text.startsWith('- ') || text.startsWith('-\n') ? 1 : 0;
  for (let at = text.indexOf('\n-'); at >= 0; at = text.indexOf('\n-', at + 2)) {
    const next = text.charCodeAt(at + 2);
    if (next === 32 || next === 10 || Number.isNaN(next)) count += 1;
  }
  return count;
}

interface Range {
  readonly text: string;
  readonly items: number;
}

/** About `count` ranges of whole items, of about equal length. */
function cutRanges(text: string, spans: readonly ItemSpan[], count: number): Range[] {
  const ranges: Range[] = [];
  const size = ((spans.at(-1)?.to ?? 0) - (spans[0]?.from ?? 0)) / count;
  let first = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (i + 1 === spans.length || span.to - spans[first]!.from >= size) {
      ranges.push({ text: text.slice(spans[first]!.from, span.to), items: i + 1 - first });
      first = i + 1;
    }
  }
  return ranges;
}

/**
 * Each range parsed, by the main thread and `threads - 1` workers in turn: the items of all in
 * order, or undefined if one range failed. Every worker is sent its ranges at once; the main
 * thread parses its own between taking in the workers' answers, which are then nearly all in.
 */
async function parseRanges(ranges: readonly Range[], threads: number): Promise<unknown[] | undefined> {
  const pool = Array.from({ length: threads - 1 }, () => startWorker());
  const parts: (unknown[] | undefined)[] = new Array<unknown[] | undefined>(ranges.length);
  const answered = pool.map((worker, w) => collect(worker, ranges, parts, w, threads));
  let ok = true;
  for (let id = threads - 1; id < ranges.length && ok; id += threads) {
    // Let the answers in between: each one read now is not waited for later.
    await new Promise((resolve) => setImmediate(resolve));
    const items = parseHere(ranges[id]!.text);
    ok = items?.length === ranges[id]!.items;
    parts[id] = items;
  }
  ok = (await Promise.all(answered)).every(Boolean) && ok;
  await Promise.all(pool.map((worker) => worker.terminate()));
  if (!ok) return undefined;
  const items: unknown[] = [];
  // One by one: a dump's List holds more items than a call takes arguments.
  for (const part of parts) for (const item of part ?? []) items.push(item);
  return items;
}

/** Sends worker `w` every `threads`-th range from its own and takes in its answers; false if one failed. */
function collect(worker: Worker, ranges: readonly Range[], parts: (unknown[] | undefined)[], w: number, threads: number): Promise<boolean> {
  return new Promise((resolve) => {
    let pending = 0;
    worker.on('message', (answer: RangeAnswer) => {
      const items = 'json' in answer ? (JSON.parse(answer.json) as unknown[]) : answer.items;
      if (items?.length !== ranges[answer.id]?.items) return resolve(false);
      parts[answer.id] = items;
      pending -= 1;
      if (pending === 0) resolve(true);
    });
    worker.on('error', () => resolve(false));
    worker.on('exit', () => resolve(false));
    for (let id = w; id < ranges.length; id += threads) {
      const request: RangeRequest = { id, text: ranges[id]!.text };
      worker.postMessage(request);
      pending += 1;
    }
    if (pending === 0) resolve(true);
  });
}

function parseHere(text: string): unknown[] | undefined {
  try {
    const items: unknown = jsyaml.load(text, { schema: KUBECTL_SCHEMA });
    return Array.isArray(items) ? items : undefined;
  } catch {
    return undefined;
  }
}

/**
 * From the bundle (dist-cli/kse.mjs) the worker is the bundle itself, which main.ts turns into a
 * list parser when it is given the mark. From source (`npm run kse`, the bench) it is the worker
 * module, read through tsx, whose loader a worker thread does not inherit.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), { workerData: LIST_PARSER_WORKER });
  const module = JSON.stringify(new URL('./list-parse-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${module}); });`, { eval: true });
}

/** What parseManifests' own parse of the document gives: its value, unless kubectl would refuse it. */
function listResult(text: string, header: Record<string, unknown>, items: unknown[]): ChunkResult | undefined {
  // The key keeps its place among the others, as in the whole document's value.
  header.items = items;
  // A refused document is left to the single-threaded parse, which words the refusal.
  return refuseDocument(text, header) === undefined ? { ok: true, value: header } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
