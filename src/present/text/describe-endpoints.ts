/**
 * `kubectl describe endpoints`: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * describeEndpoints. Each subset ends with a blank line, which also ends tabwriter's column block,
 * so every subset is aligned on its own.
 */
import type { Endpoints } from 'kubernetes-types/core/v1';
import { multilineAnnotations, multilineLabels } from './describe-service.ts';
import { alignTabs, DESCRIBE_TABWRITER } from './tabwriter.ts';

export function describeEndpoints(endpoints: Endpoints): string {
  const lines: string[] = [
    `Name:\t${endpoints.metadata?.name ?? ''}`,
    `Namespace:\t${endpoints.metadata?.namespace ?? ''}`,
    ...multilineLabels('Labels', endpoints.metadata?.labels),
    ...multilineAnnotations('Annotations', endpoints.metadata?.annotations),
    'Subsets:',
  ];
  for (const subset of endpoints.subsets ?? []) {
    lines.push(`  Addresses:\t${orNone((subset.addresses ?? []).map((a) => a.ip).join(','))}`);
    lines.push(`  NotReadyAddresses:\t${orNone((subset.notReadyAddresses ?? []).map((a) => a.ip).join(','))}`);
    if ((subset.ports ?? []).length > 0) {
      lines.push('  Ports:', '    Name\tPort\tProtocol', '    ----\t----\t--------');
      for (const port of subset.ports ?? []) {
        lines.push(`    ${port.name !== undefined && port.name !== '' ? port.name : '<unset>'}\t${port.port}\t${port.protocol ?? ''}`);
      }
    }
    lines.push('');
  }
  // describe.go DescribeEvents: the simulation records no Events.
  lines.push('Events:\t<none>');
  return alignTabs(lines.map((line) => `${line}\n`).join(''), DESCRIBE_TABWRITER);
}

function orNone(text: string): string {
  return text === '' ? '<none>' : text;
}
