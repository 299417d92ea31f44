/**
 * Cluster DNS names that will not resolve (kubernetes/dns docs/specification.md).
 *
 * An ExternalName is a CNAME, and CoreDNS follows a CNAME target only inside its zone
 * (plugin/kubernetes backend_lookup.go A: a target outside the zone goes to the upstream, through
 * `forward . /etc/resolv.conf`); no search path applies to a target, so `web.shop.svc` is asked
 * as the absolute `web.shop.svc.`, which no upstream knows.
 *
 * A Pod's own name, `<hostname>.<subdomain>.<namespace>.svc.<zone>`, exists only as an endpoint of
 * a headless Service named like the subdomain that selects it (specification.md 2.4.1), and only
 * when the Pod sets spec.hostname: the EndpointSlice controller copies nothing else into the
 * endpoint's hostname (staging/src/k8s.io/endpointslice/utils.go podToEndpoint, ShouldSetHostname).
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { hasSelector } from '../controllers/endpoint-slice-controller.ts';
import { selectorFromSet, selectorMatches } from '../labels/selector.ts';
import type { Pod } from '../objects.ts';
import type { ClusterIndex, Workload } from './cluster-index.ts';
import type { EntryCheck, Finding, ServiceCheck } from './finding.ts';
import { MESSAGES, type PerPodNames } from './messages.ts';

interface ClusterName {
  readonly service: string;
  readonly namespace: string;
  /** Whether the name carries the cluster domain, as a CNAME target must. */
  readonly qualified: boolean;
}

/**
 * The Service a cluster name points at: `name.namespace.svc.<zone>` or `host.name.namespace.svc.<zone>`,
 * or the same without the zone; and `name.namespace` when namespace is one of the cluster's, since
 * a real domain is rarely named after a namespace.
 */
function clusterName(externalName: string, index: ClusterIndex): ClusterName | undefined {
  const host = externalName.toLowerCase().replace(/\.$/, '');
  const zone = `.svc.${index.clusterDomain.toLowerCase()}`;
  let labels: string[];
  let qualified = false;
  if (host.endsWith(zone)) {
    labels = host.slice(0, -zone.length).split('.');
    qualified = true;
  } else if (host.endsWith('.svc')) {
    labels = host.slice(0, -'.svc'.length).split('.');
  } else {
    labels = host.split('.');
    if (labels.length !== 2 || !index.hasNamespace(labels[1] ?? '')) return undefined;
  }
  if (labels.length < 2 || labels.length > 3) return undefined;
  const [service, namespace] = labels.slice(-2) as [string, string];
  return { service, namespace, qualified };
}

export const checkExternalNameTarget: ServiceCheck = (entry, _selected, context) => {
  const spec = entry.object.spec;
  if (spec?.type !== 'ExternalName' || !spec.externalName) return [];
  const target = clusterName(spec.externalName, context.index);
  if (target === undefined) return [];
  const full = `${target.service}.${target.namespace}.svc.${context.index.clusterDomain}`;
  const field = ['spec', 'externalName'];
  if (context.index.service(target.namespace, target.service) === undefined) {
    const message = MESSAGES.externalNameServiceNotFound(spec.externalName, target.service, target.namespace, target.qualified ? undefined : full);
    return [{ code: 'EXTERNAL_NAME_SERVICE_NOT_FOUND', severity: 'warning', field, message }];
  }
  if (target.qualified) return [];
  const message = MESSAGES.externalNameNotFullyQualified(spec.externalName.replace(/\.$/, ''), context.index.clusterDomain, full);
  return [{ code: 'EXTERNAL_NAME_NOT_FULLY_QUALIFIED', severity: 'warning', field, message }];
};

/** What keeps `<hostname>.<subdomain>` out of DNS, if anything. */
function subdomainProblem(spec: PodSpec, metadata: ObjectMeta | undefined, namespace: string, template: boolean, index: ClusterIndex): string | undefined {
  const subdomain = spec.subdomain ?? '';
  const zone = `${subdomain}.${namespace}.svc.${index.clusterDomain}`;
  const names: PerPodNames = {
    text: spec.hostname ? `${spec.hostname}.${zone}` : `per-Pod names under ${zone}`,
    plural: !spec.hostname,
    who: template ? 'these Pods' : 'this Pod',
  };
  const service = index.service(namespace, subdomain);
  if (service === undefined) return MESSAGES.subdomainServiceMissing(subdomain, namespace, names);
  if (service.spec?.type === 'ExternalName') return MESSAGES.subdomainServiceNotHeadless(subdomain, names, 'is of type ExternalName');
  if (service.spec?.clusterIP !== 'None') return MESSAGES.subdomainServiceNotHeadless(subdomain, names, `has the cluster IP ${service.spec?.clusterIP ?? ''}`);
  // Without a selector the endpoints, hostnames included, are whatever the input's EndpointSlices say.
  if (!hasSelector(service)) return undefined;
  const selector = service.spec.selector ?? {};
  if (!selectorMatches(selectorFromSet(selector), metadata?.labels)) {
    return MESSAGES.subdomainServiceNotSelecting(subdomain, names, Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(','));
  }
  if (!spec.hostname) return MESSAGES.subdomainWithoutHostname(subdomain, zone, template);
  return undefined;
}

export const checkPodSubdomain: EntryCheck<Pod> = (entry, index) => {
  const pod = entry.object;
  // A dumped Pod of an input workload is checked through the workload (a StatefulSet sets the subdomain itself).
  if (!pod.spec?.subdomain || index.inputOf(pod)?.template === true) return [];
  const message = subdomainProblem(pod.spec, pod.metadata, pod.metadata?.namespace ?? 'default', false, index);
  return message === undefined ? [] : [{ code: 'SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', severity: 'warning', field: ['spec', 'subdomain'], message }];
};

/** A StatefulSet sets its Pods' subdomain to its serviceName (stateful_set_utils.go initIdentity), checked on its own. */
export const checkTemplateSubdomain: EntryCheck<Workload['object']> = (entry, index) => {
  const workload = entry.object;
  const template = workload.spec?.template;
  if (workload.kind === 'StatefulSet' || !template?.spec?.subdomain) return [];
  const message = subdomainProblem(template.spec, template.metadata, workload.metadata?.namespace ?? 'default', true, index);
  const finding: Finding = { code: 'SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', severity: 'warning', field: ['spec', 'template', 'spec', 'subdomain'], message: message ?? '' };
  return message === undefined ? [] : [finding];
};
