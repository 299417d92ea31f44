/**
 * The graph is legible as it opens, on the screens people use: for every gallery example at
 * 1440×900 and 1280×720, without zooming, every box name in the pane is at least 11 px on screen and
 * every address and port at least 10 px; no edge crosses a box that is not one of its ends; no label
 * lies over a box; the minimap, the zoom controls and the legend are there. Screenshots of a few
 * examples, light and dark and on a phone, land in test-results/legibility/ to be looked at.
 */
import { buildCluster } from '../src/model/index.ts';
import { toGraph } from '../src/present/graph/index.ts';
import { ExplorerPage } from './explorer-page.ts';
import { EXAMPLES, exampleText, expectedNodeIds } from './expected-graph.ts';
import { expect, test } from './fixtures.ts';
import { measureGraph } from './graph-geometry.ts';

const NAME_PX = 11;
const NUMBER_PX = 10;

/** The boxes each edge may touch: its ends, and for an edge into a grid of compact Pods, the whole grid. */
function endsOf(text: string): Record<string, string[]> {
  const graph = toGraph(buildCluster([{ name: 'manifest.yaml', text }]));
  const compact = new Set(graph.nodes.filter((n) => n.data.compact === true).map((n) => n.id));
  const grids = new Map<string, string[]>();
  for (const e of graph.edges) if (compact.has(e.target)) grids.set(e.source, [...(grids.get(e.source) ?? []), e.target]);
  return Object.fromEntries(graph.edges.map((e) => [e.id, [e.source, e.target, ...(compact.has(e.target) ? (grids.get(e.source) ?? []) : [])]]));
}

function example(id: string): (typeof EXAMPLES)[number] {
  const found = EXAMPLES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no example ${id}`);
  return found;
}

async function openAt(page: ExplorerPage['page'], width: number, height: number): Promise<ExplorerPage> {
  await page.setViewportSize({ width, height });
  // The packet then waits at its first hop: the view measured is the one the graph opens with.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  return explorer;
}

/** Waits until the boxes of the example are drawn and the view has stopped moving. */
async function settle(explorer: ExplorerPage, ids: readonly string[]): Promise<void> {
  await expect
    .poll(() => explorer.graph.locator('.react-flow__node').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-id') ?? '').sort()))
    .toEqual([...ids].sort());
  const transform = () => explorer.graph.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let last = '';
  await expect.poll(async () => {
    const now = await transform();
    const still = now === last;
    last = now;
    return still;
  }, { intervals: [250] }).toBe(true);
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`every gallery example is legible as it opens at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(240_000);
    const explorer = await openAt(page, width, height);
    for (const { id } of EXAMPLES) {
      await explorer.chooseExample(id);
      const text = exampleText(example(id));
      const ids = expectedNodeIds(text);
      if (ids.length === 0) {
        await expect(explorer.graph).toContainText('No Service to draw yet');
        continue;
      }
      await settle(explorer, ids);
      const measured = await measureGraph(page, endsOf(text));
      const where = `${id} at ${width}×${height}`;
      expect(measured.names.length, `${where}: some box in view`).toBeGreaterThan(0);
      expect(measured.names.filter((n) => n.size < NAME_PX), `${where}: names under ${NAME_PX} px (zoom ${measured.zoom})`).toEqual([]);
      expect(measured.numbers.filter((n) => n.size < NUMBER_PX), `${where}: addresses and ports under ${NUMBER_PX} px`).toEqual([]);
      expect(measured.edgeCount, `${where}: edges drawn`).toBeGreaterThan(0);
      expect(measured.edgesThroughBoxes, where).toEqual([]);
      expect(measured.labelsOverBoxes, where).toEqual([]);
      await expect(explorer.graph.locator('.react-flow__minimap'), where).toBeVisible();
      for (const name of ['Zoom In', 'Zoom Out', 'Fit View', 'Legend', 'Expand the graph']) await expect(explorer.graph.getByRole('button', { name, exact: true }), where).toBeVisible();
    }
  });
}

test('the fit button brings back the view the graph opened with, after zooming out', async ({ page }) => {
  const explorer = await openAt(page, 1280, 720);
  await explorer.chooseExample('guide-05-graphql-api');
  await settle(explorer, expectedNodeIds(exampleText(example('guide-05-graphql-api'))));
  const zoom = () => explorer.graph.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  const opened = await zoom();
  expect(opened).toBeGreaterThanOrEqual(0.92);
  for (let i = 0; i < 3; i++) await explorer.graph.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(zoom).toBeLessThan(opened * 0.8);
  await explorer.graph.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(zoom).toBeCloseTo(opened, 3);
});

test('the graph expands to the window and back, and the legend names every kind of box', async ({ page }) => {
  const explorer = await openAt(page, 1280, 720);
  const before = await explorer.graph.boundingBox();
  await explorer.graph.getByRole('button', { name: 'Expand the graph' }).click();
  await expect.poll(async () => (await explorer.graph.boundingBox())?.height).toBeGreaterThan(700);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await explorer.graph.boundingBox())?.height).toBe(before?.height);
  await explorer.graph.getByRole('button', { name: 'Legend', exact: true }).click();
  const boxes = explorer.graph.getByRole('group', { name: 'Legend' }).getByRole('list', { name: 'Boxes' });
  for (const kind of ['Service', 'EndpointSlice', 'Pod', 'Endpoint address', 'DNS answer', 'Node', 'Load balancer', 'Ingress']) {
    await expect(boxes.getByText(kind, { exact: true })).toBeVisible();
  }
});

