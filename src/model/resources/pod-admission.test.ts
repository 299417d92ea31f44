import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { admitPod } from './pod-admission.ts';

const pod = (spec: Partial<NonNullable<Pod['spec']>>): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec },
});

describe('admitPod: the admission plugins a Pod passes on create', () => {
  it('ServiceAccount: the default account and its token volume, mounted in every container', () => {
    const spec = admitPod(pod({}), 'abcde').spec;
    expect([spec?.serviceAccountName, spec?.serviceAccount]).toEqual(['default', 'default']);
    expect(spec?.volumes?.map((v) => v.name)).toEqual(['kube-api-access-abcde']);
    expect(spec?.containers[0]?.volumeMounts).toEqual([
      { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-abcde', readOnly: true },
    ]);
  });

  it.each([
    ['automountServiceAccountToken: false', pod({ automountServiceAccountToken: false })],
    ['a token already mounted (a kubectl get -o yaml snapshot)', pod({ containers: [{ name: 'c', volumeMounts: [{ name: 'kube-api-access-zzzzz', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] }] })],
  ])('ServiceAccount: no second token volume with %s', (_name, input) => {
    expect(admitPod(input, 'abcde').spec?.volumes ?? []).toEqual([]);
  });

  it('DefaultTolerationSeconds: not-ready and unreachable for 300 s, unless tolerated already', () => {
    const admitted = admitPod(pod({ tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }] }), 'abcde');
    expect(admitted.spec?.tolerations).toEqual([
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    ]);
  });

  it.each([
    [undefined, 0],
    ['system-cluster-critical', 2_000_000_000],
    ['system-node-critical', 2_000_001_000],
  ])('Priority: class %s gives %d', (priorityClassName, priority) => {
    const spec = admitPod(pod(priorityClassName ? { priorityClassName } : {}), 'abcde').spec;
    expect([spec?.priority, spec?.preemptionPolicy]).toEqual([priority, 'PreemptLowerPriority']);
  });

  it('never changes its input', () => {
    const input = Object.freeze(pod({}));
    expect(() => admitPod(input, 'abcde')).not.toThrow();
    expect(input.spec?.volumes).toBeUndefined();
  });
});
