/**
 * Which of two intents an input object carries, told apart by fields only an API server writes:
 * - `manifest`: written to be applied, as `kubectl apply -f` would create it on a fresh cluster;
 * - `dump`: read out of a running cluster (`kubectl get … -o yaml|json`), so it is loaded as that
 *   cluster's stored state: values kept as given, nothing re-allocated, no admission re-run.
 *
 * The signals are metadata.resourceVersion, uid, managedFields and selfLink: the API server sets
 * them on every stored object (k8s.io/apiserver/pkg/registry/rest/create.go BeforeCreate →
 * FillObjectMetaSystemFields sets uid; etcd3 store.go sets resourceVersion; the fieldmanager writes
 * managedFields; selfLink until v1.20), `kubectl get -o yaml` prints them, and no one writes them
 * by hand. A creationTimestamp or a status alone does not count: `kubectl create --dry-run=client
 * -o yaml` prints `creationTimestamp: null` and `status: {}`, and a manifest may state a status on
 * purpose (a load balancer's address, a Pod's IP) for the simulator to take.
 */
import type { RawObject } from '../manifest/parse.ts';
import { asRecord } from '../resources/guards.ts';

/** What the caller asks for: `auto` decides per object. */
export type InputMode = 'auto' | 'manifest' | 'dump';

/** How one object was read. */
export type InputIntent = 'manifest' | 'dump';

export const INPUT_MODES: readonly InputMode[] = ['auto', 'manifest', 'dump'];

/** The server-set fields an object carries, as field paths, in a fixed order. */
export function serverSetFields(value: Readonly<Record<string, unknown>>): string[] {
  const metadata = asRecord(value.metadata);
  if (metadata === undefined) return [];
  const fields: string[] = [];
  const text = (key: string) => typeof metadata[key] === 'string' && metadata[key] !== '';
  if (text('resourceVersion')) fields.push('metadata.resourceVersion');
  if (text('uid')) fields.push('metadata.uid');
  if (Array.isArray(metadata.managedFields) && metadata.managedFields.length > 0) fields.push('metadata.managedFields');
  if (text('selfLink')) fields.push('metadata.selfLink');
  return fields;
}

/** The intent of one object under the chosen mode. */
export function intentOf(raw: RawObject, mode: InputMode): InputIntent {
  if (mode !== 'auto') return mode;
  return serverSetFields(raw.value).length > 0 ? 'dump' : 'manifest';
}
