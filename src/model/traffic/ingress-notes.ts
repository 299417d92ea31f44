/**
 * What the simulator can say about who implements an Ingress: its IngressClass and controller
 * (ingress.md "Ingress class", "Default IngressClass"), and the annotations only that controller reads.
 */
import type { Cluster } from '../cluster-types.ts';
import type { Entry, Ingress } from '../objects.ts';

const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

function classNote(cluster: Cluster, ingress: Ingress): string {
  const name = ingress.spec?.ingressClassName;
  const classes = cluster.ingressClasses.map((e) => e.object);
  if (name === undefined) {
    const fallback = classes.find((c) => c.metadata?.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
    return fallback === undefined
      ? 'the Ingress names no ingressClassName and no IngressClass is the default: a controller may ignore it; the trace assumes one serves it'
      : `the Ingress names no ingressClassName: the default IngressClass ${fallback.metadata?.name ?? ''} (controller ${fallback.spec?.controller ?? ''}) serves it`;
  }
  const found = classes.find((c) => c.metadata?.name === name);
  if (found === undefined) return `IngressClass ${name} is not in the input: the trace assumes its controller is installed`;
  return `IngressClass ${name}: controller ${found.spec?.controller ?? ''}, installed separately; it matches rules as the Ingress API defines them`;
}

/** Annotations are each controller's own API (ingress-nginx's rewrite-target, ...): named, not applied. */
function annotationNote(ingress: Ingress): string[] {
  const keys = Object.keys(ingress.metadata?.annotations ?? {}).filter((key) => key.includes('ingress.kubernetes.io/'));
  return keys.length === 0 ? [] : [`controller annotations not simulated: ${keys.join(', ')}`];
}

export function ingressNotes(cluster: Cluster, entry: Entry<Ingress>): string[] {
  return [classNote(cluster, entry.object), ...annotationNote(entry.object)];
}
