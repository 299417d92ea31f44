/**
 * `kubectl describe service`: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeService
 * (v1.31, which reads the Service's EndpointSlices since kubernetes/kubernetes#124598), laid out by
 * tabwriter as tabbedString does.
 */
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { compareStrings, formatLabels } from './label-selector.ts';
import { joinHostPort, sliceEndpoints } from './print-endpoints.ts';
import { alignTabs, DESCRIBE_TABWRITER } from './tabwriter.ts';

/** describe.go skipAnnotations and maxAnnotationLen. */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;
const MAX_LISTED = 3;

/** The describe page of a Service; `endpointSlices` are those labelled `kubernetes.io/service-name` with its name. */
export function describeService(service: Service, endpointSlices: readonly EndpointSlice[]): string {
  const spec = service.spec ?? {};
  const lines: string[] = [
    `Name:\t${service.metadata?.name ?? ''}`,
    `Namespace:\t${service.metadata?.namespace ?? ''}`,
    ...multilineLabels('Labels', service.metadata?.labels),
    ...multilineAnnotations('Annotations', service.metadata?.annotations),
    `Selector:\t${formatLabels(spec.selector)}`,
    `Type:\t${spec.type ?? ''}`,
  ];
  if (spec.ipFamilyPolicy !== undefined) lines.push(`IP Family Policy:\t${spec.ipFamilyPolicy}`);
  lines.push(`IP Families:\t${(spec.ipFamilies ?? []).length > 0 ? (spec.ipFamilies ?? []).join(',') : '<none>'}`);
  lines.push(`IP:\t${spec.clusterIP ?? ''}`);
  lines.push(`IPs:\t${(spec.clusterIPs ?? []).length > 0 ? (spec.clusterIPs ?? []).join(',') : '<none>'}`);
  if ((spec.externalIPs ?? []).length > 0) lines.push(`External IPs:\t${(spec.externalIPs ?? []).join(',')}`);
  if (spec.loadBalancerIP !== undefined && spec.loadBalancerIP !== '') lines.push(`Desired LoadBalancer IP:\t${spec.loadBalancerIP}`);
  if (spec.externalName !== undefined && spec.externalName !== '') lines.push(`External Name:\t${spec.externalName}`);
  const ingress = service.status?.loadBalancer?.ingress ?? [];
  // describe.go buildIngressString: IP else hostname, ", "-joined, unsorted.
  if (ingress.length > 0) lines.push(`LoadBalancer Ingress:\t${ingress.map((i) => (i.ip !== undefined && i.ip !== '' ? i.ip : (i.hostname ?? ''))).join(', ')}`);
  for (const port of spec.ports ?? []) {
    const name = port.name !== undefined && port.name !== '' ? port.name : '<unset>';
    const protocol = port.protocol ?? '';
    lines.push(`Port:\t${name}\t${port.port}/${protocol}`);
    lines.push(`TargetPort:\t${String(port.targetPort ?? 0)}/${protocol}`);
    if (port.nodePort !== undefined && port.nodePort !== 0) lines.push(`NodePort:\t${name}\t${port.nodePort}/${protocol}`);
    lines.push(`Endpoints:\t${formatEndpointSlices(endpointSlices, port.name ?? '')}`);
  }
  lines.push(`Session Affinity:\t${spec.sessionAffinity ?? ''}`);
  if (spec.externalTrafficPolicy !== undefined && spec.externalTrafficPolicy !== '') lines.push(`External Traffic Policy:\t${spec.externalTrafficPolicy}`);
  if (spec.internalTrafficPolicy !== undefined) lines.push(`Internal Traffic Policy:\t${spec.internalTrafficPolicy}`);
  if (spec.healthCheckNodePort !== undefined && spec.healthCheckNodePort !== 0) lines.push(`HealthCheck NodePort:\t${spec.healthCheckNodePort}`);
  if ((spec.loadBalancerSourceRanges ?? []).length > 0) lines.push(`LoadBalancer Source Ranges:\t${(spec.loadBalancerSourceRanges ?? []).join(',')}`);
  // describe.go DescribeEvents: the simulation records no Events.
  lines.push('Events:\t<none>');
  return alignTabs(lines.map((line) => `${line}\n`).join(''), DESCRIBE_TABWRITER);
}

/**
 * describe.go formatEndpointSlices (with the ready filter of kubernetes/kubernetes#126932): the
 * ready addresses behind one Service port, `ip:port`, three at most. Its quirk is kept: `more` is
 * set as soon as a fourth endpoint exists, ready or not.
 */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const ports = slice.ports ?? [];
    const targets: (number | undefined)[] = ports.length === 0 ? [undefined] : ports.filter((p) => (p.name ?? '') === portName).map((p) => p.port);
    for (const port of targets) {
      for (const endpoint of sliceEndpoints(slice)) {
        if (list.length === MAX_LISTED) more = true;
        // A nil `ready` means unknown, which consumers treat as ready (discovery/v1 types.go).
        if (endpoint.conditions?.ready === false) continue;
        const address = endpoint.addresses[0] ?? '';
        if (!more) list.push(ports.length === 0 ? address : joinHostPort(address, port ?? 0));
        count++;
      }
    }
  }
  const joined = list.join(',');
  return more ? `${joined} + ${count - MAX_LISTED} more...` : joined;
}

/** describe.go printLabelsMultiline: one `key=value` a line, the first after the title. */
export function multilineLabels(title: string, labels: Readonly<Record<string, string>> | undefined): string[] {
  const keys = Object.keys(labels ?? {}).sort(compareStrings);
  if (keys.length === 0) return [`${title}:\t<none>`];
  return keys.map((key, index) => `${index === 0 ? `${title}:` : ''}\t${key}=${labels?.[key] ?? ''}`);
}

/** describe.go printAnnotationsMultiline: long or multi-line values go on their own indented lines. */
export function multilineAnnotations(title: string, annotations: Readonly<Record<string, string>> | undefined): string[] {
  const keys = Object.keys(annotations ?? {})
    .filter((key) => !SKIPPED_ANNOTATIONS.has(key))
    .sort(compareStrings);
  if (keys.length === 0) return [`${title}:\t<none>`];
  const lines: string[] = [];
  for (const [index, key] of keys.entries()) {
    const prefix = index === 0 ? `${title}:\t` : '\t';
    const value = (annotations?.[key] ?? '').replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      lines.push(`${prefix}${key}:`);
      for (const part of value.split('\n')) lines.push(`\t  ${shorten(part, MAX_ANNOTATION_LEN - 2)}`);
    } else {
      lines.push(`${prefix}${key}: ${value}`);
    }
  }
  return lines;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
