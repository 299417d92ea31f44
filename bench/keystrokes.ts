/**
 * Keystroke-to-graph latency as the app measures it (performance measure `kse:keystroke-to-graph`,
 * src/web/app/latency.ts): the last character of the first line matching `editable` is deleted
 * and typed again, `count` keystrokes in all. Every keystroke changes the text and keeps it valid
 * (port 8080, 808, 8080, ...; a digit added could pass 65535, and a refused edit draws no new
 * graph, so no measure would come). Used by browser.bench.ts and dump-load.ts.
 */
import type { Page } from '@playwright/test';

/** The durations of `count` edits, in milliseconds; none when no line matches. */
export async function measureKeystrokes(page: Page, text: string, editable: RegExp, count: number, timeout: number): Promise<number[]> {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => editable.test(l)) + 1;
  if (line === 0) return [];
  const last = lines[line - 1]?.trimEnd().slice(-1) ?? '0';
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  const read = () => page.evaluate(() => performance.getEntriesByName('kse:keystroke-to-graph').map((e) => e.duration));
  const before = (await read()).length;
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'Backspace' : last);
    await page.waitForFunction((n) => performance.getEntriesByName('kse:keystroke-to-graph').length > n, before + i, { timeout });
  }
  return (await read()).slice(before);
}
