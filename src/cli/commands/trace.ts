/**
 * `kse trace SERVICE`: the hops of a new connection from a client to a Pod through the Service, as
 * kube-proxy (iptables mode) routes it, or why it never arrives; with `--via ingress`, through the
 * Ingress rules and their controller, the Service chosen by `--host` and `--path`.
 */
import type { TraceRequest, TraceVia } from '../../model/index.ts';
import { findResourceType } from '../../present/text/resources.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, NAMESPACE_FLAG, usageError, type Command } from '../command.ts';
import { flagValue, flagValues, type ParsedArgs } from '../flags.ts';
import { formatTrace } from './trace-text.ts';

const VIAS: readonly TraceVia[] = ['clusterip', 'nodeport', 'loadbalancer', 'ingress', 'gateway'];

/** `NAME`, or `svc/NAME` as kubectl writes a typed name. */
function serviceName(positional: string): string | undefined {
  const slash = positional.indexOf('/');
  if (slash < 0) return positional;
  return findResourceType(positional.slice(0, slash))?.resource === 'services' ? positional.slice(slash + 1) : undefined;
}

/** `--header NAME=VALUE` (also `NAME:VALUE`, as curl writes it). */
function parseHeader(text: string): readonly [string, string] | undefined {
  const at = [text.indexOf('='), text.indexOf(':')].filter((i) => i > 0).sort((a, b) => a - b)[0];
  if (at === undefined) return undefined;
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

function request(args: ParsedArgs, service: string | undefined, via: TraceVia | undefined, headers: readonly (readonly [string, string])[]): TraceRequest {
  const listener = flagValue(args, 'listener');
  return {
    ...(flagValue(args, 'gateway') === undefined ? {} : { gateway: flagValue(args, 'gateway') }),
    ...(listener === undefined ? {} : { listener: Number(listener) }),
    ...(flagValue(args, 'method') === undefined ? {} : { method: flagValue(args, 'method') }),
    ...(headers.length === 0 ? {} : { headers }),
    ...(service === undefined ? {} : { service }),
    namespace: flagValue(args, 'namespace') ?? 'default',
    via,
    from: flagValue(args, 'from'),
    node: flagValue(args, 'node'),
    port: flagValue(args, 'port'),
    clientIP: flagValue(args, 'client-ip'),
    seed: flagValue(args, 'seed'),
    host: flagValue(args, 'host'),
    path: flagValue(args, 'path'),
    name: flagValue(args, 'name'),
  };
}

export const traceCommand: Command = {
  name: 'trace',
  summary: 'Trace a packet from a client to a Pod through a Service, an Ingress or a Gateway',
  usage: 'trace SERVICE [-n NS] [--via clusterip|nodeport|loadbalancer|ingress] [--from external|pod/NAME|pod/NS/NAME] [--node NODE] [--port P] [--name NAME] [--client-ip IP] [--host H --path P] [--gateway NS/NAME] [--listener PORT] [--method M] [--header NAME=VALUE]... [--seed S] [-o json] -f FILE|DIR|-',
  flags: [
    FILENAME_FLAG,
    EVENTS_FLAG,
    INPUT_FLAG,
    KUBE_VERSION_FLAG,
    GATEWAY_API_FLAG,
    NAMESPACE_FLAG,
    { long: 'via', kind: 'string', value: 'PATH', help: 'clusterip, nodeport, loadbalancer, ingress or gateway (default: by the Service type)' },
    { long: 'from', kind: 'string', value: 'CLIENT', help: 'external, pod/NAME or pod/NS/NAME (default: a placeholder Pod for clusterip, else external)' },
    { long: 'node', kind: 'string', value: 'NODE', help: 'the Node that receives the packet, or the placeholder client Pod\'s Node' },
    { long: 'port', kind: 'string', value: 'P', help: 'the port the client sends to: service port, nodePort or load-balancer port, as N, N/PROTOCOL or a port name (default: the first)' },
    { long: 'name', kind: 'string', value: 'NAME', help: "the client Pod dials this DNS name (web, web.NS, an FQDN): the trace starts with its lookup through the Pod's search path" },
    { long: 'client-ip', kind: 'string', value: 'IP', help: "the client's address (default: the Pod's IP, or a simulated one)" },
    { long: 'seed', kind: 'string', value: 'S', help: 'draw the final backend at random from this seed (default: the first of kube-proxy\'s rules)' },
    { long: 'host', kind: 'string', value: 'HOST', help: 'with --via ingress: the request\'s Host header (default: none, so only rules without a host match)' },
    { long: 'path', kind: 'string', value: 'PATH', help: 'with --via ingress or gateway: the request path (default: /); with gateway it may carry ?query' },
    { long: 'gateway', kind: 'string', value: 'NS/NAME', help: 'with --via gateway: the Gateway (default: the only one, else the first with a listener for the host)' },
    { long: 'listener', kind: 'string', value: 'PORT', help: "with --via gateway: the listener's port (default: the Gateway's only port, else 80)" },
    { long: 'method', kind: 'string', value: 'M', help: 'with --via gateway: the request method (default: GET)' },
    { long: 'header', kind: 'strings', value: 'NAME=VALUE', help: 'with --via gateway: a request header (repeatable)' },
    { long: 'output', short: 'o', kind: 'string', value: 'json', help: 'print the trace as JSON' },
    HELP_FLAG,
  ],
  examples: [
    'kse trace web -f manifests/',
    'kse trace web --via nodeport --node worker-2 -f manifests/',
    'kse trace web --from pod/shop/curl --port 443 -o json -f manifests/',
    'kse trace web -n shop --name web.shop -f manifests/',
    'kse trace --via ingress --host app.example.com --path /api -f manifests/',
    'kse trace --via gateway --host app.example.com --path /api --header env=canary -f manifests/',
  ],
  run: async (args, io) => {
    const [positional, ...rest] = args.positionals;
    const viaFlag = flagValue(args, 'via');
    const via = VIAS.find((v) => v === viaFlag?.toLowerCase());
    if (viaFlag !== undefined && via === undefined) return usageError(io, 'trace', `unknown path "${viaFlag}", allowed: ${VIAS.join(', ')}`);
    if (positional === undefined && via !== 'ingress' && via !== 'gateway') return usageError(io, 'trace', 'a SERVICE to trace is required');
    if (rest.length > 0) return usageError(io, 'trace', `unexpected argument "${rest[0] ?? ''}"`);
    const service = positional === undefined ? undefined : serviceName(positional);
    if (positional !== undefined && service === undefined) return usageError(io, 'trace', `"${positional}" is not a Service`);
    if (via !== 'ingress' && via !== 'gateway' && (flagValue(args, 'host') !== undefined || flagValue(args, 'path') !== undefined)) return usageError(io, 'trace', '--host and --path go with --via ingress or gateway');
    const gatewayOnly = ['gateway', 'listener', 'method', 'header'].find((flag) => flagValues(args, flag).length > 0);
    if (via !== 'gateway' && gatewayOnly !== undefined) return usageError(io, 'trace', `--${gatewayOnly} goes with --via gateway`);
    const listener = flagValue(args, 'listener');
    if (listener !== undefined && !/^\d+$/.test(listener)) return usageError(io, 'trace', `--listener takes a port number, not "${listener}"`);
    const headers = flagValues(args, 'header').map((text) => ({ text, header: parseHeader(text) }));
    const badHeader = headers.find((h) => h.header === undefined);
    if (badHeader !== undefined) return usageError(io, 'trace', `--header takes NAME=VALUE, not "${badHeader.text}"`);
    const output = flagValue(args, 'output');
    if (output !== undefined && output !== 'json') return usageError(io, 'trace', `unknown output format "${output}", allowed formats are: json`);
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    const { trace } = await import('../../model/index.ts');
    const result = trace(loaded.cluster, request(args, service, via, headers.map((h) => h.header!)));
    if (!result.ok) {
      io.stderr(result.error.reason === 'NotFound' ? `Error from server (NotFound): ${result.error.message}\n` : `error: ${result.error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stdout(output === 'json' ? `${JSON.stringify(result.trace, null, 2)}\n` : formatTrace(result.trace));
    return EXIT_OK;
  },
};
