import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a page error, a console error, or a request to another origin: the app must
 * work offline and make no request beyond its own.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

export { expect };
