/**
 * `kubectl get services` rows: pkg/printers/internalversion/printers.go printService,
 * getServiceExternalIP, loadBalancerStatusStringer and makePortString.
 */
import type { LoadBalancerIngress, Service, ServicePort } from 'kubernetes-types/core/v1';
import { formatLabels, compareStrings } from './label-selector.ts';
import { translateTimestampSince } from './human-duration.ts';
import type { TableColumn } from './table.ts';

export const SERVICE_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Type' },
  { name: 'Cluster-IP' },
  { name: 'External-IP' },
  { name: 'Port(s)' },
  { name: 'Age' },
  { name: 'Selector', wide: true },
];

/** printers.go loadBalancerWidth: LB addresses are cut to 16 characters unless `-o wide`. */
const LOAD_BALANCER_WIDTH = 16;

export function printServiceRow(service: Service, now: string, wide: boolean): string[] {
  const spec = service.spec ?? {};
  const ports = makePortString(spec.ports ?? []);
  return [
    service.metadata?.name ?? '',
    spec.type ?? '',
    // The API server fills clusterIPs from clusterIP; fall back for objects that carry only the latter.
    spec.clusterIPs?.[0] ?? (spec.clusterIP !== undefined && spec.clusterIP !== '' ? spec.clusterIP : '<none>'),
    getServiceExternalIP(service, wide),
    ports === '' ? '<none>' : ports,
    translateTimestampSince(service.metadata?.creationTimestamp, now),
    formatLabels(spec.selector),
  ];
}

/** printers.go makePortString: `port[:nodePort]/protocol`, comma-joined. */
export function makePortString(ports: readonly ServicePort[]): string {
  return ports
    .map((port) => {
      const protocol = port.protocol ?? '';
      return port.nodePort !== undefined && port.nodePort > 0 ? `${port.port}:${port.nodePort}/${protocol}` : `${port.port}/${protocol}`;
    })
    .join(',');
}

/** printers.go getServiceExternalIP. */
export function getServiceExternalIP(service: Service, wide: boolean): string {
  const spec = service.spec ?? {};
  const externalIPs = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lbIPs = loadBalancerStatusStringer(service.status?.loadBalancer?.ingress ?? [], wide);
      if (externalIPs.length > 0) return [...(lbIPs === '' ? [] : lbIPs.split(',')), ...externalIPs].join(',');
      return lbIPs === '' ? '<pending>' : lbIPs;
    }
    case 'ExternalName':
      return spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** printers.go loadBalancerStatusStringer: a sorted set of IPs (else hostnames), truncated unless wide. */
export function loadBalancerStatusStringer(ingress: readonly LoadBalancerIngress[], wide: boolean): string {
  const addresses = new Set<string>();
  for (const entry of ingress) {
    if (entry.ip !== undefined && entry.ip !== '') addresses.add(entry.ip);
    else if (entry.hostname !== undefined && entry.hostname !== '') addresses.add(entry.hostname);
  }
  const joined = [...addresses].sort(compareStrings).join(',');
  return !wide && joined.length > LOAD_BALANCER_WIDTH ? `${joined.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : joined;
}
