import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

test('the terminal answers the guide’s commands in kubectl’s words, with history and completion', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.kubectlRun('kubectl get svc -A');
  await expect(explorer.kubectl).toContainText(/monitoring\s+debug-ui\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:31000\/TCP/);
  await explorer.kubectlRun('kubectl describe svc debug-ui -n monitoring');
  await expect(explorer.kubectl).toContainText(/TargetPort:\s+9090\/TCP/);
  await explorer.kubectlRun('kubectl get endpointslice -A');
  await expect(explorer.kubectl).toContainText(/debug-ui-\w{5}\s+IPv4\s+9090/);
  await explorer.kubectlRun('kubectl run -it --rm debug --image=busybox -n monitoring -- nslookup debug-ui');
  await expect(explorer.kubectl).toContainText(/Name:\s+debug-ui\.monitoring\.svc\.cluster\.local/);
  // port-forward goes to one Pod, past the Service: the terminal says which, and the graph selects it.
  await explorer.kubectlRun('kubectl port-forward svc/debug-ui -n monitoring 8080:80');
  await expect(explorer.kubectl).toContainText('Forwarding from 127.0.0.1:8080 -> 9090');
  await expect(explorer.graph.locator('.react-flow__node.selected[data-id^="pod:monitoring/prometheus-"]')).toHaveCount(1);
  await explorer.kubectlRun('kubectl frobnicate');
  await expect(explorer.kubectl).toContainText('error: unknown command "frobnicate" for "kubectl"');

  // Up brings back the last line; Tab completes a resource type.
  await explorer.kubectlCommand.press('ArrowUp');
  await expect(explorer.kubectlCommand).toHaveValue('kubectl frobnicate');
  await explorer.kubectlCommand.fill('kubectl describe svc -n monitoring deb');
  await explorer.kubectlCommand.press('Tab');
  await expect(explorer.kubectlCommand).toHaveValue('kubectl describe svc -n monitoring debug-ui ');
});

test('a Pod that fails its readiness probe leaves the endpoints, and undoing brings it back', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('What if');
  const pod = await page.getByLabel('Pod', { exact: true }).inputValue();
  const podId = `pod:${pod}`;
  await expect(explorer.box(podId)).toContainText(/ready/i);
  await page.getByRole('button', { name: 'Fail readiness' }).click();
  await expect(page.getByRole('list', { name: 'Events' })).toContainText(pod.split('/')[1] ?? '');
  await expect(explorer.box(podId)).toContainText(/not ready/i);
  await expect(page.getByRole('tab', { name: 'What if (1)' })).toBeVisible();
  // The flip resends one Endpoints object and one EndpointSlice to every Node's kube-proxy.
  const cost = page.getByRole('region', { name: 'Control-plane traffic' });
  await expect(cost.getByRole('row', { name: /^1 / })).toContainText(/1 object, [\d.]+ k?B\s*1 object, [\d.]+ k?B/);
  await expect(cost.getByRole('status')).toContainText(/EndpointSlices [\d.]+ kB \([\d.]+× less\)/);

  await explorer.kubectlRun('kubectl get endpoints -n monitoring');
  await expect(explorer.kubectl).toContainText(/debug-ui\s+10\.244\.\d+\.\d+:9090\s/);

  // A share link made now opens on the same timeline, in the explorer and in the embed.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share' });
  await expect(share).toContainText('So do the event of the What-if timeline.');
  await share.getByRole('button', { name: 'Copy link', exact: true }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('&ev=');
  await expect(share.frameLocator('iframe[title="Preview of the embed"]').locator(`g.box[data-id="${podId}"]`)).toContainText(/not ready/i);
  await share.getByRole('button', { name: 'Close' }).click();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('tab', { name: 'What if (1)' })).toBeVisible();
  await other.close();

  await explorer.showTab('What if');
  await page.getByRole('button', { name: /^Undo event 1/ }).click();
  await expect(page.getByRole('tab', { name: 'What if', exact: true })).toBeVisible();
  await expect(explorer.box(podId)).not.toContainText(/not ready/i);
});

test('killing a Pod through the terminal brings a replacement with a new name', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('What if');
  const pod = await page.getByLabel('Pod', { exact: true }).inputValue();
  const [namespace = '', name = ''] = pod.split('/');
  await explorer.kubectlRun(`kubectl delete pod ${name} -n ${namespace}`);
  await expect(explorer.kubectl).toContainText(`pod "${name}" deleted`);
  await expect(explorer.box(`pod:${pod}`)).toHaveCount(0);
  await expect(explorer.graph.locator('.react-flow__node.kse-changed').first()).toBeAttached();
  await expect(explorer.graph.locator('.react-flow__node[data-id^="pod:monitoring/prometheus-"]')).toHaveCount(2);
});

