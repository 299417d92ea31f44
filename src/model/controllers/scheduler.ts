/**
 * A deterministic stand-in for kube-scheduler: the filters that decide whether a Pod can land on a
 * Node at all (pkg/scheduler/framework/plugins: NodeUnschedulable, TaintToleration, NodeAffinity),
 * then a spread that depends only on the Pod's owner and ordinal, so that adding an unrelated
 * object never moves a Pod. Resources, ports and scoring are not simulated.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, PodSpec, Taint, Toleration } from 'kubernetes-types/core/v1';
import { selectorFromSet, selectorMatches, NOTHING, type Requirement, type Selector, type SelectorOperator } from '../labels/selector.ts';
import { mixedHash } from './hash.ts';

export type SchedulingResult =
  | { readonly scheduled: true; readonly nodeName: string }
  | { readonly scheduled: false; readonly message: string };

const REASON_UNSCHEDULABLE = "node(s) were unschedulable";
const REASON_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

/** v1helper.Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go). */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  if (toleration.operator === 'Exists') return true;
  return (toleration.value ?? '') === (taint.value ?? '');
}

const NODE_SELECTOR_OPERATORS: Readonly<Record<string, SelectorOperator>> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!', Gt: 'gt', Lt: 'lt' };

/** nodeaffinity nodeSelectorRequirementsAsSelector: an unknown operator is an error, which matches no Node. */
function nodeSelectorRequirementsAsSelector(expressions: readonly NodeSelectorRequirement[]): Selector {
  const requirements: Requirement[] = [];
  for (const { key, operator, values } of expressions) {
    const op = NODE_SELECTOR_OPERATORS[operator];
    if (op === undefined) return NOTHING;
    requirements.push({ key, operator: op, values: values ?? [] });
  }
  return requirements;
}

/** nodeaffinity nodeSelectorRequirementsAsFieldSelector: In and NotIn with one value, as `=` and `!=` terms. */
function nodeSelectorRequirementsAsFieldSelector(fields: readonly NodeSelectorRequirement[]): Selector {
  const requirements: Requirement[] = [];
  for (const { key, operator, values = [] } of fields) {
    if ((operator !== 'In' && operator !== 'NotIn') || values.length !== 1) return NOTHING;
    requirements.push({ key, operator: operator === 'In' ? '=' : '!=', values });
  }
  return requirements;
}

/**
 * nodeaffinity nodeSelectorTerm.match, its selectors built once: an empty term matches nothing;
 * expressions apply to the Node's labels, fields to `metadata.name`.
 */
function termMatcher(term: NodeSelectorTerm): (node: Node) => boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return () => false;
  // Each built when first needed, as the scheduler evaluates them: fields only after expressions matched.
  let labels: Selector | undefined;
  let names: Selector | undefined;
  return (node) =>
    (expressions.length === 0 || selectorMatches((labels ??= nodeSelectorRequirementsAsSelector(expressions)), node.metadata?.labels)) &&
    (fields.length === 0 || selectorMatches((names ??= nodeSelectorRequirementsAsFieldSelector(fields)), { 'metadata.name': node.metadata?.name ?? '' }));
}

const CORDON: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

/**
 * filterNode for one spec and many Nodes: what the spec asks is read once (an owner's thousand
 * replicas over a hundred Nodes built its node selector a hundred times per owner before).
 */
function nodeFilter(spec: PodSpec): (node: Node) => string | undefined {
  const tolerations = spec.tolerations ?? [];
  let toleratesCordon: boolean | undefined;
  const nodeSelector = selectorFromSet(spec.nodeSelector ?? {});
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  let terms: ((node: Node) => boolean)[] | undefined;
  return (node) => {
    // NodeUnschedulable: a cordoned Node admits only Pods tolerating node.kubernetes.io/unschedulable:NoSchedule.
    if (node.spec?.unschedulable && !(toleratesCordon ??= tolerations.some((toleration) => toleratesTaint(toleration, CORDON)))) return REASON_UNSCHEDULABLE;
    // TaintToleration: only NoSchedule and NoExecute taints filter (PreferNoSchedule only scores).
    const untolerated = (node.spec?.taints ?? []).find(
      (taint) => taint.effect !== 'PreferNoSchedule' && !tolerations.some((toleration) => toleratesTaint(toleration, taint)),
    );
    if (untolerated) return `node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`;
    // NodeAffinity: spec.nodeSelector and requiredDuringScheduling terms (ORed) must both hold.
    if (!selectorMatches(nodeSelector, node.metadata?.labels)) return REASON_AFFINITY;
    if (required && !(terms ??= required.map(termMatcher)).some((matches) => matches(node))) return REASON_AFFINITY;
    return undefined;
  };
}

