/**
 * The catalogue of example manifests in this folder: every example of the guide, then the
 * scenarios for the tricky cases.
 *
 * Data only: the pure model build cannot import YAML as text, so each entry names its file and the
 * caller reads it (node:fs in tests and the CLI, a bundler import in the browser).
 */

/** What an example mainly shows. `Headless` is not a spec.type: it is ClusterIP with clusterIP None. */
export type ExampleServiceType =
  | 'ClusterIP'
  | 'NodePort'
  | 'LoadBalancer'
  | 'Headless'
  | 'ExternalName'
  | 'Endpoints'
  | 'EndpointSlice'
  | 'Ingress'
  | 'Scenario';

export interface ExampleInfo {
  /** The file name without `.yaml`; stable, used in links and golden-file names. */
  readonly id: string;
  /** File name inside src/examples/. */
  readonly file: string;
  readonly title: string;
  readonly serviceType: ExampleServiceType;
  /** One sentence for a learner: what to look at. */
  readonly summary: string;
  /** Where the guide (seed-guide.md) shows this manifest, for the guide's own examples. */
  readonly guideSection?: string;
  /** True when the file holds objects a real API server refuses (the diagnostics are the point). */
  readonly expectErrors: boolean;
}

export const EXAMPLES: readonly ExampleInfo[] = [
  {
    id: 'guide-01-fraud-detection',
    file: 'guide-01-fraud-detection.yaml',
    title: 'ClusterIP: internal fraud detection',
    serviceType: 'ClusterIP',
    summary: 'A ClusterIP Service takes port 80 inside the cluster and forwards it to port 8080 of three Pods.',
    guideSection: 'Types of Kubernetes Services › 1. ClusterIP › Example 1: Internal Payment Service',
    expectErrors: false,
  },
  {
    id: 'guide-02-auth-service',
    file: 'guide-02-auth-service.yaml',
    title: 'ClusterIP by default: authentication service',
    serviceType: 'ClusterIP',
    summary: 'With no type given the Service is a ClusterIP one, mapping port 443 to 8443 on the Pods.',
    guideSection: 'Types of Kubernetes Services › 1. ClusterIP › Example 2: Authentication Service',
    expectErrors: false,
  },
  {
    id: 'guide-03-debug-ui',
    file: 'guide-03-debug-ui.yaml',
    title: 'NodePort: Prometheus debugging UI',
    serviceType: 'NodePort',
    summary: 'Port 31000 opens on every node and leads through the ClusterIP to Prometheus on 9090.',
    guideSection: 'Types of Kubernetes Services › 2. NodePort › Example 1: Temporary Debugging Interface',
    expectErrors: false,
  },
  {
    id: 'guide-04-legacy-test',
    file: 'guide-04-legacy-test.yaml',
    title: 'NodePort: legacy system testing',
    serviceType: 'NodePort',
    summary: 'Follow nodePort 32000 to port 8080 and on to targetPort 8080 of the legacy Pods.',
    guideSection: 'Types of Kubernetes Services › 2. NodePort › Example 2: Legacy System Testing',
    expectErrors: false,
  },
  {
    id: 'guide-05-graphql-api',
    file: 'guide-05-graphql-api.yaml',
    title: 'LoadBalancer: public GraphQL API on an AWS NLB',
    serviceType: 'LoadBalancer',
    summary: 'A LoadBalancer Service is a NodePort Service too: the cloud load balancer sends 443 to a node port, then to 8443 on the Pods.',
    guideSection: 'Types of Kubernetes Services › 3. LoadBalancer › Example 1: Public GraphQL API',
    expectErrors: false,
  },
  {
    id: 'guide-06-checkout-service',
    file: 'guide-06-checkout-service.yaml',
    title: 'LoadBalancer: e-commerce checkout',
    serviceType: 'LoadBalancer',
    summary: 'See the nodePort the API server allocates and the external IP a cloud would give the checkout Service.',
    guideSection: 'Types of Kubernetes Services › 3. LoadBalancer › Example 2: E-commerce Checkout',
    expectErrors: false,
  },
  {
    id: 'guide-07-cassandra-headless',
    file: 'guide-07-cassandra-headless.yaml',
    title: 'Headless: Cassandra ring',
    serviceType: 'Headless',
    summary: 'A headless Service has no virtual IP: DNS returns each ready Cassandra Pod, and cassandra-0 gets a name of its own.',
    guideSection: 'Types of Kubernetes Services › 4. Headless Service › Example 1: Cassandra Cluster',
    expectErrors: false,
  },
  {
    id: 'guide-08-kafka-headless',
    file: 'guide-08-kafka-headless.yaml',
    title: 'Headless: Kafka brokers',
    serviceType: 'Headless',
    summary: 'Each Kafka broker advertises its per-Pod DNS name, which exists because the StatefulSet names the headless Service.',
    guideSection: 'Types of Kubernetes Services › 4. Headless Service › Example 2: Kafka Cluster',
    expectErrors: false,
  },
  {
    id: 'guide-09-crm-api',
    file: 'guide-09-crm-api.yaml',
    title: 'ExternalName: external CRM API',
    serviceType: 'ExternalName',
    summary: 'An ExternalName Service is only a DNS CNAME: no IP, no Pods, no EndpointSlices.',
    guideSection: 'Types of Kubernetes Services › 5. ExternalName › Example 1: External CRM API',
    expectErrors: false,
  },
  {
    id: 'guide-10-mysql-external',
    file: 'guide-10-mysql-external.yaml',
    title: 'ExternalName: managed cloud database',
    serviceType: 'ExternalName',
    summary: 'Ask DNS for mysql-external.db and get a CNAME to the Cloud SQL host name.',
    guideSection: 'Types of Kubernetes Services › 5. ExternalName › Example 2: Managed Cloud Database',
    expectErrors: false,
  },
  {
    id: 'guide-11-external-monitoring',
    file: 'guide-11-external-monitoring.yaml',
    title: 'Manual Endpoints: external monitoring host',
    serviceType: 'Endpoints',
    summary: 'A hand-written Endpoints works through the selector-less Service of the same name and is mirrored into an EndpointSlice.',
    guideSection: 'Endpoints vs. EndpointSlices › Endpoints › Manual Endpoint for External Integration',
    expectErrors: false,
  },
  {
    id: 'guide-12-api-service-slice',
    file: 'guide-12-api-service-slice.yaml',
    title: 'Manual EndpointSlice: high-traffic API',
    serviceType: 'EndpointSlice',
    summary: 'A hand-written EndpointSlice joins its Service through the kubernetes.io/service-name label, and no controller touches it.',
    guideSection: 'Endpoints vs. EndpointSlices › EndpointSlices › EndpointSlice for a High-Traffic API',
    expectErrors: false,
  },
  {
    id: 'guide-13-saas-ingress',
    file: 'guide-13-saas-ingress.yaml',
    title: 'Ingress: multi-tenant SaaS routing',
    serviceType: 'Ingress',
    summary: 'One Ingress sends app.example.com/api and /dashboard to two ClusterIP Services.',
    guideSection: 'Ingress: The Preferred External Access Method › Multi-Tenant SaaS Application',
    expectErrors: false,
  },
  {
    id: 'gateway-many-services',
    file: 'gateway-many-services.yaml',
    title: 'Gateway API: one Gateway instead of many LoadBalancers',
    serviceType: 'Ingress',
    summary: 'One Gateway and three HTTPRoutes send api, shop and auth.example.com to three ClusterIP Services, where three LoadBalancer Services would have cost three load balancers.',
    expectErrors: false,
  },
  {
    id: 'gateway-canary',
    file: 'gateway-canary.yaml',
    title: 'Gateway API: a canary split by weight',
    serviceType: 'Ingress',
    summary: 'An HTTPRoute sends 90% of the requests to the stable Service and 10% to the canary, and every request with the header x-canary: true to the canary.',
    expectErrors: false,
  },
  {
    id: 'gateway-cross-namespace',
    file: 'gateway-cross-namespace.yaml',
    title: 'Gateway API: cross-namespace routes and ReferenceGrant',
    serviceType: 'Ingress',
    summary: 'A route may send to a Service of another namespace only where a ReferenceGrant there allows it: payments granted it, billing did not, so its requests get 500.',
    expectErrors: false,
  },
  {
    id: 'gateway-hostname-conflict',
    file: 'gateway-hostname-conflict.yaml',
    title: 'Gateway API: two routes claim one hostname',
    serviceType: 'Ingress',
    summary: 'Both HTTPRoutes are accepted for shop.example.com, and the spec\'s precedence decides each request: the longer path prefix, then the older route, then the first by name.',
    expectErrors: false,
  },
  {
    id: 'scenario-named-ports',
    file: 'scenario-named-ports.yaml',
    title: 'Named targetPort, two port numbers',
    serviceType: 'Scenario',
    summary: 'targetPort http resolves per Pod, so one Service gets two EndpointSlices: one for port 8080 and one for 9090.',
    expectErrors: false,
  },
  {
    id: 'scenario-not-ready-and-terminating',
    file: 'scenario-not-ready-and-terminating.yaml',
    title: 'Not-ready and terminating Pods',
    serviceType: 'Scenario',
    summary: 'Compare the ready, serving and terminating conditions of four Pods with and without publishNotReadyAddresses.',
    expectErrors: false,
  },
  {
    id: 'scenario-selectorless',
    file: 'scenario-selectorless.yaml',
    title: 'Selector-less Service to an external database',
    serviceType: 'Scenario',
    summary: 'A Service without a selector plus hand-written Endpoints sends its ClusterIP to a database outside the cluster.',
    expectErrors: false,
  },
  {
    id: 'scenario-many-endpoints',
    file: 'scenario-many-endpoints.yaml',
    title: 'Many endpoints: slices of 100, Endpoints capped at 1,000',
    serviceType: 'Scenario',
    summary: 'See 250 Pods split into EndpointSlices of 100, 100 and 50, and 1,200 Pods truncate the legacy Endpoints at 1,000.',
    expectErrors: false,
  },
  {
    id: 'scenario-statefulset-dns',
    file: 'scenario-statefulset-dns.yaml',
    title: 'StatefulSet DNS: per-Pod names',
    serviceType: 'Scenario',
    summary: 'web-0.nginx resolves through the headless Service, while the ordinary Service answers with one virtual IP.',
    expectErrors: false,
  },
  {
    id: 'scenario-dual-stack',
    file: 'scenario-dual-stack.yaml',
    title: 'Dual-stack requests on an IPv4-only cluster',
    serviceType: 'Scenario',
    summary: 'PreferDualStack falls back to IPv4 alone, while RequireDualStack is refused on a single-stack cluster.',
    expectErrors: true,
  },
  {
    id: 'scenario-traffic-policies',
    file: 'scenario-traffic-policies.yaml',
    title: 'Traffic policies Local',
    serviceType: 'Scenario',
    summary: 'With externalTrafficPolicy Local a node without a local Pod drops the traffic, and only LoadBalancer Services get a healthCheckNodePort.',
    expectErrors: false,
  },
  {
    id: 'scenario-kubectl-get-list',
    file: 'scenario-kubectl-get-list.yaml',
    title: 'Pasted kubectl output',
    serviceType: 'Scenario',
    summary: 'Output of kubectl get -o yaml, pasted back: the cluster uses its IPs, node ports and nodes as they are.',
    expectErrors: false,
  },
  {
    id: 'scenario-validation-errors',
    file: 'scenario-validation-errors.yaml',
    title: 'Invalid Services and the API server’s words',
    serviceType: 'Scenario',
    summary: 'Six common Service mistakes, each refused with the message kube-apiserver prints.',
    expectErrors: true,
  },
  {
    id: 'scenario-port-conflict',
    file: 'scenario-port-conflict.yaml',
    title: 'Conflicting nodePort and clusterIP',
    serviceType: 'Scenario',
    summary: 'The second Service asking for a nodePort or clusterIP already taken is refused and never stored.',
    expectErrors: true,
  },
  {
    id: 'interview-secure-loadbalancer',
    file: 'interview-secure-loadbalancer.yaml',
    title: 'Interview: securing a LoadBalancer',
    serviceType: 'LoadBalancer',
    summary: 'loadBalancerSourceRanges closes the load balancer to other clients, yet the nodePort and the ClusterIP stay open, and the Pods see a node\'s address.',
    expectErrors: false,
  },
];

