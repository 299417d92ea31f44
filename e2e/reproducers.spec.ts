import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCluster } from '../src/model/index.ts';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every input that once broke the tool (src/cli/testdata/repro) gets an answer in the explorer
 * too: the page never throws (the fixture fails the test on any page error), the Problems list says
 * what is wrong without JavaScript error text, and the simulator still answers the next edit.
 */
const REPRO = join(import.meta.dirname, '..', 'src', 'cli', 'testdata', 'repro');
const REPRODUCERS = readdirSync(REPRO).filter((file) => file.endsWith('.yaml')).sort();

const LEAKS = /TypeError|RangeError|Maximum call stack|\[object Object\]/;

/** What the Problems list counts for a text: the model's own verdict, the same code the worker runs. */
function errorCount(text: string): string {
  const errors = buildCluster([{ name: 'manifest.yaml', text }]).diagnostics.filter((d) => d.severity === 'error').length;
  return errors === 1 ? '1 error' : `${errors} errors`;
}

/** Texts of known, different verdicts, put before each reproducer so that its own verdict shows as a change. */
const SEPARATORS = ['apiVersion: v1\nkind: Service\n', ''];

test('every reproducer gets an answer, and the simulator answers the next edit', async ({ page }) => {
  test.setTimeout(600_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  const status = page.locator('.graph-toolbar .build-status');
  const count = explorer.problems.locator('.count');
  for (const file of REPRODUCERS) {
    const text = readFileSync(join(REPRO, file), 'utf8');
    const expected = errorCount(text);
    const separator = SEPARATORS.find((s) => errorCount(s) !== expected) ?? '';
    await explorer.setText(separator);
    await expect(count, `${file}: before`).toHaveText(errorCount(separator));
    await explorer.setText(text);
    // The Problems list answers for this very text, as the API server would.
    await expect(count, file).toHaveText(expected);
    await expect(explorer.problems, file).not.toContainText(LEAKS);
    await expect(page.getByText('The simulator stopped unexpectedly'), file).toHaveCount(0);
    await expect(status, file).not.toContainText(LEAKS);
  }

  // Still alive: a valid manifest draws its Service.
  await explorer.chooseExample('guide-07-cassandra-headless');
  await expect(explorer.box('svc:database/cassandra-headless')).toBeVisible();
});

test('a What-if scale to 2,147,483,647 replicas answers at once, with exact counts', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
  await explorer.kubectlRun('kubectl scale deployment prometheus -n monitoring --replicas=2147483647');
  await expect(explorer.kubectl).toContainText('deployment.apps/prometheus scaled');
  await explorer.kubectlRun('kubectl get deploy -n monitoring');
  await expect(explorer.kubectl).toContainText(/prometheus\s+\d[\d,]*\/2147483647/);
  await expect(explorer.box('svc:monitoring/debug-ui')).toBeVisible();
});
