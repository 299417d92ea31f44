/**
 * The Pods indexed as the controllers' informers index them (by namespace, by controller), so that
 * each Service or ReplicaSet looks only at its own: a cluster of 35,000 Pods and 10,000 Services
 * must not cost 350 million comparisons.
 */
import type { Entry, Pod } from '../objects.ts';

export interface PodIndex {
  /** The Pods of a namespace, ordered by name. */
  inNamespace(namespace: string | undefined): readonly Pod[];
  /**
   * The Pods of a namespace whose labels hold every pair of `set` (labels.SelectorFromSet), ordered
   * by name; an empty set selects them all. Looked up by label, not by scanning the namespace.
   */
  matching(namespace: string | undefined, set: Readonly<Record<string, string>>): Pod[];
  /** The Pods of a namespace that carry the label `key`, whatever its value, ordered by name. */
  withLabel(namespace: string | undefined, key: string): readonly Pod[];
  /**
   * The same Pods by their value for `key`: the values in the order of their first Pod by name,
   * each value's Pods ordered by name.
   */
  labelValues(namespace: string | undefined, key: string): ReadonlyMap<string, readonly Pod[]>;
  /** The Pods whose controller ownerReference has this uid. */
  ownedBy(uid: string | undefined): readonly Pod[];
}

export function indexPods(pods: readonly Entry<Pod>[]): PodIndex {
  const byNamespace = new Map<string, Pod[]>();
  const byOwner = new Map<string, Pod[]>();
  const push = (map: Map<string, Pod[]>, key: string, pod: Pod) => {
    const list = map.get(key);
    if (list) list.push(pod);
    else map.set(key, [pod]);
  };
  for (const { object: pod } of pods) {
    push(byNamespace, pod.metadata?.namespace ?? '', pod);
    const owner = pod.metadata?.ownerReferences?.find((reference) => reference.controller === true);
    if (owner?.uid) push(byOwner, owner.uid, pod);
  }
  const byName = (a: Pod, b: Pod) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1);
  for (const list of byNamespace.values()) list.sort(byName);
  // Per namespace, built on first use: `key\0value` → the Pods with that label, `key` → the Pods
  // that carry the key, and `key` → value → Pods, in name order.
  const byLabel = new Map<string, Map<string, Pod[]>>();
  const byKey = new Map<string, Map<string, Pod[]>>();
  const byKeyValue = new Map<string, Map<string, Map<string, Pod[]>>>();
  const labelIndex = (namespace: string): Map<string, Pod[]> => {
    let index = byLabel.get(namespace);
    if (index) return index;
    index = new Map();
    const keys = new Map<string, Pod[]>();
    const values = new Map<string, Map<string, Pod[]>>();
    for (const pod of byNamespace.get(namespace) ?? []) {
      for (const [key, value] of Object.entries(pod.metadata?.labels ?? {})) {
        push(index, `${key}\0${value}`, pod);
        push(keys, key, pod);
        let ofKey = values.get(key);
        if (ofKey === undefined) {
          ofKey = new Map<string, Pod[]>();
          values.set(key, ofKey);
        }
        push(ofKey, value, pod);
      }
    }
    byLabel.set(namespace, index);
    byKey.set(namespace, keys);
    byKeyValue.set(namespace, values);
    return index;
  };
  return {
    inNamespace: (namespace) => byNamespace.get(namespace ?? '') ?? [],
    withLabel: (namespace, key) => {
      labelIndex(namespace ?? '');
      return byKey.get(namespace ?? '')?.get(key) ?? [];
    },
    labelValues: (namespace, key) => {
      labelIndex(namespace ?? '');
      return byKeyValue.get(namespace ?? '')?.get(key) ?? new Map<string, Pod[]>();
    },
    matching: (namespace, set) => {
      const pairs = Object.entries(set);
      const all = byNamespace.get(namespace ?? '') ?? [];
      if (pairs.length === 0) return [...all];
      const index = labelIndex(namespace ?? '');
      // The rarest pair's Pods, then the others checked on them.
      let fewest: readonly Pod[] | undefined;
      for (const [key, value] of pairs) {
        const candidates = index.get(`${key}\0${value}`) ?? [];
        if (fewest === undefined || candidates.length < fewest.length) fewest = candidates;
      }
      const labelsOf = (pod: Pod): Readonly<Record<string, string>> => pod.metadata?.labels ?? {};
      return (fewest ?? []).filter((pod) => pairs.every(([key, value]) => Object.hasOwn(labelsOf(pod), key) && labelsOf(pod)[key] === value));
    },
    ownedBy: (uid) => (uid === undefined ? [] : byOwner.get(uid) ?? []),
  };
}
