/**
 * A StatefulSet's Pods get per-Pod DNS names (<pod>.<serviceName>.<namespace>.svc) only through
 * the headless Service its spec.serviceName names: the controller sets each Pod's subdomain to it
 * (pkg/controller/statefulset/stateful_set_utils.go initIdentity), and the EndpointSlice controller
 * gives an endpoint its hostname only when the subdomain is the Service's name (ShouldSetHostname).
 */
import type { Entry, StatefulSet } from '../objects.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type Finding, type ServiceCheck } from './finding.ts';

/** A headless Service selecting StatefulSet Pods whose StatefulSet governs them through another Service. */
export const checkStatefulSetServiceName: ServiceCheck = (entry, selected, context) => {
  const service = entry.object;
  if (service.spec?.clusterIP !== 'None' || selected.length === 0) return [];
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? 'default';
  const owners = new Set(
    selected.flatMap((pod) => pod.metadata?.ownerReferences?.filter((o) => o.controller === true && o.kind === 'StatefulSet').map((o) => o.name) ?? []),
  );
  const mismatched = context.statefulSets
    .filter(({ object }) => (object.metadata?.namespace ?? 'default') === namespace && owners.has(object.metadata?.name ?? ''))
    .filter(({ object }) => object.spec?.serviceName !== name)
    .map(({ object }) => `${object.metadata?.name ?? ''} (serviceName: ${object.spec?.serviceName || '""'})`);
  if (mismatched.length === 0) return [];
  return [{
    code: 'STATEFULSET_SERVICE_MISMATCH',
    severity: 'warning',
    field: ['spec', 'clusterIP'],
    message: MESSAGES.statefulSetServiceMismatch(listNames(mismatched), name),
  }];
};

/**
 * A StatefulSet whose serviceName names no Service in its namespace, or one with a cluster IP:
 * per-Pod records exist only for headless Services (kubernetes/dns docs/specification.md 2.4.1;
 * kube-score `statefulset-has-servicename`).
 */
export function checkStatefulSetServiceExists(entry: Entry<StatefulSet>, index: ClusterIndex): Finding[] {
  const serviceName = entry.object.spec?.serviceName;
  // Without a serviceName there are no per-Pod names to lose.
  if (!serviceName) return [];
  const namespace = entry.object.metadata?.namespace ?? 'default';
  const service = index.service(namespace, serviceName);
  const field = ['spec', 'serviceName'];
  if (service === undefined) {
    return [{ code: 'STATEFULSET_SERVICE_MISSING', severity: 'warning', field, message: MESSAGES.statefulSetServiceMissing(serviceName, namespace) }];
  }
  if (service.spec?.clusterIP === 'None') return [];
  const what = service.spec?.type === 'ExternalName' ? 'is of type ExternalName' : `has the cluster IP ${service.spec?.clusterIP ?? ''}`;
  return [{ code: 'STATEFULSET_SERVICE_NOT_HEADLESS', severity: 'warning', field, message: MESSAGES.statefulSetServiceNotHeadless(serviceName, what) }];
}
