import { describe, expect, it } from 'vitest';
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { formatDiscoveryEndpoints, formatDiscoveryPorts, formatEndpoints } from './print-endpoints.ts';

const ips = (...last: number[]) => last.map((n) => ({ ip: `10.244.1.${n}` }));

function endpoints(subsets: Endpoints['subsets']): Endpoints {
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web' }, ...(subsets ? { subsets } : {}) };
}

// pkg/printers/internalversion/printers.go formatEndpoints.
describe('formatEndpoints', () => {
  it.each([
    { name: 'no subsets', ep: endpoints(undefined), expected: '<none>' },
    { name: 'one port', ep: endpoints([{ addresses: ips(1, 2), ports: [{ port: 8080 }] }]), expected: '10.244.1.1:8080,10.244.1.2:8080' },
    { name: 'headless without ports', ep: endpoints([{ addresses: ips(1) }]), expected: '10.244.1.1' },
    {
      name: 'more than three: "+ N more..." counts every address of every port',
      ep: endpoints([{ addresses: ips(1, 2), ports: [{ port: 80 }, { port: 443 }] }]),
      expected: '10.244.1.1:80,10.244.1.2:80,10.244.1.1:443 + 1 more...',
    },
    { name: 'only not-ready addresses print an empty cell', ep: endpoints([{ notReadyAddresses: ips(1), ports: [{ port: 80 }] }]), expected: '' },
    { name: 'IPv6 in brackets', ep: endpoints([{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 80 }] }]), expected: '[fd00::1]:80' },
  ])('$name', ({ ep, expected }) => {
    expect(formatEndpoints(ep)).toBe(expected);
  });
});

function slice(ports: EndpointSlice['ports'], addresses: string[][]): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'web-abcde' },
    addressType: 'IPv4',
    ...(ports ? { ports } : {}),
    endpoints: addresses.map((a) => ({ addresses: a })),
  };
}

// pkg/printers/internalversion/printers.go formatDiscoveryPorts / formatDiscoveryEndpoints / listWithMoreString.
describe('EndpointSlice columns', () => {
  it.each([
    { name: 'no ports', s: slice(undefined, []), ports: '<unset>', endpoints: '<unset>' },
    { name: 'empty ports list', s: slice([], [['10.0.0.1']]), ports: '<unset>', endpoints: '10.0.0.1' },
    { name: 'port without number shows its name', s: slice([{ name: 'http' }], []), ports: 'http', endpoints: '<unset>' },
    { name: 'port without number or name', s: slice([{}], []), ports: '*', endpoints: '<unset>' },
    {
      name: 'four of each',
      s: slice([{ port: 1 }, { port: 2 }, { port: 3 }, { port: 4 }], [['10.0.0.1', '10.0.0.2'], ['10.0.0.3'], ['10.0.0.4']]),
      ports: '1,2,3 + 1 more...',
      endpoints: '10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...',
    },
  ])('$name', ({ s, ports, endpoints: eps }) => {
    expect(formatDiscoveryPorts(s)).toBe(ports);
    expect(formatDiscoveryEndpoints(s)).toBe(eps);
  });
});

describe('EndpointSlice with endpoints: null', () => {
  it('prints <unset>, as the API returns null for an empty slice', () => {
    const empty = { ...slice([{ port: 80 }], []), endpoints: null } as unknown as EndpointSlice;
    expect(formatDiscoveryEndpoints(empty)).toBe('<unset>');
  });
});
