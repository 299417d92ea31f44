import { deflateRawSync } from 'node:zlib';
import { ExplorerPage } from './explorer-page.ts';
import { EXAMPLES, exampleText, expectedNodeIds } from './expected-graph.ts';
import { expect, test } from './fixtures.ts';

test('opens on a NodePort example whose packet travels nodePort → port → targetPort → Pod', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect.poll(() => explorer.text()).toContain('name: debug-ui');
  for (const id of ['client:external', 'node:worker-1', 'node:control-plane', 'svc:monitoring/debug-ui']) {
    await expect(explorer.box(id)).toBeVisible();
  }
  await expect(explorer.edge('node:worker-1->svc:monitoring/debug-ui')).toContainText('31000 → 80');
  await explorer.showTab('kubectl');
  await expect(explorer.kubectl).toContainText('80:31000/TCP');
  await expect(explorer.problems).toContainText('The API server would accept every object.');
  // The packet plays on its own: it reaches the Pod, DNATed to the targetPort.
  await expect(explorer.graph.getByTestId('packet')).toBeAttached();
  await expect(explorer.packet).toContainText(/→ 10\.244\.\d+\.\d+:9090 · deliver to/, { timeout: 15_000 });
});

test('the animation pauses, steps hop by hop, and restarts', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(explorer.packet).toHaveAttribute('data-hop', '0');
  await expect(explorer.packet).toContainText('connect to 172.18.0.3:31000');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(explorer.packet).toHaveAttribute('data-hop', '1');
  await expect(explorer.packet).toContainText('accept on nodePort 31000');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(explorer.packet).toContainText(/DNAT 172\.18\.0\.3:31000 → 10\.244\.\d+\.\d+:9090/);
});

test('the packet glides as a Web Animation, which Pause holds where it is', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.getByRole('button', { name: 'Restart' }).click();
  const dot = explorer.graph.locator('[data-testid="packet"][data-moving="true"]');
  await expect(dot).toBeAttached();
  // The compositor runs it: the page's thread draws no frame of the move (PacketDot.tsx).
  const running = () => dot.evaluate((element) => element.getAnimations().map((animation) => animation.playState));
  expect(await running()).toEqual(['running']);
  const place = () => dot.evaluate((element) => JSON.stringify([Math.round(element.getBoundingClientRect().x), Math.round(element.getBoundingClientRect().y)]));
  await expect.poll(place).not.toBe(await place());
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await running()).toEqual(['paused']);
  const held = await place();
  await page.waitForTimeout(300);
  expect(await place()).toBe(held);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(explorer.packet).toHaveAttribute('data-hop', '1');
});

test('every gallery example draws the boxes the model gives it', async ({ page }) => {
  test.setTimeout(120_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  for (const example of EXAMPLES) {
    await explorer.chooseExample(example.id);
    const ids = expectedNodeIds(exampleText(example)).sort();
    await expect
      .poll(() => explorer.graph.locator('.react-flow__node').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-id') ?? '').sort()), {
        message: example.id,
      })
      .toEqual(ids);
  }
});

test('each Service type reads left to right as the guide teaches it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const views: [string, string[]][] = [
    ['guide-01-fraud-detection', ['client:pod/fintech/client->svc:fintech/fraud-detection']],
    ['guide-03-debug-ui', ['client:external->node:worker-1', 'node:worker-1->svc:monitoring/debug-ui']],
    ['guide-05-graphql-api', ['client:external->lb:streaming/graphql-api']],
    ['guide-07-cassandra-headless', ['client:pod/database/client->dns:database/cassandra-headless']],
    ['guide-09-crm-api', ['dns:sales/crm-api->external:api.salesforce.com']],
    ['guide-13-saas-ingress', ['client:external->ingress:saas/saas-ingress']],
  ];
  for (const [example, edges] of views) {
    await explorer.chooseExample(example);
    for (const edge of edges) await expect(explorer.edge(edge), `${example}: ${edge}`).toBeAttached();
    await page.screenshot({ path: `test-results/view-${example}.png` });
  }
});

