/**
 * Aggregation: past a size, the boxes that repeat are drawn as one stacked box each, so that a
 * real cluster's graph stays readable and cheap to lay out. A workload's Pods become
 * `group:<Kind>/NS/NAME`, a Service's many EndpointSlices `group:EndpointSlice/NS/<service>`, a
 * cluster's many Nodes `group:Node//nodes`. Exact, never sampled: a group lists every box it stands
 * for, and its counts are those boxes' own states. Edges to and from members become one edge per
 * distinct pair, their labels kept (summarised when there are many).
 *
 * Pure: the draft goes in, a new draft comes out. Small graphs (every gallery example) stay as they are.
 */
import type { Cluster, EndpointSlice, Entry, Pod } from '../../model/index.ts';
import { addEdge, addNode, type Draft, type DraftNode } from './draft.ts';
import { NODES_GROUP } from './ids.ts';
import type { GraphNodeData, GroupMember } from './types.ts';

export interface AggregationLimits {
  /**
   * Aggregate when the layout would place more units than this (a box, or a slice's grid of Pods,
   * is one unit). Measured on the 5,000-object dump (2,988 boxes): the layout costs about 0.4 ms
   * a unit, and past a few hundred boxes a column no longer fits a screen at a legible zoom.
   */
  readonly units: number;
  /** …or more boxes than this in all, compact grid dots included: ClusterGraph's HUGE, where React Flow stops drawing them all. */
  readonly boxes: number;
  /** A Service with more slices than this has them stacked in one box. */
  readonly slices: number;
  /** More Nodes than this are stacked in one box. */
  readonly nodes: number;
}

/**
 * 300 units leaves every gallery example as it was (the largest, scenario-many-endpoints, is 33
 * units: 1,450 Pods in 15 grids, under the 2,000 boxes too).
 */
export const AGGREGATION: AggregationLimits = { units: 300, boxes: 2000, slices: 3, nodes: 3 };

/** Labels past this many on one aggregated edge are summarised. */
const MAX_LABELS = 3;

const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** True when the draft is past the limits: aggregation then applies. */
export function needsAggregation(draft: Draft, limits: AggregationLimits = AGGREGATION): boolean {
  const units = new Set<string>();
  for (const node of draft.nodes.values()) units.add(node.grid === undefined ? node.id : `grid:${node.grid}`);
  return units.size > limits.units || draft.nodes.size > limits.boxes;
}

interface Group {
  readonly id: string;
  readonly members: DraftNode[];
  /** The data of the group box, given its members. */
  readonly data: (members: readonly DraftNode[]) => GraphNodeData;
}

function memberOf(node: DraftNode): GroupMember {
  const { title, namespace, objectKey, source, status } = node.data;
  return {
    id: node.id,
    title,
    ...(namespace === undefined ? {} : { namespace }),
    ...(objectKey === undefined ? {} : { objectKey }),
    ...(source === undefined ? {} : { source }),
    ...(status === undefined ? {} : { status }),
  };
}

type Workload = Entry<object & { metadata?: { name?: string; namespace?: string; uid?: string; ownerReferences?: readonly { kind: string; name: string; uid: string; controller?: boolean }[] } }>;

/**
 * The workload a Pod's boxes are grouped under: its controller (ownerReferences, controller true),
 * and for a ReplicaSet that a Deployment controls, the Deployment, as `kubectl get deploy` counts
 * its Pods. The owner is found by uid, as the garbage collector does (pkg/controller/garbagecollector),
 * or by kind and name; an owner the cluster does not hold still names the group.
 */
