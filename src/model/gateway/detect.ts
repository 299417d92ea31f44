/**
 * Whether a manifest's text holds Gateway API objects (`apiVersion: gateway.networking.k8s.io/…`,
 * YAML or JSON, quoted or not): a text test, without parsing, so that a caller can decide whether
 * the cluster it builds has the Gateway API CRDs installed (ClusterConfig.gatewayApi) before it builds.
 */
const GATEWAY_API_VERSION = /apiVersion["']?\s*:\s*["']?gateway\.networking\.k8s\.io\//;

export function holdsGatewayApi(text: string): boolean {
  // The pattern tries every `apiVersion` of the text; the group's name alone is found at memory
  // speed, and a 5,000-object dump without it is ruled out in a few milliseconds, not sixty.
  return text.includes('gateway.networking.k8s.io/') && GATEWAY_API_VERSION.test(text);
}
