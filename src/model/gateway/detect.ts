/**
 * Whether a manifest's text holds Gateway API objects (`apiVersion: gateway.networking.k8s.io/…`,
 * YAML or JSON, quoted or not): a text test, without parsing, so that a caller can decide whether
 * the cluster it builds has the Gateway API CRDs installed (ClusterConfig.gatewayApi) before it builds.
 */
const GATEWAY_API_VERSION = /apiVersion["']?\s*:\s*["']?gateway\.networking\.k8s\.io\//;

export function holdsGatewayApi(text: string): boolean {
  return GATEWAY_API_VERSION.test(text);
}
