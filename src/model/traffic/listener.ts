/**
 * Whether anything is known to listen where the packet lands. kube-proxy DNATs to the endpoint's
 * port whatever the Pod runs: it knows the Service and its EndpointSlices, never the process. A
 * numeric targetPort is copied to the endpoint as it is (FindPort, pkg/api/v1/pod/util.go), and
 * containerPort is informational (core/v1 ContainerPort: "Not specifying a port here DOES NOT
 * prevent that port from being exposed"). So a Pod whose containers declare other ports than the
 * one the packet is sent to most likely has nothing listening there, and its kernel answers: a TCP
 * RST ("connection refused"), an ICMP port unreachable for UDP, an SCTP ABORT.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../cluster-types.ts';
import type { Listener, Trace } from './types.ts';

/** What the Pod's kernel sends back when nothing listens, by protocol. */
const REFUSAL: Readonly<Record<string, string>> = {
  TCP: 'a TCP RST, and the client sees "connection refused"',
  UDP: 'an ICMP port unreachable, and the client sees "connection refused" or no answer',
  SCTP: 'an SCTP ABORT',
};

interface DeclaredPort {
  readonly containerPort: number;
  readonly name?: string;
  readonly protocol: string;
}

/** Ports of the containers and restartable init containers (sidecars), as FindPort reads them. */
function declaredPorts(pod: Pod): DeclaredPort[] {
  const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
  return [...(pod.spec?.containers ?? []), ...sidecars].flatMap((container) =>
    (container.ports ?? []).map((port) => ({ containerPort: port.containerPort, ...(port.name ? { name: port.name } : {}), protocol: port.protocol ?? 'TCP' })),
  );
}

/** `9090/TCP (http)`. */
function describePort(port: DeclaredPort): string {
  return `${port.containerPort}/${port.protocol}${port.name === undefined ? '' : ` (${port.name})`}`;
}

/** The targetPort to set: the one port declared for the protocol (by name where it has one), else whichever the process listens on. */
function fixFor(candidates: readonly DeclaredPort[]): string {
  const [only] = candidates;
  if (candidates.length !== 1 || only === undefined) return "set the Service's targetPort to the port the container listens on, or to the name of its container port";
  return `set the Service's targetPort to ${only.containerPort}${only.name === undefined ? '' : `, or to the port's name, ${only.name}`}`;
}

/** The port of an `ip:port` or `[ip]:port` address. */
function portOf(address: string): number | undefined {
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  return Number.isInteger(port) ? port : undefined;
}

/** What is known about a listener on the Pod a delivered trace ends at; undefined when it ends at an address without a Pod. */
export function listenerOf(cluster: Cluster, trace: Trace): Listener | undefined {
  const final = trace.final;
  if (final === null) return undefined;
  const port = portOf(final.dst);
  const pod = cluster.pods.find((entry) => entry.key === `Pod/${final.pod}`)?.object;
  if (pod === undefined || port === undefined) return undefined;
  const name = pod.metadata?.name ?? '';
  const protocol = trace.protocol;
  const declared = declaredPorts(pod);
  const target = `${port}/${protocol}`;
  if (declared.some((p) => p.containerPort === port && p.protocol === protocol)) return { status: 'declared', port, protocol, declared: declared.map(describePort) };
  if (declared.length === 0) {
    return {
      status: 'unknown',
      port,
      protocol,
      declared: [],
      message: `no container of ${name} declares a port, so whether anything listens on ${target} is up to the process: kube-proxy cannot know`,
    };
  }
  const others = declared.map(describePort).join(', ');
  return {
    status: 'other-port',
    port,
    protocol,
    declared: declared.map(describePort),
    message:
      `nothing is known to listen on ${target}: the containers of ${name} declare ${others}. kube-proxy forwards the packet all the same, ` +
      `as it knows only the Service and its endpoints; unless the process listens on ${port} anyway, the Pod answers with ${REFUSAL[protocol] ?? 'a refusal'}. ` +
      `Fix: ${fixFor(declared.filter((p) => p.protocol === protocol))}`,
  };
}
