import { expect, test } from './fixtures.ts';

// The first screen's order, not its speed (timings are npm run bench's): the model worker is asked
// before the explorer has mounted; the editor's files download meanwhile (a prefetch, which only
// fills the HTTP cache), and the editor's chunk, whose compiling holds the page's thread, is
// imported only once the first graph is on screen.
test('the first graph is drawn before the editor’s chunk is imported, and the editor follows', async ({ page }) => {
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    Object.assign(window, { kseMarks: marks });
    new MutationObserver(() => {
      marks.graph ??= document.querySelector('.react-flow__node') === null ? (undefined as unknown as number) : performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Manifest editor' }).locator('.monaco-editor .view-line').first()).toBeVisible();
  const { graph, prefetched, imported, worker } = await page.evaluate(() => {
    const fetches = (pattern: RegExp): PerformanceResourceTiming[] =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => pattern.test(entry.name));
    const monaco = fetches(/\/MonacoEditor-[^/]*\.js$/);
    return {
      graph: (window as unknown as { kseMarks: { graph: number } }).kseMarks.graph,
      prefetched: monaco.find((entry) => entry.initiatorType === 'link')?.startTime ?? Number.NaN,
      imported: monaco.find((entry) => entry.initiatorType !== 'link')?.startTime ?? Number.NaN,
      worker: fetches(/\/model\.worker-[^/]*\.js$/)[0]?.startTime ?? Number.NaN,
    };
  });
  expect(graph).toBeGreaterThan(0);
  expect(prefetched).toBeLessThan(graph);
  expect(imported).toBeGreaterThan(graph);
  expect(worker).toBeLessThan(graph);
});
