/**
 * What a troubleshooting check returns: a code, a severity, the field it is about and the text.
 * The index turns findings into Diagnostics, locating the field in the object's source.
 */
import type { DiagnosticCode, Severity } from '../diagnostics.ts';
import type { Entry, Pod, Service, StatefulSet } from '../objects.ts';
import type { PodIndex } from '../controllers/pod-index.ts';
import type { ClusterIndex } from './cluster-index.ts';

export interface Finding {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly field: readonly (string | number)[];
  readonly message: string;
  /** The other objects the finding is about, as `Kind/namespace/name` (Diagnostic.related). */
  readonly related?: readonly string[];
}

/** Everything a check may read; built once per cluster by the index. */
export interface ServiceContext {
  readonly pods: PodIndex;
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly index: ClusterIndex;
}

export type ServiceCheck = (entry: Entry<Service>, selected: readonly Pod[], context: ServiceContext) => Finding[];

/** A check of one object of another kind (an Ingress, an EndpointSlice, a StatefulSet, a Pod). */
export type EntryCheck<T extends object> = (entry: Entry<T>, index: ClusterIndex) => Finding[];

/** `50%`, `16.7%`: one decimal, none when it is zero. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** `1 Pod`, `3 Pods`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * `pod-0, pod-1, pod-2 and 4 more`: long lists would drown the one-line message. `count` is the
 * length of the whole list when `names` holds only its first names.
 */
export function listNames(names: readonly string[], max = 3, count = names.length): string {
  const shown = names.slice(0, max).join(', ');
  return count > max ? `${shown} and ${count - max} more` : shown;
}