test('a selector that matches nothing is a finding that shows where and how to fix it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const text = await explorer.text();
  await explorer.setText(text.replace('  selector:\n    app: prometheus\n  ports:', '  selector:\n    app: prometheus-ui\n  ports:'));
  await explorer.showTab('Troubleshooting');
  const findings = page.locator('.findings');
  await expect(findings).toContainText('matches no Pod in namespace monitoring');
  await expect(findings).toContainText('app=prometheus');
  await expect(explorer.box('svc:monitoring/debug-ui')).toHaveClass(/kse-finding--warning/);
  await findings.getByRole('button', { name: /^Show/ }).first().click();
  await expect(explorer.box('svc:monitoring/debug-ui')).toHaveClass(/selected/);

  await explorer.setText(text);
  await expect(findings).not.toContainText('matches no Pod');
});

test('an interview question loads its scenario, checks the prediction, shows the answer, and remembers it', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('Learn');
  await page.getByRole('button', { name: 'Load scenario of question 3' }).click();
  await expect.poll(() => explorer.text()).toContain('clusterIP: None');
  const panel = page.locator('.learn-panel');
  await expect(panel.locator('li.loaded')).toContainText('When is a Headless Service appropriate?');
  await expect(panel).toContainText(/0 of \d+ answered, 0 right/);

  await panel.locator('.learn-answer input').first().check();
  await panel.getByRole('button', { name: 'Check' }).click();
  const verdict = panel.getByRole('status').filter({ hasText: 'Expected:' });
  await expect(verdict).toContainText(/Correct\.|Not quite\./);
  await expect(panel).toContainText(/1 of \d+ answered/);
  await verdict.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByRole('tab', { selected: true })).not.toHaveText('Learn');

  await page.reload();
  await explorer.showTab('Learn');
  await expect(page.locator('.learn-panel')).toContainText(/1 of \d+ answered/);
});

test('the use-case advisor leads from a need to a Service type and a manifest to start from', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.showTab('Learn');
  await page.getByText('Which Service type do I need?').click();
  const advisor = page.getByRole('region', { name: 'Which Service type?' });
  // Each answer moves on to the next question: the radio buttons never stay checked.
  await advisor.getByLabel('No', { exact: true }).click();
  await advisor.getByLabel('Pods in the cluster').click();
  await advisor.getByLabel('Yes', { exact: true }).click();
  await expect(advisor.getByRole('status')).toContainText('Headless');
  await expect(advisor.getByRole('status')).toContainText('Direct Pod discovery for stable connections.');
  await advisor.getByRole('button', { name: /^Start from/ }).click();
  await expect.poll(() => explorer.text()).toContain('clusterIP: None');
});

test('a headless Service’s DNS answer follows its Pods’ readiness', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('guide-07-cassandra-headless');
  await explorer.resolve('cassandra-headless', 'database');
  await expect(explorer.dnsAnswer).toContainText('ANSWER: 3');
  await explorer.showTab('What if');
  await page.getByLabel('Pod', { exact: true }).selectOption('database/cassandra-1');
  await page.getByRole('button', { name: 'Fail readiness' }).click();
  await explorer.showTab('DNS');
  await expect(explorer.dnsAnswer).toContainText('ANSWER: 2');
});

test('while a challenge waits for its answer, the graph holds back the DNS answer and the packet', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('guide-07-cassandra-headless');
  const answer = explorer.box('dns:database/cassandra-headless');
  await expect(answer).toContainText(/A 10\.244\./);
  await explorer.showTab('Learn');
  await expect(answer).toContainText('answer hidden');
  await expect(answer).not.toContainText(/A 10\.244\./);
  await expect(explorer.graph).toContainText('hidden until you check your prediction');
  const panel = page.locator('.learn-panel');
  await panel.locator('.learn-answer input').first().check();
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Expected:' })).toBeVisible();
  await expect(answer).toContainText(/A 10\.244\./);
});

test('the Ingress example sends its first packet through the Ingress', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('guide-13-saas-ingress');
  await explorer.showTab('Packet path');
  await expect(page.getByRole('tabpanel')).toContainText(/ingress:/);
  // Another example starts its own packet: nothing of the Ingress's stays.
  await explorer.chooseExample('guide-07-cassandra-headless');
  await expect(page.getByRole('tabpanel')).not.toContainText(/ingress:|not found/);
});
