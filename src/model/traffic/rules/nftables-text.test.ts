import { describe, expect, it } from 'vitest';
import { nftDuration, nftPriority } from './nftables-text.ts';
import { formatProxyDump } from './text.ts';
import type { ProxyChain, ProxyDump } from './types.ts';

const T = 'ip kube-proxy';

function block(kind: ProxyChain['kind'], name: string, header: string, lines: readonly string[] = []): ProxyChain {
  return { name, kind, header: [`add ${kind ?? 'chain'} ${T} ${name}${header}`], rules: lines.map((text) => ({ text, refs: [] })), refs: [] };
}

const DUMP: ProxyDump = {
  mode: 'nftables',
  node: 'n1',
  notes: [],
  tables: [{
    name: T,
    family: 'IPv4',
    header: [`add table ${T} { comment "rules for kube-proxy" ; }`],
    chains: [
      block('chain', 'nat-prerouting', ' { type nat hook prerouting priority -100 ; }', [`add rule ${T} nat-prerouting jump services`]),
      block('set', 'cluster-ips', ' { type ipv4_addr ; comment "Active ClusterIPs" ; }', [
        `add element ${T} cluster-ips { 10.96.0.10 }`,
        `add element ${T} cluster-ips { 10.96.0.2 }`,
        `add element ${T} cluster-ips { 10.96.0.10 }`,
        `add element ${T} cluster-ips { 10.96.0.1 }`,
      ]),
      block('map', 'service-ips', ' { type ipv4_addr . inet_proto . inet_service : verdict ; comment "ClusterIP, ExternalIP and LoadBalancer IP traffic" ; }', [
        `add element ${T} service-ips { 10.96.0.1 . tcp . 443 : goto service-a }`,
        `add element ${T} service-ips { 10.96.0.10 . udp . 53 comment "ns/dns:dns" : goto service-b }`,
      ]),
      block('set', 'affinity-x', ' { type ipv4_addr ; flags dynamic,timeout ; timeout 10800s ; }'),
      block('chain', 'services', '', [
        `add rule ${T} services mark and 0x4000 == 0 return`,
        `add rule ${T} services ip daddr { 10.96.0.0/12 } drop`,
        `add rule ${T} services ip saddr != { 203.0.113.0/24 , 192.0.2.7 } drop`,
        `add rule ${T} services update @affinity-x { ip saddr }`,
        `add rule ${T} services numgen random mod 2 vmap { 0 : goto e0 , 1 : goto e1 }`,
      ]),
    ],
  }],
};

describe('nft list ruleset rendering', () => {
  it('lists the table as nft 1.0 prints it: sets and maps, then chains, elements sorted', () => {
    expect(formatProxyDump(DUMP)).toBe(`# Node n1
# nft list ruleset
table ip kube-proxy {
\tcomment "rules for kube-proxy"
\tset cluster-ips {
\t\ttype ipv4_addr
\t\tcomment "Active ClusterIPs"
\t\telements = { 10.96.0.1, 10.96.0.2,
\t\t\t     10.96.0.10 }
\t}

\tmap service-ips {
\t\ttype ipv4_addr . inet_proto . inet_service : verdict
\t\tcomment "ClusterIP, ExternalIP and LoadBalancer IP traffic"
\t\telements = { 10.96.0.10 . udp . 53 comment "ns/dns:dns" : goto service-b,
\t\t\t     10.96.0.1 . tcp . 443 : goto service-a }
\t}

\tset affinity-x {
\t\ttype ipv4_addr
\t\tflags dynamic,timeout
\t\ttimeout 3h
\t}

\tchain nat-prerouting {
\t\ttype nat hook prerouting priority dstnat; policy accept;
\t\tjump services
\t}

\tchain services {
\t\tmeta mark & 0x00004000 == 0x00000000 return
\t\tip daddr 10.96.0.0/12 drop
\t\tip saddr != { 192.0.2.7, 203.0.113.0/24 } drop
\t\tupdate @affinity-x { ip saddr }
\t\tnumgen random mod 2 vmap { 0 : goto e0, 1 : goto e1 }
\t}
}
`);
  });

  it('names priorities only where nft accepts the name for the hook', () => {
    expect(nftPriority(-110, 'prerouting')).toBe('dstnat - 10');
    expect(nftPriority(-110, 'input')).toBe('-110');
    expect(nftPriority(-90, 'output')).toBe('-90');
    expect(nftPriority(100, 'postrouting')).toBe('srcnat');
    expect(nftPriority(0, 'forward')).toBe('filter');
  });

  it('prints timeouts in nft units', () => {
    expect(nftDuration(10800)).toBe('3h');
    expect(nftDuration(3700)).toBe('1h1m40s');
    expect(nftDuration(86400)).toBe('1d');
  });
});
