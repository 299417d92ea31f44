import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { describeService, formatEndpointSlices } from './describe-service.ts';

const kubernetes: Service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'kubernetes', namespace: 'default', labels: { provider: 'kubernetes', component: 'apiserver' } },
  spec: {
    type: 'ClusterIP',
    clusterIP: '10.96.0.1',
    clusterIPs: ['10.96.0.1'],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    sessionAffinity: 'None',
    internalTrafficPolicy: 'Cluster',
  },
};

function slice(name: string, portName: string, port: number, endpoints: { ip: string; ready?: boolean }[]): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name },
    addressType: 'IPv4',
    ports: [{ name: portName, port, protocol: 'TCP' }],
    endpoints: endpoints.map(({ ip, ready }) => ({ addresses: [ip], conditions: ready === undefined ? {} : { ready } })),
  };
}

// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeService, as `kubectl describe svc kubernetes` prints it.
describe('describeService', () => {
  it('lays out the default kubernetes Service', () => {
    expect(describeService(kubernetes, [slice('kubernetes', 'https', 6443, [{ ip: '172.18.0.2', ready: true }])])).toBe(
      [
        'Name:                     kubernetes',
        'Namespace:                default',
        'Labels:                   component=apiserver',
        '                          provider=kubernetes',
        'Annotations:              <none>',
        'Selector:                 <none>',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.0.1',
        'IPs:                      10.96.0.1',
        'Port:                     https  443/TCP',
        'TargetPort:               6443/TCP',
        'Endpoints:                172.18.0.2:6443',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints NodePort, LoadBalancer and traffic-policy lines', () => {
    const lb: Service = {
      ...kubernetes,
      metadata: { name: 'web', namespace: 'shop', annotations: { note: 'hello' } },
      spec: {
        ...kubernetes.spec,
        type: 'LoadBalancer',
        selector: { app: 'web' },
        ports: [{ port: 80, protocol: 'TCP', targetPort: 'http', nodePort: 31000 }],
        externalTrafficPolicy: 'Local',
        healthCheckNodePort: 32000,
      },
      status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }, { hostname: 'lb.example.com' }] } },
    };
    expect(describeService(lb, [])).toBe(
      [
        'Name:                     web',
        'Namespace:                shop',
        'Labels:                   <none>',
        'Annotations:              note: hello',
        'Selector:                 app=web',
        'Type:                     LoadBalancer',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.0.1',
        'IPs:                      10.96.0.1',
        'LoadBalancer Ingress:     203.0.113.10, lb.example.com',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               http/TCP',
        'NodePort:                 <unset>  31000/TCP',
        'Endpoints:                <none>',
        'Session Affinity:         None',
        'External Traffic Policy:  Local',
        'Internal Traffic Policy:  Cluster',
        'HealthCheck NodePort:     32000',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });
});

// describe.go formatEndpointSlices, with the ready filter of kubernetes/kubernetes#126932.
describe('formatEndpointSlices', () => {
  const ips = (n: number, ready?: boolean) => Array.from({ length: n }, (_, i) => ({ ip: `10.0.0.${i + 1}`, ...(ready === undefined ? {} : { ready }) }));
  it.each([
    { name: 'no slices', slices: [], port: 'http', expected: '<none>' },
    { name: 'ready and unknown count as ready', slices: [slice('a', 'http', 80, [...ips(1, true), { ip: '10.0.0.9' }])], port: 'http', expected: '10.0.0.1:80,10.0.0.9:80' },
    { name: 'not ready is left out', slices: [slice('a', 'http', 80, ips(2, false))], port: 'http', expected: '' },
    { name: 'other port names are left out', slices: [slice('a', 'metrics', 9090, ips(1, true))], port: 'http', expected: '' },
    { name: 'more than three', slices: [slice('a', 'http', 80, ips(5, true))], port: 'http', expected: '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...' },
    {
      name: 'a fourth endpoint that is not ready still sets "more"',
      slices: [slice('a', 'http', 80, [...ips(3, true), { ip: '10.0.0.4', ready: false }])],
      port: 'http',
      expected: '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 0 more...',
    },
  ])('$name', ({ slices, port, expected }) => {
    expect(formatEndpointSlices(slices, port)).toBe(expected);
  });
});
