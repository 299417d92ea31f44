import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { describeEndpointSlice } from './describe-endpoint-slice.ts';

// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeEndpointSliceV1.
describe('describeEndpointSlice', () => {
  it('prints <unset> for what the slice leaves out', () => {
    const slice: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'external-monitoring-1', namespace: 'monitoring', labels: { 'kubernetes.io/service-name': 'external-monitoring' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['192.168.10.10'] }],
    };
    expect(describeEndpointSlice(slice)).toBe(
      [
        'Name:         external-monitoring-1',
        'Namespace:    monitoring',
        'Labels:       kubernetes.io/service-name=external-monitoring',
        'Annotations:  <none>',
        'AddressType:  IPv4',
        'Ports: <unset>',
        'Endpoints:',
        '  - Addresses:  192.168.10.10',
        '    Conditions:',
        '      Ready:   <unset>',
        '    Hostname:  <unset>',
        '    NodeName:  <unset>',
        '    Zone:      <unset>',
        'Events:        <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints Endpoints: <none> for an empty slice', () => {
    const slice: EndpointSlice = { addressType: 'IPv4', endpoints: [], metadata: { name: 's', namespace: 'd' }, ports: [{ name: 'http', port: 80, protocol: 'TCP' }] };
    expect(describeEndpointSlice(slice)).toContain('Ports:\n  Name  Port  Protocol\n  ----  ----  --------\n  http  80    TCP\nEndpoints: <none>\nEvents:  <none>\n');
  });
});
