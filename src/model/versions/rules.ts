/**
 * What changes between the supported Kubernetes versions, in one table: each rule names the
 * release where it changed and the source it was read from. `featuresOf` turns the table into the
 * switches the pipeline reads (admission, the EndpointSlice controller, kube-proxy, the built-in
 * objects); the README's version section and the tests list the same rules.
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

export interface VersionRule {
  readonly id: VersionRuleId;
  /** The first minor version with the newer behaviour. */
  readonly since: number;
  /** The behaviour from `since` on. */
  readonly from: string;
  /** The behaviour before `since`. */
  readonly before: string;
  /** Where the rule was read. */
  readonly source: string;
}

export const VERSION_RULES: readonly VersionRule[] = [
  {
    id: 'trafficDistributionField',
    since: 30,
    from: 'Service spec.trafficDistribution exists (ServiceTrafficDistribution alpha, off: a create drops it without a warning)',
    before: 'spec.trafficDistribution is an unknown field: kubectl apply (--validate=strict) is refused with `strict decoding error: unknown field "spec.trafficDistribution"`',
    source: 'kubernetes/api v0.30.0 core/v1/types.go ServiceSpec.TrafficDistribution; pkg/registry/core/service/strategy.go dropServiceDisabledFields',
  },
  {
    id: 'trafficDistributionOn',
    since: 31,
    from: 'ServiceTrafficDistribution beta and on (GA in 1.33): the field is kept and PreferClose gives every ready endpoint a hint for its own zone, which kube-proxy follows',
    before: 'in 1.30 the field is dropped on write (feature gate off), so no hints and no topology',
    source: 'pkg/features/kube_features.go ServiceTrafficDistribution; staging/src/k8s.io/endpointslice/trafficdist/trafficdist.go',
  },
  {
    id: 'preferSameTrafficDistribution',
    since: 34,
    from: 'trafficDistribution also takes PreferSameZone (PreferClose\'s new name) and PreferSameNode (PreferSameTrafficDistribution beta and on, GA in 1.35); PreferSameNode adds hints.forNodes and kube-proxy keeps a Node\'s traffic on its own endpoints',
    before: 'only PreferClose: other values are refused, `Unsupported value: "PreferSameNode": supported values: "PreferClose"` (the gate is alpha and off in 1.33)',
    source: 'kubernetes/api v0.33.0 core/v1/types.go ServiceTrafficDistributionPreferSameNode; kubernetes/kubernetes#130844; kubernetes/website#52650 ("PreferSameZone was enabled-by-default as of 1.34")',
  },
  {
    id: 'preferCloseDeprecated',
    since: 35,
    from: 'trafficDistribution: PreferClose gets the warning `spec.trafficDistribution: "PreferClose" is deprecated; use "PreferSameZone"`',
    before: 'no warning',
    source: 'kubernetes/kubernetes#134457; pkg/api/service/warnings.go GetWarningsForService',
  },
  {
    id: 'loadBalancerIPMode',
    since: 30,
    from: 'status.loadBalancer.ingress[].ipMode defaults to VIP and is required with an ip (LoadBalancerIPMode beta and on, GA in 1.32); an ipMode Proxy address is not short-circuited by kube-proxy',
    before: 'LoadBalancerIPMode is alpha and off in 1.29: ipMode is dropped on write and kube-proxy treats every load-balancer IP as VIP',
    source: 'pkg/apis/core/v1/defaults.go SetDefaults_Service; pkg/registry/core/service/strategy.go dropServiceStatusDisabledFields; pkg/proxy/servicechangetracker.go',
  },
  {
    id: 'endpointsDeprecated',
    since: 33,
    from: 'every request for v1 Endpoints is answered with the warning `v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice`',
    before: 'no warning',
    source: 'kubernetes/api v0.33.0 core/v1 Endpoints.APILifecycleDeprecated (1.33) and APILifecycleReplacement; staging/src/k8s.io/apiserver/pkg/endpoints/deprecation WarningMessage',
  },
  {
    id: 'externalIPsDeprecated',
    since: 36,
    from: 'a Service with spec.externalIPs (not headless, not ExternalName) gets the warning `spec.externalIPs is deprecated and may no longer be implemented in some clusters`',
    before: 'no warning',
    source: 'pkg/api/service/warnings.go GetWarningsForService',
  },
  {
    id: 'kubeletPortOnLoadBalancer',
    since: 33,
    from: 'a LoadBalancer Service may expose port 10250',
    before: 'refused: `spec.ports[i]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet`',
    source: 'pkg/apis/core/validation/validation.go ValidateService; removed by kubernetes/kubernetes#129174',
  },
  {
    id: 'nftablesProxyMode',
    since: 31,
    from: 'kube-proxy --mode nftables runs (NFTablesProxyMode beta and on, GA in 1.33)',
    before: 'kube-proxy refuses it: `KubeProxyConfiguration.ProxyMode: Invalid value: "nftables": must be iptables, ipvs or blank (blank means the best-available proxy [currently iptables])`',
    source: 'pkg/features/kube_features.go NFTablesProxyMode; pkg/proxy/apis/config/validation/validation.go validateProxyModeLinux',
  },
];

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

function since(id: VersionRuleId): number {
  return VERSION_RULES.find((rule) => rule.id === id)?.since ?? Number.POSITIVE_INFINITY;
}

export function featuresOf(version: KubeVersion): VersionFeatures {
  const minor = kubeMinor(version);
  const at = (id: VersionRuleId): boolean => minor >= since(id);
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
