/**
 * Kubernetes versions: which ones the simulator can be, and what changes between them.
 */
export {
  DEFAULT_KUBE_VERSION,
  kubeMinor,
  NEWEST_KUBE_MINOR,
  OLDEST_KUBE_MINOR,
  parseKubeVersion,
  SUPPORTED_KUBE_VERSIONS,
  supportedRangeText,
  type KubeVersion,
} from './kube-version.ts';
export { featuresOf, VERSION_RULES, type VersionFeatures, type VersionRuleId } from './rules.ts';
