/**
 * Keystroke-to-graph latency in Chromium: the built app is served by `vite preview`, each manifest
 * opened through a share link, and its first Service's `port:` line (its `externalName:` for an
 * ExternalName Service) edited again and again (keystrokes.ts), so that each keystroke re-derives
 * allocations, EndpointSlices, the trace and the graph. The app measures each edit itself (performance measure
 * `kse:keystroke-to-graph`, src/web/app/latency.ts): from the editor's change to the frame after the
 * new graph is committed. Then the first screen, cold (first-load.ts); a click on a box, input to
 * paint (box-clicks.ts); what a playing packet costs
 * the page (packet-at-rest.ts); kubectl dumps of 5,000 and
 * 50,714 objects opened from disk, with their load time, memory and edit latency (dump-load.ts;
 * `--quick` leaves the larger out); and what an embedded graph (`?embed`) downloads
 * (embed-weight.ts). Run with `npm run bench:browser` (after `npm run build`, or with `--build`);
 * `--keystrokes` prints the keystroke rows alone.
 */
import { execFileSync, spawn } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EXAMPLES } from '../src/examples/index.ts';
import { LARGE_TEXT_PAUSE_MS } from '../src/web/features/editor/edit-reporter.ts';
import { readFileSync } from 'node:fs';
import { DUMP_EDIT_AIM, DUMP_TASK_AIM, measureDumpLoad } from './dump-load.ts';
import { measureKeystrokes } from './keystrokes.ts';
import { manyPods } from './many-pods.ts';
import { describeLazyParts, EMBED_AIM_KB, kilobytes, measureEmbedWeight } from './embed-weight.ts';
import { FIRST_LOAD_AIM, measureFirstLoad, type FirstLoad } from './first-load.ts';
import { FULL_SHAPE, SMALL_SHAPE, type DumpShape } from './generate-dump.ts';
import { measurePacketAtRest, PACKET_BUSY_AIM } from './packet-at-rest.ts';
import { BOX_CLICK_AIM, measureBoxClicks } from './box-clicks.ts';

const PORT = 4273;
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 30;
const FIRST_LOADS = 5;
/** Aims of the keystroke rows, in milliseconds: one frame for the guide's examples. */
const KEYSTROKE_AIM = { example: 16, manyPods: 50 } as const;
/** `--quick` leaves out the 50,714-object dump, which takes minutes and gigabytes to open. */
const dumps: readonly (readonly [DumpShape, number])[] = process.argv.includes('--quick')
  ? [[SMALL_SHAPE, 6]]
  : [
      [SMALL_SHAPE, 6],
      [FULL_SHAPE, 2],
    ];

