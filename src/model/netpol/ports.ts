/**
 * NetworkPolicyPort matching (staging/src/k8s.io/api/networking/v1/types.go NetworkPolicyPort):
 * protocol defaults to TCP; no port matches every port; a number matches itself, or the range up
 * to endPort inclusive; a name matches the destination Pod's container port of that name.
 */
import type { NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import type { Entry, Pod } from '../objects.ts';

/** The flow's destination port, with every name it goes by. */
export interface FlowPort {
  readonly port: number;
  readonly protocol: string;
  readonly names: ReadonlySet<string>;
}

/**
 * Names resolve against the destination Pod's `spec.containers[*].ports`, as the reference
 * implementation does for both directions (kubernetes-sigs/kube-network-policies
 * pkg/networkpolicy/networkpolicy.go evaluatePorts): a named port matches when a container port
 * of that name and protocol has the flow's number.
 */
export function flowPort(port: number, protocol: string, destination: Entry<Pod> | undefined, portName: string | undefined): FlowPort {
  const names = new Set<string>(portName === undefined ? [] : [portName]);
  for (const container of destination?.object.spec?.containers ?? []) {
    for (const declared of container.ports ?? []) {
      if (declared.name !== undefined && declared.containerPort === port && (declared.protocol ?? 'TCP') === protocol) names.add(declared.name);
    }
  }
  return { port, protocol, names };
}

export function portMatches(policyPort: NetworkPolicyPort, flow: FlowPort): boolean {
  if ((policyPort.protocol ?? 'TCP') !== flow.protocol) return false;
  const { port, endPort } = policyPort;
  if (port === undefined) return true;
  if (typeof port === 'string') return flow.names.has(port);
  return endPort === undefined ? flow.port === port : flow.port >= port && flow.port <= endPort;
}

/** `ports` empty or missing matches every port; otherwise any listed port (NetworkPolicyIngressRule.ports). */
export function portsMatch(ports: readonly NetworkPolicyPort[] | undefined, flow: FlowPort): boolean {
  return ports === undefined || ports.length === 0 || ports.some((policyPort) => portMatches(policyPort, flow));
}
