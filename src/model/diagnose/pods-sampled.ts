/**
 * The note on a workload whose Pods the simulator only partly materialises (controllers/
 * pod-budget.ts): at its replicas field, how many Pods it runs, how many are simulated, and which
 * views count them all. A workload past its own limit gets a warning; of those past the cluster's
 * budget, the first one created gets the warning and the others a note, so that a manifest of
 * 10,000 Deployments does not print 10,000 lines.
 */
import { formatCount } from '../controllers/format-count.ts';
import { POD_LIMITS } from '../controllers/pod-budget.ts';
import type { Entry, PodSample } from '../objects.ts';
import type { Workload } from './cluster-index.ts';
import type { Finding } from './finding.ts';
import { MESSAGES } from './messages.ts';

/** `3 workloads`, `2,147,483,647 replicas`. */
function counted(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** What the input object says, before any runtime event. */
export type Written = (entry: Workload) => Readonly<Record<string, unknown>> | undefined;

function finding(entry: Workload, sample: PodSample, written: Written, severity: 'warning' | 'info', tail = ''): Finding {
  const daemon = (entry.object as { kind?: string }).kind === 'DaemonSet';
  const replicas = (entry.object.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const stated = (written(entry)?.spec as { replicas?: unknown } | undefined)?.replicas ?? 1;
  // A What-if `scale` event changed the count the manifest states.
  const scaled = stated === replicas ? '' : ' (kubectl scale)';
  const what = daemon ? `${counted(sample.pods, 'Node')} should run this DaemonSet's Pod` : `${counted(replicas, 'replica')}${scaled}`;
  const why = sample.limit === 'workload' ? MESSAGES.podsSampledPerWorkload(formatCount(POD_LIMITS.perWorkload)) : MESSAGES.podsSampledCluster(formatCount(POD_LIMITS.cluster));
  const first = MESSAGES.podsSampledFirst(formatCount(sample.simulated), sample.simulated === 1);
  return {
    code: 'PODS_SAMPLED',
    severity,
    // A DaemonSet has no replicas field: its Pods multiply with the Nodes.
    field: daemon ? ['kind'] : ['spec', 'replicas'],
    message: MESSAGES.podsSampled(what, first, why, formatCount(sample.pods - sample.simulated)) + tail,
  };
}

/** `order` ranks input objects by creation: the first workload past the cluster's budget gets the warning. */
export function checkPodSamples(
  workloads: readonly Workload[],
  order: (entry: Entry<object>) => number,
  written: Written,
): { entry: Workload; findings: Finding[] }[] {
  const sampled = workloads.filter((entry): entry is Workload & { sample: PodSample } => entry.sample !== undefined);
  const [first, ...rest] = sampled.filter((entry) => entry.sample.limit === 'cluster').sort((a, b) => order(a) - order(b));
  return sampled.map((entry) => {
    if (entry.sample.limit === 'workload') return { entry, findings: [finding(entry, entry.sample, written, 'warning')] };
    if (entry !== first) return { entry, findings: [finding(entry, entry.sample, written, 'info')] };
    const tail = rest.length === 0 ? '' : MESSAGES.podsSampledElsewhere(counted(rest.length, 'workload'));
    return { entry, findings: [finding(entry, entry.sample, written, 'warning', tail)] };
  });
}