test('broken YAML keeps the text and the last graph, dimmed, and says where and why', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const original = await explorer.text();
  await explorer.setText(original.replace('  name: debug-ui', '  name: [debug-ui'));
  await expect(explorer.problems).toContainText('must be sufficiently indented and end with a ]');
  // The problem jumps to its line, where the editor marks it.
  await explorer.problems.getByRole('button').first().click();
  await expect(explorer.editor.locator('.squiggly-error').first()).toBeAttached();
  await expect(explorer.graph).toHaveClass(/stale/);
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  await page.reload();
  await explorer.editorLines.waitFor();
  expect(await explorer.text()).toContain('name: [debug-ui');
  await explorer.setText(original);
  await expect(explorer.graph).not.toHaveClass(/stale/);
  await expect(explorer.problems).toContainText('The API server would accept every object.');
});

test('an invalid Service is refused with the API server’s words, at its line', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const original = await explorer.text();
  await explorer.setText(original.replace('nodePort: 31000', 'nodePort: 80'));
  const line = original.split('\n').findIndex((l) => l.includes('nodePort: 31000')) + 1;
  await expect(explorer.problems.locator('.where').first()).toHaveText(new RegExp(`^${line}:`));
  await expect(explorer.problems).toContainText('Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767');
  // The Service was on screen: it stays, marked refused, rather than the graph losing it.
  await expect(explorer.box('svc:monitoring/debug-ui')).toHaveClass(/kse-refused/);
});

test('a Service renamed key by key keeps its box while the name is refused, and the packet follows the new name', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const original = await explorer.text();
  // `debug-ui-` is no DNS-1035 label: the refused object is a new key, and the graph keeps the old box.
  await explorer.setText(original.replace('name: debug-ui\n', 'name: debug-ui-\n'));
  await expect(explorer.problems).toContainText('Invalid value: "debug-ui-": a DNS-1035 label');
  await expect(explorer.box('svc:monitoring/debug-ui')).toHaveClass(/kse-refused/);
  await expect(page.getByRole('combobox', { name: 'Service to send a packet to' })).toHaveValue('svc|monitoring/debug-ui');
  await expect(page.locator('.graph-toolbar .build-status')).toContainText('showing the last cluster that built');
  await explorer.setText(original.replace('name: debug-ui\n', 'name: debug-ui-v2\n'));
  await expect(explorer.box('svc:monitoring/debug-ui-v2')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Service to send a packet to' })).toHaveValue('svc|monitoring/debug-ui-v2');
});