test('focus draws one Service whole and folds the others; choosing a folded one focuses it', async ({ page }) => {
  const explorer = await openAt(page, 1280, 720);
  await explorer.chooseExample('scenario-traffic-policies');
  await settle(explorer, expectedNodeIds(exampleText(example('scenario-traffic-policies'))));
  await explorer.graph.getByRole('button', { name: 'Focus on one Service' }).click();
  await expect(explorer.box('group:Service/default/echo-lb')).toBeVisible();
  await expect(explorer.box('lb:default/echo-lb')).toHaveCount(0);
  await expect(explorer.box('svc:default/echo-nodeport')).toBeVisible();
  await explorer.box('group:Service/default/echo-lb').click();
  await expect(explorer.box('svc:default/echo-lb')).toBeVisible();
  await expect(explorer.box('lb:default/echo-lb')).toBeVisible();
  await expect(explorer.box('group:Service/default/echo-nodeport')).toBeVisible();
  await page.screenshot({ path: 'test-results/legibility/focus-echo-lb-1280x720.png' });
  const measured = await measureGraph(page, {});
  expect(measured.names.filter((n) => n.size < NAME_PX)).toEqual([]);
  expect(measured.edgesThroughBoxes).toEqual([]);
  expect(measured.labelsOverBoxes).toEqual([]);
  await explorer.graph.getByRole('button', { name: 'Focus on one Service' }).click();
  await expect(explorer.box('svc:default/echo-nodeport')).toBeVisible();
  await expect(explorer.box('group:Service/default/echo-nodeport')).toHaveCount(0);
});

test('an endpoint with no Pod is an endpoint address, not a Pod', async ({ page }) => {
  const explorer = await openAt(page, 1440, 900);
  await explorer.chooseExample('guide-11-external-monitoring');
  const box = explorer.box('ip:192.168.10.10');
  await expect(box).toHaveAttribute('aria-label', /^Endpoint address 192\.168\.10\.10/);
  await expect(explorer.graph.getByText('Endpoint addresses', { exact: true })).toBeVisible();
  await expect(explorer.graph.getByText('Pods', { exact: true })).toHaveCount(0);
});

test('the view stays put when the toolbar gains a row, and fits again when the window changes size', async ({ page }) => {
  // A dump's status line wraps once its first build, of seconds, gives way to builds of a fraction
  // of one: the pane loses a row's height, and refitting there sent the view away at every edit.
  const explorer = await openAt(page, 1280, 720);
  await explorer.chooseExample('scenario-many-endpoints');
  await settle(explorer, expectedNodeIds(exampleText(example('scenario-many-endpoints'))));
  const viewport = explorer.graph.locator('.react-flow__viewport');
  const view = () => viewport.evaluate((el) => getComputedStyle(el).transform);
  const paneHeight = () => explorer.graph.locator('.react-flow').evaluate((pane) => pane.getBoundingClientRect().height);
  const opened = await view();
  const tall = await paneHeight();
  await page.setViewportSize({ width: 1280, height: 700 });
  await expect.poll(paneHeight).toBeLessThan(tall);
  // Still after two looks a quarter of a second apart, as settle() waits for a view to stop moving.
  let last = '';
  await expect.poll(async () => [last, (last = await view())][0] === last, { intervals: [250] }).toBe(true);
  expect(last).toBe(opened);
  await page.setViewportSize({ width: 1200, height: 700 });
  await expect.poll(view).not.toBe(opened);
});

test('the view glides straight to a box found far away, at the zoom the words are read at', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.chooseExample('scenario-many-endpoints');
  await settle(explorer, expectedNodeIds(exampleText(example('scenario-many-endpoints'))));
  const viewport = explorer.graph.locator('.react-flow__viewport');
  await viewport.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { kseViews: string[] }).kseViews = seen;
    new MutationObserver(() => seen.push((el as HTMLElement).style.transform)).observe(el, { attributes: true, attributeFilter: ['style'] });
  });
  const pods = await explorer.graph.locator('.react-flow__node[data-id^="pod:"]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-id') ?? ''));
  const far = pods.at(-1) ?? '';
  const find = page.getByRole('combobox', { name: 'Find object' });
  await find.fill(far.replace(/^pod:/, 'pod/'));
  await find.press('Enter');
  await expect(explorer.box(far)).toBeInViewport({ ratio: 1 });
  const zooms = await page.evaluate(() => (window as unknown as { kseViews: string[] }).kseViews.map((t) => /scale\(([\d.]+)\)/.exec(t)?.[1]));
  // d3's default path between two views of one zoom flies out and back in (0.92 → 0.58 → 0.92 here).
  expect(zooms.length).toBeGreaterThan(0);
  expect(new Set(zooms).size).toBe(1);
});

const SHOTS = ['guide-03-debug-ui', 'guide-07-cassandra-headless', 'guide-09-crm-api', 'guide-13-saas-ingress', 'scenario-many-endpoints', 'scenario-traffic-policies'];

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
  [390, 844],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots to look at: ${width}×${height}, ${theme}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      const explorer = await openAt(page, width, height);
      const toggle = page.getByRole('button', { name: theme === 'dark' ? 'Use dark theme' : 'Use light theme' });
      if ((await toggle.count()) > 0) await toggle.click();
      for (const id of SHOTS) {
        await explorer.chooseExample(id);
        await settle(explorer, expectedNodeIds(exampleText(example(id))));
        await explorer.graph.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/legibility/${id}-${width}x${height}-${theme}.png` });
        if (width < 600) await explorer.graph.screenshot({ path: `test-results/legibility/${id}-${width}x${height}-${theme}-graph.png` });
      }
    });
  }
}
