/**
 * loadBalancerSourceRanges: which client addresses a load balancer admits. The cloud provider
 * programs them into the load balancer's own firewall; kube-proxy enforces them only for packets
 * that reach a Node still addressed to the load-balancer IP (pkg/proxy/iptables/proxier.go
 * syncProxyRules: the KUBE-FW- chain, and KUBE-PROXY-FIREWALL's DROP for what it lets through).
 */
import type { Service } from '../objects.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import { parseIPSloppy } from '../net/ip.ts';
import { serviceChainName } from './rules/chain-names.ts';
import type { ServicePortInfo } from './service-port.ts';

/** pkg/api/v1/service/util.go GetLoadBalancerSourceRanges: the field, else this annotation (comma-separated). */
const ANNOTATION_SOURCE_RANGES = 'service.beta.kubernetes.io/load-balancer-source-ranges';

export function sourceRanges(service: Service): string[] {
  const field = (service.spec?.loadBalancerSourceRanges ?? []).map((r) => r.trim()).filter((r) => r !== '');
  if (field.length > 0) return field;
  const annotation = service.metadata?.annotations?.[ANNOTATION_SOURCE_RANGES] ?? '';
  return annotation.split(',').map((r) => r.trim()).filter((r) => r !== '');
}

/** Whether a source may pass: no ranges admit everyone, else one range must contain it. */
export function sourceAdmitted(ranges: readonly string[], ip: string): boolean {
  if (ranges.length === 0) return true;
  const parsed = parseIPSloppy(ip);
  if (parsed === undefined) return false;
  return ranges.some((text) => {
    const cidr = parseCIDRSloppy(text);
    return cidr !== undefined && cidrContains(cidr, parsed);
  });
}

/** The cloud load balancer's firewall turning a client away, before any Node sees the packet. */
export function cloudFirewallReason(ranges: readonly string[], ip: string): string {
  return `DROP: source ${ip} is not in loadBalancerSourceRanges (${ranges.join(', ')}): the load balancer's firewall, which the cloud provider programs from them, discards the packet`;
}

/** The filter rule that drops what the KUBE-FW- chain did not send on, with its comment as kube-proxy writes it. */
export function kubeProxyFirewallDrop(info: ServicePortInfo): { comment: string; detail: string } {
  const chain = serviceChainName('KUBE-FW-', info.nameString, info.protocol);
  return {
    comment: `${info.nameString} traffic not accepted by ${chain}`,
    detail: `${chain} sends only loadBalancerSourceRanges on ("other traffic to ${info.nameString} will be dropped by KUBE-PROXY-FIREWALL"); the packet is discarded silently, and the client times out`,
  };
}

/** proxier.go: "For better or for worse, nodeports are not subject to loadBalancerSourceRanges". */
export function nodePortNote(ranges: readonly string[], ip: string): string {
  const outside = sourceAdmitted(ranges, ip) ? '' : `, so ${ip}, outside them, still gets in`;
  return `loadBalancerSourceRanges (${ranges.join(', ')}) guard only the load balancer: kube-proxy does not apply them to the nodePort${outside}`;
}
