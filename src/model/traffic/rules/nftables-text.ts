/**
 * An nftables table as `nft list ruleset` prints it, from the transaction lines the dump keeps
 * (`add chain|set|map|rule|element`). The listing follows nft 1.0.x (Debian 12, whose packages the
 * v1.31 kube-proxy image is built from; src/rule.c table_print, set_print_declaration,
 * chain_print_declaration and prio2str, src/expression.c calculate_delim, src/mergesort.c):
 * - the table's comment, then every named set and map, then every chain, each group in the order
 *   the kernel holds them, which is creation order: a kube-proxy that has just started created
 *   them all in its first transaction, in the order the dump keeps;
 * - tab indentation, a blank line between objects;
 * - base chain priorities named as nft names them (`dstnat - 10`, `srcnat`) where the name is
 *   valid for the hook, else numeric (`-110` on the input hook);
 * - set elements sorted the way nft sorts them before printing, two IPv4 addresses a line and
 *   one concatenation a line;
 * - rules as nft decodes them back from the kernel (`meta mark & 0x00004000`, a one-element
 *   anonymous set becomes a plain match).
 */
import { parseCIDRSloppy } from '../../net/cidr.ts';
import { parseIPSloppy } from '../../net/ip.ts';
import type { ProxyChain, ProxyTable } from './types.ts';

/** The linux/netfilter_ipv4.h priorities nft prints by name, within 10 of the value. */
const STANDARD_PRIORITIES: readonly [number, string][] = [
  [-300, 'raw'],
  [-150, 'mangle'],
  [-100, 'dstnat'],
  [0, 'filter'],
  [50, 'security'],
  [100, 'srcnat'],
];

/** std_prio_family_hook_compat for the ip and ip6 families: dstnat and srcnat only fit their NAT hook. */
function priorityFitsHook(name: string, hook: string): boolean {
  if (name === 'dstnat') return hook === 'prerouting';
  if (name === 'srcnat') return hook === 'postrouting';
  return true;
}

/** prio2str: the first standard priority within 10 names it, unless that name does not fit the hook. */
export function nftPriority(priority: number, hook: string): string {
  const standard = STANDARD_PRIORITIES.find(([value]) => Math.abs(priority - value) <= 10);
  if (standard === undefined || !priorityFitsHook(standard[1], hook)) return String(priority);
  const offset = priority - standard[0];
  if (offset === 0) return standard[1];
  return `${standard[1]} ${offset > 0 ? '+' : '-'} ${Math.abs(offset)}`;
}

/** time_print: days, hours, minutes and seconds, each only when not zero. */
export function nftDuration(seconds: number): string {
  const parts: [number, string][] = [
    [Math.floor(seconds / 86400), 'd'],
    [Math.floor((seconds % 86400) / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, unit]) => `${n}${unit}`).join('') || '0s';
}

/** The `{ p ; q ; }` properties of an `add chain|set|map|table` line. */
function properties(header: string): string[] {
  const open = header.indexOf(' { ');
  if (open < 0) return [];
  return header.slice(open + 3, header.lastIndexOf(' }')).split(' ; ').map((p) => p.replace(/ ;$/, '')).filter((p) => p !== '');
}

function property(props: readonly string[], key: string): string | undefined {
  return props.find((p) => p.startsWith(`${key} `))?.slice(key.length + 1);
}

const PROTOCOLS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, sctp: 132 };

/** A key field as the kernel stores it: addresses and ports in network byte order, the protocol as one byte. */
function fieldBytes(field: string): number[] {
  const protocol = PROTOCOLS[field];
  if (protocol !== undefined) return [protocol];
  if (/^[0-9]+$/.test(field)) return [Number(field) >> 8, Number(field) & 0xff];
  const ip = parseIPSloppy(field);
  if (ip === undefined) return [];
  const length = ip.family === 'IPv4' ? 4 : 16;
  return Array.from({ length }, (_, i) => Number((ip.value >> BigInt(8 * (length - 1 - i))) & 0xffn));
}

/**
 * expr_msort_value: a single value compares as a number; a concatenation's bytes are read back
 * as one host-endian (little-endian) number, so its last byte weighs most.
 */
