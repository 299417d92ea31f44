/**
 * Nodes a dump's Pods run on but the dump leaves out. `kubectl get all -A -o yaml` lists no Nodes,
 * yet every scheduled Pod it prints names one (spec.nodeName) and the address the kubelet reported
 * for it (status.hostIP, the Node's InternalIP: pkg/kubelet/kubelet_pods.go generateAPIPodStatus).
 * Those Nodes exist in the cluster the dump came from, so they exist here, as far as the Pods show
 * them: named, addressed and Ready (a kubelet wrote those Pods' status). Without them the Pods
 * would sit on Nodes the cluster does not know, and the endpoint controllers would leave them out.
 */
import type { RawObject } from '../manifest/parse.ts';
import { parseIPSloppy } from '../net/ip.ts';
import { asRecord, asString } from '../resources/guards.ts';

/** What the simulator made up for such a Node: all of it but the name and the address. */
export const IMPLIED_NODE_SIMULATED: readonly string[] = ['metadata.labels', 'status.conditions', 'status.nodeInfo'];

function nodeObject(name: string, hostIP: string | undefined): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    spec: {},
    status: {
      addresses: [...(hostIP ? [{ address: hostIP, type: 'InternalIP' }] : []), { address: name, type: 'Hostname' }],
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
    },
  };
}

/** The Nodes the dumped Pods name that no input object declares, in the order the Pods name them. */
export function impliedNodes(dumped: readonly RawObject[], input: readonly RawObject[]): RawObject[] {
  const declared = new Set<string>();
  for (const raw of input) {
    if (raw.value.apiVersion === 'v1' && raw.value.kind === 'Node') declared.add(asString(asRecord(raw.value.metadata)?.name));
  }
  const found = new Map<string, { raw: RawObject; hostIP: string | undefined }>();
  for (const raw of dumped) {
    if (raw.value.apiVersion !== 'v1' || raw.value.kind !== 'Pod') continue;
    const nodeName = asString(asRecord(raw.value.spec)?.nodeName);
    if (nodeName === '' || declared.has(nodeName)) continue;
    const hostIP = asString(asRecord(raw.value.status)?.hostIP);
    const known = found.get(nodeName);
    const usable = parseIPSloppy(hostIP) !== undefined ? hostIP : undefined;
    if (known === undefined) found.set(nodeName, { raw, hostIP: usable });
    else if (known.hostIP === undefined && usable !== undefined) found.set(nodeName, { raw: known.raw, hostIP: usable });
  }
  return [...found].map(([name, { raw, hostIP }]) => ({
    value: nodeObject(name, hostIP),
    ref: raw.ref,
    pathPrefix: raw.pathPrefix,
    // Everything about such a Node points at the Pod that names it.
    locate: () => raw.locate(['spec', 'nodeName']),
  }));
}
