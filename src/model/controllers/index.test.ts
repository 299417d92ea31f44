import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import type { Deployment, StatefulSet } from '../objects.ts';
import { controllerInput, deepFreeze, entry, node, pod, service } from './fixtures.ts';
import { runControllers, type ControllerInput } from './index.ts';

const deployment: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas: 4, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] } } },
};
const statefulSet: StatefulSet = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'default' },
  spec: { serviceName: 'db', replicas: 3, selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db' }] } } },
};

const base = (): ControllerInput =>
  controllerInput({
    services: [entry(service('web', { app: 'web' })), entry(service('db', { app: 'db' }, { clusterIP: 'None', clusterIPs: ['None'] }))],
    pods: [entry(pod('solo', { app: 'web' })), entry(pod('other', { app: 'other' }))],
    deployments: [entry(deployment)],
    statefulSets: [entry(statefulSet)],
  });

/** Every Pod's identity and placement, by key. */
const placements = (input: ControllerInput) =>
  new Map(runControllers(input).pods.map((p) => [p.key, `${p.object.spec?.nodeName ?? ''} ${p.object.status?.podIP ?? ''}`]));

describe('runControllers', () => {
  it('is deterministic: the same input gives byte-identical output', () => {
    expect(JSON.stringify(runControllers(base()))).toBe(JSON.stringify(runControllers(base())));
  });

  it('never writes to its input (deep-frozen)', () => {
    expect(() => runControllers(deepFreeze(base()))).not.toThrow();
  });

  it('applies runtime events without writing to its input (deep-frozen)', () => {
    const web = runControllers(base()).pods.filter((p) => p.object.metadata?.name?.startsWith('web-'));
    const events = [
      { kind: 'drain', node: web[0]?.object.spec?.nodeName ?? '' },
      { kind: 'terminate-pod', pod: 'default/db-1' },
      { kind: 'label-pod', pod: `default/${web[1]?.object.metadata?.name ?? ''}`, labels: { app: null } },
      { kind: 'scale', workload: 'StatefulSet/default/db', replicas: 1 },
    ] as const;
    const out = runControllers(deepFreeze({ ...base(), runtimeEvents: events }));
    expect(out.events.map((e) => e.applied)).toEqual([true, true, true, true]);
    expect(out.pods.filter((p) => p.object.metadata?.name?.startsWith('web-')).length).toBe(5);
  });

  it('returns plain data without shared objects (no YAML anchors, structured-cloneable)', () => {
    const seen = new Set<object>();
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect(seen.has(value)).toBe(false);
      seen.add(value);
      Object.values(value).forEach(visit);
    };
    const out = runControllers(base());
    visit([...out.pods.filter((p) => p.origin === 'derived'), ...out.endpoints, ...out.endpointSlices].map((e) => e.object));
  });

  it('adding an unrelated Pod or Service never moves, renames or renumbers another Pod (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
    fc.assert(
      fc.property(name, fc.boolean(), fc.constantFrom('web', 'db', 'other'), (extra, withService, app) => {
        const input = base();
        const before = placements(input);
        // Added after everything else in the manifest, as an edit usually does; it may even share labels.
        const addedPod = entry(pod(`x-${extra}`, { app }), 99);
        const addedService = entry(service(`x-${extra}`, { app }), 100);
        const after = placements({ ...input, pods: [...input.pods, addedPod], services: withService ? [...input.services, addedService] : input.services });
        for (const [key, placement] of before) expect(after.get(key)).toBe(placement);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('a contested address goes to the Pod written first in the manifest; the other waits in ContainerCreating', () => {
    const tiny = node('worker1', 'zone-a', { spec: { podCIDR: '10.244.0.0/30', podCIDRs: ['10.244.0.0/30'] } });
    const input = controllerInput({ nodes: [entry(tiny)], pods: [entry(pod('late', {}), 2), entry(pod('early', {}), 1)] });
    const out = runControllers(input);
    expect(out.pods.map((p) => [p.object.metadata?.name, p.object.status?.phase, p.object.status?.podIP])).toEqual([
      ['late', 'Pending', undefined],
      ['early', 'Running', '10.244.0.2'],
    ]);
  });
});
