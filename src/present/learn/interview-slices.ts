/**
 * Interview question 2, "Why prefer EndpointSlices over Endpoints?", checked on large Services:
 * how many slices the controller makes, where the legacy Endpoints object stops, and what
 * kube-proxy uses.
 */
import type { Cluster, Endpoints, Entry, Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { inputServices, nameOf, namespaceOf, plural, refOf, sliceTargets, slicesOf } from './facts.ts';
import { traced } from './traced.ts';
import { groupDigits } from '../text/group-digits.ts';

const SCENARIO = 'interview-q2';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';

interface Sized {
  readonly service: Entry<Service>;
  readonly ref: string;
  readonly endpoints: number;
}

/** Selector Services by how many endpoints their controller-managed slices carry. */
function sizedServices(cluster: Cluster): Sized[] {
  return inputServices(cluster)
    .filter((service) => service.object.spec?.selector !== undefined)
    .map((service) => ({ service, ref: refOf(service), endpoints: sliceTargets(cluster, service).length }))
    .sort((a, b) => a.endpoints - b.endpoints);
}

function addressCount(endpoints: Entry<Endpoints>): number {
  return (endpoints.object.subsets ?? []).reduce((sum, subset) => sum + (subset.addresses?.length ?? 0) + (subset.notReadyAddresses?.length ?? 0), 0);
}

function sliceCountChallenge(cluster: Cluster, sized: Sized): Challenge {
  const slices = slicesOf(cluster, sized.service).filter((slice) => slice.object.metadata?.labels?.[MANAGED_BY] === CONTROLLER);
  return {
    id: `${SCENARIO}:slices:${sized.ref}`,
    source: 'interview',
    title: 'EndpointSlices of a large Service',
    question: `The Service ${sized.ref} selects ${groupDigits(sized.endpoints)} Pods. How many EndpointSlices does the EndpointSlice controller create for it?`,
    answer: { kind: 'number', correct: slices.length },
    explanation: [
      `${plural(slices.length, 'EndpointSlice')}: ${slices.map((slice) => `${nameOf(slice)} (${slice.object.endpoints?.length ?? 0})`).join(', ')}.`,
      'The controller fills slices up to --max-endpoints-per-slice, 100 endpoints by default (the guide\'s "100 Pods/slice"; it counts endpoints, at most 1,000), one set of slices per port mapping and address family.',
      'A Pod that changes rewrites one slice of at most 100 endpoints, not an object listing them all, and every kube-proxy that watches it receives that much less.',
    ].join(' '),
    reveal: { tab: 'kubectl', kubectl: `get endpointslices -n ${namespaceOf(sized.service)} -l kubernetes.io/service-name=${nameOf(sized.service)}`, select: `svc:${sized.ref}` },
  };
}

function truncationChallenges(cluster: Cluster, sized: Sized): Challenge[] {
  const legacy = cluster.endpoints.find((e) => namespaceOf(e) === namespaceOf(sized.service) && nameOf(e) === nameOf(sized.service));
  if (legacy === undefined) return [];
  const held = addressCount(legacy);
  const truncated = legacy.object.metadata?.annotations?.['endpoints.kubernetes.io/over-capacity'];
  const name = nameOf(sized.service);
  const namespace = namespaceOf(sized.service);
  const t = traced(cluster, { service: name, namespace, via: 'clusterip' });
  const used = t?.delivered === true ? t.candidates.length : 0;
  const count = groupDigits(sized.endpoints);
  return [
    {
      id: `${SCENARIO}:endpoints:${sized.ref}`,
      source: 'interview',
      title: 'The legacy Endpoints object of a large Service',
      question: `The Service ${sized.ref} selects ${count} Pods. How many addresses does its legacy Endpoints object hold?`,
      answer: { kind: 'number', correct: held },
      explanation: [
        `Endpoints ${name} holds ${groupDigits(held)} addresses${truncated === undefined ? '' : `, annotated endpoints.kubernetes.io/over-capacity: ${truncated}`}.`,
        'The Endpoints controller stops at 1,000 addresses (pkg/controller/endpoint, maxCapacity): anything still reading Endpoints sees only those.',
      ].join(' '),
      reveal: { tab: 'kubectl', kubectl: `get endpoints ${name} -n ${namespace}`, select: `svc:${sized.ref}` },
    },
    {
      id: `${SCENARIO}:proxied:${sized.ref}`,
      source: 'interview',
      title: 'What kube-proxy uses',
      question: `To how many of ${sized.ref}'s ${count} Pods does kube-proxy send new connections?`,
      answer: { kind: 'number', correct: used },
      explanation: `kube-proxy reads the ${plural(slicesOf(cluster, sized.service).length, 'EndpointSlice')} of ${name}, not the truncated Endpoints object, so it balances over ${groupDigits(used)} endpoints.`,
      reveal: { packet: { service: sized.ref, via: 'clusterip' }, tab: 'trace', select: `svc:${sized.ref}` },
    },
  ];
}

export function sliceChallenges(cluster: Cluster): Challenge[] {
  const sized = sizedServices(cluster);
  // The smallest Service that needs more than one slice, and the largest, which the legacy object cannot hold.
  const split = sized.find((s) => s.endpoints > 100);
  const largest = sized.at(-1);
  const out: Challenge[] = split === undefined ? [] : [sliceCountChallenge(cluster, split)];
  if (largest !== undefined && largest.endpoints > 1000) {
    out.push(...truncationChallenges(cluster, largest));
  }
  return out;
}
