import { expect, test } from './fixtures.ts';

// The first screen's order, not its speed (timings are npm run bench's): the model worker is asked
// before the explorer has mounted, and the editor's chunk, whose compiling holds the page's thread,
// is fetched only once the first graph is on screen.
test('the first graph is drawn before the editor’s chunk is fetched, and the editor follows', async ({ page }) => {
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    Object.assign(window, { kseMarks: marks });
    new MutationObserver(() => {
      marks.graph ??= document.querySelector('.react-flow__node') === null ? (undefined as unknown as number) : performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Manifest editor' }).locator('.monaco-editor .view-line').first()).toBeVisible();
  const { graph, monaco, worker } = await page.evaluate(() => {
    const started = (pattern: RegExp): number =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => pattern.test(entry.name))?.startTime ?? Number.NaN;
    return { graph: (window as unknown as { kseMarks: { graph: number } }).kseMarks.graph, monaco: started(/\/MonacoEditor-[^/]*\.js$/), worker: started(/\/model\.worker-[^/]*\.js$/) };
  });
  expect(graph).toBeGreaterThan(0);
  expect(monaco).toBeGreaterThan(graph);
  expect(worker).toBeLessThan(graph);
});