function sortKey(key: string): number[] {
  const fields = key.split(' . ');
  const bytes = fields.flatMap(fieldBytes);
  return fields.length > 1 ? bytes.reverse() : bytes;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The set's elements, each once as the kernel keeps it, in nft's listing order. */
function elements(table: ProxyTable, set: ProxyChain): string[] {
  const prefix = `add element ${table.name} ${set.name} { `;
  const bodies = [...new Set(set.rules.map((r) => r.text.slice(prefix.length, -' }'.length)))];
  const keyOf = (body: string): string => body.split(/ comment "| : /)[0] ?? body;
  return bodies.map((body) => ({ body, key: sortKey(keyOf(body)) })).sort((a, b) => compareKeys(a.key, b.key)).map((e) => e.body);
}

/** calculate_delim: IPv4 addresses two a line; a concatenation or an IPv6 address alone on its line. */
function elementsLine(type: string, bodies: readonly string[]): string {
  const perLine = type === 'ipv4_addr' ? 2 : 1;
  const text = bodies.map((body, i) => (i === 0 ? body : `${i % perLine === 0 ? ',\n\t\t\t     ' : ', '}${body}`)).join('');
  return `\t\telements = { ${text} }`;
}

/** set_print_declaration: type, flags, timeout, comment, then the elements. */
function setLines(table: ProxyTable, set: ProxyChain): string[] {
  const props = properties(set.header?.[0] ?? '');
  const type = property(props, 'type') ?? '';
  const flags = property(props, 'flags');
  const timeout = property(props, 'timeout');
  const comment = property(props, 'comment');
  const lines = [`\t${set.kind ?? 'set'} ${set.name} {`, `\t\ttype ${type}`];
  // A default timeout implies the timeout flag, so nft leaves out a flags line that would say only that.
  if (flags !== undefined && !(timeout !== undefined && flags === 'timeout')) lines.push(`\t\tflags ${flags}`);
  if (timeout !== undefined) lines.push(`\t\ttimeout ${nftDuration(Number.parseInt(timeout, 10))}`);
  if (comment !== undefined) lines.push(`\t\tcomment ${comment}`);
  const bodies = elements(table, set);
  if (bodies.length > 0) lines.push(elementsLine(type.split(' : ')[0] ?? type, bodies));
  return [...lines, '\t}'];
}

/** An anonymous interval set as nft lists it back: sorted by address, a single element without braces. */
function anonymousSet(items: readonly string[]): string {
  const start = (item: string): bigint => parseCIDRSloppy(item)?.base ?? parseIPSloppy(item)?.value ?? 0n;
  const sorted = [...items].sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
  return sorted.length === 1 ? (sorted[0] ?? '') : `{ ${sorted.join(', ')} }`;
}

/** A rule's statements as nft decodes them from the kernel's expressions. */
export function listedRule(text: string): string {
  const hex = (mark: string): string => `0x${Number.parseInt(mark, 16).toString(16).padStart(8, '0')}`;
  return text
    .replace(/^mark and (0x[0-9a-f]+) == 0 /, (_, m: string) => `meta mark & ${hex(m)} == 0x00000000 `)
    .replace(/^mark set mark (or|xor) (0x[0-9a-f]+)/, (_, op: string, m: string) => `meta mark set meta mark ${op === 'or' ? '|' : '^'} ${hex(m)}`)
    .replace(/(saddr|daddr)( != | )\{ ([^{}:]*) \}/g, (_, field: string, op: string, items: string) => `${field}${op}${anonymousSet(items.split(/\s*,\s*/))}`)
    .replace(/vmap \{ ([^{}]*) \}/g, (_, items: string) => `vmap { ${items.split(/\s*,\s*/).join(', ')} }`);
}

/** chain_print_declaration: the comment, the hook line of a base chain, then the rules. */
function chainLines(table: ProxyTable, chain: ProxyChain): string[] {
  const props = properties(chain.header?.[0] ?? '');
  const lines = [`\tchain ${chain.name} {`];
  const comment = property(props, 'comment');
  if (comment !== undefined) lines.push(`\t\tcomment ${comment}`);
  const hook = /^type (\S+) hook (\S+) priority (-?[0-9]+)$/.exec(props.find((p) => p.startsWith('type ')) ?? '');
  if (hook !== null) lines.push(`\t\ttype ${hook[1] ?? ''} hook ${hook[2] ?? ''} priority ${nftPriority(Number(hook[3]), hook[2] ?? '')}; policy accept;`);
  const prefix = `add rule ${table.name} ${chain.name} `;
  lines.push(...chain.rules.map((r) => `\t\t${listedRule(r.text.slice(prefix.length))}`));
  return [...lines, '\t}'];
}

/** table_print: `table FAMILY NAME {`, its comment, then its objects separated by blank lines. */
export function nftListTable(table: ProxyTable): string[] {
  const comment = property(properties(table.header?.[0] ?? ''), 'comment');
  const sets = table.chains.filter((c) => c.kind === 'set' || c.kind === 'map').map((s) => setLines(table, s));
  const chains = table.chains.filter((c) => c.kind === 'chain').map((c) => chainLines(table, c));
  const objects = [...sets, ...chains].flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
  return [`table ${table.name} {`, ...(comment === undefined ? [] : [`\tcomment ${comment}`]), ...objects, '}'];
}
