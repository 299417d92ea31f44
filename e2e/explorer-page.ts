import type { Locator, Page } from '@playwright/test';

/** The explorer, as a person sees it: the editor, the problems, kubectl's output, DNS. */
export class ExplorerPage {
  readonly editor: Locator;
  readonly gallery: Locator;
  readonly problems: Locator;
  readonly kubectl: Locator;
  readonly graph: Locator;
  readonly dnsQuery: Locator;
  readonly dnsAnswer: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('region', { name: 'Manifest editor' }).getByRole('textbox');
    this.gallery = page.getByLabel('Example gallery');
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.kubectl = page.getByRole('region', { name: 'kubectl output' });
    this.graph = page.getByRole('region', { name: 'Cluster graph' });
    this.dnsQuery = page.getByLabel('DNS query');
    this.dnsAnswer = page.getByRole('region', { name: 'DNS answer' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.evaluate(() => localStorage.clear());
    await this.page.reload();
  }

  async resolve(name: string, from?: string): Promise<void> {
    await this.dnsQuery.fill(name);
    await this.page.getByLabel('Resolve from').selectOption(from ?? '');
    await this.page.getByRole('button', { name: 'Resolve' }).click();
  }
}
