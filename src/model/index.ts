/**
 * The model's public API: every other layer imports only this file.
 */
export type { Cluster, InputSummary } from './cluster-types.ts';
export { INPUT_MODES, type InputIntent, type InputMode } from './cluster/intent.ts';
export type { ClusterConfig } from './config.ts';
export { DEFAULT_CONFIG } from './config.ts';
export {
  DEFAULT_KUBE_VERSION,
  featuresOf,
  parseKubeVersion,
  SUPPORTED_KUBE_VERSIONS,
  supportedRangeText,
  VERSION_RULES,
  type KubeVersion,
  type VersionFeatures,
  type VersionRuleId,
} from './versions/index.ts';
export type { Diagnostic, DiagnosticCode, FieldError, FieldErrorType, Severity, SourceRange } from './diagnostics.ts';
export { isFinding } from './diagnostics.ts';
export type * from './objects.ts';
export { objectKey } from './objects.ts';
export type { EventOutcome, RuntimeEvent, RuntimeEventKind } from './events/types.ts';
export { measurePropagation, projectPropagation, type ObjectChurn, type Projection, type ProjectedCost, type ProjectionInput, type Propagation } from './events/propagation.ts';
export { buildCluster, type BuildOptions, type BuildStage } from './cluster.ts';
export { createParseCache, type ManifestSource, type ParseCache } from './manifest/parse.ts';
export { changedRange, type ChangedRange } from './manifest/common-ends.ts';
export { sameJson } from './resources/guards.ts';
// What the CLI needs to parse a dump's List on several threads (src/cli/list-parse.ts) exactly as parseManifests would.
export { KUBECTL_SCHEMA } from './manifest/yaml-schema.ts';
export { splitDocuments } from './manifest/split.ts';
export { refuseDocument } from './manifest/document-checks.ts';
export { findListItems, type ItemSpan } from './manifest/list-items.ts';
export { createBuildCache, type BuildCache } from './cluster/build-cache.ts';
export * from './dns/index.ts';
export { selectorMatches, type Requirement, type Selector } from './labels/selector.ts';
export * from './traffic/index.ts';
export * from './netpol/index.ts';
export * from './gateway/index.ts';
