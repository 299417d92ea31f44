/**
 * One Service port as kube-proxy sees it (pkg/proxy/serviceport.go newBaseServiceInfo), for one IP
 * family: its virtual addresses, its traffic policies, and the name its rules carry in comments.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { familyOf, type IPFamily } from '../net/ip.ts';

/** cmd/kube-proxy/app/server.go: kube-proxy watches only Services and slices without this label. */
export const LABEL_SERVICE_PROXY_NAME = 'service.kubernetes.io/service-proxy-name';

/** SessionAffinityConfig.ClientIP.TimeoutSeconds default (pkg/apis/core/v1/defaults.go). */
const DEFAULT_STICKY_SECONDS = 10800;

export interface ServicePortInfo {
  readonly namespace: string;
  readonly name: string;
  readonly port: ServicePort;
  readonly protocol: string;
  /** ServicePortName.String(): `ns/name:port-name`, or `ns/name` for an unnamed port; the text of kube-proxy's rule comments. */
  readonly nameString: string;
  /** GetClusterIPByFamily; undefined for a headless Service or a family it lacks. */
  readonly clusterIP: string | undefined;
  readonly nodePort: number | undefined;
  /** Load-balancer ingress IPs of this family in VIP mode (proxyutil.IsVIPMode): kube-proxy captures these itself. */
  readonly loadBalancerVIPs: readonly string[];
  readonly externalIPs: readonly string[];
  readonly externalPolicyLocal: boolean;
  readonly internalPolicyLocal: boolean;
  /** sessionAffinity ClientIP: how long a client sticks to its endpoint, in seconds. */
  readonly stickySeconds: number | undefined;
}

/** apiservice.ExternallyAccessible (pkg/api/v1/service/util.go): NodePort, LoadBalancer, or ClusterIP with externalIPs. */
function serviceExternallyAccessible(service: Service): boolean {
  const type = service.spec?.type ?? 'ClusterIP';
  return type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && (service.spec?.externalIPs ?? []).length > 0);
}

/** proxyutil.GetClusterIPByFamily. */
export function clusterIPByFamily(service: Service, family: IPFamily): string | undefined {
  const spec = service.spec ?? {};
  if ((spec.ipFamilies ?? []).length === 0) {
    if (!spec.clusterIP || spec.clusterIP === 'None') return undefined;
    return familyOf(spec.clusterIP) === family ? spec.clusterIP : undefined;
  }
  const index = (spec.ipFamilies ?? []).indexOf(family);
  return index < 0 ? undefined : spec.clusterIPs?.[index];
}

/** The family kube-proxy's rules for this client use: the Service's primary one. */
export function primaryFamily(service: Service): IPFamily {
  const first = service.spec?.ipFamilies?.[0];
  if (first === 'IPv4' || first === 'IPv6') return first;
  const clusterIP = service.spec?.clusterIP;
  return clusterIP && clusterIP !== 'None' ? familyOf(clusterIP) : 'IPv4';
}

export function servicePortInfo(service: Service, port: ServicePort, family: IPFamily): ServicePortInfo {
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const spec = service.spec ?? {};
  const accessible = serviceExternallyAccessible(service);
  const vips = (service.status?.loadBalancer?.ingress ?? [])
    .filter((ingress) => !!ingress.ip && (ingress.ipMode === undefined || ingress.ipMode === 'VIP'))
    .map((ingress) => ingress.ip ?? '')
    .filter((ip) => familyOf(ip) === family);
  return {
    namespace,
    name,
    port,
    protocol: port.protocol ?? 'TCP',
    nameString: `${namespace}/${name}${port.name ? `:${port.name}` : ''}`,
    clusterIP: clusterIPByFamily(service, family),
    nodePort: port.nodePort || undefined,
    loadBalancerVIPs: vips,
    externalIPs: (spec.externalIPs ?? []).filter((ip) => familyOf(ip) === family),
    externalPolicyLocal: accessible && spec.externalTrafficPolicy === 'Local',
    internalPolicyLocal: spec.internalTrafficPolicy === 'Local',
    stickySeconds: spec.sessionAffinity === 'ClientIP' ? (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_STICKY_SECONDS) : undefined,
  };
}

/** ServicePort.ExternallyAccessible: reachable by something other than its ClusterIP. */
export function externallyAccessible(info: ServicePortInfo): boolean {
  return info.nodePort !== undefined || info.loadBalancerVIPs.length > 0 || info.externalIPs.length > 0;
}

/** UsesClusterEndpoints: even with externalTrafficPolicy Local, external traffic from Pods short-circuits to Cluster endpoints. */
export function usesClusterEndpoints(info: ServicePortInfo): boolean {
  return !info.internalPolicyLocal || externallyAccessible(info);
}

export function usesLocalEndpoints(info: ServicePortInfo): boolean {
  return info.internalPolicyLocal || (info.externalPolicyLocal && externallyAccessible(info));
}
