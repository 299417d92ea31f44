/** The troubleshooting findings' texts, in one table: what is wrong, then how to fix it. */

/** The DNS names a Pod (or a template's Pods) would get under its subdomain, as a message names them. */
export interface PerPodNames {
  /** `web-0.peers.default.svc.cluster.local`, or `per-Pod names under peers.default.svc.cluster.local`. */
  readonly text: string;
  readonly plural: boolean;
  /** `this Pod` or `these Pods`. */
  readonly who: string;
}

export const MESSAGES = {
  selectorMatchesNothing: (selector: string, namespace: string, nearMisses: readonly string[]) =>
    `The selector ${selector} matches no Pod in namespace ${namespace}, so the Service has no endpoints.` +
    (nearMisses.length > 0
      ? ` Nearly matching: ${nearMisses.join('; ')}; make the selector and the Pod labels agree.`
      : ' Check the Pod template labels and the namespace.'),
  nearMissValue: (pods: string, count: number, key: string, podValue: string, wanted: string) =>
    `${count === 1 ? 'Pod' : 'Pods'} ${pods} ${count === 1 ? 'has' : 'have'} ${key}=${podValue}, not ${key}=${wanted}`,
  nearMissMissing: (pods: string, count: number, key: string, wanted: string) =>
    `${count === 1 ? 'Pod' : 'Pods'} ${pods} ${count === 1 ? 'lacks' : 'lack'} the label ${key}=${wanted}`,
  nearMissOthers: (groups: number) => `and Pods with ${groups} other value${groups === 1 ? '' : 's'}`,
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
  externalNameServiceNotFound: (externalName: string, service: string, namespace: string, full: string | undefined) =>
    `externalName ${externalName} names Service ${service} in namespace ${namespace}, which does not exist: DNS answers with a CNAME to a name that does not resolve. Create the Service or correct the name` +
    (full === undefined ? '.' : `, and write it in full (${full}): a CNAME target gets no search path.`),
  externalNameNotFullyQualified: (externalName: string, domain: string, full: string) =>
    `externalName ${externalName} lacks the cluster domain ${domain}: DNS answers with a CNAME to the absolute name ${externalName}., which CoreDNS forwards to the upstream resolvers, where it does not exist (a CNAME target gets no search path). Write it in full: ${full}.`,
  subdomainServiceMissing: (subdomain: string, namespace: string, names: PerPodNames) =>
    `No Service ${subdomain} exists in namespace ${namespace}, so ${names.text} ${names.plural ? 'do' : 'does'} not resolve. Create a headless Service (clusterIP: None) named ${subdomain} that selects ${names.who}.`,
  subdomainServiceNotHeadless: (subdomain: string, names: PerPodNames, what: string) =>
    `Service ${subdomain} ${what}: DNS publishes per-Pod names only for headless Services, so ${names.text} ${names.plural ? 'do' : 'does'} not resolve. Make ${subdomain} headless (clusterIP: None; recreate it, the field cannot change), or set subdomain to a headless Service.`,
  subdomainServiceNotSelecting: (subdomain: string, names: PerPodNames, selector: string) =>
    `The headless Service ${subdomain} selects ${selector}, which does not match the labels of ${names.who}, so ${names.who === 'this Pod' ? 'the Pod is not one of its endpoints' : 'the Pods are not its endpoints'} and ${names.text} ${names.plural ? 'do' : 'does'} not resolve. Make the labels and the selector agree.`,
  subdomainWithoutHostname: (subdomain: string, service: string, template: boolean) =>
    `spec.hostname is not set, and an endpoint's DNS name comes only from it, so no per-Pod name exists under ${service}: only the Service's own name resolves. ` +
    (template ? `For one stable name per Pod use a StatefulSet with serviceName: ${subdomain}.` : 'Set spec.hostname.'),
  ingressServiceNotFound: (service: string, namespace: string) =>
    `No Service ${service} exists in namespace ${namespace} (an Ingress reaches only Services of its own namespace): the ingress controller has no upstream, and ingress-nginx answers 503 Service Unavailable on this path. Create the Service or correct the name.`,
  ingressServicePortNotFound: (service: string, port: string, ports: string, hint: string) =>
    `Service ${service} has no port ${port} (${ports}): the ingress controller has no upstream, and ingress-nginx answers 503 Service Unavailable on this path. ${hint}`,
  ingressPortIsTargetPort: (target: number, port: number, name: string | undefined) =>
    `${target} is the targetPort of its port ${port}; a backend names the Service's port: number: ${port}${name ? ` or name: ${name}` : ''}.`,
  ingressPortFix: "Name one of the Service's ports, by its port number or by its name.",
  sliceWithoutServiceName:
    'This EndpointSlice has no kubernetes.io/service-name label, so it belongs to no Service: kube-proxy and CoreDNS ignore it. Label it with the name of the Service it is for.',
  sliceServiceNotFound: (service: string, namespace: string) =>
    `No Service ${service} exists in namespace ${namespace}: this slice is stale, and nothing sends traffic to its endpoints. Create the Service (without a selector, to keep these endpoints) or delete the slice.`,
  sliceBesideController: (service: string) =>
    `Service ${service} has a selector, so the EndpointSlice controller makes its slices; it leaves this one alone (not managed-by endpointslice-controller.k8s.io), and kube-proxy merges its endpoints with the controller's, so traffic also goes to these. Remove the selector from ${service} to manage its endpoints by hand, or delete this slice.`,
  staleEndpoints: (endpoints: string, many: boolean) =>
    `Stale endpoint${many ? 's' : ''}: ${endpoints}. Nothing updates a hand-made slice, and kube-proxy still sends traffic to these addresses. Update or remove them, or let a Service selector and the EndpointSlice controller keep track of the Pods.`,
  sliceDrift: (differences: string) =>
    `This slice, as the dump has it, differs from what the EndpointSlice controller would write for the dumped Pods: ${differences}. kube-proxy routes by the slice, so traffic follows it until the controller catches up. If it stays so, check kube-controller-manager's logs (endpointslice controller), or take the dump again.`,
  driftPodGone: (address: string, pod: string) => `${address} belongs to Pod ${pod}, which the dump does not have (deleted, or left out of the dump)`,
  driftNode: (pod: string, listed: string, actual: string) => `the endpoint of Pod ${pod} names node ${listed}, but the Pod runs on ${actual}`,
  driftPorts: (pod: string, listed: string, expected: string) => `its ports are ${listed}, but for Pod ${pod} the Service's ports resolve to ${expected}`,
  sliceMissing: (service: string, pods: string, n: number) =>
    `Service ${service} selects ${n === 1 ? 'a ready Pod' : `${n} ready Pods`} (${pods}), but the dump has no EndpointSlice of it, though it has other Services' slices: kube-proxy sends the Service no traffic until the EndpointSlice controller writes one. If it stays so, check kube-controller-manager's logs (endpointslice controller), or take the dump again.`,
  driftReadiness: (pod: string, ready: boolean, expected: boolean) =>
    `Pod ${pod} is listed ${ready ? 'ready' : 'not ready'}, but its status says ${expected ? 'ready' : 'not ready'}`,
  sliceMissingEndpoint: (service: string, pods: string, n: number) =>
    `${n === 1 ? 'Pod' : 'Pods'} ${pods} ${n === 1 ? 'is' : 'are'} ready and selected by Service ${service}, but no slice of the Service lists ${n === 1 ? 'it' : 'them'}: kube-proxy sends ${n === 1 ? 'it' : 'them'} no traffic until the EndpointSlice controller adds ${n === 1 ? 'it' : 'them'}. If it stays so, check kube-controller-manager's logs, or take the dump again.`,
  endpointsDrift: (differences: string) =>
    `These Endpoints, as the dump has them, differ from what the Endpoints controller would write for the dumped Pods: ${differences}. Clients that still read Endpoints (rather than EndpointSlices) see the difference.`,
  endpointsShouldBeReady: (ip: string, pod: string, listedNotReady: boolean) => `ready Pod ${pod} (${ip}) is ${listedNotReady ? 'under notReadyAddresses' : 'missing'}`,
  endpointsShouldNotBeReady: (ip: string, pod: string) => `Pod ${pod} (${ip}) is not ready but listed under addresses`,
  endpointsNoPod: (ip: string) => `${ip} is the address of no selected Pod in the dump`,
  staleEndpointNoPod: (pod: string) => `targetRef names Pod ${pod}, which does not exist`,
  staleEndpointAddress: (address: string, pod: string, ips: string) => `${address} is not the IP of Pod ${pod} (${ips})`,
  slicePortNameMismatch: (port: string, service: string, ports: string, fix: string) =>
    `${port} matches no port of Service ${service} (its ports: ${ports}): kube-proxy pairs slice ports with Service ports by name and protocol, so no traffic reaches these endpoints through it. ${fix}`,
  slicePortNameIt: (name: string) => `Name it "${name}", as the Service's port.`,
  slicePortUnname: "Leave its name out, as the Service's only port has none.",
  slicePortRename: "Give it the name of one of the Service's ports.",
  externalTrafficImbalance: (nodeShare: string, groups: string) =>
    `With externalTrafficPolicy: Local, external traffic stays on the Node it reaches, and each Node with a ready endpoint takes an equal share (${nodeShare}) however many Pods it runs: ${groups}. Spread the Pods evenly over the Nodes (topologySpreadConstraints on kubernetes.io/hostname), or use externalTrafficPolicy: Cluster if the Pods need not see the client's address.`,
  internalTrafficUnserved: (nodes: string, one: boolean) =>
    `With internalTrafficPolicy: Local, kube-proxy sends in-cluster traffic only to endpoints on the client's own Node, and ${nodes} ${one ? 'has' : 'have'} none: clients there get no answer (the traffic is dropped). Run an endpoint on every Node (a DaemonSet), or use internalTrafficPolicy: Cluster.`,
  endpointsOnOneNode: (n: string, names: string, node: string) =>
    `All ${n} ready endpoints (${names}) run on Node ${node}: if it fails, the Service has none until the Pods are replaced elsewhere. Spread them with topologySpreadConstraints or a podAntiAffinity on kubernetes.io/hostname.`,
  nodePortExposed: (ports: string) =>
    `type: NodePort opens port ${ports} on every Node, to anyone who can reach a Node's address, past any Ingress or load balancer in front (kube-score service-type). Fine to try something out; for lasting external access use an Ingress or a LoadBalancer Service.`,
  readinessProbeMissing: (services: string, many: boolean, template: boolean) =>
    `No container has a readinessProbe, yet Service${many ? 's' : ''} ${services} send${many ? '' : 's'} traffic to ${template ? 'these Pods' : 'this Pod'}: a Pod counts as ready as soon as its containers start, before the application listens, and a broken rollout still gets traffic (kube-score container-readiness-probe). Add a readinessProbe (httpGet or tcpSocket on the serving port).`,
  statefulSetServiceNotHeadless: (service: string, what: string) =>
    `The governing Service ${service} ${what}: DNS publishes per-Pod names (<pod>.${service}) only for headless Services, so they do not exist (kube-score statefulset-has-servicename). Recreate ${service} with clusterIP: None (the field cannot change in place).`,
  podsSampled: (what: string, first: string, why: string, counted: string) =>
    `${what}: ${first} simulated ${why}; the other ${counted} are counted, not simulated. The status and kubectl's READY count them all; EndpointSlices, Endpoints, DNS answers, traffic and the graph show only the simulated Pods.`,
  podsSampledFirst: (simulated: string, one: boolean) => (one ? 'the first Pod is' : `the first ${simulated} Pods are`),
  podsSampledPerWorkload: (perWorkload: string) => `(at most ${perWorkload} per workload)`,
  podsSampledCluster: (cluster: string) => `(the simulator's budget of ${cluster} Pods for the whole cluster is spent)`,
  podsSampledElsewhere: (workloads: string) => ` The same holds for the ${workloads} created after this one.`,
} as const;
