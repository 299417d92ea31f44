/**
 * `trace`, reduced to what a challenge needs: the trace when the model can draw the path, nothing
 * when the request does not apply to the cluster the learner has.
 */
import { trace, type Cluster, type Trace, type TraceRequest } from '../../model/index.ts';

export function traced(cluster: Cluster, request: TraceRequest): Trace | undefined {
  const result = trace(cluster, request);
  return result.ok ? result.trace : undefined;
}

/** `ns/name` → the namespace and name a TraceRequest takes. */
export function serviceRequest(ref: string): { readonly namespace: string; readonly service: string } {
  const slash = ref.indexOf('/');
  return { namespace: ref.slice(0, slash), service: ref.slice(slash + 1) };
}

/** What a delivered trace can reach, or nothing: the answer to "which Pods can receive it?". */
export const reachable = (t: Trace | undefined): readonly string[] => (t?.delivered === true ? t.candidates : []);