test('on a phone, a long list of problems leaves the editor its size, and the list a size of its own', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  // 150 Services on a nodePort outside the range: stacked, the column has no height to share out.
  const services = Array.from({ length: 150 }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n      nodePort: 80\n`);
  await explorer.setText(services.join('---\n'));
  await expect(explorer.problems).toContainText('150 errors');
  const height = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().height);
  // The list once grew the column, the editor grew into it, and the list with that, frame after
  // frame, to 14,000 px of editor: a moment for such a loop to show.
  await page.waitForTimeout(500);
  expect(await height('main > .left > .editor')).toBeLessThanOrEqual(844);
  expect(await height('main > .left > .problems')).toBeLessThanOrEqual(844 / 2);
});

test('a targetPort no container declares is delivered, and the last hop says the Pod most likely refuses it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const original = await explorer.text();
  await explorer.setText(original.replace('targetPort: 9090', 'targetPort: 9091'));
  // kube-proxy forwards all the same: the packet reaches the Pod, and the caption of its last hop warns.
  await expect(explorer.packet).toContainText(/→ 10\.244\.\d+\.\d+:9091 · deliver to .* · most likely refused: nothing is known to listen on 9091\/TCP/, { timeout: 15_000 });
  await explorer.showTab('Packet path');
  const path = page.locator('.trace[aria-label="Packet path"]');
  await expect(path.locator('.listener.warning')).toContainText('declare 9090/TCP (web)');
  await expect(path.locator('.listener.warning')).toContainText('Fix: set the Service\'s targetPort to 9090');
  // Back to the declared port: the warning goes.
  await explorer.setText(original);
  await expect(path.locator('.outcome.delivered')).toBeVisible();
  await expect(path.locator('.listener.warning')).toHaveCount(0);
});

test('DNS answers as CoreDNS, from a Pod’s search path, and offers a Service’s names', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.resolve('debug-ui', 'monitoring');
  await expect(explorer.dnsAnswer).toContainText('debug-ui.monitoring.svc.cluster.local.');
  await expect(explorer.dnsAnswer).toContainText('status: NOERROR');
  await explorer.box('svc:monitoring/debug-ui').click();
  await page.getByRole('group', { name: 'DNS names of debug-ui' }).getByRole('button', { name: 'debug-ui.monitoring.svc.cluster.local' }).click();
  await expect(explorer.dnsAnswer).toContainText(/debug-ui\.monitoring\.svc\.cluster\.local\.\s+\d+\s+IN\s+A\s+10\./);
});

test('clicking a box shows its details and marks its lines; the cursor in the editor selects back', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.box('svc:monitoring/debug-ui').click();
  await expect(explorer.details).toContainText('svc:monitoring/debug-ui');
  await expect(explorer.details).toContainText(/Name:\s+debug-ui/);
  await expect(explorer.editor.locator('.kse-selected-lines').first()).toBeAttached();
  await explorer.box('node:worker-2').click();
  await expect(explorer.details).toContainText('node:worker-2');
  // A line of the Deployment selects the first of its Pods.
  const deploymentLine = (await explorer.text()).split('\n').findIndex((l) => l.trim() === 'name: prometheus') + 1;
  await explorer.goToLine(deploymentLine);
  await explorer.editor.locator('.view-line', { hasText: 'name:\u00a0prometheus' }).click({ position: { x: 5, y: 5 } });
  await expect(explorer.graph.locator('.react-flow__node.selected')).toHaveAttribute('data-id', /^pod:monitoring\/prometheus-/);
  // Its facts read as one list: the readiness starts where the address does, beside its own bullet.
  const facts = explorer.details.locator('.facts > li');
  await expect(facts.filter({ hasText: 'Ready: receives new connections' })).toBeVisible();
  const starts = await facts.evaluateAll((items) =>
    items.map((item) => {
      const range = document.createRange();
      range.selectNodeContents(item);
      return Math.round(range.getBoundingClientRect().left);
    }),
  );
  expect(new Set(starts).size).toBe(1);
});

test('a share link carries the manifest and opens it elsewhere', async ({ page, context }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('guide-07-cassandra-headless');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share' });
  await share.getByRole('button', { name: 'Copy link to database/cassandra-headless' }).click();
  await expect(share.getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#m=[A-Za-z0-9_-]+&svc=database%2Fcassandra-headless$/);
  // The embed code is an iframe of the same fragment behind ?embed (HTML-escaped), previewed in the dialog.
  await expect(share.getByLabel('Embed code')).toHaveValue(`<iframe src="${link.replace('/#m=', '/?embed#m=').replace(/&/g, '&amp;')}" title="Kube Service Explorer: database/cassandra-headless" width="100%" height="420" style="border: 0" loading="lazy"></iframe>`);
  await expect(share.frameLocator('iframe[title="Preview of the embed"]').locator('g.box[data-id="svc:database/cassandra-headless"]')).toBeVisible();
  await share.getByRole('button', { name: 'Close' }).click();

  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => localStorage.clear());
  await other.goto(link);
  const opened = new ExplorerPage(other);
  await opened.editorLines.waitFor();
  expect(await opened.text()).toBe(exampleText(EXAMPLES.find((e) => e.id === 'guide-07-cassandra-headless') ?? EXAMPLES[0]!));
  await expect(opened.box('svc:database/cassandra-headless')).toBeVisible();
});

test('the namespace drawn travels in a share link, to the explorer and to the embed', async ({ page, context }) => {
  const service = (namespace: string, name: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: 80\n`;
  // More Services than the gallery's largest example, so the Namespace control shows.
  const manifest = [
    ...['alpha', 'beta'].map((namespace) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n`),
    ...Array.from({ length: 8 }, (_, i) => service('alpha', `web-${i}`)),
    ...Array.from({ length: 6 }, (_, i) => service('beta', `api-${i}`)),
  ].join('---\n');
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.goto(`/#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}&ns=beta`);
  await expect(page.getByRole('combobox', { name: 'Namespace' })).toHaveValue('beta');
  await expect(explorer.box('svc:beta/api-0')).toBeVisible();
  await expect(explorer.box('svc:alpha/web-0')).not.toBeAttached();

  await page.getByRole('combobox', { name: 'Namespace' }).selectOption('alpha');
  await expect(explorer.box('svc:alpha/web-0')).toBeVisible();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share' });
  await share.getByRole('button', { name: 'Copy link', exact: true }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/&ns=alpha$/);
  await share.getByRole('button', { name: 'Close' }).click();

  const embed = await context.newPage();
  await embed.goto(link.replace('/#m=', '/?embed#m='));
  await expect(embed.locator('g.box[data-id="svc:alpha/web-0"]')).toBeVisible();
  await expect(embed.locator('g.box[data-id="svc:beta/api-0"]')).toHaveCount(0);
});

test('traffic policies: the receiving Node decides, and a burst of requests shows the spread', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('scenario-traffic-policies');
  await page.getByLabel('Service to send a packet to').selectOption({ label: 'default/echo-nodeport (NodePort)' });
  // externalTrafficPolicy Local: worker-3 runs no echo Pod, so kube-proxy drops the packet there.
  await page.getByLabel('Receiving Node').selectOption('worker-3');
  await expect(explorer.packet).toContainText('DROP: default/echo-nodeport:http has no local endpoints', { timeout: 15_000 });
  // worker-1 runs echo-1: delivered there, and only there, with the client's address kept.
  await page.getByLabel('Receiving Node').selectOption('worker-1');
  await explorer.showTab('Packet path');
  await expect(page.getByText(/^Delivered to default\/echo-1: the Pod sees 198\.51\.100\.10:\d+ →/)).toBeVisible();
  await page.getByRole('button', { name: 'Send 1,000 requests' }).click();
  const bars = page.getByRole('figure', { name: 'Requests per backend' }).locator('.bar-count');
  await expect(bars).toHaveText(['1000']);
});

test('kube-proxy’s rules for the Service, in iptables and IPVS form, linked to the graph', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('kube-proxy rules');
  const rules = page.getByRole('region', { name: 'kube-proxy rules' });
  await expect(rules).toContainText('-A KUBE-NODEPORTS -m comment --comment monitoring/debug-ui -m tcp -p tcp --dport 31000 -j KUBE-EXT-');
  await expect(rules).toContainText(/-m statistic --mode random --probability 0\.5000000000 -j KUBE-SEP-/);
  await rules.getByRole('button', { name: /^pod:monitoring\/prometheus-/ }).first().click();
  await expect(explorer.graph.locator('.react-flow__node.selected')).toHaveAttribute('data-id', /^pod:monitoring\/prometheus-/);
  await page.getByLabel('kube-proxy mode').selectOption('ipvs');
  await expect(rules).toContainText('TCP  172.18.0.3:31000 rr');
});