function workloadFinder(cluster: Cluster): (pod: Pod) => { kind: string; name: string; entry?: Workload } | undefined {
  const all: [string, readonly Workload[]][] = [
    ['Deployment', cluster.deployments],
    ['ReplicaSet', cluster.replicaSets],
    ['StatefulSet', cluster.statefulSets],
    ['DaemonSet', cluster.daemonSets],
    ['ReplicationController', cluster.replicationControllers],
  ];
  const byUid = new Map<string, [string, Workload]>();
  const byKey = new Map<string, Workload>();
  for (const [kind, entries] of all) {
    for (const entry of entries) {
      const uid = entry.object.metadata?.uid;
      if (uid !== undefined && uid !== '') byUid.set(uid, [kind, entry]);
      byKey.set(entry.key, entry);
    }
  }
  const owner = (metadata: Workload['object']['metadata'], namespace: string) => {
    const reference = metadata?.ownerReferences?.find((r) => r.controller === true);
    if (reference === undefined) return undefined;
    const found = byUid.get(reference.uid);
    const entry = found?.[0] === reference.kind ? found[1] : byKey.get(`${reference.kind}/${namespace}/${reference.name}`);
    return { kind: reference.kind, name: reference.name, ...(entry === undefined ? {} : { entry }) };
  };
  return (pod) => {
    const namespace = pod.metadata?.namespace ?? '';
    const direct = owner(pod.metadata, namespace);
    if (direct?.kind !== 'ReplicaSet' || direct.entry === undefined) return direct;
    const deployment = owner(direct.entry.object.metadata, namespace);
    return deployment?.kind === 'Deployment' && deployment.entry !== undefined ? deployment : direct;
  };
}

/** `1,000 Pods · 998 ready · 2 terminating`: every member counted once, by its state. */
function podCounts(members: readonly DraftNode[]): string {
  const states = { ready: 0, notReady: 0, terminating: 0 };
  for (const m of members) states[m.data.status ?? 'ready']++;
  return [
    plural(members.length, 'Pod', 'Pods'),
    `${count(states.ready)} ready`,
    ...(states.notReady > 0 ? [`${count(states.notReady)} not ready`] : []),
    ...(states.terminating > 0 ? [`${count(states.terminating)} terminating`] : []),
  ].join(' · ');
}

/** 1. Each workload with two or more Pods drawn: one box. Bare Pods and endpoints without a Pod stay. */
function podGroups(draft: Draft, cluster: Cluster): Group[] {
  const pods = new Map(cluster.pods.map((p) => [p.key, p]));
  const workloadOf = workloadFinder(cluster);
  const groups = new Map<string, Group>();
  for (const node of draft.nodes.values()) {
    const pod = node.kind === 'pod' && node.data.objectKey !== undefined ? pods.get(node.data.objectKey) : undefined;
    const workload = pod === undefined ? undefined : workloadOf(pod.object);
    if (pod === undefined || workload === undefined) continue;
    const namespace = pod.object.metadata?.namespace ?? '';
    const id = `group:${workload.kind}/${namespace}/${workload.name}`;
    const group = groups.get(id) ?? {
      id,
      members: [],
      data: (members: readonly DraftNode[]): GraphNodeData => ({
        title: workload.name,
        namespace,
        subtitle: [podCounts(members)],
        badges: [workload.kind, ...(workload.entry?.sample === undefined ? [] : [`sample of ${count(workload.entry.sample.pods)} Pods`])],
        simulated: false,
        ...(workload.entry === undefined ? {} : { objectKey: workload.entry.key }),
        ...(workload.entry?.source === undefined ? {} : { source: workload.entry.source }),
      }),
    };
    group.members.push(node);
    groups.set(id, group);
  }
  return [...groups.values()].filter((g) => g.members.length > 1);
}

