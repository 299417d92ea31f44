/**
 * The Service ports one kube-proxy instance (one Node, one IP family) programs, with the endpoint
 * sets each traffic policy uses there. Every proxy mode starts from this.
 */
import type { Cluster } from '../../cluster-types.ts';
import type { Service } from '../../objects.ts';
import { formatCIDR, parseCIDRSloppy } from '../../net/cidr.ts';
import { familyOf, type IPFamily } from '../../net/ip.ts';
import { nodeAddress } from '../client.ts';
import { categorizeEndpoints, serviceEndpoints, proxyNode, type EndpointSets, type ProxyEndpoint, type ProxyNode } from '../endpoints.ts';
import { LABEL_SERVICE_PROXY_NAME, servicePortInfo, type ServicePortInfo } from '../service-port.ts';

export interface ProxiedPort {
  readonly info: ServicePortInfo;
  /** `svc:NS/NAME`. */
  readonly ref: string;
  readonly sets: EndpointSets;
  /** allLocallyReachableEndpoints: the endpoints that get a per-endpoint chain or real server, in ip:port order. */
  readonly reachable: readonly ProxyEndpoint[];
  /** Every endpoint the EndpointSlice cache holds for the port, usable or not (iptables counts them for its large-cluster mode). */
  readonly endpointCount: number;
  readonly healthCheckNodePort: number | undefined;
  /** loadBalancerSourceRanges of this family, as net.IPNet.String() prints them. */
  readonly sourceRanges: readonly string[];
}

/**
 * The chains one Service port uses and the decisions behind them, as syncProxyRules derives them
 * in both the iptables and the nftables proxier; only the chain names differ between the two.
 */
export interface PortChains {
  readonly clusterChain: string;
  readonly localChain: string;
  readonly externalChain: string;
  readonly fwChain: string;
  /** Where in-cluster traffic goes: the local chain under internalTrafficPolicy Local. */
  readonly internalChain: string;
  /** Where external traffic goes: the local chain under externalTrafficPolicy Local. */
  readonly externalPolicyChain: string;
  readonly hasEndpoints: boolean;
  /** False when a Local policy leaves this Node no endpoint for that kind of traffic. */
  readonly hasInternal: boolean;
  readonly hasExternal: boolean;
}

export function portChains(port: ProxiedPort, names: { readonly cluster: string; readonly local: string; readonly external: string; readonly firewall: string }): PortChains {
  const { info, sets } = port;
  const hasEndpoints = sets.hasAnyEndpoints;
  return {
    clusterChain: names.cluster,
    localChain: names.local,
    externalChain: names.external,
    fwChain: names.firewall,
    internalChain: info.internalPolicyLocal ? names.local : names.cluster,
    externalPolicyChain: info.externalPolicyLocal ? names.local : names.cluster,
    hasEndpoints,
    hasInternal: hasEndpoints && !(info.internalPolicyLocal && sets.local.length === 0),
    hasExternal: hasEndpoints && !(info.externalPolicyLocal && sets.local.length === 0),
  };
}

export interface ProxyScope {
  readonly node: ProxyNode;
  readonly family: IPFamily;
  /** The Node's InternalIP of this family. */
  readonly nodeIP: string | undefined;
  /** The local-traffic detector's Pod CIDR (ClusterCIDR mode, kubeadm's default); undefined when the cluster has none of this family. */
  readonly podCIDR: string | undefined;
  /** The Service CIDRs of this family, as net.IPNet.String() prints them. */
  readonly serviceCIDRs: readonly string[];
  readonly ports: readonly ProxiedPort[];
}

export function endpointRef(endpoint: ProxyEndpoint): string {
  return endpoint.pod === undefined ? `ip:${endpoint.ip}` : `pod:${endpoint.pod.namespace}/${endpoint.pod.name}`;
}

/** apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local. */
function healthCheckNodePort(service: Service): number | undefined {
  const spec = service.spec ?? {};
  return spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local' ? spec.healthCheckNodePort || undefined : undefined;
}

/** newBaseServiceInfo: loadBalancerSourceRanges trimmed, parsed, and kept for this family. */
function sourceRanges(service: Service, family: IPFamily): string[] {
  return (service.spec?.loadBalancerSourceRanges ?? [])
    .map((text) => parseCIDRSloppy(text.trim()))
    .filter((cidr) => cidr !== undefined && cidr.family === family)
    .map((cidr) => (cidr === undefined ? '' : formatCIDR(cidr)));
}

/** CategorizeEndpoints' allReachableEndpoints: the union of the sets in use, one per ip:port. */
function reachable(sets: EndpointSets): ProxyEndpoint[] {
  const byEndpoint = new Map<string, ProxyEndpoint>();
  for (const endpoint of [...sets.cluster, ...sets.local]) byEndpoint.set(endpoint.endpoint, endpoint);
  return [...byEndpoint.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
}

/**
 * The ServicePortMap of ServiceChangeTracker: Services without this family's ClusterIP (headless,
 * ExternalName) and those labelled for another proxy are skipped. kube-proxy walks a Go map, in no
 * fixed order; the ports come here in ServicePortName order, as kube-proxy's own tests sort them.
 */
export function proxyScope(cluster: Cluster, nodeName: string, family: IPFamily): ProxyScope {
  const node = proxyNode(cluster, nodeName);
  const entry = cluster.nodes.find((n) => n.object.metadata?.name === nodeName);
  const ports: ProxiedPort[] = [];
  for (const { object: service } of cluster.services) {
    if (LABEL_SERVICE_PROXY_NAME in (service.metadata?.labels ?? {})) continue;
    for (const port of service.spec?.ports ?? []) {
      const info = servicePortInfo(service, port, family);
      if (info.clusterIP === undefined) continue;
      const endpoints = serviceEndpoints(cluster, info, family, nodeName);
      const sets = categorizeEndpoints(endpoints, info, node);
      const ref = `svc:${info.namespace}/${info.name}`;
      ports.push({ info, ref, sets, reachable: reachable(sets), endpointCount: endpoints.length, healthCheckNodePort: healthCheckNodePort(service), sourceRanges: sourceRanges(service, family) });
    }
  }
  ports.sort((a, b) => compare(`${a.info.nameString} ${a.info.protocol}`, `${b.info.nameString} ${b.info.protocol}`));
  const podCIDR = cluster.config.podCIDRs.map((text) => parseCIDRSloppy(text)).find((cidr) => cidr?.family === family);
  const serviceCIDRs = cluster.config.serviceCIDRs.flatMap((text) => {
    const cidr = parseCIDRSloppy(text);
    return cidr !== undefined && cidr.family === family ? [formatCIDR(cidr)] : [];
  });
  const address = entry === undefined ? undefined : nodeAddress(entry.object, family);
  const nodeIP = address !== undefined && familyOf(address) === family ? address : undefined;
  return { node, family, nodeIP, podCIDR: podCIDR && formatCIDR(podCIDR), serviceCIDRs, ports };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
