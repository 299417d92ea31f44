import { describe, expect, it } from 'vitest';
import { controllerInput, endpointsObject, entry, service } from './fixtures.ts';
import { runControllers } from './index.ts';

const mirroredSlices = (out: ReturnType<typeof runControllers>) =>
  out.endpointSlices.map((s) => s.object).filter((s) => s.metadata?.labels?.['endpointslice.kubernetes.io/managed-by'] === 'endpointslicemirroring-controller.k8s.io');

describe('EndpointSlice mirroring (pkg/controller/endpointslicemirroring)', () => {
  it('mirrors a selector-less Service\'s Endpoints: ready from addresses vs notReadyAddresses, labels and owner', () => {
    const manual = endpointsObject('db', [{ addresses: [{ ip: '192.0.2.10', hostname: 'primary' }], notReadyAddresses: [{ ip: '192.0.2.11' }], ports: [{ name: 'pg', port: 5432, protocol: 'TCP' }] }], { team: 'data' });
    manual.metadata = { ...manual.metadata, uid: 'ep-uid', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', keep: 'me' } };
    const out = runControllers(controllerInput({ services: [entry(service('db', undefined))], endpoints: [entry(manual)] }));
    const slices = mirroredSlices(out);
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({
      addressType: 'IPv4',
      ports: [{ name: 'pg', protocol: 'TCP', port: 5432 }],
      endpoints: [
        { addresses: ['192.0.2.10'], conditions: { ready: true }, hostname: 'primary' },
        { addresses: ['192.0.2.11'], conditions: { ready: false } },
      ],
      metadata: {
        generateName: 'db-',
        labels: { team: 'data', 'kubernetes.io/service-name': 'db', 'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io' },
        annotations: { keep: 'me' },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name: 'db', uid: 'ep-uid', controller: true, blockOwnerDeletion: true }],
      },
    });
    // The Endpoints object itself stays as written.
    expect(out.endpoints.map((e) => e.object)).toEqual([manual]);
  });

  it('one slice per address type and set of ports', () => {
    const manual = endpointsObject('mixed', [
      { addresses: [{ ip: '192.0.2.1' }, { ip: '2001:db8::1' }], ports: [{ port: 80, protocol: 'TCP' }] },
      { addresses: [{ ip: '192.0.2.2' }], ports: [{ port: 443, protocol: 'TCP' }] },
      { addresses: [{ ip: '192.0.2.3' }], ports: [{ port: 80, protocol: 'TCP' }] },
    ]);
    const out = runControllers(controllerInput({ services: [entry(service('mixed', undefined))], endpoints: [entry(manual)] }));
    expect(mirroredSlices(out).map((s) => [s.addressType, s.ports?.[0]?.port, s.endpoints.map((e) => e.addresses[0])])).toEqual([
      ['IPv4', 80, ['192.0.2.1', '192.0.2.3']],
      ['IPv6', 80, ['2001:db8::1']],
      ['IPv4', 443, ['192.0.2.2']],
    ]);
  });

  it.each([
    ['the skip-mirror label', { 'endpointslice.kubernetes.io/skip-mirror': 'true' }, undefined, 'manual'],
    ['a selector on the Service', undefined, { app: 'x' }, 'manual'],
    ['no Service at all', undefined, undefined, 'other'],
  ])('does not mirror with %s', (_name, labels, selector, serviceName) => {
    const manual = endpointsObject('manual', [{ addresses: [{ ip: '192.0.2.1' }], ports: [{ port: 80 }] }], labels);
    const out = runControllers(controllerInput({ services: [entry(service(serviceName, selector))], endpoints: [entry(manual)] }));
    expect(mirroredSlices(out)).toEqual([]);
  });

  it('leaves default/kubernetes to the apiserver\'s endpoint reconciler', () => {
    const kubernetes = endpointsObject('kubernetes', [{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
    const out = runControllers(controllerInput({ services: [entry(service('kubernetes', undefined))], endpoints: [entry(kubernetes)] }));
    expect(out.endpointSlices).toEqual([]);
    expect(out.endpoints.map((e) => e.object)).toEqual([kubernetes]);
  });

  it('takes over input slices it manages, reusing their names', () => {
    const manual = endpointsObject('db', [{ addresses: [{ ip: '192.0.2.10' }], ports: [{ port: 5432, protocol: 'TCP' }] }]);
    const old = entry({
      apiVersion: 'discovery.k8s.io/v1' as const,
      kind: 'EndpointSlice' as const,
      metadata: { name: 'db-abcde', namespace: 'default', labels: { 'kubernetes.io/service-name': 'db', 'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io' } },
      addressType: 'IPv4',
      endpoints: [],
    });
    const out = runControllers(controllerInput({ services: [entry(service('db', undefined))], endpoints: [entry(manual)], endpointSlices: [old] }));
    expect(out.endpointSlices.map((s) => [s.origin, s.object.metadata?.name, s.object.endpoints.length])).toEqual([['derived', 'db-abcde', 1]]);
  });
});
