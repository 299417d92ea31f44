/**
 * Defaulting for Endpoints, EndpointSlice (pkg/apis/discovery/v1/defaults.go), NetworkPolicy and
 * IngressClass (pkg/apis/networking/v1/defaults.go), Namespace and Node. Ingress has no defaults in
 * networking/v1: an HTTP path without pathType stays without one, and validation rejects it.
 */
import { asArray, isRecord } from './guards.ts';
import type { Mutable, Writer } from './defaults-writer.ts';

function records(value: unknown): Mutable[] {
  return asArray(value).filter(isRecord);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** SetDefaults_EndpointPort (core/v1) */
export function defaultEndpoints(obj: Mutable, w: Writer): void {
  for (const subset of records(obj.subsets)) {
    for (const port of records(subset.ports)) if (isAbsent(port.protocol) || port.protocol === '') w.set(port, 'protocol', 'TCP');
  }
}

/**
 * SetDefaults_EndpointPort (discovery/v1): name "" and protocol TCP. Then the create strategy's
 * dropTopologyOnV1 (pkg/registry/discovery/endpointslice/strategy.go PrepareForCreate): a
 * discovery.k8s.io/v1 request ("Silently clear out DeprecatedTopology") stores no endpoint's
 * deprecatedTopology, before validation sees it. v1 is the only version served since v1.25.
 */
export function defaultEndpointSlice(obj: Mutable, w: Writer): void {
  for (const port of records(obj.ports)) {
    if (isAbsent(port.name)) w.set(port, 'name', '');
    if (isAbsent(port.protocol)) w.set(port, 'protocol', 'TCP');
  }
  for (const endpoint of records(obj.endpoints)) w.remove(endpoint, 'deprecatedTopology');
}

/** SetDefaults_NetworkPolicyPort and SetDefaults_NetworkPolicy. */
export function defaultNetworkPolicy(obj: Mutable, w: Writer): void {
  if (!isRecord(obj.spec)) w.set(obj, 'spec', {});
  const spec = obj.spec as Mutable;
  for (const rule of [...records(spec.ingress), ...records(spec.egress)]) {
    for (const port of records(rule.ports)) if (isAbsent(port.protocol)) w.set(port, 'protocol', 'TCP');
  }
  // Any policy that does not specify policyTypes implies at least "Ingress".
  if (asArray(spec.policyTypes).length === 0) {
    w.set(spec, 'policyTypes', asArray(spec.egress).length > 0 ? ['Ingress', 'Egress'] : ['Ingress']);
  }
}

/** SetDefaults_IngressClass: parameters without a scope are cluster-scoped. */
export function defaultIngressClass(obj: Mutable, w: Writer): void {
  const spec = isRecord(obj.spec) ? (obj.spec as Mutable) : undefined;
  if (spec !== undefined && isRecord(spec.parameters)) {
    const params = spec.parameters as Mutable;
    if (isAbsent(params.scope)) w.set(params, 'scope', 'Cluster');
  }
}

/**
 * SetDefaults_Namespace (the kubernetes.io/metadata.name label) and the namespace strategy's
 * PrepareForCreate: status Active, and the "kubernetes" finalizer always present.
 */
export function defaultNamespace(obj: Mutable, w: Writer): void {
  const meta = isRecord(obj.metadata) ? (obj.metadata as Mutable) : {};
  w.set(obj, 'metadata', meta);
  const labels = isRecord(meta.labels) ? (meta.labels as Mutable) : {};
  if (typeof meta.name === 'string' && meta.name !== '') w.set(labels, 'kubernetes.io/metadata.name', meta.name);
  w.set(meta, 'labels', labels);
  const spec = isRecord(obj.spec) ? (obj.spec as Mutable) : {};
  const finalizers = asArray(spec.finalizers);
  w.set(spec, 'finalizers', finalizers.includes('kubernetes') ? [...finalizers] : [...finalizers, 'kubernetes']);
  w.set(obj, 'spec', spec);
  w.set(obj, 'status', { phase: 'Active' });
}

/** SetDefaults_NodeStatus: allocatable defaults to capacity. */
export function defaultNode(obj: Mutable, w: Writer): void {
  if (!isRecord(obj.status)) return;
  const status = obj.status as Mutable;
  if (isAbsent(status.allocatable) && isRecord(status.capacity)) w.set(status, 'allocatable', { ...status.capacity });
}
