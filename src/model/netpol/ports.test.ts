import { describe, expect, it } from 'vitest';
import type { NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import { portMatches, portsMatch, type FlowPort } from './ports.ts';

const flow = (port: number, protocol = 'TCP', names: string[] = []): FlowPort => ({ port, protocol, names: new Set(names) });

describe('portMatches', () => {
  it.each<[string, NetworkPolicyPort, FlowPort, boolean]>([
    ['no port: every port of the protocol', { protocol: 'TCP' }, flow(1), true],
    ['no port: not another protocol', { protocol: 'UDP' }, flow(1), false],
    ['protocol defaults to TCP', { port: 80 }, flow(80), true],
    ['protocol defaults to TCP, not UDP', { port: 80 }, flow(80, 'UDP'), false],
    ['a number', { protocol: 'TCP', port: 80 }, flow(81), false],
    ['endPort: the first port', { protocol: 'TCP', port: 80, endPort: 90 }, flow(80), true],
    ['endPort: the last port', { protocol: 'TCP', port: 80, endPort: 90 }, flow(90), true],
    ['endPort: past the end', { protocol: 'TCP', port: 80, endPort: 90 }, flow(91), false],
    ['a name the destination port goes by', { protocol: 'TCP', port: 'http' }, flow(8080, 'TCP', ['http']), true],
    ['a name it does not', { protocol: 'TCP', port: 'http' }, flow(8080, 'TCP', ['web']), false],
  ])('%s', (_name, policyPort, flowPort, expected) => {
    expect(portMatches(policyPort, flowPort)).toBe(expected);
  });

  it('an empty or missing ports list matches every port', () => {
    expect(portsMatch(undefined, flow(1))).toBe(true);
    expect(portsMatch([], flow(1, 'SCTP'))).toBe(true);
  });
});
