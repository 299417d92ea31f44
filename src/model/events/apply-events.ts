/**
 * The runtime overlay: events applied in order to the Pods, Nodes and workloads the controllers
 * made from the manifest, each one followed by the controllers catching up. Pure: the same
 * collections and events give the same result, and nothing it is given is written to.
 */
import type { ClusterConfig } from '../config.ts';
import type { Entry, Service } from '../objects.ts';
import type { PodBudget } from '../controllers/pod-budget.ts';
import type { PodIpam } from '../controllers/pod-ipam.ts';
import type { UnsimulatedByOwner } from '../controllers/unsimulated-pods.ts';
import { controllerOf } from '../controllers/pod-template.ts';
import type { EventOutcome, RuntimeEvent } from './types.ts';
import { cordon, drain } from './node-events.ts';
import { EVENT_PODS, podRef, type EventRun, type Mutable, type OverlayCollections, type OverlayContext } from './overlay-state.ts';
import { deletePod, labelPod, setReadiness, terminatePod, type Applied } from './pod-events.ts';
import { scale } from './scale.ts';

export interface OverlayInput extends OverlayCollections {
  readonly config: ClusterConfig;
  readonly services: readonly Entry<Service>[];
  readonly ipam: PodIpam;
  /** What is left of the cluster's Pod budget once the manifest's workloads took theirs. */
  readonly budget: PodBudget;
  /** The Pods the workloads count but did not materialise, by owner key. */
  readonly unsimulated: UnsimulatedByOwner;
}

export interface OverlayOutput extends OverlayCollections {
  readonly events: readonly EventOutcome[];
  /** Keys of the workloads (Deployments included) whose status must be computed afresh. */
  readonly dirty: ReadonlySet<string>;
  /** The counted Pods once the events are applied. */
  readonly unsimulated: UnsimulatedByOwner;
}

/**
 * The most events a timeline applies: each one walks the cluster's Pods, so a file of 100,000
 * events on a dump of 30,000 Pods would take hours. The rest are reported, not applied.
 */
export const MAX_EVENTS = 1_000;
const MAX_EVENTS_TEXT = '1,000';

function applyOne(run: EventRun, event: RuntimeEvent): Applied {
  switch (event.kind) {
    case 'delete-pod':
      return deletePod(run, event);
    case 'terminate-pod':
      return terminatePod(run, event);
    case 'readiness':
      return setReadiness(run, event);
    case 'label-pod':
      return labelPod(run, event);
    case 'cordon':
      return cordon(run, event);
    case 'drain':
      return drain(run, event);
    case 'scale':
      return scale(run, event);
    default:
      return { applied: false, summary: `error: unknown event kind "${String((event as { kind?: unknown }).kind)}"` };
  }
}

/** A Deployment's status is computed from its ReplicaSets' Pods: it is stale whenever one of them is. */
function withOwningDeployments(state: OverlayCollections, dirty: Set<string>): void {
  for (const rs of state.replicaSets) {
    const reference = controllerOf(rs.object.metadata);
    if (dirty.has(rs.key) && reference?.kind === 'Deployment') dirty.add(`Deployment/${rs.object.metadata?.namespace ?? ''}/${reference.name}`);
  }
}

export function applyRuntimeEvents(input: OverlayInput, events: readonly RuntimeEvent[]): OverlayOutput {
  const { config, services, ipam, budget, unsimulated, ...collections } = input;
  if (events.length === 0) return { ...collections, events: [], dirty: new Set(), unsimulated };
  const state: Mutable<OverlayCollections> = {
    nodes: [...collections.nodes],
    pods: [...collections.pods],
    deployments: [...collections.deployments],
    replicaSets: [...collections.replicaSets],
    statefulSets: [...collections.statefulSets],
    daemonSets: [...collections.daemonSets],
    replicationControllers: [...collections.replicationControllers],
  };
  const context: OverlayContext = {
    config,
    services,
    ipam,
    budget,
    unsimulated: new Map(unsimulated),
    eventPods: { left: EVENT_PODS },
    usedNames: new Set(state.pods.map((pod) => podRef(pod.object))),
    dirty: new Set(),
  };
  const outcomes = events.map((event, position): EventOutcome => {
    if (position >= MAX_EVENTS) return { event, applied: false, summary: `not applied: a What-if timeline applies its first ${MAX_EVENTS_TEXT} events`, touched: [] };
    const run: EventRun = { state, context, position, touched: new Set() };
    const { applied, summary } = applyOne(run, event);
    return { event, applied, summary, touched: applied ? [...run.touched] : [] };
  });
  withOwningDeployments(state, context.dirty);
  return { ...state, events: outcomes, dirty: context.dirty, unsimulated: context.unsimulated };
}
