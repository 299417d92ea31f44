import type { Page } from '@playwright/test';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * Sets the explorer's theme with its own toggle, as a user would; behind an open modal dialog,
 * where the toggle cannot be reached, on the page's root as the toggle does.
 */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const { current, modal } = await page.evaluate(() => ({ current: document.documentElement.dataset.theme, modal: document.querySelector('dialog:modal') !== null }));
  if (current === theme) return;
  if (modal) await page.evaluate((next) => (document.documentElement.dataset.theme = next), theme);
  else await page.getByRole('button', { name: theme === 'dark' ? 'Use dark theme' : 'Use light theme' }).click();
}

/**
 * Screenshots of the page as it is, on a laptop and a phone, light and dark, into
 * test-results/screens/NAME-WIDTHxHEIGHT-THEME.png, to look at. The viewport is put back after.
 */
export async function shootEverywhere(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}-${theme}.png` });
    }
  }
  await useTheme(page, 'light');
  if (original) await page.setViewportSize(original);
}
