/** Every verb the terminal answers, in the order `kubectl help` lists them. */
import { applyCommand } from './apply.ts';
import type { KubectlCommand } from './command.ts';
import { describeCommand } from './describe.ts';
import { getCommand } from './get.ts';
import { cordon, drainCommand, uncordon } from './node-commands.ts';
import { portForwardCommand } from './port-forward.ts';
import { execCommand, runCommand } from './run.ts';
import { ok } from './types.ts';
import { featuresOf } from '../../model/index.ts';
import { deleteCommand, labelCommand, scaleCommand } from './workload-commands.ts';

const versionCommand: KubectlCommand = {
  name: 'version',
  summary: 'Print the client and server version information',
  usage: 'kubectl version',
  flags: [{ long: 'client', kind: 'boolean' }, { long: 'output', short: 'o', kind: 'string' }],
  // The server is the simulated version's release; the client is kubectl of the same minor.
  run: (cluster) => {
    const release = featuresOf(cluster.config.kubeVersion).release;
    return ok(`Client Version: ${release}\nKustomize Version: v5.4.2\nServer Version: ${release} (simulated)\n`);
  },
};

const clusterInfoCommand: KubectlCommand = {
  name: 'cluster-info',
  summary: 'Display cluster information',
  usage: 'kubectl cluster-info',
  flags: [],
  run: (cluster) => {
    const dns = cluster.services.some((entry) => entry.key === 'Service/kube-system/kube-dns');
    return ok(
      'Kubernetes control plane is running at https://127.0.0.1:6443\n' +
        (dns ? 'CoreDNS is running at https://127.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n' : '') +
        "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  },
};

export const COMMANDS: readonly KubectlCommand[] = [
  runCommand,
  getCommand,
  describeCommand,
  applyCommand,
  deleteCommand,
  labelCommand,
  scaleCommand,
  cordon,
  uncordon,
  drainCommand,
  portForwardCommand,
  execCommand,
  clusterInfoCommand,
  versionCommand,
];

export function findCommand(name: string): KubectlCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** `kubectl help`, shortened to what the simulated cluster answers. */
export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'kubectl controls the simulated Kubernetes cluster.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Usage:',
    '  kubectl [command] [TYPE] [NAME] [flags]',
    '',
    'Use "kubectl <command> --help" for more information about a given command.',
    '',
  ].join('\n');
}

export function commandHelp(command: KubectlCommand): string {
  return `${command.summary}.\n\nUsage:\n  ${command.usage}\n`;
}
