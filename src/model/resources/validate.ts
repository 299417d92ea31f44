/**
 * validateObject: the apiserver's create-time validation per kind, and its warnings, for one
 * object after defaulting (and, for Services, after allocation).
 */
import type { ClusterConfig } from '../config.ts';
import type { FieldError } from '../diagnostics.ts';
import type { KubeObject } from '../objects.ts';
import { apiGroupOf, asRecord, asString, type JsonRecord } from './guards.ts';
import { serviceWarnings } from './service-warnings.ts';
import { versionWarnings } from '../versions/fields.ts';
import { featuresOf, type VersionFeatures } from '../versions/rules.ts';
import { validateNamespace, validateNode } from './validate-cluster-scoped.ts';
import { validateEndpointSlice, validateEndpoints } from './validate-endpoints.ts';
import { validateIngress, validateIngressClass, validateNetworkPolicy } from './validate-networking.ts';
import { validatePod } from './validate-pod.ts';
import { validateService } from './validate-service.ts';
import {
  validateDaemonSet,
  validateDeployment,
  validateReplicaSet,
  validateReplicationController,
  validateStatefulSet,
} from './validate-workloads.ts';

export interface ValidationResult {
  readonly errors: FieldError[];
  readonly warnings: FieldError[];
}

type Validator = (obj: JsonRecord, features: VersionFeatures) => FieldError[];

/** Keyed by `apiVersion group/kind`: a kind is validated only under the group that serves it. */
const VALIDATORS: Readonly<Record<string, Validator>> = {
  'core/Service': validateService,
  'core/Pod': validatePod,
  'core/Endpoints': validateEndpoints,
  'core/Namespace': validateNamespace,
  'core/Node': validateNode,
  'core/ReplicationController': validateReplicationController,
  'apps/Deployment': validateDeployment,
  'apps/ReplicaSet': validateReplicaSet,
  'apps/StatefulSet': validateStatefulSet,
  'apps/DaemonSet': validateDaemonSet,
  'discovery.k8s.io/EndpointSlice': validateEndpointSlice,
  'networking.k8s.io/Ingress': validateIngress,
  'networking.k8s.io/IngressClass': validateIngressClass,
  'networking.k8s.io/NetworkPolicy': validateNetworkPolicy,
};

/**
 * A warning string becomes a FieldError: `path: text` splits at the first ": " when it starts with
 * a field path; otherwise the field is empty and the message is the whole sentence. Go warnings
 * carry no error type; 'Invalid' stands in for the required FieldError.type.
 */
function warningToFieldError(text: string): FieldError {
  const match = /^((?:spec|metadata|status)[\w.[\]/-]*): (.*)$/s.exec(text);
  const field = match?.[1] ?? '';
  const message = match?.[2] ?? text;
  return { type: 'Invalid', field, message };
}

/**
 * Validates `obj` as kube-apiserver would on create. Kinds it does not know pass unchecked.
 * `config` is the simulated cluster, its version included; range checks that need it (nodePort, clusterIP ranges)
 * belong to the allocator, which reports them in the apiserver's words.
 */
export function validateObject(obj: KubeObject, config: ClusterConfig): ValidationResult {
  const rec = asRecord(obj) ?? {};
  const features = featuresOf(config.kubeVersion);
  const key = `${apiGroupOf(asString(rec.apiVersion))}/${asString(rec.kind)}`;
  const validator = VALIDATORS[key];
  const errors = validator === undefined ? [] : validator(rec, features);
  const kindWarnings = key === 'core/Service' ? serviceWarnings(rec, features).map(warningToFieldError) : [];
  return { errors, warnings: [...versionWarnings(rec, features), ...kindWarnings] };
}
