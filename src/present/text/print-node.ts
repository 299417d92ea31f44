/**
 * `kubectl get nodes` and `kubectl get namespaces` rows: pkg/printers/internalversion/printers.go
 * printNode (findNodeRoles, getNodeInternalIP, getNodeExternalIP) and printNamespace.
 */
import type { Namespace, Node } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from './human-duration.ts';
import { compareStrings } from './label-selector.ts';
import type { TableColumn } from './table.ts';

export const NODE_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Status' },
  { name: 'Roles' },
  { name: 'Age' },
  { name: 'Version' },
  { name: 'Internal-IP', wide: true },
  { name: 'External-IP', wide: true },
  { name: 'OS-Image', wide: true },
  { name: 'Kernel-Version', wide: true },
  { name: 'Container-Runtime', wide: true },
];

export const NAMESPACE_COLUMNS: readonly TableColumn[] = [{ name: 'Name' }, { name: 'Status' }, { name: 'Age' }];

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_ROLE_LABEL = 'kubernetes.io/role';

export function printNodeRow(node: Node, now: string): string[] {
  const ready = (node.status?.conditions ?? []).find((condition) => condition.type === 'Ready');
  const status = ready === undefined ? ['Unknown'] : [ready.status === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable === true) status.push('SchedulingDisabled');
  const roles = findNodeRoles(node).join(',');
  const info = node.status?.nodeInfo;
  return [
    node.metadata?.name ?? '',
    status.join(','),
    roles === '' ? '<none>' : roles,
    translateTimestampSince(node.metadata?.creationTimestamp, now),
    info?.kubeletVersion ?? '',
    nodeAddress(node, 'InternalIP'),
    nodeAddress(node, 'ExternalIP'),
    known(info?.osImage),
    known(info?.kernelVersion),
    known(info?.containerRuntimeVersion),
  ];
}

/** printers.go findNodeRoles: `node-role.kubernetes.io/ROLE` keys and the legacy `kubernetes.io/role` value, sorted. */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata?.labels ?? {})) {
    if (key.startsWith(NODE_ROLE_PREFIX)) {
      const role = key.slice(NODE_ROLE_PREFIX.length);
      if (role !== '') roles.add(role);
    } else if (key === NODE_ROLE_LABEL && value !== '') {
      roles.add(value);
    }
  }
  return [...roles].sort(compareStrings);
}

export function printNamespaceRow(namespace: Namespace, now: string): string[] {
  return [namespace.metadata?.name ?? '', namespace.status?.phase ?? '', translateTimestampSince(namespace.metadata?.creationTimestamp, now)];
}

function nodeAddress(node: Node, type: 'InternalIP' | 'ExternalIP'): string {
  return (node.status?.addresses ?? []).find((address) => address.type === type)?.address ?? '<none>';
}

function known(value: string | undefined): string {
  return value === undefined || value === '' ? '<unknown>' : value;
}
