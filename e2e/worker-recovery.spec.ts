import type { Worker } from '@playwright/test';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';
import { shootEverywhere } from './screens.ts';

/**
 * The model worker is made to fail from the test, through Playwright's handle on the worker, so the
 * app ships no test hook: its next request throws, or never returns, as a model bug would.
 */
async function modelWorker(explorer: ExplorerPage): Promise<Worker> {
  await expect.poll(() => explorer.page.workers().some((w) => w.url().includes('model.worker'))).toBe(true);
  const worker = explorer.page.workers().find((w) => w.url().includes('model.worker'));
  if (worker === undefined) throw new Error('the model worker is not running');
  return worker;
}

test('a worker that crashes is restarted, rebuilds the text on screen, and the graph updates again', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  const worker = await modelWorker(explorer);
  await worker.evaluate(() => {
    self.onmessage = () => {
      throw new TypeError('type is not iterable');
    };
  });

  await explorer.chooseExample('guide-07-cassandra-headless');
  const notice = page.getByRole('status').filter({ hasText: 'The simulator stopped unexpectedly' });
  await expect(notice).toContainText('restarted and the graph rebuilt from your manifest');
  await expect(explorer.box('svc:database/cassandra-headless')).toBeVisible();
  await expect(explorer.graph).not.toHaveClass(/stale/);
  // The user sees what happened in words, never the exception.
  await expect(page.locator('body')).not.toContainText('TypeError');
  await expect.poll(() => explorer.text()).toContain('cassandra-headless');
  await shootEverywhere(page, 'worker-restarted');

  // The fresh worker answers the next edit, and the notice goes once it has.
  await explorer.chooseExample('guide-03-debug-ui');
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('a worker that stops answering is stopped; the text stays, and the next edit builds again', async ({ page }) => {
  // The watchdog allows 25 s of silence before it calls a worker hung.
  test.setTimeout(240_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  const worker = await modelWorker(explorer);
  await worker.evaluate(() => {
    self.onmessage = () => {
      for (;;) {
        // A build that never ends, as `replicas: 2147483647` once made one.
      }
    };
  });

  await explorer.chooseExample('guide-07-cassandra-headless');
  await expect(page.getByText('Building the cluster: waiting for the simulator…')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'made no progress' });
  await expect(notice).toBeVisible({ timeout: 90_000 });
  await expect(notice).toContainText('Your manifest is unchanged; the graph shows the last cluster that built. Edit the manifest to try again.');
  await expect(explorer.graph).toHaveClass(/stale/);
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  await expect.poll(() => explorer.text()).toContain('cassandra-headless');
  await shootEverywhere(page, 'worker-stopped');

  await explorer.chooseExample('guide-08-kafka-headless');
  await expect(explorer.box('svc:messaging/kafka-headless')).toBeVisible();
  await expect(explorer.graph).not.toHaveClass(/stale/);
  await expect(notice).toHaveCount(0);
});
