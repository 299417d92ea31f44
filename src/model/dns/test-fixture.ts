/**
 * A hand-built Cluster for the DNS tests: the objects a kubeadm cluster and its EndpointSlice
 * controller would hold, without running the pipeline.
 */
import type { Cluster } from '../cluster-types.ts';
import type { EndpointSlice, Namespace, Pod, Service } from '../objects.ts';
import { buildTestCluster } from '../testing/fixtures.ts';
import type { ServiceSpec } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointPort } from 'kubernetes-types/discovery/v1';

export function namespace(name: string): Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

export function service(ns: string, name: string, spec: ServiceSpec): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec };
}

/** A named TCP port, as the Service and its EndpointSlices both list it. */
export function tcp(name: string, port: number): { name: string; port: number; protocol: string } {
  return { name, port, protocol: 'TCP' };
}

export function endpoint(ip: string, options: { hostname?: string; ready?: boolean } = {}): Endpoint {
  return {
    addresses: [ip],
    conditions: { ready: options.ready ?? true },
    ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
  };
}

export function slice(ns: string, serviceName: string, endpoints: Endpoint[], ports: EndpointPort[], family: 'IPv4' | 'IPv6' = 'IPv4'): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: `${serviceName}-${family.toLowerCase()}`, namespace: ns, labels: { 'kubernetes.io/service-name': serviceName } },
    addressType: family,
    endpoints,
    ports,
  };
}

export function pod(ns: string, name: string, ip: string, labels: Record<string, string> = {}): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels }, status: { podIP: ip, podIPs: [{ ip }] } };
}

const single = { ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' };

/**
 * kubeadm's defaults plus a `shop` namespace with a Service of every kind. EndpointSlices are as
 * the EndpointSlice controller writes them: with publishNotReadyAddresses every endpoint is ready
 * (staging/src/k8s.io/endpointslice/utils.go podToEndpoint).
 */
export function sampleCluster(): Cluster {
  const dns = [tcp('metrics', 9153), { name: 'dns', port: 53, protocol: 'UDP' }, tcp('dns-tcp', 53)];
  return buildTestCluster({
    namespaces: ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'shop'].map(namespace),
    services: [
      service('default', 'kubernetes', { ...single, type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [tcp('https', 443)] }),
      service('kube-system', 'kube-dns', { ...single, type: 'ClusterIP', clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], ports: dns }),
      service('shop', 'web', { ...single, type: 'ClusterIP', clusterIP: '10.96.10.20', clusterIPs: ['10.96.10.20'], ports: [tcp('http', 80), tcp('https', 443)] }),
      service('shop', 'db', { ...single, type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], ports: [tcp('mysql', 3306)] }),
      service('shop', 'peers', { ...single, clusterIP: 'None', clusterIPs: ['None'], publishNotReadyAddresses: true, ports: [tcp('gossip', 7000)] }),
      service('shop', 'legacy', { type: 'ExternalName', externalName: 'db.example.com' }),
      service('shop', 'alias', { type: 'ExternalName', externalName: 'web.shop.svc.cluster.local' }),
      service('shop', 'dual', {
        type: 'ClusterIP',
        clusterIP: '10.96.30.40',
        clusterIPs: ['10.96.30.40', 'fd00:10:96::1e'],
        ipFamilies: ['IPv4', 'IPv6'],
        ipFamilyPolicy: 'RequireDualStack',
        ports: [tcp('http', 80)],
      }),
      service('shop', 'nohosts', { ...single, clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 8080, protocol: 'TCP' }] }),
      service('shop', 'empty', { ...single, clusterIP: 'None', clusterIPs: ['None'], ports: [tcp('http', 80)] }),
      service('shop', 'ring', { clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4', 'IPv6'], ports: [tcp('http', 80)] }),
    ],
    endpointSlices: [
      slice('kube-system', 'kube-dns', [endpoint('10.244.0.2'), endpoint('10.244.0.3')], dns),
      slice('shop', 'web', [endpoint('10.244.1.5'), endpoint('10.244.2.7'), endpoint('10.244.2.8', { ready: false })], [tcp('http', 8080), tcp('https', 8443)]),
      slice('shop', 'db', [
        endpoint('10.244.1.10', { hostname: 'db-0' }),
        endpoint('10.244.2.11', { hostname: 'db-1' }),
        endpoint('10.244.3.12', { hostname: 'db-2', ready: false }),
      ], [tcp('mysql', 3306)]),
      slice('shop', 'peers', [endpoint('10.244.1.30', { hostname: 'peer-0' }), endpoint('10.244.2.31', { hostname: 'peer-1' })], [tcp('gossip', 7000)]),
      slice('shop', 'nohosts', [endpoint('10.244.1.20'), endpoint('10.244.1.21')], [{ port: 8080, protocol: 'TCP', name: '' }]),
      slice('shop', 'ring', [endpoint('10.244.1.40', { hostname: 'ring-0' })], [tcp('http', 80)], 'IPv4'),
      slice('shop', 'ring', [endpoint('fd00:10:244:1::28', { hostname: 'ring-0' })], [tcp('http', 80)], 'IPv6'),
      slice('shop', 'ghost', [endpoint('10.244.9.99')], [tcp('http', 80)]),
    ],
    pods: [
      pod('kube-system', 'coredns-7db6d8ff4d-abcde', '10.244.0.2', { 'k8s-app': 'kube-dns' }),
      pod('kube-system', 'coredns-7db6d8ff4d-fghij', '10.244.0.3', { 'k8s-app': 'kube-dns' }),
    ],
  });
}
