/**
 * Troubleshooting findings: what `kubectl describe`, `kubectl get endpoints` and a look at the Pods
 * would tell someone whose Service does not answer. They run on the built cluster, after the
 * controllers, and are warnings or notes, never errors: the apiserver accepts every one of these.
 * Only objects from the input are diagnosed, each at the field the finding is about.
 */
import type { Cluster } from '../cluster-types.ts';
import { hasSelector, selectPods } from '../controllers/endpoint-slice-controller.ts';
import { indexPods } from '../controllers/pod-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import type { Entry, SourceRef } from '../objects.ts';
import { checkExternalNameIP } from './external-name-ip.ts';
import type { Finding, ServiceCheck, ServiceContext } from './finding.ts';
import { checkLoadBalancerPending } from './load-balancer-pending.ts';
import { checkNoReadyEndpoints } from './no-ready-endpoints.ts';
import { checkSelectorMatchesNothing } from './selector-near-miss.ts';
import { checkStatefulSetServiceExists, checkStatefulSetServiceName } from './stateful-set-service.ts';
import { checkTargetPorts } from './target-port.ts';

/** Checks that need the Service to select Pods the way the endpoint controllers do. */
const SELECTOR_CHECKS: readonly ServiceCheck[] = [
  checkSelectorMatchesNothing,
  checkTargetPorts,
  checkNoReadyEndpoints,
  checkStatefulSetServiceName,
];
const SERVICE_CHECKS: readonly ServiceCheck[] = [checkLoadBalancerPending, checkExternalNameIP];

export function troubleshoot(
  cluster: Omit<Cluster, 'diagnostics'>,
  input: readonly RawObject[],
): Diagnostic[] {
  // Store entries keep the very SourceRef of the RawObject they came from.
  const rawByRef = new Map<SourceRef, RawObject>(input.map((raw) => [raw.ref, raw]));
  const context: ServiceContext = { pods: indexPods(cluster.pods), statefulSets: cluster.statefulSets };
  const diagnostics: Diagnostic[] = [];
  const emit = (entry: Entry<object>, findings: readonly Finding[]) => {
    const raw = entry.origin === 'input' && entry.source ? rawByRef.get(entry.source) : undefined;
    if (!raw) return;
    for (const finding of findings) {
      diagnostics.push({
        code: finding.code,
        severity: finding.severity,
        object: entry.key,
        message: finding.message,
        field: formatField(finding.field),
        range: raw.locate(finding.field),
      });
    }
  };
  for (const entry of cluster.services) {
    const selected = hasSelector(entry.object) ? selectPods(entry.object, context.pods) : undefined;
    const checks = selected ? [...SELECTOR_CHECKS, ...SERVICE_CHECKS] : SERVICE_CHECKS;
    emit(entry, checks.flatMap((check) => check(entry, selected ?? [], context)));
  }
  for (const entry of cluster.statefulSets) emit(entry, checkStatefulSetServiceExists(entry, cluster.services));
  return diagnostics;
}

/** `spec.ports[0].targetPort`, as the apiserver prints field paths. */
function formatField(path: readonly (string | number)[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}
