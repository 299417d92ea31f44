import { ExplorerPage } from './explorer-page.ts';
import { EXAMPLES, exampleText } from './expected-graph.ts';
import { expect, test } from './fixtures.ts';

const example = (id: string) => {
  const found = EXAMPLES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no example ${id}`);
  return found;
};

test('a Gateway example draws gateway → route → Service → Pods, and its packet plays through them', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('gateway-canary');
  // The text holds Gateway API objects: the folded settings say so, and the control says why.
  await expect(page.locator('.cluster-settings summary')).toHaveText('Cluster: v1.36, read per object, Gateway API');
  await explorer.openClusterSettings();
  await expect(page.getByRole('checkbox', { name: 'Gateway API CRDs installed' })).toBeChecked();
  await expect(page.getByText('on: the manifest has Gateway API objects')).toBeVisible();
  for (const edge of ['client:external->gateway:default/web', 'gateway:default/web->route:default/web', 'route:default/web->svc:default/web-stable', 'route:default/web->svc:default/web-canary']) {
    await expect(explorer.edge(edge), edge).toBeAttached();
  }
  await expect(explorer.edge('route:default/web->svc:default/web-stable')).toContainText('90%');
  // The first packet is the first request a route answers: rule 0, the canary header.
  await explorer.showTab('Packet path');
  await expect(page.getByText('HTTPRoute default/web rule 0 matches; the client gets HTTP 200.')).toBeVisible();
  await expect(explorer.packet).toContainText(/deliver to 10\.244\.\d+\.\d+:8080/, { timeout: 15_000 });
  await expect(page.locator('.trace[aria-label="Packet path"]')).toContainText('pod:default/web-canary-');

  // No header: rule 1, split by weight; the burst of 1,000 shows about 900 and 100.
  await page.getByLabel('Request headers').fill('');
  await expect(page.getByText('HTTPRoute default/web rule 1 matches; the client gets HTTP 200.')).toBeVisible();
  await page.getByRole('button', { name: 'Send 1,000 requests' }).click();
  const perRef = page.getByRole('group', { name: 'Requests per backendRef' });
  await expect(perRef).toContainText('default/web-stable:80');
  const counts = await perRef.locator('.bar-count').allTextContents();
  const [stable = 0, canary = 0] = counts.map(Number);
  expect(stable + canary).toBe(1000);
  expect(stable).toBeGreaterThan(820);
  expect(canary).toBeGreaterThan(40);

  // The header again: every request to the canary.
  await page.getByLabel('Request headers').fill('x-canary: true');
  await expect(page.getByText('HTTPRoute default/web rule 0 matches; the client gets HTTP 200.')).toBeVisible();
  // A path no route takes on another host: 404 at the Gateway.
  await page.getByLabel('Request host').fill('other.example.com');
  await expect(page.getByText('No listener or rule matches: the client gets HTTP 404.')).toBeVisible();
  await page.screenshot({ path: 'test-results/gateway-canary.png' });
});

test('the path picks another route, and a ReferenceGrant decides whether a cross-namespace backend is refused', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('gateway-cross-namespace');
  const route = explorer.box('route:shop/shop');
  await expect(route).toContainText('refs unresolved');
  await expect(route).toContainText('ResolvedRefs False: RefNotPermitted');
  await expect(explorer.edge('route:shop/shop->svc:payments/payments-api')).toBeAttached();
  await expect(explorer.edge('route:shop/shop->svc:billing/invoices')).toHaveCount(0);

  await explorer.showTab('Packet path');
  await page.getByLabel('Request path').fill('/invoices');
  await expect(page.getByText('HTTPRoute shop/shop rule 1 matches; the client gets HTTP 500.')).toBeVisible();
  await page.getByLabel('Request path').fill('/pay');
  await expect(page.getByText('HTTPRoute shop/shop rule 0 matches; the client gets HTTP 200.')).toBeVisible();

  // Billing grants the reference: the refusal goes, the edge appears; taking the grant away flips it back.
  const text = exampleText(example('gateway-cross-namespace'));
  const grant = [
    'apiVersion: gateway.networking.k8s.io/v1beta1',
    'kind: ReferenceGrant',
    'metadata:',
    '  name: allow-shop-routes',
    '  namespace: billing',
    'spec:',
    '  from:',
    '    - group: gateway.networking.k8s.io',
    '      kind: HTTPRoute',
    '      namespace: shop',
    '  to:',
    '    - group: ""',
    '      kind: Service',
    '',
  ].join('\n');
  await explorer.setText(`${text}---\n${grant}`);
  await expect(explorer.edge('route:shop/shop->svc:billing/invoices')).toBeAttached();
  await expect(route).not.toContainText('refs unresolved');
  await explorer.setText(text);
  await expect(explorer.edge('route:shop/shop->svc:billing/invoices')).toHaveCount(0);
  await expect(route).toContainText('refs unresolved');
});

test('unticking "Gateway API CRDs installed" shows the bare cluster: no matches for kind, the Gateway API objects refused', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('gateway-many-services');
  await expect(explorer.box('gateway:default/public')).toBeVisible();
  await explorer.openClusterSettings();
  await page.getByRole('checkbox', { name: 'Gateway API CRDs installed' }).uncheck();
  await expect(page.getByText('off: Gateway API kinds get “no matches for kind”, as on a bare cluster')).toBeVisible();
  await expect(explorer.problems).toContainText('no matches for kind "Gateway" in version "gateway.networking.k8s.io/v1"');
  // As for any object the API server refuses, the graph keeps the box as it was, marked refused.
  await expect(explorer.box('gateway:default/public')).toHaveClass(/kse-refused/);
  await page.getByRole('checkbox', { name: 'Gateway API CRDs installed' }).check();
  await expect(page.getByText('on: the manifest has Gateway API objects')).toBeVisible();
  await expect(explorer.problems).toContainText('0 errors');
  await expect(explorer.box('gateway:default/public')).not.toHaveClass(/kse-refused/);
});
