/**
 * A DNS answer as dig prints it: header status and counts, then the QUESTION, ANSWER, AUTHORITY
 * and ADDITIONAL sections, with BIND's column layout (lib/dns/masterdump.c: TTL at column 24,
 * class at 32, type at 40, data at 48; tabs pad up to a column, a single space once past it).
 */
import type { DnsRecord, DnsResponse } from '../../model/index.ts';

const TTL_COLUMN = 24;
const CLASS_COLUMN = 32;
const TYPE_COLUMN = 40;
const RDATA_COLUMN = 48;

/** Join fields, padding each with tabs (8-wide stops) to its column, or one space when already past it. */
function columns(first: string, rest: readonly (readonly [column: number, text: string])[]): string {
  let line = first;
  let width = first.length;
  for (const [column, text] of rest) {
    if (width >= column) {
      line += ' ';
      width += 1;
    } else {
      while (width < column) {
        line += '\t';
        width = (Math.floor(width / 8) + 1) * 8;
      }
    }
    line += text;
    width += text.length;
  }
  return line;
}

function formatRecord(record: DnsRecord): string {
  return columns(record.name, [
    [TTL_COLUMN, String(record.ttl)],
    [CLASS_COLUMN, 'IN'],
    [TYPE_COLUMN, record.type],
    [RDATA_COLUMN, record.data],
  ]);
}

function section(title: string, records: readonly DnsRecord[]): string[] {
  return records.length === 0 ? [] : ['', `;; ${title} SECTION:`, ...records.map(formatRecord)];
}

/** dig-like text for a response; the names tried are listed when the search path tried several. */
export function formatDig(response: DnsResponse): string {
  const { question, answers, authority, additional } = response;
  const lines: string[] = [];
  if (response.tried.length > 1) {
    lines.push(';; Names tried, in order (search path):', ...response.tried.map((name) => `;;   ${name}`), '');
  }
  // An rcode the simulator assumed (the upstream's, which it cannot ask) says so on its line.
  const assumed = response.simulated?.includes('rcode') === true ? ' (assumed: upstream not simulated)' : '';
  lines.push(
    `;; status: ${response.rcode}${assumed}`,
    `;; QUERY: 1, ANSWER: ${answers.length}, AUTHORITY: ${authority.length}, ADDITIONAL: ${additional.length}`,
    '',
    ';; QUESTION SECTION:',
    columns(`;${question.name}`, [
      [CLASS_COLUMN, 'IN'],
      [TYPE_COLUMN, question.type],
    ]),
    ...section('ANSWER', answers),
    ...section('AUTHORITY', authority),
    ...section('ADDITIONAL', additional),
  );
  if (response.notes.length > 0) lines.push('', ';; NOTES:', ...response.notes.map((note) => `;; ${note}`));
  return `${lines.join('\n')}\n`;
}
