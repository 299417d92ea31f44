/**
 * Diagnostics: what the model says about its input, each pinned to a place in the source.
 *
 * Field errors mirror k8s.io/apimachinery/pkg/util/validation/field (Error, ErrorType): the
 * apiserver reports them as `field: ErrorBody()`, and so do we.
 */

/** The field.ErrorType values a user can meet, plus BadRequest for decode-level refusals. */
export type FieldErrorType =
  | 'Required'
  | 'Invalid'
  | 'Duplicate'
  | 'NotSupported'
  | 'Forbidden'
  | 'TooLong'
  | 'TooMany'
  | 'NotFound'
  | 'BadRequest';

/** A validation failure as kube-apiserver builds it: a field path, a type, the bad value and a detail. */
export interface FieldError {
  readonly type: FieldErrorType;
  /** Field path as the apiserver prints it: `spec.ports[0].nodePort`, `metadata.labels[app]`. */
  readonly field: string;
  /** Present when the error type prints a value (Invalid, Duplicate, NotSupported, NotFound). */
  readonly badValue?: unknown;
  readonly detail?: string;
  /**
   * The message as the apiserver prints it after the field path (field.Error.ErrorBody()),
   * e.g. `Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767`.
   */
  readonly message: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'YAML_SYNTAX'
  | 'NOT_AN_OBJECT'
  | 'MISSING_KIND'
  | 'UNKNOWN_KIND'
  | 'FIELD_INVALID'
  | 'ALLOCATION_CONFLICT'
  | 'ALREADY_EXISTS'
  | 'RESOURCE_VERSION_ON_CREATE'
  | 'STORED_STATE'
  | 'RANGES_INFERRED'
  | 'NAMESPACE_IMPLICIT'
  | 'FIELD_DROPPED'
  | 'KIND_NOT_SIMULATED'
  | 'GATEWAY_API_CRDS_ASSUMED'
  | 'GUIDE_NOTE'
  | 'SELECTOR_MATCHES_NOTHING'
  | 'TARGET_PORT_NAME_UNRESOLVED'
  | 'TARGET_PORT_NOT_DECLARED'
  | 'NO_READY_ENDPOINTS'
  | 'LOAD_BALANCER_PENDING'
  | 'STATEFULSET_SERVICE_MISMATCH'
  | 'STATEFULSET_SERVICE_MISSING'
  | 'EXTERNAL_NAME_IS_IP'
  | 'EXTERNAL_NAME_SERVICE_NOT_FOUND'
  | 'EXTERNAL_NAME_NOT_FULLY_QUALIFIED'
  | 'SUBDOMAIN_WITHOUT_HEADLESS_SERVICE'
  | 'INGRESS_SERVICE_NOT_FOUND'
  | 'INGRESS_SERVICE_PORT_NOT_FOUND'
  | 'HTTPROUTE_NOT_ACCEPTED'
  | 'HTTPROUTE_PARENT_NOT_FOUND'
  | 'HTTPROUTE_REF_NOT_PERMITTED'
  | 'HTTPROUTE_BACKEND_NOT_FOUND'
  | 'HTTPROUTE_BACKEND_INVALID_KIND'
  | 'HTTPROUTE_BACKEND_NO_ENDPOINTS'
  | 'ENDPOINTSLICE_WITHOUT_SERVICE_NAME'
  | 'ENDPOINTSLICE_SERVICE_NOT_FOUND'
  | 'ENDPOINTSLICE_BESIDE_CONTROLLER'
  | 'ENDPOINTSLICE_STALE_ENDPOINT'
  | 'ENDPOINTSLICE_MISSING_ENDPOINT'
  | 'ENDPOINTSLICE_MISSING'
  | 'ENDPOINTSLICE_DRIFT'
  | 'ENDPOINTS_DRIFT'
  | 'ENDPOINTSLICE_PORT_NAME_MISMATCH'
  | 'EXTERNAL_TRAFFIC_LOCAL_IMBALANCE'
  | 'INTERNAL_TRAFFIC_LOCAL_UNSERVED_NODES'
  | 'ENDPOINTS_ON_ONE_NODE'
  | 'NODE_PORT_EXPOSED'
  | 'READINESS_PROBE_MISSING'
  | 'STATEFULSET_SERVICE_NOT_HEADLESS'
  | 'PODS_SAMPLED'
  | 'WARNING';

/** What the parser and admission say, and the guide's notes: every other code is a troubleshooting finding. */
const NOT_FINDINGS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'YAML_SYNTAX',
  'NOT_AN_OBJECT',
  'MISSING_KIND',
  'UNKNOWN_KIND',
  'FIELD_INVALID',
  'ALLOCATION_CONFLICT',
  'ALREADY_EXISTS',
  'RESOURCE_VERSION_ON_CREATE',
  'STORED_STATE',
  'RANGES_INFERRED',
  'NAMESPACE_IMPLICIT',
  'FIELD_DROPPED',
  'KIND_NOT_SIMULATED',
  'GATEWAY_API_CRDS_ASSUMED',
  'GUIDE_NOTE',
  'PODS_SAMPLED',
  'WARNING',
]);

/** True for a troubleshooting finding (why a Service would not work as meant), false for what the API server or parser say. */
export const isFinding = (code: DiagnosticCode): boolean => !NOT_FINDINGS.has(code);

/** 1-based line and column, end exclusive; `file` is the source name given to the model. */
export interface SourceRange {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** What the apiserver would print after the field path, or the whole message when there is no field. */
  readonly message: string;
  /** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects, when the diagnostic is about one. */
  readonly object?: string;
  readonly field?: string;
  readonly type?: FieldErrorType;
  readonly range: SourceRange;
  /**
   * The other objects a finding is about, as `Kind/namespace/name` keys: the Pods and slices of a
   * drift between a dump's EndpointSlices and what the controllers would write, so that the graph
   * can mark them all.
   */
  readonly related?: readonly string[];
}
