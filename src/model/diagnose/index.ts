/**
 * Troubleshooting findings: what `kubectl describe`, `kubectl get endpoints` and a look at the Pods
 * would tell someone whose Service does not answer, and what validators (kube-score, polaris) would
 * flag. They run on the built cluster, after the controllers, and are warnings or notes, never
 * errors: the apiserver accepts every one of these. Only objects from the input are diagnosed,
 * each at the field the finding is about.
 */
import type { Cluster } from '../cluster-types.ts';
import { hasSelector, selectPods } from '../controllers/endpoint-slice-controller.ts';
import { indexPods, type PodIndex } from '../controllers/pod-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import type { Entry, Service, SourceRef } from '../objects.ts';
import { indexCluster, type Workload } from './cluster-index.ts';
import { checkExternalNameTarget, checkPodSubdomain, checkTemplateSubdomain } from './dns-names.ts';
import { endpointDrift } from './endpoint-drift.ts';
import { checkEndpointSlice } from './endpoint-slices.ts';
import { checkExternalNameIP } from './external-name-ip.ts';
import type { Finding, ServiceCheck, ServiceContext } from './finding.ts';
import { checkIngressBackends } from './ingress-backends.ts';
import { checkHttpRoutes } from './gateway-routes.ts';
import { checkLoadBalancerPending } from './load-balancer-pending.ts';
import { checkNoReadyEndpoints } from './no-ready-endpoints.ts';
import { checkNodePortExposed } from './node-port.ts';
import { checkPodSamples } from './pods-sampled.ts';
import { trackReadinessProbes } from './readiness-probe.ts';
import { checkSelectorMatchesNothing } from './selector-near-miss.ts';
import { serviceChecksOf, type ServiceChecked, type ServiceChecksMemo } from './service-checks-memo.ts';
import { checkStatefulSetServiceExists, checkStatefulSetServiceName } from './stateful-set-service.ts';
import { checkTargetPorts } from './target-port.ts';
import { checkEndpointsOnOneNode, checkExternalTrafficImbalance, checkInternalTrafficUnserved } from './traffic-spread.ts';

/** Checks that need the Service to select Pods the way the endpoint controllers do. */
const SELECTOR_CHECKS: readonly ServiceCheck[] = [
  checkSelectorMatchesNothing,
  checkTargetPorts,
  checkNoReadyEndpoints,
  checkStatefulSetServiceName,
  checkEndpointsOnOneNode,
];
const SERVICE_CHECKS: readonly ServiceCheck[] = [
  checkLoadBalancerPending,
  checkExternalNameIP,
  checkExternalNameTarget,
  checkNodePortExposed,
  checkExternalTrafficImbalance,
  checkInternalTrafficUnserved,
];

/**
 * `pods`: the controllers' index of `cluster.pods`, when the caller has it (else they are indexed
 * here). `memo`: the last builds' Service checks, kept where nothing they read changed.
 */
export function troubleshoot(
  cluster: Omit<Cluster, 'diagnostics'>,
  input: readonly RawObject[],
  pods: PodIndex = indexPods(cluster.pods),
  memo?: ServiceChecksMemo,
): Diagnostic[] {
  // Store entries keep the very SourceRef of the RawObject they came from.
  const rawByRef = new Map<SourceRef, RawObject>(input.map((raw) => [raw.ref, raw]));
  const rawOf = (entry: Entry<object>) => (entry.origin === 'input' && entry.source ? rawByRef.get(entry.source) : undefined);
  const index = indexCluster(cluster);
  const context: ServiceContext = { pods, statefulSets: cluster.statefulSets, index };
  const diagnostics: Diagnostic[] = [];
  const located = (entry: Entry<object>, raw: RawObject, findings: readonly Finding[]): Diagnostic[] =>
    findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      object: entry.key,
      message: finding.message,
      field: formatField(finding.field),
      range: raw.locate(finding.field),
      ...(finding.related ? { related: finding.related } : {}),
    }));
  const emit = (entry: Entry<object>, findings: readonly Finding[]) => {
    if (findings.length === 0) return;
    const raw = rawOf(entry);
    if (raw) for (const diagnostic of located(entry, raw, findings)) diagnostics.push(diagnostic);
  };
  const inputOnly = <T extends object>(entries: readonly Entry<T>[]) => entries.filter((entry) => entry.origin === 'input');
  const readiness = trackReadinessProbes(index);
  const checkService = (entry: Entry<Service>, raw: RawObject | undefined): ServiceChecked => {
    const selected = hasSelector(entry.object) ? selectPods(entry.object, context.pods) : undefined;
    const checks = selected ? [...SELECTOR_CHECKS, ...SERVICE_CHECKS] : SERVICE_CHECKS;
    const findings = checks.flatMap((check) => check(entry, selected ?? [], context));
    return { selected, diagnostics: raw ? located(entry, raw, findings) : [] };
  };
  const kept = memo ? serviceChecksOf(cluster, index, memo) : undefined;
  for (const entry of inputOnly(cluster.services)) {
    const raw = rawOf(entry);
    const { selected, diagnostics: found } = kept && raw ? kept(entry, raw, () => checkService(entry, raw)) : checkService(entry, raw);
    for (const diagnostic of found) diagnostics.push(diagnostic);
    // Readiness decides nothing for a Service that publishes not-ready addresses.
    if (selected && entry.object.spec?.publishNotReadyAddresses !== true) readiness.add(entry.object.metadata?.name ?? '', selected);
  }
  for (const { entry, findings } of readiness.findings()) emit(entry, findings);
  for (const entry of inputOnly(cluster.statefulSets)) emit(entry, checkStatefulSetServiceExists(entry, index));
  for (const entry of inputOnly(cluster.pods)) emit(entry, checkPodSubdomain(entry, index));
  const workloads: readonly Workload[] = [...cluster.deployments, ...cluster.replicaSets, ...cluster.daemonSets, ...cluster.replicationControllers];
  for (const entry of inputOnly(workloads)) emit(entry, checkTemplateSubdomain(entry, index));
  const created = new Map(input.map((raw, position) => [raw.ref, position]));
  const order = (entry: Entry<object>) => (entry.source ? created.get(entry.source) ?? input.length : input.length);
  const written = (entry: Entry<object>) => (entry.source ? rawByRef.get(entry.source)?.value : undefined);
  for (const { entry, findings } of checkPodSamples([...inputOnly(cluster.statefulSets), ...inputOnly(workloads)], order, written)) emit(entry, findings);
  for (const entry of inputOnly(cluster.ingresses)) emit(entry, checkIngressBackends(entry, index));
  for (const { entry, findings } of checkHttpRoutes(cluster)) emit(entry, findings);
  for (const entry of inputOnly(cluster.endpointSlices)) emit(entry, checkEndpointSlice(entry, index));
  for (const { entry, findings } of endpointDrift(inputOnly(cluster.services), cluster.endpointSlices, cluster.endpoints, context)) emit(entry, findings);
  return diagnostics;
}

/**
 * `spec.ports[0].targetPort`, `metadata.labels[kubernetes.io/service-name]`: as the apiserver
 * prints field paths, with a key that is not a plain identifier in brackets.
 */
function formatField(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' || !/^[A-Za-z_$][\w$]*$/.test(segment) ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}
