/**
 * A deterministic stand-in for kube-scheduler: the filters that decide whether a Pod can land on a
 * Node at all (pkg/scheduler/framework/plugins: NodeUnschedulable, TaintToleration, NodeAffinity),
 * then a spread that depends only on the Pod's owner and ordinal, so that adding an unrelated
 * object never moves a Pod. Resources, ports and scoring are not simulated.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, PodSpec, Taint, Toleration } from 'kubernetes-types/core/v1';
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

function matchesRequirement(requirement: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const [bound] = values;
      if (value === undefined || bound === undefined || !/^-?\d+$/.test(value)) return false;
      return requirement.operator === 'Gt' ? Number(value) > Number(bound) : Number(value) < Number(bound);
    }
    default:
      return false;
  }
}

/** nodeaffinity.NodeSelectorTerm matching: expressions on labels, fields on metadata.name only. */
function matchesTerm(term: NodeSelectorTerm, node: Node): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  return (
    expressions.every((requirement) => matchesRequirement(requirement, node.metadata?.labels?.[requirement.key])) &&
    fields.every((requirement) => requirement.key === 'metadata.name' && matchesRequirement(requirement, node.metadata?.name))
  );
}

/** The first filter a Node fails for this Pod, in the scheduler's plugin order, as FitError words it. */
export function filterNode(spec: PodSpec, node: Node): string | undefined {
  const tolerations = spec.tolerations ?? [];
  const taints = node.spec?.taints ?? [];
  // NodeUnschedulable: a cordoned Node admits only Pods tolerating node.kubernetes.io/unschedulable:NoSchedule.
  if (node.spec?.unschedulable) {
    const cordon: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
    if (!tolerations.some((toleration) => toleratesTaint(toleration, cordon))) return REASON_UNSCHEDULABLE;
  }
  // TaintToleration: only NoSchedule and NoExecute taints filter (PreferNoSchedule only scores).
  const untolerated = taints.find(
    (taint) => taint.effect !== 'PreferNoSchedule' && !tolerations.some((toleration) => toleratesTaint(toleration, taint)),
  );
  if (untolerated) return `node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`;
  // NodeAffinity: spec.nodeSelector and requiredDuringScheduling terms (ORed) must both hold.
  const selector = spec.nodeSelector ?? {};
  if (!Object.entries(selector).every(([key, value]) => node.metadata?.labels?.[key] === value)) return REASON_AFFINITY;
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && !terms.some((term) => matchesTerm(term, node))) return REASON_AFFINITY;
  return undefined;
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

/**
 * Picks a Node for a Pod. Feasible Nodes are ordered by name and the Pod takes the one at
 * `hash(spreadKey) + ordinal`: replicas of one owner go round-robin from an owner-specific start,
 * and nothing but the Pod's own identity and the Node set decides where it lands.
 */
export function schedulePod(spec: PodSpec, nodes: readonly Node[], spreadKey: string, ordinal: number): SchedulingResult {
  const feasible: string[] = [];
  const reasons: string[] = [];
  for (const node of nodes) {
    const reason = filterNode(spec, node);
    if (reason === undefined) feasible.push(node.metadata?.name ?? '');
    else reasons.push(reason);
  }
  if (feasible.length === 0) return { scheduled: false, message: fitErrorMessage(nodes.length, reasons) };
  feasible.sort();
  const index = (mixedHash(spreadKey) + ordinal) % feasible.length;
  return { scheduled: true, nodeName: feasible[index] ?? '' };
}
