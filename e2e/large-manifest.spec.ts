import { writeFileSync } from 'node:fs';
import { generateDump } from '../bench/generate-dump.ts';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * A `kubectl get -o yaml` dump of 3,615 objects, 10 MB: the size that once froze the page for 44 s.
 * Its 2,520 Pods are the cluster's whole list: the built-in CoreDNS and kube-proxy run none beside them.
 */
const DUMP = generateDump({ namespaces: 7, nodes: 8, services: 720, deployments: 360, podsPerDeployment: 7 });

test('a 10 MB dump pasted into the editor: plain text, the build’s progress, then its cluster', async ({ page }) => {
  test.setTimeout(300_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  // Main-thread tasks over 50 ms, recorded for the report; not asserted, as they depend on the machine.
  await page.evaluate(() => {
    const tasks: number[] = [];
    Object.assign(window, { kseLongTasks: tasks });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });

  // Shown while the build runs (a few seconds for this dump), so looked for from the start.
  const progress = page.getByText(/^Building the cluster \(\d+\.\d MB\): /).waitFor();
  await explorer.setText(DUMP);
  await expect(explorer.editor.getByRole('note')).toContainText('A manifest over 2 MB: shown as plain text');
  await progress;
  await expect(page.locator('.graph-toolbar .build-status')).toContainText('722 Services, 2520 Pods', { timeout: 180_000 });

  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { kseLongTasks: number[] }).kseLongTasks));
  test.info().annotations.push({ type: 'longest main-thread task (ms)', description: String(Math.round(longest)) });
});

test('a text over 32 MB opened from disk: the editor shows its beginning, read-only, and the simulator reads all of it', async ({ page }) => {
  test.setTimeout(300_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.getByRole('button', { name: 'Open manifest file' }).waitFor();
  // 34 MB: comment lines, which cost the model nothing to read, then a Service at the very end,
  // far past what the editor shows.
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: at-the-end\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 8080\n';
  const huge = `${`# ${'x'.repeat(98)}\n`.repeat(340_000)}${service}`;
  const file = test.info().outputPath('huge.yaml');
  writeFileSync(file, huge);
  await page.locator('input[type="file"]').setInputFiles(file);

  await expect(explorer.editor.getByRole('note')).toContainText(`A text of ${(huge.length / 1e6).toFixed(1)} MB: the editor shows its first 8.0 MB, read-only`);
  await expect(explorer.box('svc:default/at-the-end')).toBeVisible({ timeout: 180_000 });
  await explorer.editorLoaded();
  // Read-only: typing changes nothing.
  await explorer.editorInput.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('kind: Pod');
  await expect(explorer.editor.locator('.view-lines')).not.toContainText('kind: Pod');
});