/** 2. A Service's slices past the limit: one box, `12 EndpointSlices · 1,200 endpoints`. */
function sliceGroups(draft: Draft, cluster: Cluster, limits: AggregationLimits): Group[] {
  const slices = new Map<string, Entry<EndpointSlice>>(cluster.endpointSlices.map((s) => [s.key, s]));
  const byService = new Map<string, DraftNode[]>();
  for (const edge of draft.edges.values()) {
    const slice = draft.nodes.get(edge.target);
    if (!edge.source.startsWith('svc:') || slice?.kind !== 'endpointSlice') continue;
    const members = byService.get(edge.source) ?? [];
    if (!members.includes(slice)) members.push(slice);
    byService.set(edge.source, members);
  }
  return [...byService.entries()]
    .filter(([, members]) => members.length > limits.slices)
    .map(([service, members]) => {
      const [namespace = '', name = ''] = service.slice('svc:'.length).split('/');
      return {
        id: `group:EndpointSlice/${namespace}/${name}`,
        members,
        data: (all: readonly DraftNode[]): GraphNodeData => {
          const endpoints = all.flatMap((m) => (m.data.objectKey === undefined ? [] : (slices.get(m.data.objectKey)?.object.endpoints ?? [])));
          const ready = endpoints.filter((e) => e.conditions?.ready !== false).length;
          const terminating = endpoints.filter((e) => e.conditions?.terminating === true).length;
          return {
            title: name,
            namespace,
            subtitle: [
              `${plural(all.length, 'EndpointSlice', 'EndpointSlices')} · ${plural(endpoints.length, 'endpoint', 'endpoints')}`,
              `${count(ready)} ready${terminating > 0 ? ` · ${count(terminating)} terminating` : ''}`,
            ],
            badges: ['EndpointSlices'],
            simulated: false,
          };
        },
      };
    });
}

/** 3. Nodes past the limit: one box for all (every Node opens every nodePort, so they are alike on the graph). */
function nodeGroup(draft: Draft, limits: AggregationLimits): Group[] {
  const members = [...draft.nodes.values()].filter((n) => n.kind === 'node');
  if (members.length <= limits.nodes) return [];
  return [
    {
      id: NODES_GROUP,
      members,
      data: (all: readonly DraftNode[]): GraphNodeData => {
        const cordoned = all.filter((n) => n.data.badges.includes('SchedulingDisabled')).length;
        const controlPlane = all.filter((n) => n.data.badges.includes('control-plane')).length;
        return {
          title: 'Nodes',
          subtitle: [
            [plural(all.length, 'Node', 'Nodes'), ...(controlPlane > 0 ? [`${count(controlPlane)} control-plane`] : []), ...(cordoned > 0 ? [`${count(cordoned)} SchedulingDisabled`] : [])].join(' · '),
          ],
          badges: [],
          simulated: all.some((n) => n.data.simulated),
        };
      },
    },
  ];
}

/** `80, 443, 8080, +5 more`: the first labels, and how many are left out. */
function summarised(labels: readonly string[]): string[] {
  return labels.length <= MAX_LABELS ? [...labels] : [...labels.slice(0, MAX_LABELS), `+${labels.length - MAX_LABELS} more`];
}

/**
 * The draft with its groups: each group box takes the place of its first member (so the order the
 * layout starts from is the one it had), and every edge is redrawn between the boxes its ends now
 * stand in.
 */
export function aggregateDraft(draft: Draft, cluster: Cluster, limits: AggregationLimits = AGGREGATION): Draft {
  const groups = [...podGroups(draft, cluster), ...sliceGroups(draft, cluster, limits), ...nodeGroup(draft, limits)];
  const groupOf = new Map<string, Group>();
  for (const group of groups) for (const member of group.members) groupOf.set(member.id, group);
  const out: Draft = { nodes: new Map(), edges: new Map() };
  for (const node of draft.nodes.values()) {
    const group = groupOf.get(node.id);
    if (group === undefined) {
      addNode(out, node);
      continue;
    }
    if (out.nodes.has(group.id)) continue;
    const members = [...group.members].sort(byId);
    const data = { ...group.data(members), members: members.map(memberOf) };
    out.nodes.set(group.id, { id: group.id, kind: node.kind, column: node.column, data });
  }
  const stand = (id: string): string => groupOf.get(id)?.id ?? id;
  for (const edge of draft.edges.values()) {
    const [source, target] = [stand(edge.source), stand(edge.target)];
    if (source === target) continue;
    if (edge.labels.length === 0) addEdge(out, source, target, edge.kind);
    for (const label of edge.labels) addEdge(out, source, target, edge.kind, label);
  }
  for (const edge of out.edges.values()) {
    const grouped = edge.source.startsWith('group:') || edge.target.startsWith('group:');
    if (grouped && edge.labels.length > MAX_LABELS) edge.labels.splice(0, edge.labels.length, ...summarised(edge.labels));
  }
  return out;
}
