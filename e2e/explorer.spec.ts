import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

test('opens on a guide example and shows what the cluster made of it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.editor).toHaveValue(/name: debug-ui/);
  await expect(explorer.kubectl).toContainText('service/debug-ui');
  await expect(explorer.kubectl).toContainText('80:31000/TCP');
  await expect(explorer.kubectl).toContainText(/endpointslice\.discovery\.k8s\.io\/debug-ui-\w{5}/);
  await expect(explorer.problems).toContainText('The API server would accept every object.');
  for (const id of ['client:external', 'node:worker-1', 'node:control-plane', 'svc:monitoring/debug-ui']) {
    await expect(explorer.graph.locator(`[data-id="${id}"]`)).toBeVisible();
  }
  await expect(explorer.graph.locator('[data-id="node:worker-1->svc:monitoring/debug-ui"]')).toContainText('31000 → 80');
  await page.screenshot({ path: 'test-results/explorer.png', fullPage: true });
});

test('the gallery loads another example', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.gallery.selectOption('guide-08-kafka-headless');
  await expect(explorer.editor).toHaveValue(/name: kafka-headless/);
  await expect(explorer.kubectl).toContainText('service/kafka-headless');
  await expect(explorer.kubectl).toContainText('None');
});

test('an invalid Service is refused with the API server\'s words, at its line', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const text = await explorer.editor.inputValue();
  await explorer.editor.fill(text.replace('nodePort: 31000', 'nodePort: 80'));
  await expect(explorer.problems).toContainText(
    'spec.ports[0].nodePort' + 'Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
  await expect(explorer.kubectl).not.toContainText('service/debug-ui');
});

test('broken YAML keeps the text and says where it breaks', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.editor.fill('apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n');
  await expect(explorer.problems).toContainText('5:1Flow sequence in block collection must be sufficiently indented and end with a ]');
  await expect(explorer.kubectl).toHaveClass(/stale/);
  await page.reload();
  await expect(explorer.editor).toHaveValue(/name: \[oops/);
});

test('DNS answers as CoreDNS, from a Pod\'s search path', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.resolve('debug-ui', 'monitoring');
  await expect(explorer.dnsAnswer).toContainText('debug-ui.monitoring.svc.cluster.local.');
  await expect(explorer.dnsAnswer).toContainText('status: NOERROR');
});
