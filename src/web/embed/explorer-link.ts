/** The full explorer's address for this embed: the same page and fragment, without `?embed`. */
export function explorerHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}

/** The full explorer with no share link: the visitor's saved manifest, or the default example. */
export function explorerHomeHref(href: string): string {
  const url = new URL(explorerHref(href));
  url.hash = '';
  return url.href;
}
