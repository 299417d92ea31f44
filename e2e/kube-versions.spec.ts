import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/** A Service that asks for PreferSameZone: a value Kubernetes accepts from v1.34 on. */
const MANIFEST = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
  trafficDistribution: PreferSameZone
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

test('the Kubernetes version picker rebuilds the cluster as that version, and share links carry it', async ({ page, context }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.setText(MANIFEST);
  await explorer.openClusterSettings();
  const picker = page.getByRole('combobox', { name: 'Kubernetes version' });
  await expect(picker).toHaveValue('1.36');
  await expect(explorer.problems).toContainText('The API server would accept every object.');

  // v1.31 knows only PreferClose: the Service is refused, in the API server's words.
  await picker.selectOption('1.31');
  await expect(explorer.problems).toContainText('Unsupported value: "PreferSameZone": supported values: "PreferClose"');
  // v1.29 does not know the field at all: strict decoding refuses it.
  await picker.selectOption('1.29');
  await expect(explorer.problems).toContainText('unknown field "spec.trafficDistribution"');
  // The settings' summary names the version the cluster is built as.
  await expect(page.locator('.cluster-settings summary')).toHaveText('Cluster: v1.29, read per object');

  // The share link names the version, and opens on it.
  await picker.selectOption('1.31');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.url()).toMatch(/#m=[^&]+&.*\bv=1\.31(&|$)/);
  const shared = page.url();
  const other = new ExplorerPage(await context.newPage());
  await other.page.goto(shared);
  await expect(other.page.locator('.cluster-settings summary')).toHaveText('Cluster: v1.31, read per object');
  await expect(other.problems).toContainText('Unsupported value: "PreferSameZone"');

  // Back to the default: the link leaves the version out.
  await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Close' }).click();
  await picker.selectOption('1.36');
  await expect(explorer.problems).toContainText('The API server would accept every object.');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.url()).not.toMatch(/&v=/);
  expect(page.url()).toContain('#m=');
});
