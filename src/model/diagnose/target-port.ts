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

/** What the selected Pods declare, gathered once per Service: each port's check is then a lookup. */
interface Declared {
  /** `name/protocol` of the ports a named targetPort can find (FindPort's search). */
  readonly names: ReadonlySet<string>;
  /** `number/protocol` of every container port. */
  readonly numbers: ReadonlySet<string>;
}

function declaredBy(selected: readonly Pod[]): Declared {
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const pod of selected) {
    for (const port of containerPorts(pod)) {
      const protocol = port.protocol ?? 'TCP';
      if (port.name !== undefined) names.add(`${port.name}/${protocol}`);
      numbers.add(`${port.containerPort}/${protocol}`);
    }
  }
  return { names, numbers };
}

function checkPort(servicePort: ServicePort, index: number, selected: readonly Pod[], declared: Declared, pods: (named: boolean) => string): Finding | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  const protocol = servicePort.protocol ?? 'TCP';
  // Defaulting has set targetPort to port when the input left it out; the range then falls back to the port's item.
  const field = ['spec', 'ports', index, 'targetPort'];
  if (typeof target === 'string') {
    // findPort(pod, servicePort) for some selected Pod, as one lookup.
    if (declared.names.has(`${target}/${protocol}`) && selected.some((pod) => findPort(pod, servicePort) !== undefined)) return undefined;
    return { code: 'TARGET_PORT_NAME_UNRESOLVED', severity: 'warning', field, message: MESSAGES.targetPortNameUnresolved(target, pods(true)) };
  }
  if (declared.numbers.has(`${target}/${protocol}`)) return undefined;
  return { code: 'TARGET_PORT_NOT_DECLARED', severity: 'info', field, message: MESSAGES.targetPortNumberUndeclared(target, pods(false)) };
}

export const checkTargetPorts: ServiceCheck = (entry, selected) => {
  if (selected.length === 0) return [];
  const declared = declaredBy(selected);
  // The Pods' ports as the message lists them, by name or by number, made once if needed at all.
  const listed = new Map<boolean, string>();
  const pods = (named: boolean): string => {
    let text = listed.get(named);
    if (text === undefined) {
      text = describePods(selected, (port) => (named ? port.name ?? String(port.containerPort) : String(port.containerPort)));
      listed.set(named, text);
    }
    return text;
  };
  return (entry.object.spec?.ports ?? [])
    .map((port, index) => checkPort(port, index, selected, declared, pods))
    .filter((finding): finding is Finding => finding !== undefined);
};
