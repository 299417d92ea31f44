/**
 * Pod and pod-template defaulting (pkg/apis/core/v1/defaults.go: SetDefaults_Pod,
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction). Each function fills a fresh, already-cloned object in place.
 */
import { asArray, isRecord } from './guards.ts';

type Mutable = Record<string, unknown>;

function records(value: unknown): Mutable[] {
  return asArray(value).filter(isRecord);
}

function setIfAbsent(obj: Mutable, key: string, value: unknown): void {
  if (obj[key] === undefined || obj[key] === null || obj[key] === '') obj[key] = value;
}

/**
 * SetDefaults_Container: Always for the "latest" tag, which parsers.ParseImageName also assumes
 * when an image names neither a tag nor a digest; IfNotPresent otherwise.
 */
function imagePullPolicyFor(image: string): string {
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? (at < 0 ? 'latest' : '') : name.slice(colon + 1);
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: unknown): void {
  if (!isRecord(probe)) return;
  const p = probe as Mutable;
  setIfAbsent(p, 'timeoutSeconds', 1);
  setIfAbsent(p, 'periodSeconds', 10);
  setIfAbsent(p, 'successThreshold', 1);
  setIfAbsent(p, 'failureThreshold', 3);
  if (isRecord(p.httpGet)) {
    const http = p.httpGet as Mutable;
    setIfAbsent(http, 'path', '/');
    setIfAbsent(http, 'scheme', 'HTTP');
  }
}

function defaultContainer(c: Mutable): void {
  if (typeof c.image === 'string') setIfAbsent(c, 'imagePullPolicy', imagePullPolicyFor(c.image));
  setIfAbsent(c, 'terminationMessagePath', '/dev/termination-log');
  setIfAbsent(c, 'terminationMessagePolicy', 'File');
  // The API always serializes the non-pointer resources struct, so a read shows `resources: {}`.
  if (!isRecord(c.resources)) c.resources = {};
  for (const port of records(c.ports)) setIfAbsent(port, 'protocol', 'TCP');
  // SetDefaults_ObjectFieldSelector: a fieldRef without apiVersion means v1.
  for (const env of records(c.env)) {
    const fieldRef = isRecord(env.valueFrom) ? (env.valueFrom as Mutable).fieldRef : undefined;
    if (isRecord(fieldRef)) setIfAbsent(fieldRef, 'apiVersion', 'v1');
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

/** SetDefaults_PodSpec plus the container defaults, for a Pod's spec or a template's. */
export function defaultPodSpec(spec: Mutable): void {
  setIfAbsent(spec, 'dnsPolicy', 'ClusterFirst');
  setIfAbsent(spec, 'restartPolicy', 'Always');
  if (!isRecord(spec.securityContext)) spec.securityContext = {};
  setIfAbsent(spec, 'terminationGracePeriodSeconds', 30);
  setIfAbsent(spec, 'schedulerName', 'default-scheduler');
  for (const c of [...records(spec.initContainers), ...records(spec.containers)]) defaultContainer(c);
}

/** defaultHostNetworkPorts: with hostNetwork, hostPort equals containerPort. */
function defaultHostNetworkPorts(containers: Mutable[]): void {
  for (const c of containers) {
    for (const port of records(c.ports)) {
      if (port.hostPort === undefined || port.hostPort === 0) port.hostPort = port.containerPort;
    }
  }
}

/** SetDefaults_Pod: requests from limits, enableServiceLinks, hostNetwork ports; then the spec. */
export function defaultPod(pod: Mutable): void {
  if (!isRecord(pod.spec)) pod.spec = {};
  const spec = pod.spec as Mutable;
  for (const c of records(spec.containers)) {
    const resources = isRecord(c.resources) ? (c.resources as Mutable) : undefined;
    if (resources === undefined || !isRecord(resources.limits)) continue;
    const requests = isRecord(resources.requests) ? (resources.requests as Mutable) : {};
    for (const [k, v] of Object.entries(resources.limits)) if (requests[k] === undefined) requests[k] = v;
    resources.requests = requests;
  }
  if (typeof spec.enableServiceLinks !== 'boolean') spec.enableServiceLinks = true;
  if (spec.hostNetwork === true) {
    defaultHostNetworkPorts(records(spec.containers));
    defaultHostNetworkPorts(records(spec.initContainers));
  }
  defaultPodSpec(spec);
}

/** A workload's spec.template: only the PodSpec defaults apply (SetDefaults_Pod is for Pods). */
export function defaultPodTemplate(workloadSpec: Mutable): void {
  if (!isRecord(workloadSpec.template)) return;
  const template = workloadSpec.template as Mutable;
  if (!isRecord(template.spec)) template.spec = {};
  defaultPodSpec(template.spec as Mutable);
}
