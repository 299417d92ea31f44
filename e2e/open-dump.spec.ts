import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/** `kubectl get pods,svc,deploy,endpointslices,cm,secrets,certificates -A -o yaml` of a kind cluster. */
const KIND_DUMP = readFileSync(join(import.meta.dirname, '../src/model/cluster/testdata/kind-dump.yaml'), 'utf8');

test('a kubectl dump opened from disk loads as its cluster, says so, and shows its drift', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.getByRole('button', { name: 'Open manifest file' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: 'kind-dump.yaml', mimeType: 'application/yaml', buffer: Buffer.from(KIND_DUMP) });

  const status = page.locator('.graph-toolbar .status');
  await expect(status).toContainText('read as a cluster dump (13 objects as stored)');
  await expect(status).toContainText('3 Services, 3 Pods');
  await expect(explorer.box('svc:default/web')).toBeAttached();
  await expect(explorer.problems).toContainText('loaded as the stored state of a running cluster');
  await expect(explorer.problems).toContainText('0 errors');
  // The slice lists a Pod the dump does not have.
  await page.getByRole('button', { name: /^Troubleshooting: / }).click();
  await expect(page.getByRole('tabpanel')).toContainText('web-5d8f7c9b6-zz8wq, which the dump does not have');

  // Find object focuses the named Service.
  // A search box with suggestions (a datalist) is a combobox.
  const find = page.getByRole('combobox', { name: 'Find object' });
  await find.fill('svc/kube-system/kube-dns');
  await find.press('Enter');
  await expect(explorer.graph.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'svc:kube-system/kube-dns');

  // Forced to manifests, the same text is what kubectl apply would make of it.
  await page.getByRole('combobox', { name: 'Read the text as' }).selectOption('manifest');
  await expect(status).not.toContainText('read as a cluster dump');
  await expect(explorer.problems).toContainText('resourceVersion should not be set on objects to be created');
});

test('a file dropped onto the editor replaces the text', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const dataTransfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'kind-dump.yaml', { type: 'application/yaml' }));
    return data;
  }, KIND_DUMP);
  await explorer.editor.dispatchEvent('dragover', { dataTransfer });
  await explorer.editor.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.graph-toolbar .status')).toContainText('read as a cluster dump');
  await expect(explorer.box('svc:default/web')).toBeAttached();
});
