/**
 * `kse proxy`: the rules kube-proxy programs on one Node for the simulated cluster, printed as the
 * mode's own tool prints them (iptables-save, ipvsadm -Ln, nft list ruleset), or as JSON.
 */
import type { ProxyMode } from '../../model/index.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, usageError, type Command } from '../command.ts';
import { flagValue } from '../flags.ts';

const MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'Print the rules kube-proxy programs on a Node, in iptables, ipvs or nftables mode',
  usage: 'proxy [--mode iptables|ipvs|nftables] [--node NODE] [-o json] -f FILE|DIR|-',
  flags: [
    FILENAME_FLAG,
    EVENTS_FLAG,
    INPUT_FLAG,
    KUBE_VERSION_FLAG,
    GATEWAY_API_FLAG,
    { long: 'mode', kind: 'string', value: 'MODE', help: "kube-proxy's mode: iptables (default), ipvs or nftables" },
    { long: 'node', kind: 'string', value: 'NODE', help: 'the Node whose rules to print (default: the first Ready Node that runs workloads)' },
    { long: 'output', short: 'o', kind: 'string', value: 'json', help: 'print the rules as JSON, each with the graph boxes it acts on' },
    HELP_FLAG,
  ],
  examples: ['kse proxy -f manifests/', 'kse proxy --mode ipvs --node worker-2 -f manifests/', 'kse proxy -o json -f manifests/'],
  run: async (args, io) => {
    if (args.positionals.length > 0) return usageError(io, 'proxy', `unexpected argument "${args.positionals[0] ?? ''}"`);
    const modeFlag = flagValue(args, 'mode');
    const mode = MODES.find((m) => m === modeFlag?.toLowerCase());
    if (modeFlag !== undefined && mode === undefined) return usageError(io, 'proxy', `unknown mode "${modeFlag}", allowed: ${MODES.join(', ')}`);
    const output = flagValue(args, 'output');
    if (output !== undefined && output !== 'json') return usageError(io, 'proxy', `unknown output format "${output}", allowed formats are: json`);
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    const { formatProxyDump, proxyRules } = await import('../../model/index.ts');
    const result = proxyRules(loaded.cluster, { mode, node: flagValue(args, 'node') });
    if (!result.ok) {
      io.stderr(result.error.reason === 'NotFound' ? `Error from server (NotFound): ${result.error.message}\n` : `error: ${result.error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stdout(output === 'json' ? `${JSON.stringify(result.dump, null, 2)}\n` : formatProxyDump(result.dump));
    return EXIT_OK;
  },
};
