/**
 * kubectl's human-readable table: upper-cased column names, an optional NAMESPACE column first,
 * `kind/name` names when several resource types are printed together, aligned by tabwriter.
 * Mirrors k8s.io/cli-runtime/pkg/printers/tableprinter.go printTable and printRows.
 */
import { alignTabs, GET_TABWRITER } from './tabwriter.ts';

/** A column of a table handler; `wide` columns (Priority 1) appear only with `-o wide`. */
export interface TableColumn {
  readonly name: string;
  readonly wide?: boolean;
}

export interface TableRow {
  readonly namespace?: string;
  /** Every cell, wide ones included, in column order. */
  readonly cells: readonly string[];
}

export interface TableOptions {
  readonly wide: boolean;
  readonly withNamespace: boolean;
  /** `service`, `endpointslice.discovery.k8s.io`: prefixes the name cell (tableprinter WithKind). */
  readonly kindPrefix?: string;
}

/** The whole table, header included, each line ending in a newline. */
export function printTable(columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions): string {
  const shown = columns.map((column, index) => ({ column, index })).filter(({ column }) => options.wide || column.wide !== true);
  const header = shown.map(({ column }) => column.name.toUpperCase());
  const lines = [options.withNamespace ? ['NAMESPACE', ...header] : header];
  for (const row of rows) {
    const cells = shown.map(({ index }) => {
      const cell = row.cells[index] ?? '';
      return index === 0 && options.kindPrefix !== undefined ? `${options.kindPrefix}/${cell}` : cell;
    });
    lines.push(options.withNamespace ? [row.namespace ?? '', ...cells] : cells);
  }
  return alignTabs(lines.map((cells) => cells.join('\t') + '\n').join(''), GET_TABWRITER);
}
