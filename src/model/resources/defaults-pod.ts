/**
 * Pod and pod-template defaulting (pkg/apis/core/v1/defaults.go: SetDefaults_Pod,
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction). Each function fills an already-cloned object in place through its
 * Writer, or tells through PROBE whether it would (defaults-writer.ts).
 */
import { asArray, isRecord } from './guards.ts';
import type { Mutable, Writer } from './defaults-writer.ts';

function records(value: unknown): Mutable[] {
  return asArray(value).filter(isRecord);
}

function setIfAbsent(w: Writer, obj: Mutable, key: string, value: unknown): void {
  if (obj[key] === undefined || obj[key] === null || obj[key] === '') w.set(obj, key, value);
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

function defaultProbe(w: Writer, probe: unknown): void {
  if (!isRecord(probe)) return;
  const p = probe as Mutable;
  setIfAbsent(w, p, 'timeoutSeconds', 1);
  setIfAbsent(w, p, 'periodSeconds', 10);
  setIfAbsent(w, p, 'successThreshold', 1);
  setIfAbsent(w, p, 'failureThreshold', 3);
  if (isRecord(p.httpGet)) {
    const http = p.httpGet as Mutable;
    setIfAbsent(w, http, 'path', '/');
    setIfAbsent(w, http, 'scheme', 'HTTP');
  }
}

function defaultContainer(w: Writer, c: Mutable): void {
  if (typeof c.image === 'string') setIfAbsent(w, c, 'imagePullPolicy', imagePullPolicyFor(c.image));
  setIfAbsent(w, c, 'terminationMessagePath', '/dev/termination-log');
  setIfAbsent(w, c, 'terminationMessagePolicy', 'File');
  // The API always serializes the non-pointer resources struct, so a read shows `resources: {}`.
  if (!isRecord(c.resources)) w.set(c, 'resources', {});
  for (const port of records(c.ports)) setIfAbsent(w, port, 'protocol', 'TCP');
  // SetDefaults_ObjectFieldSelector: a fieldRef without apiVersion means v1.
  for (const env of records(c.env)) {
    const fieldRef = isRecord(env.valueFrom) ? (env.valueFrom as Mutable).fieldRef : undefined;
    if (isRecord(fieldRef)) setIfAbsent(w, fieldRef, 'apiVersion', 'v1');
  }
  defaultProbe(w, c.livenessProbe);
  defaultProbe(w, c.readinessProbe);
  defaultProbe(w, c.startupProbe);
}

/** SetDefaults_PodSpec plus the container defaults, for a Pod's spec or a template's. */
export function defaultPodSpec(spec: Mutable, w: Writer): void {
  setIfAbsent(w, spec, 'dnsPolicy', 'ClusterFirst');
  setIfAbsent(w, spec, 'restartPolicy', 'Always');
  if (!isRecord(spec.securityContext)) w.set(spec, 'securityContext', {});
  setIfAbsent(w, spec, 'terminationGracePeriodSeconds', 30);
  setIfAbsent(w, spec, 'schedulerName', 'default-scheduler');
  for (const c of [...records(spec.initContainers), ...records(spec.containers)]) defaultContainer(w, c);
}

/** defaultHostNetworkPorts: with hostNetwork, hostPort equals containerPort. */
function defaultHostNetworkPorts(w: Writer, containers: Mutable[]): void {
  for (const c of containers) {
    for (const port of records(c.ports)) {
      if (port.hostPort === undefined || port.hostPort === 0) w.set(port, 'hostPort', port.containerPort);
    }
  }
}

/** SetDefaults_Pod: requests from limits, enableServiceLinks, hostNetwork ports; then the spec. */
export function defaultPod(pod: Mutable, w: Writer): void {
  if (!isRecord(pod.spec)) w.set(pod, 'spec', {});
  const spec = pod.spec as Mutable;
  for (const c of records(spec.containers)) {
    const resources = isRecord(c.resources) ? (c.resources as Mutable) : undefined;
    if (resources === undefined || !isRecord(resources.limits)) continue;
    const requests = isRecord(resources.requests) ? (resources.requests as Mutable) : {};
    for (const [k, v] of Object.entries(resources.limits)) if (requests[k] === undefined) w.set(requests, k, v);
    w.set(resources, 'requests', requests);
  }
  if (typeof spec.enableServiceLinks !== 'boolean') w.set(spec, 'enableServiceLinks', true);
  if (spec.hostNetwork === true) {
    defaultHostNetworkPorts(w, records(spec.containers));
    defaultHostNetworkPorts(w, records(spec.initContainers));
  }
  defaultPodSpec(spec, w);
}

/** A workload's spec.template: only the PodSpec defaults apply (SetDefaults_Pod is for Pods). */
export function defaultPodTemplate(workloadSpec: Mutable, w: Writer): void {
  if (!isRecord(workloadSpec.template)) return;
  const template = workloadSpec.template as Mutable;
  if (!isRecord(template.spec)) w.set(template, 'spec', {});
  defaultPodSpec(template.spec as Mutable, w);
}
