import { describe, expect, it } from 'vitest';
import type { EndpointSubset } from 'kubernetes-types/core/v1';
import type { Pod } from '../objects.ts';
import { controllerInput, endpointsObject, entry, pod, service } from './fixtures.ts';
import { runControllers } from './index.ts';
import { MAX_ENDPOINTS_CAPACITY, truncateSubsets } from './endpoints-controller.ts';
import { repackSubsets } from './repack-subsets.ts';

const running = (ip: string, ready = true, extra: Partial<Pod['metadata']> = {}): Parameters<typeof pod>[2] => ({
  spec: { nodeName: 'worker1' },
  status: { phase: 'Running', podIP: ip, podIPs: [{ ip }], conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  metadata: { name: '', namespace: 'default', ...extra },
});

function named(name: string, labels: Record<string, string>, ip: string, ready = true, extra: Partial<Pod['metadata']> = {}): Pod {
  const p = pod(name, labels, running(ip, ready, extra));
  return { ...p, metadata: { ...p.metadata, name } };
}

const address = (ip: string) => ({ ip, targetRef: { kind: 'Pod', uid: ip } });

describe('RepackSubsets (pkg/api/v1/endpoints/util.go)', () => {
  it('folds one-address subsets sharing ports into one, addresses sorted by IP', () => {
    const port = { name: 'http', port: 80, protocol: 'TCP' };
    const packed = repackSubsets([
      { addresses: [address('10.0.0.9')], ports: [port] },
      { addresses: [address('10.0.0.10')], ports: [port] },
      { notReadyAddresses: [address('10.0.0.11')], ports: [port] },
    ]);
    expect(packed).toEqual([{ addresses: [address('10.0.0.10'), address('10.0.0.9')], notReadyAddresses: [address('10.0.0.11')], ports: [port] }]);
  });

  it('groups ports that reach the same addresses; not ready on a port stays not ready there', () => {
    const http = { name: 'http', port: 80, protocol: 'TCP' };
    const admin = { name: 'admin', port: 81, protocol: 'TCP' };
    const packed = repackSubsets([
      { addresses: [address('10.0.0.1')], ports: [http] },
      { addresses: [address('10.0.0.1')], ports: [admin] },
      { addresses: [address('10.0.0.2')], ports: [http] },
    ]);
    expect(packed).toHaveLength(2);
    expect(packed).toContainEqual({ addresses: [address('10.0.0.1'), address('10.0.0.2')], ports: [http] });
    expect(packed).toContainEqual({ addresses: [address('10.0.0.1')], ports: [admin] });
  });
});

describe('Endpoints controller (pkg/controller/endpoint/endpoints_controller.go)', () => {
  it('ready and not-ready Pods; terminating Pods left out (ShouldPodBeInEndpoints without terminating)', () => {
    const out = runControllers(controllerInput({
      services: [entry(service('web', { app: 'web' }))],
      pods: [
        entry(named('a', { app: 'web' }, '10.244.1.2')),
        entry(named('b', { app: 'web' }, '10.244.1.3', false)),
        entry(named('c', { app: 'web' }, '10.244.1.4', true, { deletionTimestamp: '2025-01-01T11:59:00Z' })),
      ],
    }));
    const [endpoints] = out.endpoints;
    expect(endpoints?.object.subsets).toEqual([
      {
        addresses: [{ ip: '10.244.1.2', nodeName: 'worker1', targetRef: expect.objectContaining({ kind: 'Pod', name: 'a', namespace: 'default' }) as unknown }],
        notReadyAddresses: [{ ip: '10.244.1.3', nodeName: 'worker1', targetRef: expect.objectContaining({ name: 'b' }) as unknown }],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);
  });

  it('publishNotReadyAddresses keeps terminating and not-ready Pods, all as ready addresses', () => {
    const out = runControllers(controllerInput({
      services: [entry(service('web', { app: 'web' }, { publishNotReadyAddresses: true }))],
      pods: [entry(named('b', { app: 'web' }, '10.244.1.3', false)), entry(named('c', { app: 'web' }, '10.244.1.4', true, { deletionTimestamp: '2025-01-01T11:59:00Z' }))],
    }));
    expect(out.endpoints[0]?.object.subsets?.[0]?.addresses?.map((a) => a.ip)).toEqual(['10.244.1.3', '10.244.1.4']);
  });

  it('headless Service without ports: addresses without ports, the headless label, hostname for its subdomain', () => {
    const p = named('db-0', { app: 'db' }, '10.244.1.2');
    p.spec = { ...p.spec, containers: p.spec?.containers ?? [], hostname: 'db-0', subdomain: 'db' };
    const out = runControllers(controllerInput({ services: [entry(service('db', { app: 'db' }, { clusterIP: 'None', clusterIPs: ['None'], ports: [] }))], pods: [entry(p)] }));
    expect(out.endpoints[0]?.object.metadata?.labels).toEqual({ 'service.kubernetes.io/headless': '' });
    expect(out.endpoints[0]?.object.subsets).toEqual([{ addresses: [expect.objectContaining({ ip: '10.244.1.2', hostname: 'db-0' }) as unknown] }]);
  });

  it('overwrites an input Endpoints of a selector Service, keeping its metadata', () => {
    const stale = endpointsObject('web', [{ addresses: [{ ip: '192.0.2.1' }] }], { stale: 'yes' });
    stale.metadata = { ...stale.metadata, uid: 'ep-uid', annotations: { note: 'kept' } };
    const svc = service('web', { app: 'web' });
    svc.metadata = { ...svc.metadata, labels: { app: 'web' } };
    const out = runControllers(controllerInput({ services: [entry(svc)], pods: [entry(named('a', { app: 'web' }, '10.244.1.2'))], endpoints: [entry(stale)] }));
    expect(out.endpoints).toHaveLength(1);
    expect(out.endpoints[0]?.origin).toBe('derived');
    expect(out.endpoints[0]?.object.metadata).toMatchObject({ uid: 'ep-uid', labels: { app: 'web' }, annotations: { note: 'kept' } });
    expect(out.endpoints[0]?.object.subsets?.[0]?.addresses?.[0]?.ip).toBe('10.244.1.2');
  });

  it('keeps input Endpoints of Services without a selector', () => {
    const manual = endpointsObject('manual', [{ addresses: [{ ip: '192.0.2.1' }], ports: [{ port: 80 }] }]);
    const out = runControllers(controllerInput({ services: [entry(service('manual', undefined))], endpoints: [entry(manual)] }));
    expect(out.endpoints.map((e) => [e.origin, e.object])).toEqual([['input', manual]]);
  });

  it('truncates at 1000 addresses with the over-capacity annotation, ready addresses first', () => {
    const pods = Array.from({ length: 1100 }, (_, i) => entry(named(`p${i}`, { app: 'web' }, `10.244.${Math.floor(i / 250) + 1}.${(i % 250) + 2}`, i < 900)));
    const out = runControllers(controllerInput({ services: [entry(service('web', { app: 'web' }))], pods }));
    const object = out.endpoints[0]?.object;
    expect(object?.metadata?.annotations).toEqual({ 'endpoints.kubernetes.io/over-capacity': 'truncated' });
    const subsets = object?.subsets ?? [];
    expect(subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0)).toBe(900);
    expect(subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0)).toBe(100);
  });

  it('truncateEndpoints shares the budget between subsets in proportion, rounding up', () => {
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ ip: `${prefix}.${i}` }));
    const subsets: EndpointSubset[] = [{ addresses: many('10.0.1', 900) }, { addresses: many('10.0.2', 300) }];
    const { subsets: out, truncated } = truncateSubsets(subsets);
    expect(truncated).toBe(true);
    expect(out.map((s) => s.addresses?.length)).toEqual([750, 250]);
    expect(out.reduce((n, s) => n + (s.addresses?.length ?? 0), 0)).toBe(MAX_ENDPOINTS_CAPACITY);
  });
});
