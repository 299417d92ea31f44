/**
 * Custom resources: kinds a CustomResourceDefinition adds to the API. A bare v1.31 API server
 * serves none, so kubectl refuses them ("no matches for kind …", lookup-kind.ts). Two inputs hold
 * them for good reason, and the simulator keeps them, listed and not simulated:
 * - a dump: the objects were read out of a cluster, so their CRDs are installed there;
 * - a manifest that declares the CRD too: once the CRD is created and Established, the API serves
 *   the kind (staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go),
 *   with the scope and plural the CRD's spec gives.
 * Built-in groups (apps, networking.k8s.io, …) are never custom: a kind missing there is unknown.
 */
import type { RawObject } from '../manifest/parse.ts';
import { asArray, asRecord, asString } from '../resources/guards.ts';
import type { KindInfo } from '../resources/schema/kind-info.ts';
import { SERVED_KINDS } from '../resources/schema/index.ts';

/** Groups of the built-in API, served or removed: a CRD may not claim them. */
const BUILTIN_GROUPS: ReadonlySet<string> = new Set([
  ...SERVED_KINDS.map((info) => groupOf(info.apiVersion)),
  'extensions',
  'apps',
  'networking.k8s.io',
  'policy',
  'batch',
]);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** A group a CRD may define: dotted, as the CRD's name `<plural>.<group>` requires, and not built in. */
export function isCustomGroup(apiVersion: string): boolean {
  const group = groupOf(apiVersion);
  return group.includes('.') && !BUILTIN_GROUPS.has(group);
}

/** The kinds the input's CustomResourceDefinitions serve, by `apiVersion/kind`. */
export function declaredCustomKinds(input: readonly RawObject[]): ReadonlyMap<string, KindInfo> {
  const kinds = new Map<string, KindInfo>();
  for (const raw of input) {
    if (raw.value.apiVersion !== 'apiextensions.k8s.io/v1' || raw.value.kind !== 'CustomResourceDefinition') continue;
    const spec = asRecord(raw.value.spec);
    const names = asRecord(spec?.names);
    const group = asString(spec?.group);
    const kind = asString(names?.kind);
    if (group === '' || kind === '') continue;
    for (const version of asArray(spec?.versions)) {
      const served = asRecord(version)?.served !== false;
      const name = asString(asRecord(version)?.name);
      if (!served || name === '') continue;
      const apiVersion = `${group}/${name}`;
      kinds.set(`${apiVersion}/${kind}`, {
        apiVersion,
        kind,
        namespaced: asString(spec?.scope) !== 'Cluster',
        plural: asString(names?.plural) || `${kind.toLowerCase()}s`,
        singular: asString(names?.singular) || kind.toLowerCase(),
        shortNames: asArray(names?.shortNames).map(asString).filter((s) => s !== ''),
      });
    }
  }
  return kinds;
}

/**
 * A dumped custom resource whose CRD the input does not hold: its scope shows in the object (a
 * namespaced one always carries metadata.namespace in a dump), its plural is guessed as
 * `kubectl api-resources` would most likely list it.
 */
export function guessedCustomKind(apiVersion: string, kind: string, value: Readonly<Record<string, unknown>>): KindInfo {
  const namespace = asRecord(value.metadata)?.namespace;
  return {
    apiVersion,
    kind,
    namespaced: typeof namespace === 'string' && namespace !== '',
    plural: `${kind.toLowerCase()}s`,
    singular: kind.toLowerCase(),
    shortNames: [],
  };
}
