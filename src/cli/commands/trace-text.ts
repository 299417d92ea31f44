/**
 * A trace as text, like traceroute: one numbered line per hop (where, source → destination, what
 * happens) with its reason under it, then the outcome, the backends with their odds, notes, and
 * what the simulator invented.
 */
import type { Trace, TraceBackend } from '../../model/index.ts';

const INDENT = '    ';

function padColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '));
}

function hopLines(trace: Trace): string[] {
  const width = String(trace.hops.length).length;
  const rows = trace.hops.map((hop, i) => [String(i + 1).padStart(width), hop.at, `${hop.src} → ${hop.dst}`, hop.action]);
  const lines = padColumns(rows);
  const detailIndent = ' '.repeat(width + 2);
  return trace.hops.flatMap((hop, i) => [lines[i] ?? '', ...(hop.detail === undefined ? [] : [`${detailIndent}${hop.detail}`])]);
}

/** The chance of a backend as a fraction of new connections: 1/3. */
function odds(backend: TraceBackend): string {
  return `1/${Math.round(1 / backend.probability)}`;
}

/** Weighted shares (a Gateway's backendRefs): a percentage. */
function percent(backend: TraceBackend): string {
  return `${Math.round(backend.probability * 1000) / 10}%`;
}

function backendLines(trace: Trace): string[] {
  if (trace.backends.length === 0) return [];
  if (trace.via === 'gateway') {
    const header = ['TARGET', 'SERVICE', 'DESTINATION', 'PROBABILITY', 'NODE'];
    const rows = trace.backends.map((b) => [b.target, b.service ?? '', b.dst, percent(b), b.node ?? '<none>']);
    return ['', 'Backends, by the backendRefs\' weights:', ...padColumns([header, ...rows]).map((line) => `${INDENT}${line}`)];
  }
  const header = ['TARGET', 'DESTINATION', 'PROBABILITY', 'NODE'];
  const rows = trace.backends.map((b) => [b.target, b.dst, odds(b), `${b.node ?? '<none>'}${b.terminating === true ? ' (terminating)' : ''}`]);
  return ['', 'Backends, each equally likely for a new connection:', ...padColumns([header, ...rows]).map((line) => `${INDENT}${line}`)];
}

function outcome(trace: Trace): string[] {
  if (trace.final === null) return [`Not delivered: ${trace.reason ?? 'no backend'}`];
  const delivered = `Delivered to ${trace.final.pod}: ${trace.final.src} → ${trace.final.dst} (${trace.pick ?? 'the only backend'})`;
  const { listener } = trace;
  if (listener?.message === undefined) return [delivered];
  return [delivered, `${listener.status === 'other-port' ? 'Warning' : 'Unknown'}: ${listener.message}`];
}

function listSection(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ['', `${title}:`, ...items.map((item) => `${INDENT}${item}`)];
}

export function formatTrace(trace: Trace): string {
  return [
    `Trace ${trace.service ?? '(no Service)'} via ${trace.via} from ${trace.from} (${trace.protocol})`,
    ...(trace.route === undefined ? [] : [`Route: ${trace.route === null ? '<none>' : `${trace.route} rule ${trace.rule ?? ''}`}`, `Status: ${trace.status ?? ''}`]),
    ...(trace.backend === undefined ? [] : [`Backend: ${trace.backend ?? '<none>'}`]),
    '',
    ...hopLines(trace),
    '',
    ...outcome(trace),
    ...backendLines(trace),
    ...listSection('Notes', trace.notes),
    ...listSection('Simulated', trace.simulated),
    '',
  ].join('\n');
}
