/**
 * The editor's files fetched while the worker builds the first graph. Monaco is imported only once
 * that graph is drawn (its compiling holds the page's thread), and its download then came on top:
 * about 1 MB, 100–300 ms on a busy machine before the editor could start. The built page names the
 * files (vite.config.ts, kse:editor-files); a prefetch only downloads them into the HTTP cache, and
 * the import that follows takes them from there. The dev server's page names none.
 */
export const EDITOR_FILES_META = 'kse-editor-files';

export function prefetchEditor(page: Document): void {
  const files = page.querySelector<HTMLMetaElement>(`meta[name="${EDITOR_FILES_META}"]`)?.content.split(' ') ?? [];
  for (const href of files) {
    if (href === '') continue;
    const link = page.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    page.head.append(link);
  }
}