test('a request through an Ingress: the rules pick the Service, TLS ends at the controller', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('guide-13-saas-ingress');
  await page.getByLabel('Service to send a packet to').selectOption({ label: 'app.example.com/dashboard (Ingress saas/saas-ingress)' });
  await explorer.showTab('Packet path');
  await expect(page.getByText('The Ingress rules choose saas/dashboard-service:80.')).toBeVisible();
  await expect(page.getByText('terminate TLS (Secret saas/app-tls)')).toBeVisible();
  await expect(explorer.packet).toContainText(/deliver to 10\.244\.\d+\.\d+:\d+/, { timeout: 15_000 });
});

test('exports the graph on screen as the SVG kse render writes, and as a PNG', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const exports = page.getByRole('group', { name: 'Export the graph' });
  const [svg] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('cluster.svg');
  const text = await (await svg.createReadStream()).toArray();
  const content = Buffer.concat(text).toString('utf8');
  expect(content).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(content).toContain('data-id="svc:monitoring/debug-ui"');
  expect(content).not.toContain('<script');
  const [png] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'PNG' }).click()]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('the kubectl tab opens with its prompt in view and focused, at 1280×720 and 1440×900', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await explorer.open();
    await explorer.showTab('kubectl');
    await expect(explorer.kubectlCommand).toBeFocused();
    await expect(explorer.kubectlCommand).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `test-results/screens/kubectl-${size.width}x${size.height}.png` });
  }
});

