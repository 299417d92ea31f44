import type { Locator, Page } from '@playwright/test';

/** The explorer, as a person sees it: the editor, the graph and its packet, the panels. */
export class ExplorerPage {
  readonly editor: Locator;
  /** Monaco's input: a zero-size element, focused to type or paste. */
  readonly editorInput: Locator;
  /** The lines Monaco renders (only the visible ones; spaces come as U+00A0). */
  readonly editorLines: Locator;
  readonly problems: Locator;
  readonly kubectl: Locator;
  readonly graph: Locator;
  readonly packet: Locator;
  readonly details: Locator;
  readonly dnsQuery: Locator;
  readonly dnsAnswer: Locator;
  readonly kubectlCommand: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('region', { name: 'Manifest editor' });
    this.editorInput = page.getByRole('textbox', { name: 'Manifest YAML' });
    this.editorLines = this.editor.locator('.monaco-editor .view-lines');
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.kubectl = page.getByRole('region', { name: 'kubectl output' });
    this.graph = page.getByRole('region', { name: 'Cluster graph' });
    this.packet = page.getByRole('status', { name: 'Packet' });
    this.details = page.getByRole('region', { name: 'Details' });
    this.dnsQuery = page.getByLabel('DNS query');
    this.dnsAnswer = page.getByRole('region', { name: 'DNS answer' });
    this.kubectlCommand = page.getByRole('textbox', { name: 'kubectl command' });
  }

  /** Opens the app as a first-time visitor: nothing saved, no history. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.evaluate(async () => {
      localStorage.clear();
      // The page lets go of the database when asked (versionchange), so the deletion is not blocked for long.
      await new Promise<void>((resolve) => {
        const deletion = indexedDB.deleteDatabase('kube-service-explorer');
        deletion.onsuccess = deletion.onerror = deletion.onblocked = () => resolve();
      });
    });
    await this.page.reload();
    await this.editorLines.waitFor();
  }

  box(id: string): Locator {
    return this.graph.locator(`.react-flow__node[data-id="${id}"]`);
  }

  edge(id: string): Locator {
    return this.graph.locator(`.react-flow__edge[data-id="${id}"]`);
  }

  /** The notice that offers the user's own text back, once something replaced it. */
  get putAside(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'was put aside' });
  }

  /** Opens the list of the user's earlier manifests (the header's Restore…). */
  async openHistory(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Restore…' }).click();
    return this.page.getByRole('dialog', { name: 'Your earlier manifests' });
  }

  async chooseExample(id: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Examples' }).click();
    await this.page.getByRole('dialog', { name: 'Example gallery' }).locator(`[data-example="${id}"]`).click();
  }

  /** Replaces the editor's whole text, as a paste does (typing would auto-indent the YAML). */
  async setText(text: string): Promise<void> {
    await this.editorInput.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Waits until a large text has all arrived in the editor (it is put in slice by slice, read-only meanwhile). */
  async editorLoaded(): Promise<void> {
    await this.editor.locator('.editor-host[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 120_000 });
  }

  /** Moves the editor's cursor to the start of a line (Monaco's Go to Line), which scrolls it into view. */
  async goToLine(line: number): Promise<void> {
    await this.editorInput.focus();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
  }

  /** The editor's whole text, through the clipboard (Monaco renders only the visible lines). */
  async text(): Promise<string> {
    await this.editorLoaded();
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.editorInput.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Control+C');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Opens the cluster settings (how the text is read, the Kubernetes version, the Gateway API CRDs)
   * where the toolbar folds them behind their summary, as it does below 1,600 px.
   */
  async openClusterSettings(): Promise<void> {
    const fold = this.page.locator('details.cluster-settings');
    if ((await fold.count()) === 0 || (await fold.getAttribute('open')) !== null) return;
    await fold.locator('summary').click();
  }

  /** Brings a panel of the tabs under the graph to the front: Details, Packet path, DNS, kubectl, What if… */
  async showTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Types a command in the terminal and runs it. */
  async kubectlRun(line: string): Promise<void> {
    await this.showTab('kubectl');
    await this.kubectlCommand.fill(line);
    await this.kubectlCommand.press('Enter');
  }

  async resolve(name: string, from?: string): Promise<void> {
    await this.showTab('DNS');
    await this.dnsQuery.fill(name);
    await this.page.getByLabel('Resolve from').selectOption(from ?? '');
    await this.page.getByRole('button', { name: 'Resolve' }).click();
  }
}
