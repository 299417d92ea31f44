/** The troubleshooting findings' texts, in one table: what is wrong, then how to fix it. */

export const MESSAGES = {
  selectorMatchesNothing: (selector: string, namespace: string, nearMisses: readonly string[]) =>
    `The selector ${selector} matches no Pod in namespace ${namespace}, so the Service has no endpoints.` +
    (nearMisses.length > 0
      ? ` Nearly matching: ${nearMisses.join('; ')}; make the selector and the Pod labels agree.`
      : ' Check the Pod template labels and the namespace.'),
  nearMissValue: (pod: string, key: string, podValue: string, wanted: string) =>
    `Pod ${pod} has ${key}=${podValue}, not ${key}=${wanted}`,
  nearMissMissing: (pod: string, key: string, wanted: string) => `Pod ${pod} lacks the label ${key}=${wanted}`,
  targetPortNameUnresolved: (name: string, pods: string) =>
    `No selected Pod declares a container port named "${name}" (${pods}), so no endpoint gets this port. Name a container port "${name}" or set targetPort to one of the names above.`,
  targetPortNumberUndeclared: (port: number, pods: string) =>
    `No selected Pod's container declares port ${port} (${pods}). Kubernetes allows it and traffic still goes to port ${port}; declare it in the container's ports to document it and to allow naming it.`,
  noReadyEndpoints: (pods: string) =>
    `The Service selects Pods but none is a ready endpoint (${pods}), so traffic to it fails. Fix the readiness probes or wait for the rollout; set publishNotReadyAddresses only if clients must reach unready Pods.`,
  loadBalancerPending: (ip: string) =>
    `The simulator made up the external IP ${ip}. A real cluster without a cloud controller (kind, minikube without \`minikube tunnel\`, bare metal without MetalLB) leaves EXTERNAL-IP <pending>.`,
  statefulSetServiceMismatch: (statefulSets: string, service: string) =>
    `StatefulSet ${statefulSets} names another governing Service in serviceName, so per-Pod DNS names like <pod>.${service} will not exist. Set the StatefulSet's serviceName to ${service}.`,
  statefulSetServiceMissing: (service: string, namespace: string) =>
    `No Service ${service} exists in namespace ${namespace}, so the Pods get no per-Pod DNS names. Create a headless Service (clusterIP: None) named ${service} that selects these Pods.`,
  externalNameIsIP: (ip: string) =>
    `externalName ${ip} is an IP address: DNS answers with a CNAME to the name "${ip}", which clients cannot resolve. Use a Service without a selector and an EndpointSlice holding ${ip} instead.`,
} as const;
