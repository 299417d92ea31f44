/**
 * Where the guide this tool teaches is loose, the truth in a short note, pinned to the object it is
 * about. Notes are `info`: they never fail a check.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import { objectKey, type KubeObject } from '../objects.ts';

const HEADLESS =
  '"Headless" is not a spec.type: this is a ClusterIP Service with clusterIP: None. It gets no virtual IP and kube-proxy programs no rules for it; DNS answers with the addresses of its ready endpoints instead.';
const ENDPOINT_SLICE_HISTORY =
  'EndpointSlices were alpha in v1.16, beta in v1.17 and GA (discovery.k8s.io/v1) in v1.21; since v1.19 kube-proxy reads EndpointSlices, not Endpoints, by default.';
const LEGACY_ENDPOINTS =
  'The Endpoints API is deprecated since v1.33 in favour of EndpointSlices. The controller keeps at most 1,000 addresses per Endpoints object (annotation endpoints.kubernetes.io/over-capacity: truncated); EndpointSlices have no such limit.';

interface Note {
  readonly field: readonly (string | number)[];
  readonly message: string;
}

function notesFor(object: KubeObject): Note[] {
  const spec = object.spec as { clusterIP?: string; type?: string } | undefined;
  if (object.kind === 'Service' && spec?.clusterIP === 'None') return [{ field: ['spec', 'clusterIP'], message: HEADLESS }];
  if (object.kind === 'EndpointSlice') return [{ field: ['apiVersion'], message: ENDPOINT_SLICE_HISTORY }];
  if (object.kind === 'Endpoints') return [{ field: ['kind'], message: LEGACY_ENDPOINTS }];
  return [];
}

export function guideNotes(object: KubeObject, raw: RawObject): Diagnostic[] {
  const name = object.metadata?.name ?? '';
  const key = objectKey(object.kind, name, object.metadata?.namespace);
  return notesFor(object).map((note) => ({
    code: 'GUIDE_NOTE',
    severity: 'info',
    object: key,
    message: note.message,
    range: raw.locate(note.field),
  }));
}
