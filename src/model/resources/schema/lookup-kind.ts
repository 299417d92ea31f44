/**
 * kubectl's REST mapping of an object's apiVersion and kind against what the server discovers:
 * exact, case-sensitive, one group/version (k8s.io/apimachinery/pkg/api/meta/restmapper.go).
 */
import type { KindInfo } from './kind-info.ts';
import { removalHint } from './removed-versions.ts';
import { SERVED_KINDS } from './served-kinds.ts';

export type KindLookup =
  | { readonly served: true; readonly info: KindInfo }
  | {
      readonly served: false;
      /** meta.NoKindMatchError, as kubectl prints it: `no matches for kind "Ingress" in version "extensions/v1beta1"`. */
      readonly message: string;
      /** For a removed version, what replaced it and the release that removed it. */
      readonly hint?: string;
    };

const BY_KEY: ReadonlyMap<string, KindInfo> = new Map(SERVED_KINDS.map((info) => [`${info.apiVersion}/${info.kind}`, info]));

export function lookupKind(apiVersion: string, kind: string): KindLookup {
  const info = BY_KEY.get(`${apiVersion}/${kind}`);
  if (info !== undefined) return { served: true, info };
  const message = `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`;
  const hint = removalHint(apiVersion, kind);
  return hint === undefined ? { served: false, message } : { served: false, message, hint };
}
