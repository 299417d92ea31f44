import { describe, expect, it } from 'vitest';
import type { Endpoints } from 'kubernetes-types/core/v1';
import { describeEndpoints } from './describe-endpoints.ts';

// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeEndpoints: a blank line after each subset.
describe('describeEndpoints', () => {
  it('aligns each subset on its own', () => {
    const endpoints: Endpoints = {
      metadata: { name: 'web', namespace: 'default' },
      subsets: [
        { addresses: [{ ip: '10.244.1.5' }], notReadyAddresses: [{ ip: '10.244.2.6' }], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] },
        { addresses: [{ ip: '10.244.3.7' }], ports: [{ port: 9090, protocol: 'TCP' }] },
      ],
    };
    expect(describeEndpoints(endpoints)).toBe(
      [
        'Name:         web',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Subsets:',
        '  Addresses:          10.244.1.5',
        '  NotReadyAddresses:  10.244.2.6',
        '  Ports:',
        '    Name  Port  Protocol',
        '    ----  ----  --------',
        '    http  8080  TCP',
        '',
        '  Addresses:          10.244.3.7',
        '  NotReadyAddresses:  <none>',
        '  Ports:',
        '    Name     Port  Protocol',
        '    ----     ----  --------',
        '    <unset>  9090  TCP',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty Subsets section for no subsets', () => {
    expect(describeEndpoints({ metadata: { name: 'x', namespace: 'd' } })).toBe('Name:         x\nNamespace:    d\nLabels:       <none>\nAnnotations:  <none>\nSubsets:\nEvents:  <none>\n');
  });
});
