/**
 * A targetPort the selected Pods do not declare. By name, FindPort finds nothing and the endpoint
 * gets no port (staging/src/k8s.io/endpointslice/utils.go getEndpointPorts skips it), so traffic
 * to that Service port goes nowhere. By number, FindPort returns the number as it is: containerPort
 * is informational (core/v1 ContainerPort: "Not specifying a port here DOES NOT prevent that port
 * from being exposed"), so Kubernetes is fine with it and only a note is due.
 */
import type { Pod, ServicePort } from 'kubernetes-types/core/v1';
import { findPort } from '../controllers/find-port.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type Finding, type ServiceCheck } from './finding.ts';

function containerPorts(pod: Pod) {
  const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
  return [...(pod.spec?.containers ?? []), ...sidecars].flatMap((container) => container.ports ?? []);
}

/** `web-0 [http, metrics]`: each Pod with the names (or numbers) its containers declare. */
function describePods(pods: readonly Pod[], show: (port: { name?: string; containerPort: number }) => string): string {
  return listNames(pods.map((pod) => `${pod.metadata?.name ?? ''} [${containerPorts(pod).map(show).join(', ') || 'no ports'}]`));
}

function checkPort(servicePort: ServicePort, index: number, selected: readonly Pod[]): Finding | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  const protocol = servicePort.protocol ?? 'TCP';
  // Defaulting has set targetPort to port when the input left it out; the range then falls back to the port's item.
  const field = ['spec', 'ports', index, 'targetPort'];
  if (typeof target === 'string') {
    if (selected.some((pod) => findPort(pod, servicePort) !== undefined)) return undefined;
    const pods = describePods(selected, (port) => port.name ?? String(port.containerPort));
    return { code: 'TARGET_PORT_NAME_UNRESOLVED', severity: 'warning', field, message: MESSAGES.targetPortNameUnresolved(target, pods) };
  }
  const declared = selected.some((pod) =>
    containerPorts(pod).some((port) => port.containerPort === target && (port.protocol ?? 'TCP') === protocol));
  if (declared) return undefined;
  const pods = describePods(selected, (port) => String(port.containerPort));
  return { code: 'TARGET_PORT_NOT_DECLARED', severity: 'info', field, message: MESSAGES.targetPortNumberUndeclared(target, pods) };
}

export const checkTargetPorts: ServiceCheck = (entry, selected) => {
  if (selected.length === 0) return [];
  return (entry.object.spec?.ports ?? [])
    .map((port, index) => checkPort(port, index, selected))
    .filter((finding): finding is Finding => finding !== undefined);
};
