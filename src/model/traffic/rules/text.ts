/** A ProxyDump as the mode's own tool prints it: iptables-save, ipvsadm -Ln, nft list ruleset. */
import { nftListTable } from './nftables-text.ts';
import type { ProxyDump, ProxyTable } from './types.ts';

/** iptables-save: each table between `*name` and COMMIT, its chains declared, then their rules chain by chain. */
function iptablesText(tables: readonly ProxyTable[]): string[] {
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(`*${table.name}`, ...table.chains.map((c) => `:${c.name} - [0:0]`));
    for (const chain of table.chains) lines.push(...chain.rules.map((r) => r.text));
    lines.push('COMMIT');
  }
  return lines;
}

/** ipvsadm -Ln: one table for both families, virtual servers each followed by its real servers. */
function ipvsText(tables: readonly ProxyTable[]): string[] {
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
  ];
  for (const server of tables.flatMap((t) => t.chains)) lines.push(server.name, ...server.rules.map((r) => r.text));
  return lines;
}

const IPTABLES_COMMAND = { IPv4: 'iptables-save', IPv6: 'ip6tables-save' } as const;

export function formatProxyDump(dump: ProxyDump): string {
  const lines = [`# Node ${dump.node}`];
  if (dump.mode === 'ipvs') lines.push('# ipvsadm -Ln', ...ipvsText(dump.tables));
  // nft list ruleset prints the tables one after another, with nothing between them.
  else if (dump.mode === 'nftables') lines.push('# nft list ruleset', ...dump.tables.flatMap(nftListTable));
  else {
    for (const family of [...new Set(dump.tables.map((t) => t.family))]) {
      lines.push(`# ${IPTABLES_COMMAND[family]}`, ...iptablesText(dump.tables.filter((t) => t.family === family)));
    }
  }
  return `${lines.join('\n')}\n`;
}
