/**
 * `kse dns NAME [--type T] [--from NS]`: what cluster DNS answers. Without --from the name goes to
 * CoreDNS as it is (absolute); with --from it is resolved as a Pod in that namespace would.
 */
import type { RRType } from '../../model/index.ts';
import { EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, usageError, type Command } from '../command.ts';
import { flagValue } from '../flags.ts';

const TYPES: readonly RRType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];

export const dnsCommand: Command = {
  name: 'dns',
  summary: 'Ask the simulated cluster DNS (CoreDNS) a question',
  usage: 'dns NAME [--type A|AAAA|SRV|CNAME|PTR|TXT] [--from NAMESPACE] [-o json] -f FILE|DIR|-',
  flags: [
    FILENAME_FLAG,
    EVENTS_FLAG,
    INPUT_FLAG,
    KUBE_VERSION_FLAG,
    GATEWAY_API_FLAG,
    { long: 'type', kind: 'string', value: 'TYPE', help: 'the record type (default A)' },
    { long: 'from', kind: 'string', value: 'NAMESPACE', help: "resolve as a Pod in NAMESPACE would: its resolv.conf search path and ndots:5" },
    { long: 'output', short: 'o', kind: 'string', value: 'json', help: 'print the answer as JSON' },
    HELP_FLAG,
  ],
  examples: ['kse dns web.shop.svc.cluster.local -f manifests/', 'kse dns web --from shop -f manifests/', 'kse dns _http._tcp.web.shop.svc.cluster.local --type SRV -f manifests/'],
  run: async (args, io) => {
    const [name, ...rest] = args.positionals;
    if (name === undefined) return usageError(io, 'dns', 'a NAME to resolve is required');
    if (rest.length > 0) return usageError(io, 'dns', `unexpected argument "${rest[0] ?? ''}"`);
    const type = TYPES.find((t) => t === (flagValue(args, 'type') ?? 'A').toUpperCase());
    if (type === undefined) return usageError(io, 'dns', `unsupported record type "${flagValue(args, 'type') ?? ''}", supported: ${TYPES.join(', ')}`);
    const output = flagValue(args, 'output');
    if (output !== undefined && output !== 'json') return usageError(io, 'dns', `unknown output format "${output}", allowed formats are: json`);
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    const { resolve, resolveFrom } = await import('../../model/index.ts');
    const from = flagValue(args, 'from');
    const question = { name, type };
    const response = from === undefined ? resolve(loaded.cluster, question) : resolveFrom(loaded.cluster, question, from);
    if (output === 'json') {
      io.stdout(`${JSON.stringify(response, null, 2)}\n`);
    } else {
      const { formatDig } = await import('../../present/text/dig.ts');
      io.stdout(formatDig(response));
    }
    return EXIT_OK;
  },
};
