import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * Typing in a small manifest is built on the page (src/web/app/in-page-builds.ts) once its model
 * has loaded, and only while builds stay cheap: on a busy machine every key may still go to the
 * worker. Either way the graph follows each key, and the panels, which ask the worker, answer about
 * the text typed, not the one the worker last built itself.
 */
test('the graph follows each key, and the details then describe the text as typed', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const edge = explorer.edge('node:worker-1->svc:monitoring/debug-ui');
  await expect(edge).toContainText('31000 → 80');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/model-host-[\w-]+\.js$/.test(entry.name))), { message: 'the page loads its model once the editor is ready' })
    .toBe(true);

  // Counts what reaches the model worker: its own builds, and the quiet ones that bring it up to the page's.
  await expect.poll(() => page.workers().some((w) => w.url().includes('model.worker'))).toBe(true);
  const worker = page.workers().find((w) => w.url().includes('model.worker'));
  if (worker === undefined) throw new Error('the model worker is not running');
  await worker.evaluate(() => {
    const counts = { builds: 0, quiet: 0 };
    const serve = self.onmessage;
    self.onmessage = (event: MessageEvent<{ type: string; quiet?: boolean }>) => {
      if (event.data.type === 'build') counts[event.data.quiet === true ? 'quiet' : 'builds'] += 1;
      serve?.call(self, event);
    };
    Object.assign(self, { kseCounts: counts });
  });
  const counts = () => worker.evaluate(() => (self as unknown as { kseCounts: { builds: number; quiet: number } }).kseCounts);

  // `port: 80` of the Service.
  await explorer.goToLine(26);
  await page.keyboard.press('End');
  // 80 → 800 → 8000 → 800 → 80, again and again: until a key is built on the page, or 16 keys.
  const keys = [
    ['0', '800'],
    ['0', '8000'],
    ['Backspace', '800'],
    ['Backspace', '80'],
  ] as const;
  let port = '80';
  let lastKeyOnPage = false;
  for (let typed = 0; typed < 16 && !(lastKeyOnPage && typed >= keys.length); typed++) {
    const [key, next] = keys[typed % keys.length] ?? keys[0];
    const before = (await counts()).builds;
    await page.keyboard.press(key);
    // The whole label: `31000 → 80` is also the start of `31000 → 800`.
    await expect(edge).toHaveAttribute('aria-label', new RegExp(`: 31000 → ${next}$`));
    port = next;
    lastKeyOnPage = (await counts()).builds === before;
  }
  await explorer.box('svc:monitoring/debug-ui').click();
  await explorer.showTab('Details');
  await expect(explorer.details).toContainText(new RegExp(`Port:\\s+<unset>\\s+${port}/TCP`));
  await expect(explorer.details).toContainText(/NodePort:\s+<unset>\s+31000\/TCP/);
  // A last key built on the page was brought to the worker, in one quiet build, before it described the Service.
  expect((await counts()).quiet).toBe(lastKeyOnPage ? 1 : 0);
});
