/**
 * `kubectl get ingresses` rows: pkg/printers/internalversion/printers.go printIngress, formatHosts,
 * formatPorts and ingressLoadBalancerStatusStringer.
 */
import type { Ingress, IngressRule } from 'kubernetes-types/networking/v1';
import { translateTimestampSince } from './human-duration.ts';
import { loadBalancerStatusStringer } from './print-service.ts';
import type { TableColumn } from './table.ts';

export const INGRESS_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Class' },
  { name: 'Hosts' },
  { name: 'Address' },
  { name: 'Ports' },
  { name: 'Age' },
];

const MAX_HOSTS = 3;

export function printIngressRow(ingress: Ingress, now: string, wide: boolean): string[] {
  const spec = ingress.spec ?? {};
  return [
    ingress.metadata?.name ?? '',
    spec.ingressClassName ?? '<none>',
    formatHosts(spec.rules ?? []),
    loadBalancerStatusStringer(ingress.status?.loadBalancer?.ingress ?? [], wide),
    // printers.go formatPorts: the ports an ingress controller listens on, not the backends'.
    (spec.tls ?? []).length > 0 ? '80, 443' : '80',
    translateTimestampSince(ingress.metadata?.creationTimestamp, now),
  ];
}

/** printers.go formatHosts: the first three rule hosts, `*` when none names a host. */
export function formatHosts(rules: readonly IngressRule[]): string {
  const hosts: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (hosts.length === MAX_HOSTS) more = true;
    if (!more && rule.host !== undefined && rule.host !== '') hosts.push(rule.host);
  }
  if (hosts.length === 0) return '*';
  const joined = hosts.join(',');
  return more ? `${joined} + ${rules.length - MAX_HOSTS} more...` : joined;
}
