/**
 * What changes between the supported Kubernetes versions, in one table: each rule names the
 * release where it changed and, in its comment, the source it was read from. `featuresOf` turns
 * the table into the switches the pipeline reads (admission, the EndpointSlice controller,
 * kube-proxy, the built-in objects); the README's version section and the tests list the same rules.
 */
import { kubeMinor, type KubeVersion } from './kube-version.ts';

export type VersionRuleId =
  | 'trafficDistributionField'
  | 'trafficDistributionOn'
  | 'preferSameTrafficDistribution'
  | 'preferCloseDeprecated'
  | 'loadBalancerIPMode'
  | 'endpointsDeprecated'
  | 'externalIPsDeprecated'
  | 'kubeletPortOnLoadBalancer'
  | 'nftablesProxyMode';

/**
 * The first minor version with each rule's newer behaviour. What changes, what the versions before
 * do, and where it was read, in the comment above each (kept out of the strings, so that the
 * embed's download stays small; the README's version table says the same for readers).
 */
export const VERSION_RULES: Readonly<Record<VersionRuleId, number>> = {
  // Service spec.trafficDistribution exists (ServiceTrafficDistribution alpha and off in 1.30: a create
  // drops it without a warning). Before: an unknown field, so kubectl apply (--validate=strict) is
  // refused with `strict decoding error: unknown field "spec.trafficDistribution"`.
  // kubernetes/api v0.30.0 core/v1/types.go ServiceSpec.TrafficDistribution;
  // pkg/registry/core/service/strategy.go dropServiceDisabledFields.
  trafficDistributionField: 30,
  // ServiceTrafficDistribution beta and on (GA in 1.33): the field is kept, and PreferClose gives every
  // ready endpoint a hint for its own zone, which kube-proxy follows. Before (1.30): dropped on write.
  // pkg/features/kube_features.go ServiceTrafficDistribution;
  // staging/src/k8s.io/endpointslice/trafficdist/trafficdist.go.
  trafficDistributionOn: 31,
  // PreferSameZone (PreferClose's new name) and PreferSameNode accepted (PreferSameTrafficDistribution
  // alpha and off in 1.33, beta and on in 1.34, GA in 1.35); PreferSameNode adds hints.forNodes and
  // kube-proxy keeps a Node's traffic on its own endpoints. Before: `Unsupported value:
  // "PreferSameNode": supported values: "PreferClose"`. kubernetes/api v0.33.0 core/v1/types.go;
  // kubernetes/endpointslice v0.34.0 trafficdist.go preferCloseHeuristic; kubernetes/kubernetes#130844;
  // kubernetes/website#52650 ("PreferSameZone was enabled-by-default as of 1.34").
  preferSameTrafficDistribution: 34,
  // PreferClose draws `spec.trafficDistribution: "PreferClose" is deprecated; use "PreferSameZone"`.
  // kubernetes/kubernetes#134457; pkg/api/service/warnings.go GetWarningsForService.
  preferCloseDeprecated: 35,
  // status.loadBalancer.ingress[].ipMode defaults to VIP and is required with an ip (LoadBalancerIPMode
  // beta and on; GA in 1.32); kube-proxy leaves a Proxy-mode address to the load balancer. Before (1.29,
  // alpha and off): ipMode dropped on write, every address treated as VIP.
  // pkg/apis/core/v1/defaults.go SetDefaults_Service; strategy.go dropServiceStatusDisabledFields.
  loadBalancerIPMode: 30,
  // Every request for v1 Endpoints draws `v1 Endpoints is deprecated in v1.33+; use
  // discovery.k8s.io/v1 EndpointSlice`. kubernetes/api v0.33.0 core/v1/lifecycle.go
  // Endpoints.APILifecycleDeprecated and APILifecycleReplacement; the apiserver's
  // endpoints/deprecation WarningMessage.
  endpointsDeprecated: 33,
  // spec.externalIPs (not headless, not ExternalName) draws `spec.externalIPs is deprecated and may no
  // longer be implemented in some clusters`. pkg/api/service/warnings.go GetWarningsForService.
  externalIPsDeprecated: 36,
  // A LoadBalancer may expose port 10250. Before: `spec.ports[i]: Invalid value: 10250: may not expose
  // port 10250 externally since it is used by kubelet`. pkg/apis/core/validation/validation.go
  // ValidateService; removed by kubernetes/kubernetes#129174.
  kubeletPortOnLoadBalancer: 33,
  // kube-proxy --mode nftables runs (NFTablesProxyMode beta and on; GA in 1.33). Before: refused,
  // `KubeProxyConfiguration.ProxyMode: Invalid value: "nftables": must be iptables, ipvs or blank
  // (blank means the best-available proxy [currently iptables])`. pkg/features/kube_features.go
  // NFTablesProxyMode; pkg/proxy/apis/config/validation/validation.go validateProxyModeLinux.
  nftablesProxyMode: 31,
};