if (process.argv.includes('--build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const fragmentOf = (manifest: string): string => `#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}`;

function shareLink(manifest: string): string {
  return `${BASE}/${fragmentOf(manifest)}`;
}

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  // The whole process group: npx leaves the real server running otherwise.
  const stop = () => {
    try {
      process.kill(-(server.pid ?? 0));
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(BASE);
      return stop;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stop();
  throw new Error('vite preview did not start within 30 s');
}

async function measure(page: Page, manifest: string): Promise<number[]> {
  await page.goto('about:blank');
  await page.goto(shareLink(manifest));
  await page.waitForSelector('.react-flow__node[data-id^="svc:"]');
  const samples = await measureKeystrokes(page, manifest, /^\s*(- )?(port: \d+|externalName: \S+)\s*$/, KEYSTROKES, 120_000);
  if (samples.length === 0) throw new Error('no port: or externalName: line to edit');
  return samples;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** The rows after the keystrokes: the first load, the dumps and the embed's download. */
async function otherRows(browser: Browser): Promise<void> {
  const loads: FirstLoad[] = [];
  for (let i = 0; i < FIRST_LOADS; i++) loads.push(await measureFirstLoad(browser, BASE));
  const median = (values: readonly number[]): string => percentile(values, 50).toFixed(0);
  const spread = (values: readonly number[]): string => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  const [graphs, editors] = [loads.map((l) => l.graph), loads.map((l) => l.editor)];
  console.log(`\nfirst load, cold cache, built app (median of ${FIRST_LOADS}, ms): first graph box ${median(graphs)} (${spread(graphs)}; aim ≤ ${FIRST_LOAD_AIM.graph}), editor ready ${median(editors)} (${spread(editors)}; aim ≤ ${FIRST_LOAD_AIM.editor})`);

  console.log('\ndump opened through "Open manifest file" (load: file chosen → status line; memory: renderer processes, resident)');
  for (const [shape, edits] of dumps) {
    const load = await measureDumpLoad(browser, BASE, shape, edits);
    const editFigures = !load.editable
      ? 'no edit measured: the editor holds its beginning, read-only'
      : load.edits.length === 0
        ? 'no edit measured'
        : `keystroke → graph ${load.edits.map((ms) => ms.toFixed(0)).join(', ')} ms, the editor's ${LARGE_TEXT_PAUSE_MS} ms pause in typing included (aim ≤ ${DUMP_EDIT_AIM})`;
    console.log(
      `${load.objects.toLocaleString('en')} objects (${load.megabytes.toFixed(1)} MB): load ${(load.loadMs / 1000).toFixed(1)} s, whole text in the editor ${(load.editorMs / 1000).toFixed(1)} s, longest task ${load.longestTaskMs.toFixed(0)} ms (aim ≤ ${DUMP_TASK_AIM}), memory ${load.baselineMb.toFixed(0)} → peak ${load.peakMb.toFixed(0)} MB, ${load.boxes.fewest}–${load.boxes.most} boxes on screen as the view follows the packet (a large cluster's graph creates only those); ${editFigures}`,
    );
  }
  console.log('\nbox click → next paint (Event Timing, 16 boxes clicked, ms)');
  for (const [name, manifest] of [
    ['guide-03-debug-ui', readFileSync(new URL('../src/examples/guide-03-debug-ui.yaml', import.meta.url), 'utf8')],
    ['1,000 Pods', manyPods(1000)],
  ] as const) {
    const clicks = await measureBoxClicks(browser, shareLink(manifest));
    console.log(`${name}: median ${percentile(clicks, 50).toFixed(0)}, p95 ${percentile(clicks, 95).toFixed(0)}, max ${Math.max(...clicks).toFixed(0)} (aim ≤ ${BOX_CLICK_AIM})`);
  }
  const resting = await measurePacketAtRest(browser, BASE, fragmentOf(manyPods(1000)));
  console.log(`\nthe packet playing over 1,000 Pods, nothing else done: the page's thread busy ${resting.explorer.toFixed(0)} ms a second in the explorer, ${resting.embed.toFixed(0)} in the embed (aim ≤ ${PACKET_BUSY_AIM})`);
  const embed = await measureEmbedWeight(browser, BASE);
  console.log(`\n?embed download, gzip, all JS: ${kilobytes(embed.scriptGzip)} (aim ≤ ${EMBED_AIM_KB} KB); with the page and its styles: ${kilobytes(embed.totalGzip)}`);
  console.log(`  fetched only for links that need them: ${describeLazyParts()}`);
}

const stop = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const cases = [
    ...EXAMPLES.filter((e) => e.id.startsWith('guide-')).map((e) => [e.id, readFileSync(new URL(`../src/examples/${e.file}`, import.meta.url), 'utf8')] as const),
    ['1,000 Pods', manyPods(1000)] as const,
  ];
  console.log('keystroke → graph in Chromium (ms)        median    p95    max    aim');
  for (const [name, manifest] of cases) {
    const samples = await measure(page, manifest);
    const row = [percentile(samples, 50), percentile(samples, 95), Math.max(...samples)].map((v) => v.toFixed(1).padStart(7));
    const aim = name.startsWith('guide-') ? KEYSTROKE_AIM.example : KEYSTROKE_AIM.manyPods;
    console.log(`${name.padEnd(40)} ${row.join('')}  ≤ ${aim}`);
  }
  await page.close();

  if (!process.argv.includes('--keystrokes')) await otherRows(browser);
} finally {
  await browser.close();
  stop();
}
