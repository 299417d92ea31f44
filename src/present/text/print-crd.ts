/**
 * `kubectl get` rows of a custom resource: the CRD's additionalPrinterColumns, as the API
 * server's table convertor fills them (k8s.io/apiextensions-apiserver/pkg/registry/customresource/
 * tableconvertor/tableconvertor.go ConvertToTable): NAME, then each column's first JSONPath result
 * (`string` columns print a list as JSON), `date` columns as an age, an empty cell when the path
 * finds nothing; priority 1 columns only with `-o wide`.
 */
import type { PrinterColumn } from '../../model/index.ts';
import { translateTimestampSince } from './human-duration.ts';
import type { TableColumn } from './table.ts';

export function crdColumns(columns: readonly PrinterColumn[]): TableColumn[] {
  return [{ name: 'Name' }, ...columns.map((c) => ({ name: c.name, ...(c.priority !== undefined && c.priority > 0 ? { wide: true } : {}) }))];
}

export function printCrdRow(columns: readonly PrinterColumn[]): (object: object, now: string) => string[] {
  return (object, now) => [
    String((object as { metadata?: { name?: string } }).metadata?.name ?? ''),
    ...columns.map((column) => {
      const value = findFirst(object, column.jsonPath);
      if (value === undefined || value === null) return '';
      if (column.type === 'date') return typeof value === 'string' ? translateTimestampSince(value, now) : '';
      return typeof value === 'string' ? value : JSON.stringify(value);
    }),
  ];
}

/**
 * The first result of the simple JSONPaths CRDs use: `.a.b`, `.a[*].b`, `.a[?(@.k=="v")].b`.
 */
export function findFirst(object: unknown, path: string): unknown {
  const steps = path.match(/\.[^.[]+|\[[^\]]*\]/g) ?? [];
  let values: unknown[] = [object];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of values) {
      if (step.startsWith('.')) {
        const key = step.slice(1);
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && key in value) next.push((value as Record<string, unknown>)[key]);
      } else if (Array.isArray(value)) {
        const filter = /^\[\?\(@\.(\w+)=="([^"]*)"\)\]$/.exec(step);
        next.push(...(value as unknown[]).filter((item) => filter === null || (item as Record<string, unknown> | null)?.[filter[1]!] === filter[2]));
      }
    }
    values = next;
  }
  return values[0];
}
