/**
 * A one-line summary of a manifest for the history list: the objects it starts with, as a person
 * would name them (`Service web, Deployment web and 3 more`). Read from the text's first lines with
 * a plain scan, not a YAML parse: it runs on the page's thread, on texts of any size.
 */

/** Lines read: enough for the first objects of any manifest, bounded for a dump of megabytes. */
const SCANNED_LINES = 5000;
const NAMED = 3;

/** `kind: Service` or `- kind: Service` at the root of a document or of a List item. */
const KIND = /^(\s*(?:- )?)kind:\s*["']?([A-Za-z][\w.-]*)/;
const METADATA = /^(\s*(?:- )?)metadata:\s*$/;
const NAME = /^(\s+)name:\s*["']?([^\s"'#]+)/;

interface Found {
  readonly names: string[];
  /** Objects seen in the scanned lines. */
  count: number;
}

/** The object level of a line: its indentation, counting a list item's `- ` as indentation. */
const levelOf = (prefix: string): number => prefix.length;

function scan(lines: readonly string[]): Found {
  const found: Found = { names: [], count: 0 };
  const kinds = new Map<number, string>();
  let metadataLevel: number | undefined;
  for (const line of lines) {
    const kind = KIND.exec(line);
    const metadata = METADATA.exec(line);
    const name = metadataLevel === undefined ? null : NAME.exec(line);
    if (kind && levelOf(kind[1] ?? '') <= 2) kinds.set(levelOf(kind[1] ?? ''), kind[2] ?? '');
    if (metadata) {
      const level = levelOf(metadata[1] ?? '');
      metadataLevel = level <= 2 ? level : undefined;
      continue;
    }
    if (name && metadataLevel !== undefined && (name[1]?.length ?? 0) > metadataLevel) {
      found.count += 1;
      if (found.names.length < NAMED) found.names.push(`${kinds.get(metadataLevel) ?? 'Object'} ${name[2] ?? ''}`);
      metadataLevel = undefined;
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#') && metadataLevel !== undefined && (/^\s*/.exec(line)?.[0].length ?? 0) <= metadataLevel) {
      metadataLevel = undefined;
    }
  }
  return found;
}

export function summarize(text: string): string {
  if (text.trim() === '') return 'An empty manifest';
  const lines = text.split('\n', SCANNED_LINES + 1);
  const cut = lines.length > SCANNED_LINES;
  const { names, count } = scan(lines.slice(0, SCANNED_LINES));
  if (names.length === 0) {
    const first = lines.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) ?? lines[0] ?? '';
    return first.trim().slice(0, 60);
  }
  const more = count - names.length;
  if (more > 0 || cut) return `${names.join(', ')} and ${cut ? 'more' : `${more} more`}`;
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
