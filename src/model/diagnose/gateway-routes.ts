/**
 * Why an HTTPRoute would not carry traffic, as its status and the data plane show it
 * (gateway/attach.ts, gateway/backend-refs.ts): a parent that does not accept it (its reason from
 * the spec), a parent nobody reconciles (no such Gateway, or no such GatewayClass), a
 * cross-namespace backendRef without a ReferenceGrant, a backendRef to a missing Service or to
 * another kind, and a Service without ready endpoints (the Gateway answers 503 for its share).
 */
import type { Cluster } from '../cluster-types.ts';
import { analyzeGateways } from '../gateway/analyze.ts';
import { GATEWAY_GROUP, type HTTPRoute } from '../gateway/types.ts';
import type { Entry } from '../objects.ts';
import type { Finding } from './finding.ts';

const FIXES: Readonly<Record<string, string>> = {
  NotAllowedByListeners: "Allow the route's namespace in the listener's allowedRoutes (namespaces.from: All, or a Selector that matches it), or move the route.",
  NoMatchingListenerHostname: "Make one of the route's hostnames match the listener's hostname, or drop the route's hostnames.",
  NoMatchingParent: "Correct the parentRef's sectionName or port to name a listener of the Gateway.",
};

/** Ready endpoints of a Service, as its EndpointSlices list them. */
function readyEndpoints(cluster: Omit<Cluster, 'diagnostics'>, namespace: string, name: string): number {
  return cluster.endpointSlices
    .filter((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.labels?.['kubernetes.io/service-name'] === name)
    .reduce((sum, s) => sum + (s.object.endpoints ?? []).filter((e) => e.conditions?.ready !== false).length, 0);
}

export function checkHttpRoutes(cluster: Omit<Cluster, 'diagnostics'>): { entry: Entry<HTTPRoute>; findings: Finding[] }[] {
  const analysis = analyzeGateways(cluster);
  return analysis.routes.filter((r) => r.route.origin === 'input').map((route) => {
    const findings: Finding[] = [];
    const namespace = route.route.object.metadata.namespace ?? 'default';
    route.parents.forEach((parent, i) => {
      const field = ['spec', 'parentRefs', i];
      const ref = parent.parentRef;
      if ((ref.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (ref.kind ?? 'Gateway') !== 'Gateway') return;
      const key = `${ref.namespace ?? namespace}/${ref.name}`;
      const gateway = analysis.gateways.get(key);
      if (gateway === undefined) {
        findings.push({ code: 'HTTPROUTE_PARENT_NOT_FOUND', severity: 'warning', field, message: `Gateway ${key} does not exist: no controller attaches the route, and no request reaches it. Create the Gateway or correct the parentRef.` });
      } else if (!analysis.owned.has(key)) {
        const className = gateway.object.spec.gatewayClassName;
        findings.push({ code: 'HTTPROUTE_PARENT_NOT_FOUND', severity: 'warning', field, message: `Gateway ${key} names GatewayClass "${className}", which does not exist: no controller serves the Gateway, so the route is never attached. Create the GatewayClass or correct gatewayClassName.`, related: [`Gateway/${key}`] });
      } else if (parent.notAccepted !== undefined) {
        findings.push({
          code: 'HTTPROUTE_NOT_ACCEPTED',
          severity: 'warning',
          field,
          message: `Not accepted by Gateway ${key} (Accepted=False, reason ${parent.notAccepted.reason}): ${parent.notAccepted.message}. ${parent.notAccepted.fix ?? FIXES[parent.notAccepted.reason] ?? ''}`.trim(),
          related: [`Gateway/${key}`],
        });
      }
    });
    route.backends.forEach((rule, i) => rule.forEach((backend, j) => {
      const field = ['spec', 'rules', i, 'backendRefs', j];
      const ref = route.route.object.spec.rules?.[i]?.backendRefs?.[j];
      if (ref === undefined) return;
      const target = `${ref.namespace ?? namespace}/${ref.name}`;
      if (!backend.ok) {
        const code = backend.reason === 'RefNotPermitted' ? 'HTTPROUTE_REF_NOT_PERMITTED' : backend.reason === 'InvalidKind' ? 'HTTPROUTE_BACKEND_INVALID_KIND' : 'HTTPROUTE_BACKEND_NOT_FOUND';
        const fix = backend.reason === 'RefNotPermitted'
          ? ` Create a ReferenceGrant in namespace ${ref.namespace ?? ''} from HTTPRoutes of namespace ${namespace} to Services (group "", kind Service).`
          : '';
        findings.push({ code, severity: 'warning', field, message: `ResolvedRefs=False, reason ${backend.reason}: ${backend.message}. The Gateway answers 500 for the requests this backendRef would get.${fix}` });
        return;
      }
      if (backend.weight > 0 && readyEndpoints(cluster, ref.namespace ?? namespace, ref.name) === 0) {
        findings.push({ code: 'HTTPROUTE_BACKEND_NO_ENDPOINTS', severity: 'warning', field, message: `Service ${target} has no ready endpoints: the Gateway answers 503 Service Unavailable for the requests this backendRef would get.`, related: [`Service/${target}`] });
      }
    }));
    return { entry: route.route, findings };
  });
}
