/**
 * The guide's "Real-World Use Cases and Service Selection" table as an advisor: a few questions
 * lead to one row, and the advice adds what Kubernetes does where the guide is loose, and an
 * example to start from.
 */

export interface UseCaseRow {
  /** The guide's words, verbatim. */
  readonly useCase: string;
  readonly recommended: string;
  readonly why: string;
  /** Where the guide is loose, what Kubernetes does. */
  readonly inKubernetes: string;
  /** An example manifest (src/examples) to start from. */
  readonly exampleId: string;
}

export const USE_CASES: readonly UseCaseRow[] = [
  {
    useCase: 'Internal microservices',
    recommended: 'ClusterIP',
    why: 'Secure, internal-only access with DNS-based discovery.',
    inKubernetes: 'Internal-only means reachable from the cluster network, not access-controlled: any Pod can connect unless a NetworkPolicy says otherwise. The name NAME.NAMESPACE.svc.cluster.local answers the virtual IP.',
    exampleId: 'guide-01-fraud-detection',
  },
  {
    useCase: 'Public-facing API (cloud)',
    recommended: 'LoadBalancer + Ingress',
    why: 'Scalable external access with centralized routing.',
    inKubernetes: 'Usually one LoadBalancer: the Ingress controller\'s own Service. The app\'s Services stay ClusterIP, and the Ingress routes hosts and paths to them.',
    exampleId: 'guide-13-saas-ingress',
  },
  {
    useCase: 'Stateful database (e.g., etcd)',
    recommended: 'Headless',
    why: 'Direct Pod discovery for stable connections.',
    inKubernetes: 'Headless is not a spec.type: it is a ClusterIP Service with clusterIP: None. DNS answers the ready Pods\' IPs (SRV records for named ports), and a StatefulSet naming the Service gives each Pod a stable name.',
    exampleId: 'guide-07-cassandra-headless',
  },
  {
    useCase: 'External managed service',
    recommended: 'ExternalName',
    why: 'Simplifies integration without managing Endpoints.',
    inKubernetes: 'Only a DNS CNAME: no proxying, no port mapping, no EndpointSlices. TLS certificates and HTTP Host headers still see the name the client dialled, not the target.',
    exampleId: 'guide-10-mysql-external',
  },
  {
    useCase: 'Temporary dev access',
    recommended: 'NodePort',
    why: 'Quick setup for non-production (secure with firewalls).',
    inKubernetes: 'The port (30000-32767 by default) opens on every node, and clients need a node\'s address; kubectl port-forward is often quicker still for one developer.',
    exampleId: 'guide-03-debug-ui',
  },
  {
    useCase: 'High-traffic API gateway',
    recommended: 'ClusterIP + Ingress',
    why: 'Cost-efficient, secure, and scalable with advanced routing.',
    inKubernetes: 'The Ingress controller must itself be reachable from outside: through a LoadBalancer Service where a cloud provides one, otherwise a NodePort, hostNetwork or MetalLB.',
    exampleId: 'guide-13-saas-ingress',
  },
  {
    useCase: 'IoT device backend',
    recommended: 'LoadBalancer',
    why: 'Direct external access for devices with minimal latency.',
    inKubernetes: 'An Ingress routes HTTP(S) only, so device protocols (MQTT over TCP, CoAP over UDP) need a layer-4 LoadBalancer: one cloud load balancer per Service. externalTrafficPolicy: Local keeps the devices\' addresses.',
    exampleId: 'guide-05-graphql-api',
  },
];

/** What the learner says about the workload; a question left unanswered counts as no. */
export interface AdvisorAnswers {
  /** The thing to reach is a service outside the cluster (a managed database, a SaaS API). */
  readonly externalService?: boolean;
  /** Who calls it: Pods in the cluster, or clients outside it. */
  readonly caller?: 'pods' | 'outside';
  /** Stateful, and clients need each Pod by name. */
  readonly stateful?: boolean;
  /** HTTP routing by host or path. */
  readonly httpRouting?: boolean;
  /** The cluster runs where a cloud provides load balancers. */
  readonly cloudLoadBalancer?: boolean;
}

export type AdvisorQuestionId = keyof AdvisorAnswers;

export interface AdvisorQuestion {
  readonly id: AdvisorQuestionId;
  readonly text: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const ADVISOR_QUESTIONS: Readonly<Record<AdvisorQuestionId, AdvisorQuestion>> = {
  externalService: { id: 'externalService', text: 'Is it a service outside the cluster, such as a managed database or a SaaS API?', options: YES_NO },
  caller: {
    id: 'caller',
    text: 'Who calls it?',
    options: [
      { value: 'pods', label: 'Pods in the cluster' },
      { value: 'outside', label: 'Clients outside the cluster' },
    ],
  },
  stateful: { id: 'stateful', text: 'Is it stateful, with clients that need each Pod by name?', options: YES_NO },
  httpRouting: { id: 'httpRouting', text: 'Does it need HTTP routing by host or path?', options: YES_NO },
  cloudLoadBalancer: { id: 'cloudLoadBalancer', text: 'Is there a cloud load balancer (the cluster runs on a cloud provider)?', options: YES_NO },
};

/** The questions that matter, in order, given the answers so far: the path through the table. */
export function advisorPath(answers: AdvisorAnswers): AdvisorQuestionId[] {
  if (answers.externalService === true) return ['externalService'];
  if (answers.caller !== 'outside') return ['externalService', 'caller', 'stateful'];
  return ['externalService', 'caller', 'httpRouting', 'cloudLoadBalancer'];
}

/** The next question without an answer, or nothing once the advice is settled. */
export function nextQuestion(answers: AdvisorAnswers): AdvisorQuestion | undefined {
  const id = advisorPath(answers).find((q) => answers[q] === undefined);
  return id === undefined ? undefined : ADVISOR_QUESTIONS[id];
}

export interface Advice extends UseCaseRow {
  /** The answers that led here, in words. */
  readonly because: readonly string[];
}

function row(useCase: string): UseCaseRow {
  const found = USE_CASES.find((r) => r.useCase === useCase);
  if (found === undefined) throw new Error(`no use case ${useCase}`);
  return found;
}

function chooseRow(a: AdvisorAnswers): UseCaseRow {
  if (a.externalService === true) return row('External managed service');
  if (a.caller !== 'outside') return row(a.stateful === true ? 'Stateful database (e.g., etcd)' : 'Internal microservices');
  if (a.httpRouting === true) return row(a.cloudLoadBalancer === true ? 'Public-facing API (cloud)' : 'High-traffic API gateway');
  return row(a.cloudLoadBalancer === true ? 'IoT device backend' : 'Temporary dev access');
}

/** The row of the guide's table the answers lead to, with the guide's reason and the Kubernetes note. */
export function advise(answers: AdvisorAnswers): Advice {
  const because = advisorPath(answers).map((id) => {
    const question = ADVISOR_QUESTIONS[id];
    const value = answers[id];
    const given = typeof value === 'boolean' ? (value ? 'yes' : 'no') : (value ?? 'pods');
    const label = question.options.find((o) => o.value === given)?.label ?? given;
    return `${question.text} ${label}`;
  });
  return { ...chooseRow(answers), because };
}
