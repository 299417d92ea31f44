/**
 * What a moving packet costs the page's thread: the 1,000-Pod manifest open, the packet's run
 * started again, and nothing else done for 3 s, in the explorer and in the embed. The figure is
 * the renderer's main-thread task time over that window (CDP Performance.getMetrics TaskDuration),
 * per second. The packet glides on the compositor (PacketDot.tsx, motion.ts), so the page should
 * be nearly at rest: an animation that repaints the graph at every frame keeps it busy a third of
 * the time with a thousand Pods drawn.
 */
import type { Browser, Page } from '@playwright/test';

/** Busy milliseconds per second while the packet plays: the page at rest but for it. */
export const PACKET_BUSY_AIM = 50;
const WINDOW_MS = 3000;

async function busyWhilePlaying(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.locator('[data-testid="packet"][data-moving="true"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async (): Promise<number> => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const before = await taskSeconds();
  await page.waitForTimeout(WINDOW_MS);
  const after = await taskSeconds();
  await cdp.detach();
  return ((after - before) * 1000) / (WINDOW_MS / 1000);
}

/** Busy milliseconds per second while the packet plays, in the explorer and in the embed, for the manifest in `fragment` (a share link's `#m=…`). */
export async function measurePacketAtRest(browser: Browser, base: string, fragment: string): Promise<{ explorer: number; embed: number }> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(`${base}/${fragment}`);
    await page.waitForSelector('.react-flow__node[data-id^="svc:"]');
    await page.waitForSelector('.monaco-editor .view-lines');
    const explorer = await busyWhilePlaying(page);
    await page.goto('about:blank');
    await page.goto(`${base}/?embed${fragment}`);
    await page.waitForSelector('[data-id^="svc:"]');
    const embed = await busyWhilePlaying(page);
    return { explorer, embed };
  } finally {
    await page.close();
  }
}