/**
 * The CoreDNS image kubeadm deploys, by minor (cmd/kubeadm/app/constants/constants.go
 * CoreDNSVersion; coredns/deployment kubernetes/CoreDNS-k8s_version.md for 1.29–1.32).
 */
const COREDNS_VERSIONS: Readonly<Record<number, string>> = {
  29: 'v1.11.1',
  30: 'v1.11.1',
  31: 'v1.11.3',
  32: 'v1.11.3',
  33: 'v1.12.0',
  34: 'v1.12.1',
  35: 'v1.13.1',
  36: 'v1.14.2',
};

/**
 * The patch release the simulated Nodes run (kubelet, kube-proxy image): 1.31 keeps the release the
 * simulator was first written against; the others are the newest patch tags of kubernetes/api
 * (kubernetes-1.N.P) when the sources were read.
 */
const RELEASES: Readonly<Record<number, string>> = {
  29: 'v1.29.15',
  30: 'v1.30.14',
  31: 'v1.31.4',
  32: 'v1.32.13',
  33: 'v1.33.13',
  34: 'v1.34.10',
  35: 'v1.35.7',
  36: 'v1.36.3',
};

/** The switches one version's components read. */
export interface VersionFeatures {
  readonly version: KubeVersion;
  /** spec.trafficDistribution: not in the API, in it but dropped on write, or kept. */
  readonly trafficDistribution: 'unknown' | 'dropped' | 'on';
  /** The values validateServiceTrafficDistribution accepts, in its order. */
  readonly trafficDistributionValues: readonly string[];
  readonly preferCloseDeprecated: boolean;
  /** PreferSameTrafficDistribution: hints.forNodes from the controller, node hints in kube-proxy. */
  readonly preferSameNode: boolean;
  readonly loadBalancerIPMode: boolean;
  readonly endpointsDeprecated: boolean;
  readonly externalIPsDeprecated: boolean;
  readonly kubeletPortRefusedOnLoadBalancer: boolean;
  readonly nftablesProxyMode: boolean;
  readonly coreDNSVersion: string;
  /** `v1.N.P`: what the Nodes report as kubeletVersion and the kube-proxy image tag. */
  readonly release: string;
}

export function featuresOf(version: KubeVersion): VersionFeatures {
  const minor = kubeMinor(version);
  const at = (id: VersionRuleId): boolean => minor >= VERSION_RULES[id];
  const trafficDistribution = at('trafficDistributionOn') ? 'on' : at('trafficDistributionField') ? 'dropped' : 'unknown';
  return {
    version,
    trafficDistribution,
    trafficDistributionValues: at('preferSameTrafficDistribution') ? ['PreferClose', 'PreferSameZone', 'PreferSameNode'] : ['PreferClose'],
    preferCloseDeprecated: at('preferCloseDeprecated'),
    preferSameNode: at('preferSameTrafficDistribution'),
    loadBalancerIPMode: at('loadBalancerIPMode'),
    endpointsDeprecated: at('endpointsDeprecated'),
    externalIPsDeprecated: at('externalIPsDeprecated'),
    kubeletPortRefusedOnLoadBalancer: !at('kubeletPortOnLoadBalancer'),
    nftablesProxyMode: at('nftablesProxyMode'),
    coreDNSVersion: COREDNS_VERSIONS[minor] ?? 'v1.11.3',
    release: RELEASES[minor] ?? `v${version}.0`,
  };
}
