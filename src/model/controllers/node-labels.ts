/**
 * The labels a kubelet puts on its own Node when it registers (pkg/kubelet/kubelet_node_status.go
 * initialNode): hostname, OS and architecture. A Node written in the input stands for a registered
 * one, so it has them too; without them kubeadm's CoreDNS and kube-proxy, which select
 * `kubernetes.io/os: linux`, would never run on it.
 */
import type { Entry, Node } from '../objects.ts';

/** The simulated Nodes are linux/amd64, as kind's and most kubeadm clusters are. */
const KUBELET_LABELS = (name: string): Readonly<Record<string, string>> => ({
  'kubernetes.io/arch': 'amd64',
  'kubernetes.io/hostname': name,
  'kubernetes.io/os': 'linux',
});

export function withKubeletLabels(nodes: readonly Entry<Node>[]): Entry<Node>[] {
  return nodes.map((entry) => {
    const labels = entry.object.metadata?.labels ?? {};
    const missing = Object.entries(KUBELET_LABELS(entry.object.metadata?.name ?? '')).filter(([key]) => labels[key] === undefined);
    if (missing.length === 0) return entry;
    const object: Node = { ...entry.object, metadata: { ...entry.object.metadata, labels: { ...labels, ...Object.fromEntries(missing) } } };
    return { ...entry, object, simulated: [...entry.simulated, ...missing.map(([key]) => `metadata.labels[${key}]`)] };
  });
}
