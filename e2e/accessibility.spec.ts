import AxeBuilder from '@axe-core/playwright';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/** What axe finds serious or critical: names, roles, contrast, keyboard traps. */
async function seriousViolations(page: ExplorerPage['page']): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`the explorer has no serious accessibility violations (${colorScheme}, ${size.width}×${size.height})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      const explorer = new ExplorerPage(page);
      await explorer.open();
      await expect(explorer.packet).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      for (const tab of ['Details', 'DNS', 'kube-proxy rules', 'kubectl', 'What if', 'Troubleshooting', 'Learn']) {
        await explorer.showTab(tab);
        expect(await seriousViolations(page), tab).toEqual([]);
      }
      // The panels once used: a timeline with its figures, terminal output, a graded answer.
      await explorer.showTab('What if');
      await page.getByRole('button', { name: 'Fail readiness' }).click();
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      expect(await seriousViolations(page), 'What if, with an event').toEqual([]);
      await explorer.kubectlRun('kubectl describe svc debug-ui -n monitoring');
      await expect(explorer.kubectl).toContainText('Name:');
      expect(await seriousViolations(page), 'kubectl, with output').toEqual([]);
      await explorer.showTab('Learn');
      await page.locator('.learn-answer input').first().check();
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.getByText('Expected:')).toBeVisible();
      expect(await seriousViolations(page), 'Learn, with a verdict').toEqual([]);
      await page.getByRole('button', { name: 'Examples' }).click();
      expect(await seriousViolations(page), 'gallery').toEqual([]);
    });
  }
}
