import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import { getServiceExternalIP, makePortString, printServiceRow } from './print-service.ts';

const NOW = '2025-01-01T12:00:00Z';

function service(spec: Service['spec'], status?: Service['status']): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', creationTimestamp: '2025-01-01T11:00:00Z' }, spec, ...(status ? { status } : {}) };
}

// pkg/printers/internalversion/printers.go getServiceExternalIP and loadBalancerStatusStringer.
describe('getServiceExternalIP', () => {
  it.each([
    { name: 'ClusterIP without externalIPs', svc: service({ type: 'ClusterIP' }), wide: false, expected: '<none>' },
    { name: 'ClusterIP with externalIPs', svc: service({ type: 'ClusterIP', externalIPs: ['1.2.3.4', '5.6.7.8'] }), wide: false, expected: '1.2.3.4,5.6.7.8' },
    { name: 'NodePort', svc: service({ type: 'NodePort' }), wide: false, expected: '<none>' },
    { name: 'LoadBalancer without status', svc: service({ type: 'LoadBalancer' }), wide: false, expected: '<pending>' },
    {
      name: 'LoadBalancer ingress IPs sorted as a set',
      svc: service({ type: 'LoadBalancer' }, { loadBalancer: { ingress: [{ ip: '5.6.7.8' }, { ip: '1.2.3.4' }, { ip: '1.2.3.4' }] } }),
      wide: true,
      expected: '1.2.3.4,5.6.7.8',
    },
    {
      name: 'LoadBalancer addresses cut to 16 characters without -o wide',
      svc: service({ type: 'LoadBalancer' }, { loadBalancer: { ingress: [{ ip: '10.0.0.2' }, { ip: '10.0.0.1' }] } }),
      wide: false,
      expected: '10.0.0.1,10.0...',
    },
    {
      name: 'LoadBalancer hostname',
      svc: service({ type: 'LoadBalancer' }, { loadBalancer: { ingress: [{ hostname: 'lb.example.com' }] } }),
      wide: false,
      expected: 'lb.example.com',
    },
    {
      name: 'LoadBalancer ingress then externalIPs',
      svc: service({ type: 'LoadBalancer', externalIPs: ['9.9.9.9'] }, { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } }),
      wide: false,
      expected: '1.2.3.4,9.9.9.9',
    },
    { name: 'ExternalName', svc: service({ type: 'ExternalName', externalName: 'db.example.com' }), wide: false, expected: 'db.example.com' },
    { name: 'no type', svc: service({}), wide: false, expected: '<unknown>' },
  ])('$name', ({ svc, wide, expected }) => {
    expect(getServiceExternalIP(svc, wide)).toBe(expected);
  });
});

describe('printServiceRow', () => {
  it.each([
    {
      name: 'NodePort with two ports',
      svc: service({
        type: 'NodePort',
        clusterIP: '10.96.0.20',
        clusterIPs: ['10.96.0.20'],
        selector: { tier: 'web', app: 'shop' },
        ports: [
          { port: 80, nodePort: 31000, protocol: 'TCP' },
          { port: 443, protocol: 'TCP' },
        ],
      }),
      expected: ['web', 'NodePort', '10.96.0.20', '<none>', '80:31000/TCP,443/TCP', '60m', 'app=shop,tier=web'],
    },
    {
      name: 'headless without ports',
      svc: service({ type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'] }),
      expected: ['web', 'ClusterIP', 'None', '<none>', '<none>', '60m', '<none>'],
    },
    {
      name: 'ExternalName has no cluster IP',
      svc: service({ type: 'ExternalName', externalName: 'db.example.com' }),
      expected: ['web', 'ExternalName', '<none>', 'db.example.com', '<none>', '60m', '<none>'],
    },
  ])('$name', ({ svc, expected }) => {
    expect(printServiceRow(svc, NOW, false)).toEqual(expected);
  });

  it('makePortString keeps UDP and SCTP', () => {
    expect(makePortString([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }, { port: 9, protocol: 'SCTP', nodePort: 30009 }])).toBe('53/UDP,53/TCP,9:30009/SCTP');
  });
});
