import type { Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * A value the API server refuses, half-typed or mistyped, never takes the graph away: the last good
 * graph stays with the refused box marked, and nothing flashes while the user types.
 */
const SERVICE = 'svc:monitoring/debug-ui';

/** Counts, frame by frame, the frames in which the Service's box is missing from the graph, or marked refused. */
async function watchFrames(page: Page, id: string): Promise<void> {
  await page.evaluate((watched) => {
    const state = { frames: 0, missing: 0, refused: 0, stop: false };
    (window as unknown as { kseFrames: typeof state }).kseFrames = state;
    const tick = () => {
      if (state.stop) return;
      state.frames += 1;
      const box = document.querySelector(`.react-flow__node[data-id="${watched}"]`);
      if (box === null) state.missing += 1;
      else if (box.classList.contains('kse-refused')) state.refused += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, id);
}

async function stopWatching(page: Page): Promise<{ frames: number; missing: number; refused: number }> {
  return page.evaluate(() => {
    const state = (window as unknown as { kseFrames: { frames: number; missing: number; refused: number; stop: boolean } }).kseFrames;
    state.stop = true;
    return { frames: state.frames, missing: state.missing, refused: state.refused };
  });
}

/** Puts the cursor at the end of the NodePort example's `type: NodePort` (line 21), with Go to Line and End. */
async function endOfTypeLine(explorer: ExplorerPage): Promise<void> {
  await explorer.goToLine(21);
  await explorer.page.keyboard.press('End');
  await expect(explorer.editorLines.locator('.view-line').filter({ hasText: /^\s*type:\s*NodePort$/ })).toBeVisible();
}

/** The NodePort example on screen, its Service's box drawn, and every frame watched from here on. */
async function openWatched(page: Page): Promise<{ explorer: ExplorerPage; box: ReturnType<ExplorerPage['box']> }> {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const box = explorer.box(SERVICE);
  await expect(box).toBeVisible();
  await watchFrames(page, SERVICE);
  return { explorer, box };
}

test('a typo the API server refuses keeps the Service on the graph, marked refused, and fixing it brings the view back', async ({ page }) => {
  const { explorer, box } = await openWatched(page);
  await endOfTypeLine(explorer);
  await page.keyboard.type('t');
  await expect(explorer.problems).toContainText(/spec\.type\s*Unsupported value: "NodePortt": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"/);
  await expect(box).toHaveClass(/kse-refused/);
  const note = explorer.graph.getByRole('status').filter({ hasText: 'is refused by the API server' });
  await expect(note).toContainText('Service monitoring/debug-ui is refused by the API server');
  await expect(page.locator('.kse-graph__empty')).toHaveCount(0);
  // The packet keeps its last path: no "services not found" for a Service that is only mistyped.
  await expect(explorer.packet).not.toContainText('not found');
  await page.screenshot({ path: 'test-results/never-empty/refused-1280x720.png' });

  await page.keyboard.press('Backspace');
  await expect(box).not.toHaveClass(/kse-refused/);
  await expect(note).toHaveCount(0);
  await expect(explorer.problems).not.toContainText('NodePortt');
  const { frames, missing } = await stopWatching(page);
  expect(frames).toBeGreaterThan(0);
  expect(missing, 'frames without the Service box').toBe(0);
});

test('retyping NodePort as LoadBalancer at human speed never empties the graph, nor flashes a refusal', async ({ page }) => {
  const { explorer, box } = await openWatched(page);
  await endOfTypeLine(explorer);
  for (let i = 0; i < 'NodePort'.length; i += 1) await page.keyboard.press('Backspace', { delay: 40 });
  await page.keyboard.type('LoadBalancer', { delay: 60 });
  await expect(box).toContainText('LoadBalancer');
  await expect(box).not.toHaveClass(/kse-refused/);
  const { missing, refused } = await stopWatching(page);
  expect(missing, 'frames without the Service box').toBe(0);
  // Each half-typed word lasts less than the 150 ms pause: none of them marks the box.
  expect(refused, 'frames with the Service box marked refused').toBe(0);
});

test('a pasted manifest whose Service is refused replaces the last graph: only what was on screen is held', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.box(SERVICE)).toBeVisible();
  await explorer.setText('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePortt\n  ports:\n  - port: 80\n');
  await expect(explorer.problems).toContainText('Unsupported value: "NodePortt"');
  // The Service was never on screen: nothing is held, and nothing from the last manifest stays.
  await expect(explorer.box(SERVICE)).toHaveCount(0);
});
