import { describe, expect, it } from 'vitest';
import type { Pod } from '../objects.ts';
import { entry, pod } from './fixtures.ts';
import { claimPods, groupPodsByNamespace, ownerOf } from './pod-template.ts';

const controlledBy = (kind: string, name: string) => ({ ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: `uid-${name}`, controller: true }] });

const WEB = ownerOf('apps/v1', 'ReplicaSet', entry({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web', namespace: 'default' } }));
const SELECTOR = { matchLabels: { app: 'web' } };

const PODS: Pod[] = [
  pod('orphan-1', { app: 'web' }),
  pod('mine-1', { app: 'other' }, { metadata: { name: 'mine-1', namespace: 'default', labels: { app: 'other' }, ...controlledBy('ReplicaSet', 'web') } }),
  pod('theirs', { app: 'web' }, { metadata: { name: 'theirs', namespace: 'default', labels: { app: 'web' }, ...controlledBy('ReplicaSet', 'api') } }),
  pod('same-name-other-kind', { app: 'web' }, { metadata: { name: 'same-name-other-kind', namespace: 'default', labels: { app: 'web' }, ...controlledBy('StatefulSet', 'web') } }),
  pod('orphan-terminating', { app: 'web' }, { metadata: { name: 'orphan-terminating', namespace: 'default', labels: { app: 'web' }, deletionTimestamp: '2024-01-01T00:00:00Z' } }),
  pod('orphan-unmatched', { app: 'api' }),
  pod('elsewhere', { app: 'web' }, { metadata: { name: 'elsewhere', namespace: 'other', labels: { app: 'web' } } }),
  pod('mine-2', { app: 'web' }, { metadata: { name: 'mine-2', namespace: 'default', labels: { app: 'web' }, ...controlledBy('ReplicaSet', 'web') } }),
  pod('orphan-2', { app: 'web' }),
];

const names = (pods: readonly { object: Pod }[]): string[] => pods.map((p) => p.object.metadata?.name ?? '');

describe('claimPods (controller_ref_manager.go ClaimPods)', () => {
  const grouped = groupPodsByNamespace(PODS.map((p, i) => entry(p, i)));

  it('takes the Pods whose controller reference names the owner, and adopts matching orphans, in input order', () => {
    expect(names(claimPods(WEB, SELECTOR, grouped))).toEqual(['orphan-1', 'mine-1', 'mine-2', 'orphan-2']);
  });

  it('adopts no orphan without a selector, and keeps its own Pods', () => {
    expect(names(claimPods(WEB, undefined, grouped))).toEqual(['mine-1', 'mine-2']);
  });

  it('finds nothing in a namespace without Pods', () => {
    const elsewhere = ownerOf('apps/v1', 'ReplicaSet', entry({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web', namespace: 'empty' } }));
    expect(claimPods(elsewhere, SELECTOR, grouped)).toEqual([]);
  });

  it('gives the same Pods as reading every Pod of the namespace would', () => {
    const owners = ['web', 'api'].map((name) => ownerOf('apps/v1', 'ReplicaSet', entry({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default' } })));
    for (const owner of owners) {
      const expected = PODS.filter((p) => {
        if (p.metadata?.namespace !== 'default') return false;
        const reference = p.metadata.ownerReferences?.find((r) => r.controller === true);
        if (reference) return reference.kind === owner.kind && reference.name === owner.metadata.name;
        return p.metadata.deletionTimestamp === undefined && p.metadata.labels?.app === owner.metadata.name;
      });
      expect(names(claimPods(owner, { matchLabels: { app: owner.metadata.name ?? '' } }, grouped))).toEqual(names(expected.map((object) => ({ object }))));
    }
  });
});
