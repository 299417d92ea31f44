/**
 * The first screen of the built app, cold: each run in a fresh browser context (an empty HTTP
 * cache, no stored text), the times from navigation start to the first graph box drawn and to the
 * editor's first line of text drawn (from then on it takes keys). Run by browser.bench.ts.
 */
import type { Browser } from '@playwright/test';

/** The aims, in milliseconds. */
export const FIRST_LOAD_AIM = { graph: 1_000, editor: 2_000 } as const;

export interface FirstLoad {
  readonly graph: number;
  readonly editor: number;
}

interface Marks {
  graph?: number;
  editor?: number;
}

export async function measureFirstLoad(browser: Browser, base: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    // Watches the DOM from its first node: the moment each thing appears, in the page's own clock.
    await page.addInitScript(() => {
      const marks: Marks = {};
      Object.assign(window, { kseFirstLoad: marks });
      new MutationObserver(() => {
        marks.graph ??= document.querySelector('.react-flow__node') === null ? undefined : performance.now();
        marks.editor ??= document.querySelector('.monaco-editor .view-line') === null ? undefined : performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${base}/`);
    const handle = await page.waitForFunction(
      () => {
        const marks = (window as unknown as { kseFirstLoad: Marks }).kseFirstLoad;
        return marks.graph !== undefined && marks.editor !== undefined ? marks : undefined;
      },
      undefined,
      { timeout: 120_000 },
    );
    const marks = (await handle.jsonValue()) as Required<Marks>;
    return { graph: marks.graph, editor: marks.editor };
  } finally {
    await context.close();
  }
}