export interface ExampleGroup {
  readonly type: ExampleServiceType;
  readonly title: string;
  /** The guide's own words on when to use it (seed-guide.md), quoted as the gallery shows them. */
  readonly guideLine?: string;
  /** Where the guide is loose, what Kubernetes really does, in one sentence. */
  readonly truth?: string;
}

/** The gallery's groups, in the guide's order: the five Service types, then Endpoints, EndpointSlices, Ingress with the Gateway API. */
export const EXAMPLE_GROUPS: readonly ExampleGroup[] = [
  { type: 'ClusterIP', title: 'ClusterIP', guideLine: 'Default choice for internal microservices or components not requiring external access.' },
  { type: 'NodePort', title: 'NodePort', guideLine: 'Development, testing, or legacy system integration.' },
  { type: 'LoadBalancer', title: 'LoadBalancer', guideLine: 'Public-facing APIs or web applications in cloud environments.' },
  {
    type: 'Headless',
    title: 'Headless (clusterIP: None)',
    guideLine: 'Ideal for stateful workloads requiring direct Pod-to-Pod communication.',
    truth: 'Headless is not a spec.type: it is a ClusterIP Service with clusterIP: None.',
  },
  {
    type: 'ExternalName',
    title: 'ExternalName',
    guideLine: 'Simplifies integration with external dependencies without manual Endpoint management.',
  },
  {
    type: 'Endpoints',
    title: 'Endpoints',
    guideLine: 'Acts as a “contact list” for the Service, updated dynamically based on Pod health and selectors.',
    truth: 'Legacy Endpoints are truncated at 1,000 addresses; kube-proxy reads EndpointSlices.',
  },
  {
    type: 'EndpointSlice',
    title: 'EndpointSlices',
    guideLine: 'Splits Endpoint data into smaller chunks (default: 100 Pods/slice) for better performance.',
    truth: 'EndpointSlices were beta in v1.17 and GA (discovery.k8s.io/v1) in v1.21.',
  },
  {
    type: 'Ingress',
    title: 'Ingress and Gateway API',
    guideLine: 'Domain-based routing: Map example.com/api to specific Services.',
    truth: 'The Gateway API (Gateway, HTTPRoute) succeeds Ingress; its CRDs come with a Gateway implementation, not with Kubernetes.',
  },
  { type: 'Scenario', title: 'Scenarios: the tricky cases' },
];
