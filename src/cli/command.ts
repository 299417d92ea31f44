/**
 * What a `kse` command is, and the helpers every command shares: usage errors, the -f flag, and
 * building the simulated cluster from it.
 */
import type { Cluster, KubeVersion, RuntimeEvent } from '../model/index.ts';
import { DEFAULT_KUBE_VERSION, parseKubeVersion, supportedRangeText } from '../model/versions/kube-version.ts';
import { flagSet, flagValue, flagValues, type FlagSpec, type ParsedArgs } from './flags.ts';
import type { CliIO } from './io.ts';
import { readSources } from './sources.ts';

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `get RESOURCE[,RESOURCE...] [NAME...]` */
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
  /** Lines of examples for `--help`. */
  readonly examples: readonly string[];
  readonly run: (args: ParsedArgs, io: CliIO) => Promise<number>;
}

/** Exit codes: 0 success, 1 a failure the command reports (errors in input, NotFound), 2 a usage error; 70, an internal error, is internal-error.ts's. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const FILENAME_FLAG: FlagSpec = {
  long: 'filename',
  short: 'f',
  kind: 'strings',
  value: 'FILE|DIR|-',
  help: 'manifests to apply to the simulated cluster: a file, a directory (*.yaml, *.yml, *.json) or - for stdin; repeatable',
};

export const EVENTS_FLAG: FlagSpec = {
  long: 'events',
  kind: 'string',
  value: 'FILE',
  help: 'runtime events applied in order on top of the manifests, as JSON (what a share link\'s ev= carries): [{"kind":"readiness","pod":"ns/name","ready":false}, ...]',
};

export const INPUT_FLAG: FlagSpec = {
  long: 'input',
  kind: 'string',
  value: 'auto|manifest|dump',
  help: 'how to read the files: manifest applies them as `kubectl apply -f` would on a fresh cluster; dump loads them as the stored state of the running cluster `kubectl get -o yaml` read them from (addresses, nodePorts and status kept); auto (the default) decides per object from the fields only an API server sets (metadata.resourceVersion, uid, managedFields)',
};

export const KUBE_VERSION_FLAG: FlagSpec = {
  long: 'kube-version',
  kind: 'string',
  value: '1.N',
  help: `the Kubernetes minor version to simulate, ${supportedRangeText()} (default ${DEFAULT_KUBE_VERSION}): its API fields, defaults, validation and warnings, EndpointSlice hints, kube-proxy modes and the CoreDNS kubeadm ships`,
};

export const GATEWAY_API_FLAG: FlagSpec = {
  long: 'gateway-api',
  kind: 'boolean',
  help: 'the cluster has the Gateway API CRDs installed (standard channel), as `kubectl apply -f standard-install.yaml` leaves it; without it, as on a bare cluster, GatewayClass, Gateway, HTTPRoute and ReferenceGrant get `no matches for kind` unless the files carry the CRDs or are a dump (trace --via gateway implies it)',
};

const INPUT_MODES = ['auto', 'manifest', 'dump'] as const;
type InputFlag = (typeof INPUT_MODES)[number];

export const NAMESPACE_FLAG: FlagSpec = { long: 'namespace', short: 'n', kind: 'string', value: 'NS', help: 'the namespace (default "default")' };

export const HELP_FLAG: FlagSpec = { long: 'help', short: 'h', kind: 'boolean', help: 'show this help' };

/** Prints a usage error the way kubectl does, and returns exit code 2. */
export function usageError(io: CliIO, command: string | undefined, message: string): number {
  const help = command === undefined ? 'kse --help' : `kse ${command} --help`;
  io.stderr(`error: ${message}\nSee '${help}' for usage.\n`);
  return EXIT_USAGE;
}

export type LoadedCluster = { readonly ok: true; readonly cluster: Cluster } | { readonly ok: false; readonly exitCode: number };

/**
 * Reads every -f source (and the --events file) and builds the cluster at the IO's clock. The
 * model is loaded only here, so `--help` and usage errors never pay for it.
 */
export async function loadCluster(args: ParsedArgs, io: CliIO): Promise<LoadedCluster> {
  const input = flagValue(args, 'input') ?? 'auto';
  if (!(INPUT_MODES as readonly string[]).includes(input)) {
    return { ok: false, exitCode: usageError(io, undefined, `invalid argument "${input}" for "--input" flag: must be one of ${INPUT_MODES.join(', ')}`) };
  }
  const versionFlag = flagValue(args, 'kube-version');
  const kubeVersion: KubeVersion | undefined = versionFlag === undefined ? DEFAULT_KUBE_VERSION : parseKubeVersion(versionFlag);
  if (kubeVersion === undefined) {
    return { ok: false, exitCode: usageError(io, undefined, `invalid argument "${versionFlag ?? ''}" for "--kube-version" flag: supported versions are ${supportedRangeText()} (1.N)`) };
  }
  const read = await readSources(flagValues(args, 'filename'), io);
  if (!read.ok) {
    io.stderr(`error: ${read.error}\n`);
    return { ok: false, exitCode: EXIT_FAILURE };
  }
  const events = await readEvents(flagValue(args, 'events'), io);
  if (events === undefined) return { ok: false, exitCode: EXIT_FAILURE };
  // A dump too large for one thread has its List's items parsed on several (list-parse.ts).
  const cache = await io.parseLists?.(read.sources);
  const { buildCluster } = await import('../model/index.ts');
  // A trace through a Gateway asks about a cluster that has one: the CRDs are taken as installed.
  const gatewayApi = flagSet(args, 'gateway-api') || flagValue(args, 'via') === 'gateway';
  return { ok: true, cluster: buildCluster(read.sources, { ...(io.now === undefined ? {} : { now: io.now }), events, input: input as InputFlag, kubeVersion, gatewayApi, ...(cache === undefined ? {} : { cache }) }) };
}

/** The --events file's events; undefined (with the reason on stderr) when it cannot be read. */
async function readEvents(path: string | undefined, io: CliIO): Promise<RuntimeEvent[] | undefined> {
  if (path === undefined) return [];
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch {
    io.stderr(`error: the events file "${path}" does not exist or cannot be read\n`);
    return undefined;
  }
  const { parseEvents } = await import('../present/text/events-json.ts');
  const parsed = parseEvents(text);
  if (parsed.dropped > 0) {
    io.stderr(`error: ${path}: ${parsed.dropped === 1 ? 'an entry is not a runtime event' : `${parsed.dropped} entries are not runtime events`} (a JSON list of {"kind": "delete-pod" | "terminate-pod" | "readiness" | "label-pod" | "cordon" | "drain" | "scale", ...})\n`);
    return undefined;
  }
  return parsed.events;
}
