import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { ExplorerPage } from './explorer-page.ts';
import { EXAMPLES, exampleText } from './expected-graph.ts';
import { expect, test } from './fixtures.ts';
import { shootEverywhere } from './screens.ts';

const link = (manifest: string) => `/#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}`;
const example = (id: string) => exampleText(EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0]!);

const MINE = `apiVersion: v1
kind: Service
metadata:
  name: my-own-api
spec:
  selector:
    app: api
  ports:
    - port: 8080
`;

/** Over localStorage's 5 MB: MINE, then comments that cost the model nothing to read. */
const LARGE = `${MINE}${`# ${'x'.repeat(98)}\n`.repeat(60_000)}`;

/** Reloads once LARGE shows in the graph, as a user would, and expects it back whole, not reported lost. */
async function expectLargeBackAfterReload(explorer: ExplorerPage): Promise<void> {
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  await explorer.page.reload();
  await explorer.editorLines.waitFor();
  // Saved, not offered as lost: the stored copy is as new as the last edit.
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  await expect(explorer.page.getByRole('alert').filter({ hasText: 'did not reach' })).toHaveCount(0);
  const text = await explorer.text();
  expect(text.length).toBe(LARGE.length);
  expect(text === LARGE).toBe(true);
}

test('two share links in a row keep the user’s own text, offered back after a reload, and restoring keeps the replaced text too', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.setText(MINE);
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();

  await page.goto(link(example('guide-07-cassandra-headless')));
  await expect(explorer.box('svc:database/cassandra-headless')).toBeVisible();
  await expect(explorer.putAside).toContainText('Your own manifest (Service my-own-api, today');
  // Listed in the history: it is stored.
  await expect(page.getByRole('button', { name: 'Restore…' })).toBeVisible();
  await page.goto(link(example('guide-08-kafka-headless')));
  await expect(explorer.box('svc:messaging/kafka-headless')).toBeVisible();
  // The second link replaced the first link's text, not the user's.
  await expect(explorer.putAside).toContainText('Service my-own-api');

  await page.reload();
  await expect(explorer.putAside).toContainText('Service my-own-api');
  await shootEverywhere(page, 'put-aside-after-reload');
  await explorer.putAside.getByRole('button', { name: 'Restore it' }).click();
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  expect(await explorer.text()).toBe(MINE);

  // Edited, then replaced by an example: both texts of the user's are in the history, newest first.
  await explorer.setText(MINE.replace('8080', '9090'));
  await explorer.chooseExample('guide-01-fraud-detection');
  const history = await explorer.openHistory();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Service my-own-api');
  await shootEverywhere(page, 'history-dialog');
  await history.getByRole('button', { name: /^Restore Service my-own-api/ }).last().click();
  await expect(history).toBeHidden();
  expect(await explorer.text()).toBe(MINE);
});

test('a paste over the whole text puts the old one aside', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.setText(MINE);
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  await explorer.setText(MINE.replace('my-own-api', 'something-else'));
  await expect(explorer.putAside).toContainText('Service my-own-api');
  await explorer.putAside.getByRole('button', { name: 'Restore it' }).click();
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  // And the text it replaced is one click away in turn.
  await expect(explorer.putAside).toContainText('Service something-else');
});

test('a manifest over 5 MB survives a reload', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  expect(LARGE.length).toBeGreaterThan(6_000_000);
  await explorer.setText(LARGE);
  // Reloaded once the paste shows in the graph, as a user would: the page starts writing the text
  // within the paste itself, but Chromium rolls back a write whose commit is still under way when
  // the page closes (IndexedDBTransaction::Abort in content/browser/indexed_db/indexed_db_transaction.cc,
  // called for every transaction of a connection that goes away), and 6 MB take 0.1–1 s to commit.
  await expectLargeBackAfterReload(explorer);
});

test('a large file opened from disk survives a reload, saved as the file itself', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const file = test.info().outputPath('mine.yaml');
  writeFileSync(file, LARGE);
  await page.getByRole('button', { name: 'Open manifest file' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expectLargeBackAfterReload(explorer);
});

test('a text that cannot be saved is said so, and the text stays on screen', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = full;
    IDBObjectStore.prototype.put = full;
  });
  await page.reload();
  await explorer.editorLines.waitFor();
  await explorer.setText(MINE);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(alert).toContainText('Your manifest could not be saved: this browser’s storage for the page is full. A reload would lose your latest changes');
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  await shootEverywhere(page, 'storage-full');
});

test('a share link that inflates past the limit is refused, and the user’s text stays', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.setText(MINE);
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  // 50 MB of one line, in a link of about 50 kB.
  await page.goto(link('kind: Service\n'.repeat(3_600_000)));
  const alert = page.getByRole('alert').filter({ hasText: 'share link' });
  await expect(alert).toContainText('This link’s manifest is over 2 MB, more than a share link carries, so it was not opened.');
  await expect(alert).toContainText('Your saved manifest is shown instead.');
  await expect(explorer.box('svc:default/my-own-api')).toBeVisible();
  expect(await explorer.text()).toBe(MINE);
});
