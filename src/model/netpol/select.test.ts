import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { Pod } from '../objects.ts';
import { buildTestCluster, inputEntry } from '../testing/fixtures.ts';
import { policiesSelecting, policyTypesOf } from './select.ts';

const netpol = (name: string, namespace: string, spec: NetworkPolicy['spec']): NetworkPolicy =>
  Object.freeze({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec });

describe('policyTypesOf', () => {
  it.each([
    ['no policyTypes, no rules', {}, ['Ingress']],
    ['no policyTypes, ingress rules only', { ingress: [{}] }, ['Ingress']],
    ['no policyTypes, egress rules', { egress: [{}] }, ['Ingress', 'Egress']],
    ['stated Egress only', { policyTypes: ['Egress'] }, ['Egress']],
    ['stated Egress only, with ingress rules', { policyTypes: ['Egress'], ingress: [{}] }, ['Egress']],
  ] as const)('%s', (_name, spec, expected) => {
    expect(policyTypesOf(netpol('p', 'default', spec as NetworkPolicy['spec']))).toEqual(expected);
  });
});

describe('policiesSelecting', () => {
  const pod: Pod = Object.freeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db-0', namespace: 'default', labels: { app: 'db' } } });
  const cluster = buildTestCluster({
    pods: [pod],
    networkPolicies: [
      netpol('all', 'default', { podSelector: {}, policyTypes: ['Ingress'] }),
      netpol('db', 'default', { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress', 'Egress'] }),
      netpol('web', 'default', { podSelector: { matchLabels: { app: 'web' } } }),
      netpol('not-in', 'default', { podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }] } }),
      netpol('elsewhere', 'prod', { podSelector: {} }),
    ],
  });

  it('lists the policies of the Pod’s namespace whose podSelector matches it, with their directions', () => {
    expect(policiesSelecting(cluster, inputEntry(pod)).map(({ name, ingress, egress }) => ({ name, ingress, egress }))).toEqual([
      { name: 'default/all', ingress: true, egress: false },
      { name: 'default/db', ingress: true, egress: true },
    ]);
  });
});
