/**
 * Fields the API server clears on create without a word: kubectl prints no warning for them and
 * the stored object simply lacks them. An `info` note says so where the input wrote one, since a
 * reader would otherwise expect to find it in `kubectl get -o yaml`.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import { asArray, asRecord } from '../resources/guards.ts';
import type { DroppedField } from '../versions/fields.ts';

type Dropped = DroppedField;

/**
 * pkg/registry/discovery/endpointslice/strategy.go dropTopologyOnV1: "Silently clear out
 * DeprecatedTopology" on a discovery.k8s.io/v1 create. WarningsOnCreate has nothing for it, so
 * `kubectl apply` prints only `endpointslice.discovery.k8s.io/NAME created`.
 */
function droppedTopology(raw: RawObject): Dropped[] {
  if (raw.value.kind !== 'EndpointSlice' || raw.value.apiVersion !== 'discovery.k8s.io/v1') return [];
  return asArray(raw.value.endpoints).flatMap((endpoint, i) => {
    const topology = asRecord(asRecord(endpoint)?.deprecatedTopology);
    if (topology === undefined || Object.keys(topology).length === 0) return [];
    return [{
      path: ['endpoints', i, 'deprecatedTopology'],
      field: `endpoints[${i}].deprecatedTopology`,
      message: `dropped: a discovery.k8s.io/v1 create clears deprecatedTopology without a warning (kubectl prints none), so the stored EndpointSlice has none; v1 keeps the zone in endpoints[${i}].zone and the node in endpoints[${i}].nodeName`,
    }];
  });
}

/**
 * Notes for the fields of an admitted input object that the API server dropped: v1's
 * deprecatedTopology, and `byVersion`, the fields whose feature gate the simulated version has off.
 */
export function droppedFieldNotes(raw: RawObject, object: string | undefined, byVersion: readonly DroppedField[] = []): Diagnostic[] {
  return [...droppedTopology(raw), ...byVersion].map(({ path, field, message }) => ({
    code: 'FIELD_DROPPED',
    severity: 'info',
    message,
    ...(object ? { object } : {}),
    field,
    range: raw.locate(path),
  }));
}
