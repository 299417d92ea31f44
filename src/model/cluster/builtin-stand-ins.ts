/**
 * Built-in workloads that the input stands in for. A dump of a running cluster declares the
 * CoreDNS Pods (`kubectl get pods -n kube-system -o yaml`), maybe their ReplicaSet or Deployment,
 * under names that need not be kubeadm's (GKE's Deployment is `kube-dns`, a pod-template-hash
 * differs with the image). Left in place, the built-in CoreDNS Deployment would add its own Pods
 * beside the declared ones, and kube-dns would have four endpoints where the cluster has two.
 */
import { labelSelectorAsSelector, selectorMatches, type Selector } from '../labels/selector.ts';
import type { RawObject } from '../manifest/parse.ts';
import { asRecord, asString, asStringMap } from '../resources/guards.ts';
import { decodeLabelSelector } from '../resources/label-selector.ts';

const APPS_WORKLOADS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet']);

/** The input is not decoded yet: only a non-empty string counts as a namespace. */
function namespaceOf(o: RawObject): string {
  const namespace = asRecord(o.value.metadata)?.namespace;
  return typeof namespace === 'string' && namespace !== '' ? namespace : 'default';
}

/** The labels of the Pods an input object is, or makes: a Pod's own, a workload's template's. */
function podLabels(o: RawObject): Readonly<Record<string, string>> | undefined {
  const { apiVersion, kind } = o.value;
  if (apiVersion === 'v1' && kind === 'Pod') return asStringMap(asRecord(o.value.metadata)?.labels);
  const workload = (apiVersion === 'apps/v1' && APPS_WORKLOADS.has(asString(kind))) || (apiVersion === 'v1' && kind === 'ReplicationController');
  if (!workload) return undefined;
  const template = asRecord(asRecord(o.value.spec)?.template);
  return asStringMap(asRecord(template?.metadata)?.labels);
}

/** A built-in workload's Pod selector (spec.selector, a metav1.LabelSelector), or undefined for other kinds. */
function workloadSelector(o: RawObject): Selector | undefined {
  if (o.value.apiVersion !== 'apps/v1' || !APPS_WORKLOADS.has(asString(o.value.kind))) return undefined;
  return labelSelectorAsSelector(decodeLabelSelector(asRecord(o.value.spec)?.selector));
}

/**
 * The built-ins without the workloads the input stands in for: a built-in workload goes when the
 * input declares, in its namespace, a Pod its selector matches or a workload whose Pod template it
 * matches. Those Pods are what the workload would run (the CoreDNS Pods kube-dns selects), so
 * the declared ones replace it, as a same-named object replaces its twin.
 */
export function withoutStoodInWorkloads(builtins: readonly RawObject[], input: readonly RawObject[]): RawObject[] {
  const workloads = builtins.flatMap((o) => {
    const selector = workloadSelector(o);
    return selector === undefined ? [] : [{ object: o, namespace: namespaceOf(o), selector }];
  });
  if (workloads.length === 0) return [...builtins];
  const namespaces = new Set(workloads.map((w) => w.namespace));
  const replaced = new Set<RawObject>();
  for (const o of input) {
    const namespace = namespaceOf(o);
    if (!namespaces.has(namespace)) continue;
    const labels = podLabels(o);
    if (labels === undefined) continue;
    for (const w of workloads) if (w.namespace === namespace && selectorMatches(w.selector, labels)) replaced.add(w.object);
  }
  return builtins.filter((o) => !replaced.has(o));
}
