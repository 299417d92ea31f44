import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import type { Service } from '../objects.ts';
import { collectRequests, createServiceAllocator } from './service-alloc.ts';

type Spec = NonNullable<Service['spec']>;
const service = (name: string, spec: Spec): Service => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec });
const messages = (result: { errors: readonly { field: string; message: string }[] }) => result.errors.map((e) => `${e.field}: ${e.message}`);
const port = (p: number, extra: object = {}) => ({ port: p, protocol: 'TCP', targetPort: p, ...extra });

describe('createServiceAllocator (storage/alloc.go allocateCreate)', () => {
  it.each<[string, Spec, Partial<Spec>]>([
    ['a ClusterIP Service: one IPv4 address from the upper band, SingleStack', { type: 'ClusterIP', selector: { a: 'b' }, ports: [port(80)] }, { ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' }],
    ['headless with a selector: no address, SingleStack', { type: 'ClusterIP', clusterIP: 'None', selector: { a: 'b' }, ports: [port(80)] }, { clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' }],
    ['headless without a selector: RequireDualStack, both families, even on an IPv4 cluster', { type: 'ClusterIP', clusterIP: 'None', ports: [port(80)] }, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' }],
    ['PreferDualStack on a single-stack cluster: falls back to one family', { type: 'ClusterIP', ipFamilyPolicy: 'PreferDualStack', selector: { a: 'b' }, ports: [port(80)] }, { ipFamilies: ['IPv4'], ipFamilyPolicy: 'PreferDualStack' }],
    ['ExternalName: nothing at all', { type: 'ExternalName', externalName: 'db.example.com' }, { type: 'ExternalName' }],
  ])('%s', (_name, spec, expected) => {
    const result = createServiceAllocator(DEFAULT_CONFIG, collectRequests([])).allocate(service('s', spec));
    expect(result.errors).toEqual([]);
    expect(result.service.spec).toMatchObject(expected);
    if (spec.type === 'ExternalName') expect([result.service.spec?.clusterIP, result.service.spec?.ipFamilies]).toEqual([undefined, undefined]);
  });

  it('picks from the upper band: 10.96.0.0/12 keeps its first 256 addresses for requests (KEP-3070)', () => {
    const allocator = createServiceAllocator(DEFAULT_CONFIG, collectRequests([]));
    for (let i = 0; i < 50; i++) {
      const ip = allocator.allocate(service(`s${i}`, { selector: { a: 'b' }, ports: [port(80)] })).service.spec?.clusterIP ?? '';
      const [, second, third, fourth] = ip.split('.').map(Number);
      expect(((second ?? 0) - 96) * 65536 + (third ?? 0) * 256 + (fourth ?? 0)).toBeGreaterThan(256);
    }
  });

  it.each<[string, Spec[], string[]]>([
    ['an address outside the service CIDR', [{ clusterIP: '10.0.0.5', ports: [port(80)] }], ['spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12']],
    ['the network address of the range', [{ clusterIP: '10.96.0.0', ports: [port(80)] }], ['spec.clusterIPs: Invalid value: []string{"10.96.0.0"}: failed to allocate IP 10.96.0.0: the provided IP (10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12']],
    ['an address taken by an earlier Service', [{ clusterIP: '10.96.0.50', ports: [port(80)] }, { clusterIP: '10.96.0.50', ports: [port(80)] }], ['spec.clusterIPs: Invalid value: []string{"10.96.0.50"}: failed to allocate IP 10.96.0.50: provided IP is already allocated']],
    ['a nodePort outside the range', [{ type: 'NodePort', ports: [port(80, { nodePort: 80 })] }], ['spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767']],
    ['a nodePort taken by an earlier Service', [{ type: 'NodePort', ports: [port(80, { nodePort: 30080 })] }, { type: 'NodePort', ports: [port(80, { nodePort: 30080 })] }], ['spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated']],
    ['RequireDualStack on an IPv4-only cluster', [{ ipFamilyPolicy: 'RequireDualStack', selector: { a: 'b' }, ports: [port(80)] }], ['spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services']],
    ['an IPv6 family on an IPv4-only cluster', [{ ipFamilies: ['IPv6'], selector: { a: 'b' }, ports: [port(80)] }], ['spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster']],
  ])('refuses %s', (_name, specs, expected) => {
    const allocator = createServiceAllocator(DEFAULT_CONFIG, collectRequests([]));
    const results = specs.map((spec, i) => allocator.allocate(service(`s${i}`, spec)));
    expect(messages(results.at(-1)!)).toEqual(expected);
  });

  it('keeps a port’s nodePort when its number is edited, as an update would', () => {
    const nodePort = (p: number) =>
      createServiceAllocator(DEFAULT_CONFIG, collectRequests([])).allocate(service('web', { type: 'NodePort', selector: { a: 'b' }, ports: [port(p, { name: 'http' })] }))
        .service.spec?.ports?.[0]?.nodePort;
    expect(nodePort(8080)).toBe(nodePort(80));
  });

  it('gives one nodePort to a port number served over two protocols', () => {
    const result = createServiceAllocator(DEFAULT_CONFIG, collectRequests([])).allocate(
      service('dns', { type: 'NodePort', ports: [port(53, { protocol: 'UDP', name: 'u' }), port(53, { name: 't' })] }),
    );
    const [udp, tcp] = result.service.spec?.ports ?? [];
    expect(udp?.nodePort).toBe(tcp?.nodePort);
    expect(result.allocated).toEqual(['spec.clusterIPs[0]', 'spec.clusterIP', 'spec.ports[0].nodePort']);
  });

  it('allocates a healthCheckNodePort only for a LoadBalancer with externalTrafficPolicy Local', () => {
    const allocator = createServiceAllocator(DEFAULT_CONFIG, collectRequests([]));
    const lb = allocator.allocate(service('lb', { type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [port(80)] }));
    const np = allocator.allocate(service('np', { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [port(80)] }));
    expect(lb.service.spec?.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(np.service.spec?.healthCheckNodePort).toBeUndefined();
  });

  it('leaves nodePorts out for a LoadBalancer with allocateLoadBalancerNodePorts: false', () => {
    const result = createServiceAllocator(DEFAULT_CONFIG, collectRequests([])).allocate(
      service('lb', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [port(80)] }),
    );
    expect(result.service.spec?.ports?.[0]?.nodePort).toBeUndefined();
  });

  it('never hands out a value any Service requests, and gives back what a refused Service took', () => {
    const requested = service('later', { type: 'NodePort', clusterIP: '10.100.0.1', ports: [port(80, { nodePort: 31000 })] });
    const allocator = createServiceAllocator(DEFAULT_CONFIG, collectRequests([requested]));
    const first = allocator.allocate(service('first', { type: 'NodePort', ports: [port(80)] }));
    expect(first.service.spec?.clusterIP).not.toBe('10.100.0.1');
    expect(first.service.spec?.ports?.[0]?.nodePort).not.toBe(31000);
    first.revert();
    const again = allocator.allocate(service('again', { type: 'NodePort', clusterIP: first.service.spec?.clusterIP, ports: [port(80, { nodePort: first.service.spec?.ports?.[0]?.nodePort })] }));
    expect(again.errors).toEqual([]);
    expect(allocator.allocate(requested).errors).toEqual([]);
  });
});
