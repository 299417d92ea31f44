/**
 * The guide's five interview questions as predict-then-check scenarios: each names the example to
 * load, and its challenges compute their answers from that cluster (trace, DNS, EndpointSlices,
 * proxy rules), never from a table.
 */
import type { Cluster } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { headlessChallenges } from './interview-headless.ts';
import { performanceChallenges } from './interview-performance.ts';
import { routingChallenges } from './interview-routing.ts';
import { securityChallenges } from './interview-security.ts';
import { sliceChallenges } from './interview-slices.ts';

export interface InterviewScenario {
  /** The question's number in the guide's "Interview Preparation" section. */
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** The guide's question, verbatim. */
  readonly question: string;
  /** The guide's answer, verbatim. */
  readonly guideAnswer: string;
  /** Where the guide is loose, what Kubernetes does. */
  readonly inKubernetes: string;
  /** The example manifest (src/examples) the scenario runs on. */
  readonly exampleId: string;
  /** What the learner predicts, in one line. */
  readonly prediction: string;
  readonly challenges: (cluster: Cluster) => Challenge[];
}

export const INTERVIEW_SCENARIOS: readonly InterviewScenario[] = [
  {
    number: 1,
    question: 'How does a Service route traffic to Pods?',
    guideAnswer:
      'A Service uses a selector to match Pods based on labels. The kube-proxy component updates iptables or IPVS rules to route traffic to Pod IPs in Endpoints or EndpointSlices. ClusterIP Services load-balance internally, while LoadBalancer Services use a cloud provider’s load balancer for external traffic.',
    inKubernetes:
      'kube-proxy programs its rules from EndpointSlices only (since v1.19; the Endpoints object is kept for other readers). A LoadBalancer Service is a NodePort Service too: the cloud load balancer sends to a node\'s nodePort, and kube-proxy there DNATs to a Pod, unless the load balancer runs in IP mode and targets Pod IPs directly.',
    exampleId: 'guide-05-graphql-api',
    prediction: 'Where the load balancer sends the packet, what source the Pod sees, and where kube-proxy reads the Pod IPs.',
    challenges: routingChallenges,
  },
  {
    number: 2,
    question: 'Why prefer EndpointSlices over Endpoints?',
    guideAnswer:
      'EndpointSlices split Endpoint data into smaller chunks (default: 100 Pods/slice), reducing API server load and improving update latency in large clusters. They’re critical for scalability in high-traffic environments.',
    inKubernetes:
      'The limit is 100 endpoints per slice (kube-controller-manager --max-endpoints-per-slice, at most 1,000). The legacy Endpoints object is cut at 1,000 addresses and annotated over-capacity, while kube-proxy, reading the slices, uses every endpoint. EndpointSlices were beta in v1.17 and GA (discovery.k8s.io/v1) in v1.21.',
    exampleId: 'scenario-many-endpoints',
    prediction: 'How many slices 250 Pods make, how many addresses the Endpoints object of 1,200 Pods keeps, and how many endpoints kube-proxy uses.',
    challenges: sliceChallenges,
  },
  {
    number: 3,
    question: 'When is a Headless Service appropriate?',
    guideAnswer:
      'Use Headless Services for stateful applications (e.g., MongoDB, Kafka) where direct Pod-to-Pod communication is needed. They bypass load balancing, returning all Pod IPs via DNS for custom routing.',
    inKubernetes:
      'Headless is not a spec.type: it is a ClusterIP Service with clusterIP: None. DNS returns the IPs of the ready Pods only (all of them with publishNotReadyAddresses) as A records, plus SRV records for named ports; a StatefulSet naming the Service gives each Pod a stable name of its own.',
    exampleId: 'scenario-statefulset-dns',
    prediction: 'What the headless name answers, how many SRV records a named port has, and what a Pod\'s own name resolves to.',
    challenges: headlessChallenges,
  },
  {
    number: 4,
    question: 'How do you secure a LoadBalancer Service?',
    guideAnswer:
      'Apply Network Policies to restrict source IPs, use cloud firewalls, enable TLS, and integrate a WAF. Combine with Ingress for centralized security and cost efficiency.',
    inKubernetes:
      'A Service restricts source IPs itself with loadBalancerSourceRanges, enforced for traffic to the load balancer only: the nodePort and the ClusterIP stay open. NetworkPolicy sees the source after kube-proxy, which externalTrafficPolicy Cluster masquerades to a node\'s address, so an ipBlock of client addresses works only with externalTrafficPolicy Local.',
    exampleId: 'interview-secure-loadbalancer',
    prediction: 'Which clients reach the Pods despite loadBalancerSourceRanges, and which source address a NetworkPolicy would judge.',
    challenges: securityChallenges,
  },
  {
    number: 5,
    question: 'How do you optimize Service performance in large clusters?',
    guideAnswer:
      'Use EndpointSlices, switch to IPVS for load balancing, enable readiness probes, and monitor with Prometheus. Centralize external access with Ingress to reduce LoadBalancer overhead.',
    inKubernetes:
      'EndpointSlices are always on (kube-proxy reads nothing else). Readiness probes do not remove a Pod from its slice: they mark it ready: false and kube-proxy skips it. IPVS kept rules in hash tables where iptables mode walks chains; nftables mode, GA in v1.33, is the successor to both.',
    exampleId: 'scenario-not-ready-and-terminating',
    prediction: 'Which Pods stay in the EndpointSlice, how many get new connections, and how many real servers IPVS programs.',
    challenges: performanceChallenges,
  },
];

/** The challenges of the scenarios that run on `exampleId`, computed from `cluster` (the example as loaded, edits included). */
export function interviewChallenges(cluster: Cluster, exampleId: string): Challenge[] {
  return INTERVIEW_SCENARIOS.filter((scenario) => scenario.exampleId === exampleId).flatMap((scenario) => scenario.challenges(cluster));
}
