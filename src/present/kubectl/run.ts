/**
 * `kubectl run NAME -it --rm --image=IMAGE -- CMD...` and `kubectl exec -it POD -- CMD...`. The
 * Pod of `run --rm` lives only for the command, so no event is produced; kubectl deletes it after
 * and, when the container failed, reports it (cmd/run/run.go: `pod NS/NAME terminated (Error)`).
 */
import type { KubectlCommand } from './command.ts';
import { flagSet, flagValue, namespaceOf } from './flags.ts';
import { findPod } from './lookup.ts';
import { runContainerCommand } from './nslookup.ts';
import { fail, usageError, type KubectlResult } from './types.ts';

const ATTACH_FLAGS = [
  { long: 'stdin', short: 'i', kind: 'boolean' },
  { long: 'tty', short: 't', kind: 'boolean' },
] as const;

export const runCommand: KubectlCommand = {
  name: 'run',
  summary: 'Run a particular image on the cluster',
  usage: 'kubectl run NAME -it --rm --image=busybox [--restart=Never] -- nslookup NAME [SERVER]',
  flags: [...ATTACH_FLAGS, { long: 'rm', kind: 'boolean' }, { long: 'image', kind: 'string' }, { long: 'restart', kind: 'string' }, { long: 'command', kind: 'boolean' }, { long: 'quiet', short: 'q', kind: 'boolean' }],
  run: (cluster, parsed) => {
    const [name] = parsed.positionals;
    if (name === undefined) return usageError('run', 'NAME is required for run');
    const image = flagValue(parsed, 'image');
    if (image === undefined || image === '') return fail('error: required flag(s) "image" not set');
    const namespace = namespaceOf(parsed);
    if (!flagSet(parsed, 'rm') || !flagSet(parsed, 'stdin')) {
      return fail('error: the simulator runs only throwaway Pods: kubectl run -it --rm NAME --image=busybox -- nslookup SERVICE', {
        note: 'A Pod that stays would have to enter the simulated cluster; write it in the manifest instead.',
      });
    }
    if (findPod(cluster, namespace, name) !== undefined) return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
    const run = runContainerCommand(cluster, namespace, parsed.command);
    const quiet = flagSet(parsed, 'quiet');
    const stdout = `${run.stdout}${quiet ? '' : `pod "${name}" deleted\n`}`;
    const stderr = `${run.stderr ?? ''}${run.exitCode === 0 ? '' : `pod ${namespace}/${name} terminated (Error)\n`}`;
    return withNote({ stdout, stderr, exitCode: run.exitCode, events: [] }, run.note);
  },
};

export const execCommand: KubectlCommand = {
  name: 'exec',
  summary: 'Execute a command in a container',
  usage: 'kubectl exec -it POD -- nslookup NAME [SERVER]',
  flags: [...ATTACH_FLAGS, { long: 'container', short: 'c', kind: 'string' }],
  run: (cluster, parsed) => {
    const [target] = parsed.positionals;
    if (target === undefined) return usageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    if (parsed.command.length === 0) return usageError('exec', 'you must specify at least one command for the container');
    const name = target.startsWith('pod/') ? target.slice(4) : target;
    const namespace = namespaceOf(parsed);
    const pod = findPod(cluster, namespace, name);
    if (pod === undefined) return fail(`Error from server (NotFound): pods "${name}" not found`);
    if (pod.status?.phase !== 'Running') return fail(`error: cannot exec into a container in a completed pod; current phase is ${pod.status?.phase ?? 'Pending'}`);
    const run = runContainerCommand(cluster, namespace, parsed.command);
    const stderr = `${run.stderr ?? ''}${run.exitCode === 0 ? '' : `command terminated with exit code ${run.exitCode}\n`}`;
    return withNote({ stdout: run.stdout, stderr, exitCode: run.exitCode, events: [] }, run.note);
  },
};

function withNote(result: KubectlResult, note: string | undefined): KubectlResult {
  return note === undefined ? result : { ...result, note };
}
