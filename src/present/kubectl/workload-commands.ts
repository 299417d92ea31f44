/** `kubectl scale`, `kubectl delete pod` and `kubectl label pod`: kubectl's words, and the events they cause. */
import type { RuntimeEvent } from '../../model/index.ts';
import type { KubectlCommand } from './command.ts';
import { flagSet, flagValue, namespaceOf } from './flags.ts';
import { findPod, splitTypeName } from './lookup.ts';
import { fail, ok, usageError } from './types.ts';

interface ScaleKind {
  readonly kind: string;
  /** `deployment.apps`: the prefix of kubectl's `scaled` line. */
  readonly prefix: string;
  readonly plural: string;
  readonly names: readonly string[];
}

const SCALABLE: readonly ScaleKind[] = [
  { kind: 'Deployment', prefix: 'deployment.apps', plural: 'deployments.apps', names: ['deployment', 'deployments', 'deploy', 'deployment.apps', 'deployments.apps'] },
  { kind: 'ReplicaSet', prefix: 'replicaset.apps', plural: 'replicasets.apps', names: ['replicaset', 'replicasets', 'rs', 'replicaset.apps', 'replicasets.apps'] },
  { kind: 'StatefulSet', prefix: 'statefulset.apps', plural: 'statefulsets.apps', names: ['statefulset', 'statefulsets', 'sts', 'statefulset.apps', 'statefulsets.apps'] },
  { kind: 'ReplicationController', prefix: 'replicationcontroller', plural: 'replicationcontrollers', names: ['replicationcontroller', 'replicationcontrollers', 'rc'] },
];

export const scaleCommand: KubectlCommand = {
  name: 'scale',
  summary: 'Set a new size for a deployment, replica set, replication controller, or stateful set',
  usage: 'kubectl scale (deployment|rs|sts|rc)/NAME --replicas=N',
  flags: [{ long: 'replicas', kind: 'string' }],
  run: (cluster, parsed) => {
    const replicasText = flagValue(parsed, 'replicas');
    if (replicasText === undefined) return fail('error: required flag(s) "replicas" not set');
    const replicas = Number(replicasText);
    if (!/^-?\d+$/.test(replicasText)) return fail(`error: invalid argument "${replicasText}" for "--replicas" flag: strconv.ParseInt: parsing "${replicasText}": invalid syntax`);
    if (replicas < 0) return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    const target = splitTypeName(parsed.positionals[0], parsed.positionals[1]);
    if (target?.name === undefined) return usageError('scale', 'You must provide the name of the resource to scale');
    const kind = SCALABLE.find((k) => k.names.includes(target.type.toLowerCase()));
    if (kind === undefined) return fail(`error: the server doesn't have a resource type "${target.type}"`);
    const namespace = namespaceOf(parsed);
    const lists: Readonly<Record<string, readonly { key: string }[]>> = {
      Deployment: cluster.deployments,
      ReplicaSet: cluster.replicaSets,
      StatefulSet: cluster.statefulSets,
      ReplicationController: cluster.replicationControllers,
    };
    const key = `${kind.kind}/${namespace}/${target.name}`;
    if (!(lists[kind.kind] ?? []).some((entry) => entry.key === key)) return fail(`Error from server (NotFound): ${kind.plural} "${target.name}" not found`);
    return ok(`${kind.prefix}/${target.name} scaled\n`, { events: [{ kind: 'scale', workload: key, replicas }] });
  },
};

export const deleteCommand: KubectlCommand = {
  name: 'delete',
  summary: 'Delete Pods by name',
  usage: 'kubectl delete pod NAME... [-n NS]',
  flags: [{ long: 'grace-period', kind: 'string' }, { long: 'wait', kind: 'boolean' }, { long: 'force', kind: 'boolean' }, { long: 'now', kind: 'boolean' }],
  run: (cluster, parsed) => {
    const [typeWord, ...rest] = parsed.positionals;
    if (typeWord === undefined) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    const slashed = typeWord.includes('/');
    const type = slashed ? typeWord.slice(0, typeWord.indexOf('/')) : typeWord;
    const names = slashed ? parsed.positionals.map((word) => word.slice(word.indexOf('/') + 1)) : rest;
    if (!['pod', 'pods', 'po'].includes(type.toLowerCase())) {
      return fail(`error: the simulator deletes Pods only (kubectl delete pod NAME); delete other objects by removing them from the manifest`);
    }
    if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    const namespace = namespaceOf(parsed);
    const events: RuntimeEvent[] = [];
    let stdout = '';
    let stderr = '';
    for (const name of names) {
      if (findPod(cluster, namespace, name) === undefined) {
        stderr += `Error from server (NotFound): pods "${name}" not found\n`;
        continue;
      }
      stdout += `pod "${name}" deleted\n`;
      events.push({ kind: 'delete-pod', pod: `${namespace}/${name}` });
    }
    return { stdout, stderr, exitCode: stderr === '' ? 0 : 1, events };
  },
};

export const labelCommand: KubectlCommand = {
  name: 'label',
  summary: 'Update the labels on a Pod',
  usage: 'kubectl label pod NAME KEY=VALUE... KEY-... [--overwrite]',
  flags: [{ long: 'overwrite', kind: 'boolean' }],
  run: (cluster, parsed) => {
    const target = splitTypeName(parsed.positionals[0], parsed.positionals[1]);
    if (target?.name === undefined) return usageError('label', 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (!['pod', 'pods', 'po'].includes(target.type.toLowerCase())) return fail('error: the simulator labels Pods only (kubectl label pod NAME key=value)');
    const changes = parsed.positionals.slice(target.consumed);
    if (changes.length === 0) return usageError('label', 'at least one label update is required');
    const namespace = namespaceOf(parsed);
    const pod = findPod(cluster, namespace, target.name);
    if (pod === undefined) return fail(`Error from server (NotFound): pods "${target.name}" not found`);
    const current = pod.metadata?.labels ?? {};
    const labels: Record<string, string | null> = {};
    let stderr = '';
    for (const change of changes) {
      if (change.endsWith('-') && !change.includes('=')) {
        const key = change.slice(0, -1);
        if (key in current) labels[key] = null;
        else stderr += `label "${key}" not found.\n`;
        continue;
      }
      const eq = change.indexOf('=');
      if (eq <= 0) return fail(`error: invalid label spec: ${change}`);
      const key = change.slice(0, eq);
      const value = change.slice(eq + 1);
      // cmd/label/label.go validateNoOverwrites.
      if (!flagSet(parsed, 'overwrite') && key in current && current[key] !== value) {
        return fail(`error: '${key}' already has a value (${current[key] ?? ''}), and --overwrite is false`);
      }
      labels[key] = value;
    }
    const changed = Object.entries(labels).some(([key, value]) => (value === null ? key in current : current[key] !== value));
    if (!changed) return ok(`pod/${target.name} not labeled\n`, { stderr });
    const onlyRemovals = Object.values(labels).every((value) => value === null);
    return ok(`pod/${target.name} ${onlyRemovals ? 'unlabeled' : 'labeled'}\n`, { stderr, events: [{ kind: 'label-pod', pod: `${namespace}/${target.name}`, labels }] });
  },
};
