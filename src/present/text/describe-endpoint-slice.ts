/**
 * `kubectl describe endpointslice`: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * describeEndpointSliceV1. Unset optional fields print `<unset>`; `Ports: <unset>` and
 * `Endpoints: <none>` carry no tab, so they sit outside tabwriter's columns.
 */
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { multilineAnnotations, multilineLabels } from './describe-service.ts';
import { alignTabs, DESCRIBE_TABWRITER } from './tabwriter.ts';

const UNSET = '<unset>';

export function describeEndpointSlice(slice: EndpointSlice): string {
  const lines: string[] = [
    `Name:\t${slice.metadata?.name ?? ''}`,
    `Namespace:\t${slice.metadata?.namespace ?? ''}`,
    ...multilineLabels('Labels', slice.metadata?.labels),
    ...multilineAnnotations('Annotations', slice.metadata?.annotations),
    `AddressType:\t${slice.addressType}`,
  ];
  const ports = slice.ports ?? [];
  if (ports.length === 0) {
    lines.push('Ports: <unset>');
  } else {
    lines.push('Ports:', '  Name\tPort\tProtocol', '  ----\t----\t--------');
    for (const port of ports) {
      lines.push(`  ${port.name !== undefined && port.name !== '' ? port.name : UNSET}\t${port.port === undefined ? UNSET : String(port.port)}\t${port.protocol ?? ''}`);
    }
  }
  const endpoints = slice.endpoints ?? [];
  if (endpoints.length === 0) {
    lines.push('Endpoints: <none>');
  } else {
    lines.push('Endpoints:');
    for (const endpoint of endpoints) {
      const addresses = endpoint.addresses.join(', ');
      lines.push(`  - Addresses:\t${addresses === '' ? '<none>' : addresses}`);
      lines.push('    Conditions:');
      lines.push(`      Ready:\t${endpoint.conditions?.ready === undefined ? UNSET : String(endpoint.conditions.ready)}`);
      lines.push(`    Hostname:\t${endpoint.hostname ?? UNSET}`);
      if (endpoint.targetRef !== undefined) lines.push(`    TargetRef:\t${endpoint.targetRef.kind ?? ''}/${endpoint.targetRef.name ?? ''}`);
      lines.push(`    NodeName:\t${endpoint.nodeName ?? UNSET}`);
      lines.push(`    Zone:\t${endpoint.zone ?? UNSET}`);
    }
  }
  lines.push('Events:\t<none>');
  return alignTabs(lines.map((line) => `${line}\n`).join(''), DESCRIBE_TABWRITER);
}
