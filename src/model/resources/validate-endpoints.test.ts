import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

function messages(obj: KubeObject): string[] {
  return validateObject(defaultObject(obj), DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

const endpoints = (subsets: unknown[]): KubeObject => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets });
const slice = (body: Record<string, unknown>): KubeObject => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: 'web-abc12', namespace: 'default' },
  addressType: 'IPv4',
  ...body,
});

describe('ValidateEndpointsCreate (pkg/apis/core/validation)', () => {
  it('valid', () => {
    expect(messages(endpoints([{ addresses: [{ ip: '10.244.1.5', hostname: 'web-0', nodeName: 'node-1' }], ports: [{ port: 80 }] }]))).toEqual([]);
  });
  it.each([
    ['a subset without addresses', [{ ports: [{ port: 80 }] }], ['subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`']],
    ['an invalid IP is reported twice', [{ addresses: [{ ip: '10.244.1' }] }], ['subsets[0].addresses[0].ip: Invalid value: "10.244.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)', 'subsets[0].addresses[0].ip: Invalid value: "10.244.1": must be a valid IP address']],
    ['a loopback notReady address', [{ notReadyAddresses: [{ ip: '127.0.0.1' }] }], ['subsets[0].notReadyAddresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)']],
    ['hostname', [{ addresses: [{ ip: '10.0.0.1', hostname: 'Web' }] }], [expect.stringMatching(/^subsets\[0\]\.addresses\[0\]\.hostname: Invalid value: "Web": a lowercase RFC 1123 label/) as unknown as string]],
    ['unnamed port among several', [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }, { name: 'b', port: 81 }] }], ['subsets[0].ports[0].name: Required value']],
    ['port range and protocol', [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 0, protocol: 'HTTP' }] }], ['subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', 'subsets[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"']],
  ])('%s', (_name, subsets, expected) => {
    expect(messages(endpoints(subsets))).toEqual(expected);
  });
});

describe('ValidateEndpointSliceCreate (pkg/apis/discovery/validation)', () => {
  it('valid', () => {
    expect(messages(slice({ endpoints: [{ addresses: ['10.244.1.5'], conditions: { ready: true }, hostname: 'web-0', nodeName: 'node-1', zone: 'a', hints: { forZones: [{ name: 'a' }] } }], ports: [{ name: 'http', port: 80 }] }))).toEqual([]);
  });
  it.each([
    ['addressType missing', { addressType: undefined }, ['addressType: Required value']],
    ['addressType IP is deprecated', { addressType: 'IP' }, ['addressType: Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6"']],
    ['an endpoint without addresses', { endpoints: [{ addresses: [] }] }, ['endpoints[0].addresses: Required value: must contain at least 1 address']],
    ['an IPv6 address in an IPv4 slice', { endpoints: [{ addresses: ['fd00::1'] }] }, ['endpoints[0].addresses[0]: Invalid value: "fd00::1": must be a valid IPv4 address']],
    ['an IPv4 address in an IPv6 slice', { addressType: 'IPv6', endpoints: [{ addresses: ['10.0.0.1'] }] }, ['endpoints[0].addresses[0]: Invalid value: "10.0.0.1": must be a valid IPv6 address']],
    ['a single-label FQDN', { addressType: 'FQDN', endpoints: [{ addresses: ['db'] }] }, ['endpoints[0].addresses[0]: Invalid value: "db": should be a domain with at least two segments separated by dots']],
    ['hostname', { endpoints: [{ addresses: ['10.0.0.1'], hostname: 'a.b' }] }, ['endpoints[0].hostname: Invalid value: "a.b": must not contain dots']],
    ['duplicate zone hints', { endpoints: [{ addresses: ['10.0.0.1'], hints: { forZones: [{ name: 'a' }, { name: 'a' }] } }] }, ['endpoints[0].hints.forZones[1].name: Duplicate value: "a"']],
    ['two unnamed ports', { ports: [{ port: 80 }, { port: 81 }] }, ['ports[1].name: Duplicate value: ""']],
    ['port protocol', { ports: [{ name: 'a', port: 80, protocol: 'ICMP' }] }, ['ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"']],
    ['over 1000 endpoints', { endpoints: Array.from({ length: 1001 }, (_, i) => ({ addresses: [`10.0.${i >> 8}.${(i & 255) + 1}`] })) }, ['endpoints: Too many: 1001: must have at most 1000 items']],
    // maxPorts is 20000, whatever the API doc comment's "maximum of 100 ports" says.
    ['over 20000 ports', { ports: Array.from({ length: 20001 }, (_, i) => ({ name: `p${i}`, port: 1 + (i % 65535) })) }, ['ports: Too many: 20001: must have at most 20000 items']],
    ['over 100 addresses in an endpoint', { endpoints: [{ addresses: Array.from({ length: 101 }, (_, i) => `10.0.0.${i + 1}`) }] }, ['endpoints[0].addresses: Too many: 101: must have at most 100 items']],
    ['over 8 zone hints', { endpoints: [{ addresses: ['10.0.0.1'], hints: { forZones: Array.from({ length: 9 }, (_, i) => ({ name: `z${i}` })) } }] }, ['endpoints[0].hints.forZones: Too many: 9: must have at most 8 items']],
  ])('%s', (_name, body, expected) => {
    expect(messages(slice(body))).toEqual(expected);
  });
  it('never refuses deprecatedTopology: PrepareForCreate dropped it (strategy.go dropTopologyOnV1)', () => {
    const topology = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`bad key ${i}`, 'x']));
    const body = { endpoints: [{ addresses: ['10.0.0.1'], deprecatedTopology: topology }] };
    expect(messages(slice(body))).toEqual([]);
    expect((defaultObject(slice(body)) as { endpoints?: unknown }).endpoints).toEqual([{ addresses: ['10.0.0.1'] }]);
  });
  it.each([101, 20000])('accepts %i ports (maxPorts 20000)', (count) => {
    expect(messages(slice({ ports: Array.from({ length: count }, (_, i) => ({ name: `p${i}`, port: 1000 + i })) }))).toEqual([]);
  });
});