test('the editor and the graph share the width as the user drags it, remembered after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const handle = page.getByRole('separator', { name: 'Resize the editor and the graph' });
  const graphWidth = async () => (await explorer.graph.boundingBox())?.width ?? 0;
  const before = await graphWidth();
  const grip = await handle.boundingBox();
  if (grip === null) throw new Error('no split handle on screen');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x - 150, grip.y + grip.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(graphWidth).toBeGreaterThan(before + 100);
  const share = await handle.getAttribute('aria-valuenow');

  await page.reload();
  await expect(handle).toHaveAttribute('aria-valuenow', share ?? '');
  await expect.poll(graphWidth).toBeGreaterThan(before + 100);
  await handle.focus();
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', '60');
  await page.screenshot({ path: 'test-results/screens/split-editor-wide-1440x900.png' });
  await handle.dblclick();
  await expect(handle).toHaveAttribute('aria-valuenow', '33');
});

test('the graph and the panels share the height as the user drags it, and the panels expand to the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('kubectl');
  const handle = page.getByRole('separator', { name: 'Resize the graph and the panels' });
  await expect(handle).toHaveAttribute('aria-orientation', 'horizontal');
  const screen = page.getByRole('region', { name: 'kubectl output' });
  const screenHeight = async () => (await screen.boundingBox())?.height ?? 0;
  const graphHeight = async () => (await explorer.graph.boundingBox())?.height ?? 0;
  const [screenBefore, graphBefore] = [await screenHeight(), await graphHeight()];
  const grip = await handle.boundingBox();
  if (grip === null) throw new Error('no split handle on screen');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y - 200, { steps: 5 });
  await page.mouse.up();
  // The panels grow by what the graph gives up, and the terminal's screen with them; the prompt stays in view.
  await expect.poll(screenHeight).toBeGreaterThan(screenBefore + 60);
  await expect.poll(graphHeight).toBeLessThan(graphBefore - 60);
  await expect(page.getByRole('button', { name: 'Restart' })).toBeInViewport({ ratio: 1 });
  await expect(explorer.kubectlCommand).toBeInViewport();
  const share = await handle.getAttribute('aria-valuenow');
  await page.reload();
  await expect(handle).toHaveAttribute('aria-valuenow', share ?? '');
  await handle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(handle).toHaveAttribute('aria-valuenow', String(Number(share) - 2));
  await handle.dblclick();
  await expect(handle).toHaveAttribute('aria-valuenow', '32');

  await explorer.showTab('kubectl');
  await page.getByRole('button', { name: 'Expand the panels' }).click();
  const panels = page.locator('.tabs');
  await expect.poll(async () => (await panels.boundingBox())?.height).toBe(720);
  await expect(explorer.kubectlCommand).toBeInViewport();
  await explorer.kubectlRun('kubectl get svc -A');
  await expect(screen).toContainText(/monitoring\s+debug-ui\s+NodePort/);
  await page.screenshot({ path: 'test-results/screens/panels-expanded-1280x720.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Expand the panels' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await panels.boundingBox())?.height ?? 0).toBeLessThan(400);
});