/** The first filter a Node fails for this Pod, in the scheduler's plugin order, as FitError words it. */
export function filterNode(spec: PodSpec, node: Node): string | undefined {
  return nodeFilter(spec)(node);
}

/**
 * FitError.Error (pkg/scheduler/framework/types.go): reasons counted per Node, sorted as strings,
 * then the preemption PostFilter's verdict, which for these filters (all
 * UnschedulableAndUnresolvable) is that preemption cannot help on any Node.
 */
function fitErrorMessage(nodeCount: number, reasons: readonly string[]): string {
  if (nodeCount === 0) return 'no nodes available to schedule pods';
  const histogram = new Map<string, number>();
  for (const reason of reasons) histogram.set(reason, (histogram.get(reason) ?? 0) + 1);
  const sorted = [...histogram].map(([reason, count]) => `${count} ${reason}`).sort();
  return (
    `0/${nodeCount} nodes are available: ${sorted.join(', ')}. ` +
    `preemption: 0/${nodeCount} nodes are available: ${nodeCount} Preemption is not helpful for scheduling.`
  );
}

/** The Nodes that pass every filter, by name, and the reason each other Node failed. */
function filterNodes(spec: PodSpec, nodes: readonly Node[]): { feasible: string[]; reasons: string[] } {
  const feasible: string[] = [];
  const reasons: string[] = [];
  const filter = nodeFilter(spec);
  for (const node of nodes) {
    const reason = filter(node);
    if (reason === undefined) feasible.push(node.metadata?.name ?? '');
    else reasons.push(reason);
  }
  feasible.sort();
  return { feasible, reasons };
}

/**
 * Picks a Node for a Pod. Feasible Nodes are ordered by name and the Pod takes the one at
 * `hash(spreadKey) + ordinal`: replicas of one owner go round-robin from an owner-specific start,
 * and nothing but the Pod's own identity and the Node set decides where it lands.
 */
export function schedulePod(spec: PodSpec, nodes: readonly Node[], spreadKey: string, ordinal: number): SchedulingResult {
  const { feasible, reasons } = filterNodes(spec, nodes);
  if (feasible.length === 0) return { scheduled: false, message: fitErrorMessage(nodes.length, reasons) };
  const index = (mixedHash(spreadKey) + ordinal) % feasible.length;
  return { scheduled: true, nodeName: feasible[index] ?? '' };
}

/**
 * schedulePod for the replicas of one owner, which share one spec: the Nodes are filtered once,
 * not once per replica (a thousand replicas over five thousand Nodes made five million checks).
 */
export function replicaScheduler(spec: PodSpec, nodes: readonly Node[], spreadKey: string): (ordinal: number) => SchedulingResult {
  const { feasible, reasons } = filterNodes(spec, nodes);
  const failed: SchedulingResult | undefined = feasible.length === 0 ? { scheduled: false, message: fitErrorMessage(nodes.length, reasons) } : undefined;
  const home = mixedHash(spreadKey);
  return (ordinal) => failed ?? { scheduled: true, nodeName: feasible[(home + ordinal) % feasible.length] ?? '' };
}

/**
 * The Nodes the ordinals `first`, `first + 1`, … of one owner land on, in turn: schedulePod's
 * round-robin, rotated to start at `first`. A template that names its Node bypasses the scheduler
 * (placeDerivedPod); empty when no Node fits.
 */
export function spreadOrder(spec: PodSpec, nodes: readonly Node[], spreadKey: string, first: number): string[] {
  if (spec.nodeName) return [spec.nodeName];
  const { feasible } = filterNodes(spec, nodes);
  if (feasible.length === 0) return [];
  const start = (mixedHash(spreadKey) + first) % feasible.length;
  return [...feasible.slice(start), ...feasible.slice(0, start)];
}

/**
 * Where `count` Pods of one owner land, ordinals `first` to `first + count - 1`, as schedulePod
 * would place them one by one, in closed form: placing two billion Pods costs what placing three
 * does. Pods per Node name; `''` counts those no Node fits.
 */
export function spreadPods(spec: PodSpec, nodes: readonly Node[], spreadKey: string, first: number, count: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (count <= 0) return counts;
  const order = spreadOrder(spec, nodes, spreadKey, first);
  if (order.length === 0) return counts.set('', count);
  const each = Math.floor(count / order.length);
  const extra = count % order.length;
  order.forEach((name, index) => {
    const pods = each + (index < extra ? 1 : 0);
    if (pods > 0) counts.set(name, (counts.get(name) ?? 0) + pods);
  });
  return counts;
}
