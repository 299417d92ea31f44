/**
 * Go's text/tabwriter, the elastic-tabstop aligner behind every kubectl table and describe page.
 *
 * kubectl writes cells separated by `\t` and rows ended by `\n`; tabwriter pads each column block
 * (consecutive lines that have a cell in that column) to its widest cell plus padding. The last cell
 * of a line is not tab-terminated, so it belongs to no column and is never padded.
 */

export interface TabwriterSettings {
  /** Minimal cell width, padding included. */
  readonly minwidth: number;
  /** Added to the widest cell of a column block. */
  readonly padding: number;
}

/**
 * kubectl get: k8s.io/cli-runtime/pkg/printers/tabwriter.go GetNewTabWriter
 * (tabwriterMinWidth = 6, tabwriterPadding = 3, padchar ' ').
 */
export const GET_TABWRITER: TabwriterSettings = { minwidth: 6, padding: 3 };

/** kubectl describe: staging/src/k8s.io/kubectl/pkg/describe/describe.go tabbedString (`out.Init(buf, 0, 8, 2, ' ', 0)`). */
export const DESCRIBE_TABWRITER: TabwriterSettings = { minwidth: 0, padding: 2 };

type Line = readonly string[];

/** Aligns tab-separated text as Go's tabwriter.Writer followed by Flush() would. */
export function alignTabs(text: string, settings: TabwriterSettings): string {
  const endsWithNewline = text.endsWith('\n');
  const body = endsWithNewline ? text.slice(0, -1) : text;
  const lines: Line[] = body.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  formatBlock(lines, 0, lines.length, [], settings, out);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

/** The recursive column-block walk of tabwriter.Writer.format. */
function formatBlock(
  lines: readonly Line[],
  first: number,
  end: number,
  widths: readonly number[],
  settings: TabwriterSettings,
  out: string[],
): void {
  const column = widths.length;
  let line0 = first;
  for (let current = first; current < end; current++) {
    if (column >= cellsOf(lines, current).length - 1) continue;
    // 1. Lines before the block are written with the widths known so far.
    writeLines(lines, line0, current, widths, out);
    line0 = current;
    // 2. The block: every following line with a cell in this column.
    let width = settings.minwidth;
    for (; current < end; current++) {
      const cells = cellsOf(lines, current);
      if (column >= cells.length - 1) break;
      width = Math.max(width, textWidth(cells[column] ?? '') + settings.padding);
    }
    // 3. Columns to the right, within this block only.
    formatBlock(lines, line0, current, [...widths, width], settings, out);
    line0 = current;
  }
  writeLines(lines, line0, end, widths, out);
}

function writeLines(lines: readonly Line[], from: number, to: number, widths: readonly number[], out: string[]): void {
  for (let index = from; index < to; index++) {
    const cells = cellsOf(lines, index);
    out.push(
      cells
        .map((cell, j) => {
          const width = widths[j];
          return width === undefined ? cell : cell + ' '.repeat(Math.max(0, width - textWidth(cell)));
        })
        .join(''),
    );
  }
}

function cellsOf(lines: readonly Line[], index: number): Line {
  return lines[index] ?? [];
}

/** tabwriter counts runes (utf8.RuneCount), not UTF-16 code units. */
function textWidth(text: string): number {
  return [...text].length;
}
