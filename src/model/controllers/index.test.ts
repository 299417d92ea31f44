import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deployment, StatefulSet } from '../objects.ts';
import { controllerInput, deepFreeze, entry, pod, service } from './fixtures.ts';
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
      fc.property(name, fc.boolean(), fc.boolean(), (extra, withService, before) => {
        const input = base();
        const before_ = placements(input);
        const addedPod = entry(pod(`x-${extra}`, { app: `x-${extra}` }));
        const addedService = entry(service(`x-${extra}`, { app: `x-${extra}` }));
        const pods = before ? [addedPod, ...input.pods] : [...input.pods, addedPod];
        const after = placements({ ...input, pods, services: withService ? [...input.services, addedService] : input.services });
        for (const [key, placement] of before_) expect(after.get(key)).toBe(placement);
      }),
      { numRuns: 60 },
    );
  });
});
