import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page.ts';
import { EXAMPLES, exampleText, expectedNodeIds } from './expected-graph.ts';
import { expect, test } from './fixtures.ts';

/** A share link's fragment, as DESIGN.md fixes it, made the way any other program would make it. */
function fragment(manifest: string, params = ''): string {
  return `#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}${params}`;
}

const DEBUG_UI = exampleText(EXAMPLES.find((e) => e.id === 'guide-03-debug-ui') ?? EXAMPLES[0]!);

/** The editor, its workers and the app's shell: none of them may reach an embedded graph. */
const APP_CHUNK = /\/assets\/(MonacoEditor|editor\.api|editor\.worker|yaml\.worker|App|examples)-[\w-]+\.js$/;

function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const HOSTILE_IMG = '"><img src=x onerror=alert(1)>';
const HOSTILE_SCRIPT = '</script><script>alert(1)</script>';
const HOSTILE = `apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    note: '${HOSTILE_IMG}'
    script: '${HOSTILE_SCRIPT}'
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: web-0
  labels:
    app: web
  annotations:
    note: '${HOSTILE_SCRIPT}'
spec:
  containers:
    - name: web
      image: '${HOSTILE_IMG}'
      ports:
        - containerPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: site
  annotations:
    script: '${HOSTILE_SCRIPT}'
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: '/${HOSTILE_IMG}'
            pathType: ImplementationSpecific
            backend:
              service:
                name: web
                port:
                  number: 80
`;
const HOSTILE_EDGE = 'ingress:default/site->svc:default/web';

test('the embed draws a share link’s cluster, plays its packet, and never loads the editor', async ({ page }) => {
  const requests = watchRequests(page);
  const link = fragment(DEBUG_UI, '&svc=monitoring%2Fdebug-ui');
  await page.goto(`/?embed${link}`);
  const explorer = new ExplorerPage(page);
  await expect
    .poll(() => explorer.graph.locator('.react-flow__node').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-id') ?? '').sort()))
    .toEqual(expectedNodeIds(DEBUG_UI).sort());
  await expect(explorer.edge('node:worker-1->svc:monitoring/debug-ui')).toContainText('31000 → 80');
  await expect(explorer.graph.getByTestId('packet')).toBeAttached();
  await expect(explorer.packet).toContainText(/→ 10\.244\.\d+\.\d+:9090 · deliver to/, { timeout: 15_000 });

  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expect(explorer.editor).toHaveCount(0);
  expect(requests.filter((url) => APP_CHUNK.test(url))).toEqual([]);
  expect(requests.some((url) => /\/assets\/model\.worker-[\w-]+\.js$/.test(url))).toBe(true);

  const open = page.getByRole('link', { name: 'Open in Kube Service Explorer' });
  await expect(open).toHaveAttribute('href', `http://127.0.0.1:4173/${link}`);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  const [opened] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  const full = new ExplorerPage(opened);
  await full.editorLines.waitFor();
  await expect(full.box('svc:monitoring/debug-ui')).toBeVisible();
  expect(await full.text()).toBe(DEBUG_UI);
});

test('the embed follows the system’s colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?embed${fragment(DEBUG_UI)}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('a link that cannot be read says why, and offers the explorer', () => {
  const damaged = fragment(DEBUG_UI).slice(0, 40);
  const cases: [string, string, RegExp][] = [
    ['cut short', damaged, /damaged \(cut short or altered\)/],
    ['from a newer version', fragment(DEBUG_UI, '&v=2'), /made by a newer version of Kube Service Explorer/],
    ['missing', '', /needs a share link/],
  ];
  for (const [name, link, message] of cases) {
    test(`in the embed: ${name}`, async ({ page }) => {
      const requests = watchRequests(page);
      await page.goto(`/?embed${link}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert.getByRole('link', { name: 'Open Kube Service Explorer' })).toHaveAttribute('href', 'http://127.0.0.1:4173/');
      expect(requests.filter((url) => APP_CHUNK.test(url))).toEqual([]);
    });
  }

  test('in the app: the example is shown instead, and the notice says so', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open(`/${damaged}`);
    const alert = page.getByRole('alert').filter({ hasText: 'share link' });
    await expect(alert).toContainText('This share link is damaged (cut short or altered), so its manifest cannot be read. An example is shown instead.');
    await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  });

  test('in the app: a saved manifest is shown instead, and the example is one click away', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.chooseExample('guide-07-cassandra-headless');
    await expect(explorer.box('svc:database/cassandra-headless')).toBeVisible();
    // Only the fragment changes: the page opens the new link as a first visit would.
    await page.goto(`/${fragment(DEBUG_UI, '&v=7')}`);
    const alert = page.getByRole('alert').filter({ hasText: 'share link' });
    await expect(alert).toContainText('made by a newer version of Kube Service Explorer');
    await expect(alert).toContainText('Your saved manifest is shown instead.');
    await expect(explorer.box('svc:database/cassandra-headless')).toBeVisible();
    await alert.getByRole('button', { name: 'Open the example' }).click();
    await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});

test.describe('a hostile manifest is drawn as text and runs nothing', () => {
  test('in the embed', async ({ page }) => {
    const dialogs = failOnDialogs(page);
    await page.goto(`/?embed${fragment(HOSTILE, `&svc=${encodeURIComponent(HOSTILE_IMG)}`)}`);
    const explorer = new ExplorerPage(page);
    await expect(explorer.edge(HOSTILE_EDGE)).toContainText(`/${HOSTILE_IMG} → 80`);
    await expect(explorer.packet).toContainText('deliver to', { timeout: 15_000 });
    await expect(page.locator('#root img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('in the app', async ({ page }) => {
    const dialogs = failOnDialogs(page);
    const explorer = new ExplorerPage(page);
    await explorer.open(`/${fragment(HOSTILE)}`);
    await expect(explorer.edge(HOSTILE_EDGE)).toContainText(`/${HOSTILE_IMG} → 80`);
    await explorer.box('svc:default/web').click();
    await expect(explorer.details).toContainText(HOSTILE_IMG);
    await expect(explorer.details).toContainText(HOSTILE_SCRIPT);
    await explorer.box('pod:default/web-0').click();
    await expect(explorer.details).toContainText(HOSTILE_SCRIPT);
    await expect(page.locator('#root img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
