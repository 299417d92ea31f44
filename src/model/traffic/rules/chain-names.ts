/**
 * kube-proxy's chain names for the iptables mode (pkg/proxy/iptables/proxier.go): a prefix and the
 * first 16 characters of base32(sha256(ServicePortName + lower-case protocol [+ endpoint])), because
 * an iptables chain name may not pass 28 characters.
 */
import { base32, sha256, utf8 } from './sha256.ts';

/** portProtoHash. */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return base32(sha256(utf8(servicePortName + protocol))).slice(0, 16);
}

export type ServiceChainPrefix = 'KUBE-SVC-' | 'KUBE-SVL-' | 'KUBE-EXT-' | 'KUBE-FW-';

/** servicePortPolicyClusterChain, servicePortPolicyLocalChainName, serviceExternalChainName, serviceFirewallChainName. */
export function serviceChainName(prefix: ServiceChainPrefix, servicePortName: string, protocol: string): string {
  return prefix + portProtoHash(servicePortName, protocol.toLowerCase());
}

/** servicePortEndpointChainName: the endpoint is BaseEndpointInfo.String(), `ip:port`. */
export function endpointChainName(servicePortName: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${base32(sha256(utf8(servicePortName + protocol.toLowerCase() + endpoint))).slice(0, 16)}`;
}

/** knftables.NameLengthMax less chainNamePrefixLengthMax: the room the nftables proxier leaves a name base. */
const NFTABLES_NAME_BASE_MAX = 256 - 16;

/**
 * hashAndTruncate of pkg/proxy/nftables/proxier.go: nftables names may be long, so the readable
 * name stays, prefixed with 8 characters of its hash to keep near-identical names apart.
 */
export function nftablesNameBase(name: string): string {
  const hashed = `${base32(sha256(utf8(name))).slice(0, 8)}-${name}`;
  return hashed.length > NFTABLES_NAME_BASE_MAX ? `${hashed.slice(0, NFTABLES_NAME_BASE_MAX - 3)}...` : hashed;
}
