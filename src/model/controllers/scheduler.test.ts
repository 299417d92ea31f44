import { describe, expect, it } from 'vitest';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { CONTROL_PLANE, node, WORKERS } from './fixtures.ts';
import { filterNode, schedulePod, toleratesTaint } from './scheduler.ts';

const spec = (extra: Partial<PodSpec> = {}): PodSpec => ({ containers: [{ name: 'app' }], ...extra });
const cordoned = node('worker9', 'zone-a', { spec: { unschedulable: true } });

describe('scheduler filters (pkg/scheduler/framework/plugins)', () => {
  it.each([
    ['Equal with the same value', { key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }, true],
    ['Equal with another value', { key: 'k', operator: 'Equal', value: 'w' }, false],
    ['Exists on the key', { key: 'k', operator: 'Exists' }, true],
    ['Exists without a key (tolerates everything)', { operator: 'Exists' }, true],
    ['another effect', { key: 'k', operator: 'Exists', effect: 'NoExecute' }, false],
  ])('toleration %s (ToleratesTaint)', (_name, toleration, expected) => {
    expect(toleratesTaint(toleration, { key: 'k', value: 'v', effect: 'NoSchedule' })).toBe(expected);
  });

  it.each([
    ['the control-plane taint', CONTROL_PLANE, spec(), 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
    ['the control-plane taint, tolerated', CONTROL_PLANE, spec({ tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }), undefined],
    ['a cordoned Node', cordoned, spec(), 'node(s) were unschedulable'],
    ['a nodeSelector that does not match', WORKERS[0] as never, spec({ nodeSelector: { disk: 'ssd' } }), "node(s) didn't match Pod's node affinity/selector"],
    ['a nodeSelector that matches', WORKERS[1] as never, spec({ nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } }), undefined],
    // nodeaffinity (k8s.io/component-helpers/scheduling/corev1/nodeaffinity): terms are ORed, an empty term matches nothing.
    ['an affinity term with In', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['zone-a', 'zone-b'] }] }] } } } }), undefined],
    ['an affinity term with NotIn', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'NotIn', values: ['zone-b'] }] }] } } } }), "node(s) didn't match Pod's node affinity/selector"],
    ['an affinity term with Gt on a non-integer label', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'Gt', values: ['1'] }] }] } } } }), "node(s) didn't match Pod's node affinity/selector"],
    ['a matchFields term on metadata.name', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['worker2'] }] }] } } } }), undefined],
    ['an empty term, ORed with a matching one', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{}, { matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['worker1'] }] }] } } } }), undefined],
    ['an empty term alone', WORKERS[1] as never, spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{}] } } } }), "node(s) didn't match Pod's node affinity/selector"],
  ])('%s', (_name, target, podSpec, reason) => {
    expect(filterNode(podSpec, target)).toBe(reason);
  });

  it('a Pod that fits nowhere gets the FitError message (sorted reason histogram, preemption verdict)', () => {
    const result = schedulePod(spec({ nodeSelector: { disk: 'ssd' } }), [CONTROL_PLANE, ...WORKERS, cordoned], 'Pod/default/a', 0);
    expect(result).toEqual({
      scheduled: false,
      message:
        "0/5 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.",
    });
    expect(schedulePod(spec(), [], 'Pod/default/a', 0)).toEqual({ scheduled: false, message: 'no nodes available to schedule pods' });
  });

  it('replicas of one owner go round-robin over the feasible Nodes', () => {
    const placed = [0, 1, 2].map((ordinal) => schedulePod(spec(), [CONTROL_PLANE, ...WORKERS], 'ReplicaSet/default/web', ordinal));
    const names = placed.map((result) => (result.scheduled ? result.nodeName : ''));
    expect(new Set(names)).toEqual(new Set(['worker1', 'worker2', 'worker3']));
  });
});
