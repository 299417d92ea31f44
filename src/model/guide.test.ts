/**
 * Every example of the guide (../shared/seed-guide.md, as src/examples/guide-*.yaml) behaves as the
 * guide says it does, in the terms a real cluster would show: what each Service type gets (address,
 * nodePort, load balancer), where its traffic can go (endpoints) and what DNS answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples/index.ts';
import { buildCluster } from './cluster.ts';
import type { Cluster } from './cluster-types.ts';
import { resolve } from './dns/index.ts';
import type { Service } from './objects.ts';
import type { KubeVersion } from './versions/kube-version.ts';

const load = (id: string, kubeVersion?: KubeVersion): Cluster => {
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) throw new Error(`no example ${id}`);
  const text = readFileSync(join(import.meta.dirname, '../examples', example.file), 'utf8');
  return buildCluster([{ name: example.file, text }], kubeVersion === undefined ? {} : { kubeVersion });
};
const serviceOf = (cluster: Cluster, namespace: string, name: string): Service | undefined =>
  cluster.services.find((s) => s.key === `Service/${namespace}/${name}`)?.object;
const sliceAddresses = (cluster: Cluster, namespace: string, service: string): string[] =>
  cluster.endpointSlices
    .filter((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.labels?.['kubernetes.io/service-name'] === service)
    .flatMap((s) => (s.object.endpoints ?? []).filter((e) => e.conditions?.ready !== false).flatMap((e) => e.addresses))
    .sort();
const dnsA = (cluster: Cluster, name: string): string[] =>
  resolve(cluster, { name, type: 'A' }).answers.filter((a) => a.type === 'A').map((a) => a.data).sort();

describe('the guide examples behave as the guide says', () => {
  // On v1.33 and later the one warning a guide example may get is the apiserver's deprecation of v1
  // Endpoints (guide-11 writes its Endpoints by hand); it is still created.
  const ENDPOINTS_DEPRECATED = 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';
  it.each(EXAMPLES.filter((e) => e.id.startsWith('guide-')).map((e) => e.id))('%s is accepted by the API server', (id) => {
    const findings = load(id).diagnostics.filter((d) => d.severity !== 'info' && d.message !== ENDPOINTS_DEPRECATED);
    expect(findings).toEqual([]);
  });

  it('guide-11\'s hand-written Endpoints get the deprecation warning from v1.33 on, and none before', () => {
    const warnings = (version: KubeVersion) => load('guide-11-external-monitoring', version).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings('1.32')).toEqual([]);
    expect(warnings('1.33')).toEqual([ENDPOINTS_DEPRECATED]);
  });

  it.each([
    ['guide-01-fraud-detection', 'fintech', 'fraud-detection', 8080],
    ['guide-02-auth-service', 'identity', 'auth-service', 8443],
  ])('ClusterIP %s: a virtual IP inside the cluster, DNS answers it, traffic goes to the Pods on the targetPort', (id, namespace, name, targetPort) => {
    const cluster = load(id);
    const service = serviceOf(cluster, namespace, name);
    expect(service?.spec?.type).toBe('ClusterIP');
    expect(service?.spec?.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\./);
    expect(dnsA(cluster, `${name}.${namespace}.svc.cluster.local`)).toEqual([service?.spec?.clusterIP]);
    const ports = cluster.endpointSlices.filter((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === name).flatMap((s) => s.object.ports ?? []);
    expect(ports.map((p) => p.port)).toEqual([targetPort]);
    expect(sliceAddresses(cluster, namespace, name).length).toBeGreaterThan(0);
  });

  it.each([
    ['guide-03-debug-ui', 'monitoring', 'debug-ui', 31000],
    ['guide-04-legacy-test', 'staging', 'legacy-test', 32000],
  ])('NodePort %s: the requested nodePort on every Node, on top of a ClusterIP', (id, namespace, name, nodePort) => {
    const service = serviceOf(load(id), namespace, name);
    expect(service?.spec?.ports?.[0]?.nodePort).toBe(nodePort);
    expect(service?.spec?.clusterIP).toMatch(/^10\./);
    expect(service?.spec?.externalTrafficPolicy).toBe('Cluster');
  });

  it.each([
    ['guide-05-graphql-api', 'streaming', 'graphql-api'],
    ['guide-06-checkout-service', 'ecommerce', 'checkout-service'],
  ])('LoadBalancer %s: an external address (simulated), a nodePort and a ClusterIP', (id, namespace, name) => {
    const cluster = load(id);
    const entry = cluster.services.find((s) => s.key === `Service/${namespace}/${name}`);
    expect(entry?.object.status?.loadBalancer?.ingress?.[0]?.ip).toMatch(/^203\.0\.113\./);
    expect(entry?.simulated).toContain('status.loadBalancer.ingress');
    expect(entry?.object.spec?.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
    expect(entry?.object.spec?.clusterIP).toMatch(/^10\./);
  });

  it.each([
    ['guide-07-cassandra-headless', 'database', 'cassandra-headless'],
    ['guide-08-kafka-headless', 'messaging', 'kafka-headless'],
  ])('Headless %s: no virtual IP, DNS returns every ready Pod IP', (id, namespace, name) => {
    const cluster = load(id);
    expect(serviceOf(cluster, namespace, name)?.spec?.clusterIP).toBe('None');
    const pods = sliceAddresses(cluster, namespace, name);
    expect(pods).toHaveLength(3);
    expect(dnsA(cluster, `${name}.${namespace}.svc.cluster.local`)).toEqual(pods);
  });

  it.each([
    ['guide-09-crm-api', 'sales', 'crm-api', 'api.salesforce.com.'],
    ['guide-10-mysql-external', 'db', 'mysql-external', 'mysql-1234.us-central1.sql.goog.'],
  ])('ExternalName %s: a DNS alias, no clusterIP and no endpoints', (id, namespace, name, target) => {
    const cluster = load(id);
    expect(serviceOf(cluster, namespace, name)?.spec?.clusterIP).toBeUndefined();
    expect(cluster.endpointSlices.filter((s) => s.object.metadata?.namespace === namespace)).toEqual([]);
    const answer = resolve(cluster, { name: `${name}.${namespace}.svc.cluster.local`, type: 'A' });
    expect(answer.answers.map((a) => [a.type, a.data])).toEqual([['CNAME', target]]);
  });

  it('manual Endpoints: the selector-less Service gets them, mirrored into an EndpointSlice', () => {
    const cluster = load('guide-11-external-monitoring');
    expect(sliceAddresses(cluster, 'monitoring', 'external-monitoring')).toEqual(['192.168.10.10']);
    const mirrored = cluster.endpointSlices.find((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === 'external-monitoring');
    expect(mirrored?.object.metadata?.labels?.['endpointslice.kubernetes.io/managed-by']).toBe('endpointslicemirroring-controller.k8s.io');
  });

  it('manual EndpointSlice: kept as written, and the Service routes to its endpoint', () => {
    const cluster = load('guide-12-api-service-slice');
    const slice = cluster.endpointSlices.find((s) => s.key === 'EndpointSlice/api/api-service-slice-1');
    expect(slice?.origin).toBe('input');
    expect(sliceAddresses(cluster, 'api', 'api-service')).toEqual(['10.244.2.15']);
  });

  it('Ingress: admitted with its class, rules and TLS, its backends Services with endpoints', () => {
    const cluster = load('guide-13-saas-ingress');
    const ingress = cluster.ingresses.find((i) => i.key === 'Ingress/saas/saas-ingress')?.object;
    expect(ingress?.spec?.ingressClassName).toBe('nginx');
    expect(ingress?.spec?.rules?.[0]?.http?.paths.map((p) => [p.path, p.backend.service?.name])).toEqual([
      ['/api', 'api-service'],
      ['/dashboard', 'dashboard-service'],
    ]);
    for (const name of ['api-service', 'dashboard-service']) expect(sliceAddresses(cluster, 'saas', name).length).toBeGreaterThan(0);
  });
});
