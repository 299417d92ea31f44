/**
 * FindPort (staging/src/k8s.io/endpointslice/utils.go, pkg/api/v1/pod/util.go): a numeric
 * targetPort is used as is; a named one is looked up in the Pod's container ports by name AND
 * protocol, then in restartable init containers (sidecars). Each Pod answers for itself, which is
 * why one Service can reach different port numbers on different Pods.
 */
import type { Pod, ServicePort } from 'kubernetes-types/core/v1';

export function findPort(pod: Pod, servicePort: ServicePort): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  const protocol = servicePort.protocol ?? 'TCP';
  if (typeof target === 'number') return target;
  const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
  for (const container of [...(pod.spec?.containers ?? []), ...sidecars]) {
    for (const port of container.ports ?? []) {
      if (port.name === target && (port.protocol ?? 'TCP') === protocol) return port.containerPort;
    }
  }
  return undefined;
}
