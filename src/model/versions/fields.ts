/**
 * Fields one version's API does not know, or knows but clears on write because their feature
 * gate is off (pkg/registry/core/service/strategy.go dropServiceDisabledFields and
 * dropServiceStatusDisabledFields), and the deprecation warnings that depend on the version.
 */
import type { FieldError } from '../diagnostics.ts';
import type { KubeObject } from '../objects.ts';
import { apiGroupOf, asArray, asRecord, asString, type JsonRecord } from '../resources/guards.ts';
import type { VersionFeatures } from './rules.ts';

/** A field cleared on write: where the input wrote it, and why. */
export interface DroppedField {
  readonly path: readonly (string | number)[];
  readonly field: string;
  readonly message: string;
}

function isService(object: Readonly<Record<string, unknown>>): boolean {
  return object.kind === 'Service' && object.apiVersion === 'v1';
}

/**
 * Strict decoding's `unknown field` errors for fields that came after this version: kubectl's
 * default `--validate=strict` makes the API server refuse the object (as for any unknown field).
 */
export function unknownFieldsOf(raw: Readonly<Record<string, unknown>>, features: VersionFeatures): FieldError[] {
  if (!isService(raw) || features.trafficDistribution !== 'unknown') return [];
  const spec = asRecord(raw.spec);
  if (spec === undefined || !Object.hasOwn(spec, 'trafficDistribution')) return [];
  // Added in v1.30 (kubernetes/api v0.30.0 core/v1/types.go ServiceSpec.TrafficDistribution).
  return [{ type: 'BadRequest', field: 'spec.trafficDistribution', message: 'unknown field "spec.trafficDistribution"' }];
}

/** The object as the API server stores it with this version's feature gates, and what it cleared. */
export function dropDisabledFields(object: KubeObject, features: VersionFeatures): { object: KubeObject; dropped: DroppedField[] } {
  if (!isService(object)) return { object, dropped: [] };
  const dropped: DroppedField[] = [];
  let service = object as unknown as JsonRecord;
  const spec = asRecord(service.spec);
  // v1.30: ServiceTrafficDistribution is alpha and off, so dropServiceDisabledFields clears the field.
  if (features.trafficDistribution === 'dropped' && spec !== undefined && spec.trafficDistribution !== undefined) {
    const { trafficDistribution: _cleared, ...rest } = spec;
    service = { ...service, spec: rest };
    dropped.push({
      path: ['spec', 'trafficDistribution'],
      field: 'spec.trafficDistribution',
      message: `dropped: the ServiceTrafficDistribution feature gate is alpha and off in v${features.version}, so a create clears spec.trafficDistribution without a warning (kubectl prints none) and no topology hints follow; it is beta and on from v1.31`,
    });
  }
  // v1.29: LoadBalancerIPMode is alpha and off: no defaulting to VIP, and dropServiceStatusDisabledFields clears ipMode.
  const status = asRecord(service.status);
  const loadBalancer = asRecord(status?.loadBalancer);
  const ingress = asArray(loadBalancer?.ingress);
  if (!features.loadBalancerIPMode && ingress.some((point) => asRecord(point)?.ipMode !== undefined)) {
    const cleared = ingress.map((point) => {
      const record = asRecord(point);
      if (record === undefined) return point;
      const { ipMode: _mode, ...rest } = record;
      return rest;
    });
    service = { ...service, status: { ...status, loadBalancer: { ...loadBalancer, ingress: cleared } } };
    ingress.forEach((point, i) => {
      if (asRecord(point)?.ipMode === undefined) return;
      dropped.push({
        path: ['status', 'loadBalancer', 'ingress', i, 'ipMode'],
        field: `status.loadBalancer.ingress[${i}].ipMode`,
        message: `dropped: the LoadBalancerIPMode feature gate is alpha and off in v${features.version}, so the API server clears ipMode and kube-proxy treats this address as VIP; it is beta and on from v1.30`,
      });
    });
  }
  return { object: service as unknown as KubeObject, dropped };
}

/** Warnings a version adds to every write of an object, besides the kind's own (service-warnings.ts). */
export function versionWarnings(object: Readonly<Record<string, unknown>>, features: VersionFeatures): FieldError[] {
  const key = `${apiGroupOf(asString(object.apiVersion))}/${asString(object.kind)}`;
  // The apiserver's deprecated-API warning (endpoints/deprecation WarningMessage) from
  // Endpoints.APILifecycleDeprecated = 1.33 and its replacement EndpointSlice.
  if (key === 'core/Endpoints' && features.endpointsDeprecated) {
    return [{ type: 'Invalid', field: '', message: 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice' }];
  }
  return [];
}
