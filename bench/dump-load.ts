/**
 * A kubectl dump opened in the built app through "Open manifest file", as a user would: the time
 * from choosing the file to the status line saying it was read as a cluster dump, the peak
 * resident memory of Chromium's renderer processes meanwhile (the page and its workers, sampled
 * from /proc every 100 ms), the time until the editor holds the whole text, the longest task on the
 * page's thread until then (the aim: none over 200 ms), the boxes on screen, and edit-to-graph
 * latency inside the dump, from the keystroke: the pause the editor waits for before it reports
 * typing in a text this large (edit-reporter.ts) is part of what a person waits. Run by
 * browser.bench.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { countObjects, generateDump, type DumpShape } from './generate-dump.ts';
import { measureKeystrokes } from './keystrokes.ts';

/** The aim for an edit inside a 30,000-Pod dump, in milliseconds. */
export const DUMP_EDIT_AIM = 100;
/** The aim for the page's thread while a dump loads: no task longer, in milliseconds. */
export const DUMP_TASK_AIM = 200;

export interface DumpLoad {
  readonly objects: number;
  readonly megabytes: number;
  readonly loadMs: number;
  /** File chosen → the editor holds the whole text and can be edited. */
  readonly editorMs: number;
  /** The longest task on the page's thread from the file chosen until the editor holds it all. */
  readonly longestTaskMs: number;
  /** Renderer processes' resident memory: before the file, and at its peak while it loaded. */
  readonly baselineMb: number;
  readonly peakMb: number;
  /** React Flow's box elements on the page: a large cluster's graph creates those on screen only. */
  readonly boxes: { readonly fewest: number; readonly most: number };
  /** False when the editor holds only the beginning of the text, read-only (a huge dump). */
  readonly editable: boolean;
  readonly edits: readonly number[];
}

/** The processes under this one (Chromium is started by Playwright from this process). */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent; the name in field 2 may hold spaces, so read after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (pid: number): void => {
    for (const child of parents.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function rendererRssMb(): number {
  let kb = 0;
  for (const pid of descendants(process.pid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return kb / 1024;
}

export async function measureDumpLoad(browser: Browser, base: string, shape: DumpShape, edits: number): Promise<DumpLoad> {
  const text = generateDump(shape);
  // From a file, as a user opens it: Playwright passes buffers over 50 MB only by path.
  const folder = mkdtempSync(join(tmpdir(), 'kse-dump-'));
  const file = join(folder, 'dump.yaml');
  writeFileSync(file, text);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    // On the page as it stands, its editor loaded, as the e2e test opens it: Monaco's one-off start
    // (about 450 ms of module evaluation in one task) belongs to the first-load row, not to the dump.
    await page.waitForSelector('.monaco-editor .view-lines');
    const baselineMb = rendererRssMb();
    let peakMb = baselineMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, rendererRssMb())), 100);
    await page.evaluate(() => {
      const tasks: number[] = [];
      Object.assign(window, { kseLongTasks: tasks });
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
    });
    const start = performance.now();
    const editorBusy = page.locator('.editor-host[aria-busy="true"]').waitFor({ timeout: 900_000 });
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator('.graph-toolbar .build-status').filter({ hasText: 'read as a cluster dump' }).waitFor({ timeout: 900_000 });
    await page.waitForSelector('.react-flow__node');
    const loadMs = performance.now() - start;
    await editorBusy;
    await page.locator('.editor-host[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 900_000 });
    const editorMs = performance.now() - start;
    clearInterval(sampler);
    peakMb = Math.max(peakMb, rendererRssMb());
    const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { kseLongTasks: number[] }).kseLongTasks));
    // Boxes drawn while the view follows the packet's first hops, which it flies between: the
    // fewest and the most over three seconds.
    const counts: number[] = [];
    for (let sample = 0; sample < 12; sample++) {
      counts.push(await page.locator('.react-flow__node').count());
      await page.waitForTimeout(250);
    }
    const boxes = { fewest: Math.min(...counts), most: Math.max(...counts) };
    const editable = (await page.getByText(/the editor shows its first/).count()) === 0;
    const measured = editable ? await measureKeystrokes(page, text, /^\s*(- )?port: \d+\s*$/, edits, 600_000) : [];
    return { objects: countObjects(shape), megabytes: text.length / 1e6, loadMs, editorMs, longestTaskMs, baselineMb, peakMb, boxes, editable, edits: measured };
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
