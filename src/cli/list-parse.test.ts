/**
 * A List parsed on several threads gives what the single-threaded parse gives: the same check
 * output, byte for byte, and the same cluster; and whatever the threads cannot cut cleanly is
 * left to the single-threaded parse.
 */
import { describe, expect, it } from 'vitest';
import { generateDump, type DumpShape } from '../../bench/generate-dump.ts';
import { buildCluster } from '../model/index.ts';
import { parseListsInThreads } from './list-parse.ts';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const SHAPE: DumpShape = { namespaces: 3, nodes: 4, services: 48, deployments: 24, podsPerDeployment: 3 };
// Worker threads start and read their module through tsx: seconds on a loaded machine.
const BUDGET = { timeout: 120_000 };

async function check(text: string, threads: number, ...flags: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = createMemoryIO({ 'dump.yaml': text });
  const parseLists = threads > 1 ? (sources: Parameters<typeof parseListsInThreads>[0]) => parseListsInThreads(sources, threads, 0) : undefined;
  const code = await run(['check', '-f', 'dump.yaml', ...flags], parseLists ? { ...io, parseLists } : io);
  return { code, out: io.out(), err: io.err() };
}

describe('parseListsInThreads', () => {
  // A Service whose selector matches nothing, so that the check has findings to place.
  const text = generateDump(SHAPE, { serverFields: 'kubectl' }).replace('      app: app-1\n', '      app: app-1-typo\n');

  it('gives the check output of the single-threaded parse, on 2 and 3 threads', BUDGET, async () => {
    const single = await check(text, 1);
    expect(single.out).toContain('matches no Pod');
    for (const threads of [2, 3]) {
      expect(await check(text, threads)).toEqual(single);
      expect(await check(text, threads, '-o', 'json')).toEqual(await check(text, 1, '-o', 'json'));
    }
  });

  it('gives the same cluster, objects and places included', BUDGET, async () => {
    const sources = [{ name: 'dump.yaml', text }];
    const cache = await parseListsInThreads(sources, 2, 0);
    expect(cache?.entries.size).toBe(1);
    const now = '2026-01-01T00:00:00Z';
    expect(JSON.stringify(buildCluster(sources, { cache, now }))).toBe(JSON.stringify(buildCluster(sources, { now })));
  });

  it.each([
    ['an alias to an anchor in another range', (t: string) => t.replace('- apiVersion: v1\n  kind: Namespace\n', '- &first\n  apiVersion: v1\n  kind: Namespace\n').replace(/\nkind: List\n/, '\n- *first\nkind: List\n')],
    ['two documents', (t: string) => `${t}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: extra}\n`],
    ['a syntax error in an item', (t: string) => t.replace('  kind: Service\n', '  kind: Service\n  bad: [\n')],
  ])('leaves %s to the single-threaded parse', BUDGET, async (_, edit) => {
    const edited = edit(text);
    expect(await parseListsInThreads([{ name: 'dump.yaml', text: edited }], 2, 0)).toBeUndefined();
    expect(await check(edited, 2)).toEqual(await check(edited, 1));
  });
});
