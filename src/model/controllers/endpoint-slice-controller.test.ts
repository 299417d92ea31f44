import { describe, expect, it } from 'vitest';
import type { EndpointSlice, Pod } from '../objects.ts';
import { controllerInput, entry, pod, service } from './fixtures.ts';
import { runControllers } from './index.ts';

const RUNNING = (ip: string, nodeName = 'worker1', extra: Partial<NonNullable<Pod['status']>> = {}): { spec: Partial<Pod['spec']>; status: Pod['status'] } => ({
  spec: { nodeName },
  status: {
    phase: 'Running',
    podIP: ip,
    podIPs: [{ ip }],
    conditions: [{ type: 'Ready', status: 'True' }],
    ...extra,
  },
});

function slicesOf(slices: readonly { object: EndpointSlice }[], serviceName: string): EndpointSlice[] {
  return slices.map((s) => s.object).filter((s) => s.metadata?.labels?.['kubernetes.io/service-name'] === serviceName);
}

describe('EndpointSlice controller (staging/src/k8s.io/endpointslice)', () => {
  it('packs at most 100 endpoints per slice (--max-endpoints-per-slice): 150 Pods give 2 slices', () => {
    const pods = Array.from({ length: 150 }, (_, i) => entry(pod(`p${i}`, { app: 'web' }, RUNNING(`10.244.${Math.floor(i / 200) + 1}.${(i % 200) + 2}`))));
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods }));
    const slices = slicesOf(out.endpointSlices, 'web');
    expect(slices.map((s) => s.endpoints.length)).toEqual([100, 50]);
    expect(new Set(slices.map((s) => s.metadata?.name)).size).toBe(2);
  });

  it('resolves a named targetPort per Pod (FindPort): different numbers land in different slices', () => {
    const a = pod('a', { app: 'web' }, RUNNING('10.244.1.2'));
    const b = pod('b', { app: 'web' }, { ...RUNNING('10.244.1.3'), spec: { nodeName: 'worker1', containers: [{ name: 'app', ports: [{ name: 'http', containerPort: 9090, protocol: 'TCP' }] }] } });
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods: [entry(a), entry(b)] }));
    const slices = slicesOf(out.endpointSlices, 'web');
    expect(slices.map((s) => [s.ports?.[0]?.port, s.endpoints.map((e) => e.targetRef?.name)])).toEqual([
      [8080, ['a']],
      [9090, ['b']],
    ]);
    expect(slices[0]?.ports).toEqual([{ name: 'http', protocol: 'TCP', port: 8080 }]);
  });

  it('a named port must match the protocol too (FindPort compares name and protocol)', () => {
    const svc = service('dns', { app: 'dns' }, { ports: [{ name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP' }] });
    const out = runControllers(controllerInput({ services: [entry(svc)], pods: [entry(pod('a', { app: 'dns' }, RUNNING('10.244.1.2')))] }));
    const [slice] = slicesOf(out.endpointSlices, 'dns');
    expect(slice?.ports).toBeNull();
    expect(slice?.endpoints).toHaveLength(1);
  });

  it.each([
    ['ready', {}, {}, { ready: true, serving: true, terminating: false }],
    ['not ready', { conditions: [{ type: 'Ready', status: 'False' }] }, {}, { ready: false, serving: false, terminating: false }],
    ['terminating, still ready', {}, { deletionTimestamp: '2025-01-01T11:59:00Z' }, { ready: false, serving: true, terminating: true }],
    ['terminating, not ready', { conditions: [{ type: 'Ready', status: 'False' }] }, { deletionTimestamp: '2025-01-01T11:59:00Z' }, { ready: false, serving: false, terminating: true }],
  ])('conditions of a %s Pod (podToEndpoint)', (_name, status, metadata, conditions) => {
    const p = pod('a', { app: 'web' }, { ...RUNNING('10.244.1.2', 'worker1', status), metadata: { name: 'a', namespace: 'default', ...metadata } });
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods: [entry(p)] }));
    expect(slicesOf(out.endpointSlices, 'web')[0]?.endpoints[0]?.conditions).toEqual(conditions);
  });

  it('publishNotReadyAddresses makes every endpoint ready, serving still tells the truth', () => {
    const p = pod('a', { app: 'web' }, { ...RUNNING('10.244.1.2', 'worker1', { conditions: [{ type: 'Ready', status: 'False' }] }), metadata: { name: 'a', namespace: 'default', deletionTimestamp: '2025-01-01T11:59:00Z' } });
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }, { publishNotReadyAddresses: true }))], pods: [entry(p)] }));
    expect(slicesOf(out.endpointSlices, 'web')[0]?.endpoints[0]?.conditions).toEqual({ ready: true, serving: false, terminating: true });
  });

  it.each([
    ['Succeeded', false],
    ['Failed', false],
    ['Running', true],
  ])('a Pod in phase %s is an endpoint: %s (ShouldPodBeInEndpoints)', (phase, included) => {
    const p = pod('a', { app: 'web' }, RUNNING('10.244.1.2', 'worker1', { phase }));
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods: [entry(p)] }));
    expect(slicesOf(out.endpointSlices, 'web')[0]?.endpoints?.length ?? 0).toBe(included ? 1 : 0);
  });

  it.each([
    ['subdomain is the Service', 'web', 'a-host'],
    ['subdomain is another name', 'other', undefined],
  ])('hostname when %s (ShouldSetHostname)', (_name, subdomain, hostname) => {
    const p = pod('a', { app: 'web' }, { ...RUNNING('10.244.1.2'), spec: { nodeName: 'worker1', hostname: 'a-host', subdomain } });
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }, { clusterIP: 'None', clusterIPs: ['None'] }))], pods: [entry(p)] }));
    const [slice] = slicesOf(out.endpointSlices, 'web');
    expect(slice?.endpoints[0]?.hostname).toBe(hostname);
    expect(slice?.metadata?.labels?.['service.kubernetes.io/headless']).toBe('');
  });

  it('no matching Pod: one placeholder slice, endpoints and ports null', () => {
    const svc = service('web', { app: 'web' });
    svc.metadata = { ...svc.metadata, labels: { team: 'a', 'kubernetes.io/service-name': 'spoof' } };
    const out = runControllers(controllerInput({ services: [entry(svc)] }));
    const slices = slicesOf(out.endpointSlices, 'web');
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({ addressType: 'IPv4', endpoints: null, ports: null });
    expect(slices[0]?.metadata).toMatchObject({
      generateName: 'web-',
      labels: { team: 'a', 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true }],
    });
    expect(slices[0]?.metadata?.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(out.endpointSlices[0]?.origin).toBe('derived');
  });

  it('dual-stack Service: one IPv4 and one IPv6 slice from Pods with both IPs', () => {
    const p = pod('a', { app: 'web' }, { spec: { nodeName: 'worker1' }, status: { phase: 'Running', podIP: '10.244.1.2', podIPs: [{ ip: '10.244.1.2' }, { ip: 'fd00:10:244:1::2' }], conditions: [{ type: 'Ready', status: 'True' }] } });
    const svc = service('web', { app: 'web' }, { ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack', clusterIPs: ['10.96.0.20', 'fd00:10:96::20'] });
    const out = runControllers(controllerInput({ services: [entry(svc)], pods: [entry(p)] }));
    expect(slicesOf(out.endpointSlices, 'web').map((s) => [s.addressType, s.endpoints[0]?.addresses])).toEqual([
      ['IPv4', ['10.244.1.2']],
      ['IPv6', ['fd00:10:244:1::2']],
    ]);
  });

  it('zone from the Node label, nodeName from the Pod; a Pod on an unknown Node is left out', () => {
    const known = pod('a', { app: 'web' }, RUNNING('10.244.1.2', 'worker2'));
    const lost = pod('b', { app: 'web' }, RUNNING('10.244.1.3', 'gone'));
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods: [entry(known), entry(lost)] }));
    const endpoints = slicesOf(out.endpointSlices, 'web')[0]?.endpoints ?? [];
    expect(endpoints.map((e) => [e.targetRef?.name, e.nodeName, e.zone])).toEqual([['a', 'worker2', 'zone-b']]);
  });

  it('Services without a selector, and ExternalName Services, get no controller slices', () => {
    const out = runControllers(controllerInput({
      services: [entry(service('manual', undefined)), entry(service('ext', { app: 'web' }, { type: 'ExternalName', externalName: 'example.com' }))],
      pods: [entry(pod('a', { app: 'web' }, RUNNING('10.244.1.2')))],
    }));
    expect(out.endpointSlices).toEqual([]);
    expect(out.endpoints).toEqual([]);
  });
});
