/**
 * `kubectl cordon`, `uncordon` and `drain`: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go and
 * pkg/drain/filters.go. Drain cordons first (even when it then refuses), sorts the Node's Pods with
 * the filters (DaemonSet-managed, mirror, local storage, unreplicated), and refuses the whole
 * Node while any Pod is an error.
 */
import type { Cluster, Pod, RuntimeEvent } from '../../model/index.ts';
import type { KubectlCommand } from './command.ts';
import { compareStrings } from '../text/label-selector.ts';
import { flagSet } from './flags.ts';
import { findNode } from './lookup.ts';
import { fail, usageError, type KubectlResult } from './types.ts';

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

const DAEMON_SET_FATAL = 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMON_SET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'cannot delete Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

const FILTER_ORDER = [DAEMON_SET_FATAL, DAEMON_SET_WARNING, 'daemonsets', LOCAL_STORAGE_FATAL, LOCAL_STORAGE_WARNING, UNMANAGED_FATAL, UNMANAGED_WARNING];

function cordonCommand(name: 'cordon' | 'uncordon'): KubectlCommand {
  const unschedulable = name === 'cordon';
  return {
    name,
    summary: unschedulable ? 'Mark node as unschedulable' : 'Mark node as schedulable',
    usage: `kubectl ${name} NODE`,
    flags: [],
    run: (cluster, parsed) => {
      const [nodeName] = parsed.positionals;
      if (nodeName === undefined) return usageError(name, 'USAGE: ' + name + ' NODE [flags]');
      const node = findNode(cluster, nodeName);
      if (node === undefined) return fail(`Error from server (NotFound): nodes "${nodeName}" not found`);
      const already = (node.spec?.unschedulable === true) === unschedulable;
      if (already) return { stdout: `node/${nodeName} already ${name}ed\n`, stderr: '', exitCode: 0, events: [] };
      return { stdout: `node/${nodeName} ${name}ed\n`, stderr: '', exitCode: 0, events: [{ kind: 'cordon', node: nodeName, unschedulable }] };
    },
  };
}

export const cordon = cordonCommand('cordon');
export const uncordon = cordonCommand('uncordon');

export const drainCommand: KubectlCommand = {
  name: 'drain',
  summary: 'Drain node in preparation for maintenance',
  usage: 'kubectl drain NODE [--ignore-daemonsets] [--force] [--delete-emptydir-data]',
  flags: [
    { long: 'ignore-daemonsets', kind: 'boolean' },
    { long: 'force', kind: 'boolean' },
    { long: 'delete-emptydir-data', kind: 'boolean' },
    { long: 'grace-period', kind: 'string' },
    { long: 'timeout', kind: 'string' },
  ],
  run: (cluster, parsed) => {
    const [nodeName] = parsed.positionals;
    if (nodeName === undefined) return usageError('drain', 'USAGE: drain NODE [flags]');
    const node = findNode(cluster, nodeName);
    if (node === undefined) return fail(`Error from server (NotFound): nodes "${nodeName}" not found`);
    const wasCordoned = node.spec?.unschedulable === true;
    const cordonLine = `node/${nodeName} ${wasCordoned ? 'already cordoned' : 'cordoned'}\n`;
    const plan = planDrain(cluster, nodeName, {
      ignoreDaemonSets: flagSet(parsed, 'ignore-daemonsets'),
      force: flagSet(parsed, 'force'),
      deleteEmptyDirData: flagSet(parsed, 'delete-emptydir-data'),
    });
    if (plan.errors.length > 0) {
      // drain.go RunDrain: the Node stays cordoned; the refusal is an aggregate ("[a, b]" when several).
      const aggregate = plan.errors.length === 1 ? (plan.errors[0] ?? '') : `[${plan.errors.join(', ')}]`;
      const stderr = `error: unable to drain node "${nodeName}" due to error: ${aggregate}, continuing command...\nThere are pending nodes to be drained:\n ${nodeName}\n${plan.errors.map((e) => `${e}\n`).join('')}`;
      const events: RuntimeEvent[] = wasCordoned ? [] : [{ kind: 'cordon', node: nodeName, unschedulable: true }];
      return { stdout: cordonLine, stderr, exitCode: 1, events };
    }
    const evicting = plan.evict.map((pod) => `evicting pod ${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}\n`).join('');
    const evicted = plan.evict.map((pod) => `pod/${pod.metadata?.name ?? ''} evicted\n`).join('');
    const result: KubectlResult = {
      stdout: `${cordonLine}${evicting}${evicted}node/${nodeName} drained\n`,
      stderr: plan.warnings.length > 0 ? `Warning: ${plan.warnings.join('; ')}\n` : '',
      exitCode: 0,
      events: [{ kind: 'drain', node: nodeName }],
    };
    return result;
  },
};

interface DrainOptions {
  readonly ignoreDaemonSets: boolean;
  readonly force: boolean;
  readonly deleteEmptyDirData: boolean;
}

interface DrainPlan {
  readonly evict: readonly Pod[];
  /** `message: ns/a, ns/b`, one per message, as PodDeleteList.Warnings and errors group them. */
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
}

type Verdict = { readonly delete: boolean; readonly reason?: 'warning' | 'error' | 'skip'; readonly message?: string };

/** pkg/drain GetPodsForDeletion: each Pod through the filters in order, stopping at the first that keeps it. */
export function planDrain(cluster: Cluster, nodeName: string, options: DrainOptions): DrainPlan {
  // The API server lists a Node's Pods in key order, namespace then name: drain reports them so.
  const key = (pod: Pod): string => `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
  const pods = cluster.pods
    .map((entry) => entry.object)
    .filter((pod) => pod.spec?.nodeName === nodeName)
    .sort((a, b) => compareStrings(key(a), key(b)));
  const verdicts = pods.map((pod) => ({ pod, verdict: filterPod(cluster, pod, options) }));
  return {
    evict: verdicts.filter(({ verdict }) => verdict.delete).map(({ pod }) => pod),
    warnings: group(verdicts, 'warning'),
    errors: group(verdicts, 'error'),
  };
}

function group(verdicts: readonly { pod: Pod; verdict: Verdict }[], reason: 'warning' | 'error'): string[] {
  const byMessage = new Map<string, string[]>();
  for (const { pod, verdict } of verdicts) {
    if (verdict.reason !== reason || verdict.message === undefined) continue;
    byMessage.set(verdict.message, [...(byMessage.get(verdict.message) ?? []), `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`]);
  }
  // Go's map order is random; the filters' order reads best.
  const rank = (message: string): number => FILTER_ORDER.findIndex((prefix) => message.startsWith(prefix));
  return [...byMessage].sort(([a], [b]) => rank(a) - rank(b)).map(([message, names]) => `${message}: ${names.join(', ')}`);
}

function filterPod(cluster: Cluster, pod: Pod, options: DrainOptions): Verdict {
  const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
  const controller = (pod.metadata?.ownerReferences ?? []).find((owner) => owner.controller === true);
  let last: Verdict = { delete: true };
  const steps: (() => Verdict)[] = [
    // daemonSetFilter
    () => {
      if (controller?.kind !== 'DaemonSet' || finished) return { delete: true };
      const exists = cluster.daemonSets.some((entry) => entry.object.metadata?.namespace === pod.metadata?.namespace && entry.object.metadata?.name === controller.name);
      if (!exists) return options.force ? { delete: true, reason: 'warning', message: `daemonsets.apps "${controller.name}" not found` } : { delete: false, reason: 'error', message: `daemonsets.apps "${controller.name}" not found` };
      return options.ignoreDaemonSets ? { delete: false, reason: 'warning', message: DAEMON_SET_WARNING } : { delete: false, reason: 'error', message: DAEMON_SET_FATAL };
    },
    // mirrorPodFilter
    () => (pod.metadata?.annotations?.[MIRROR_ANNOTATION] !== undefined ? { delete: false, reason: 'skip' } : { delete: true }),
    // localStorageFilter
    () => {
      const local = (pod.spec?.volumes ?? []).some((volume) => volume.emptyDir !== undefined);
      if (!local || finished) return { delete: true };
      return options.deleteEmptyDirData ? { delete: true, reason: 'warning', message: LOCAL_STORAGE_WARNING } : { delete: false, reason: 'error', message: LOCAL_STORAGE_FATAL };
    },
    // unreplicatedFilter
    () => {
      if (finished || controller !== undefined) return { delete: true };
      return options.force ? { delete: true, reason: 'warning', message: UNMANAGED_WARNING } : { delete: false, reason: 'error', message: UNMANAGED_FATAL };
    },
  ];
  for (const step of steps) {
    const verdict = step();
    // filters.go: only the last filter's warning survives; an okay verdict keeps an earlier warning out too.
    last = verdict;
    if (!verdict.delete) break;
  }
  return last;
}
