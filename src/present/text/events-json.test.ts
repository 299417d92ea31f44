import { describe, expect, it } from 'vitest';
import type { RuntimeEvent } from '../../model/index.ts';
import { formatEvents, parseEvents } from './events-json.ts';

const timeline: RuntimeEvent[] = [
  { kind: 'delete-pod', pod: 'default/web-1' },
  { kind: 'terminate-pod', pod: 'default/web-2' },
  { kind: 'readiness', pod: 'default/web-3', ready: false },
  { kind: 'label-pod', pod: 'default/web-3', labels: { app: 'other', tier: null } },
  { kind: 'cordon', node: 'worker-1', unschedulable: true },
  { kind: 'drain', node: 'worker-2' },
  { kind: 'scale', workload: 'Deployment/default/web', replicas: 5 },
];

describe('events as JSON', () => {
  it('reads back every kind of event it writes', () => {
    expect(parseEvents(formatEvents(timeline))).toEqual({ events: timeline, dropped: 0 });
  });

  it.each([
    ['not JSON', '[{"kind":'],
    ['not a list', '{"kind":"drain","node":"a"}'],
    ['an unknown kind', '[{"kind":"explode","pod":"default/a"}]'],
    ['a field of the wrong type', '[{"kind":"readiness","pod":"default/a","ready":"no"}]'],
    ['negative replicas', '[{"kind":"scale","workload":"Deployment/default/web","replicas":-1}]'],
  ])('reads %s as no event', (_, text) => {
    expect(parseEvents(text)).toMatchObject({ events: [], dropped: 1 });
  });

  it('keeps the events it can read and counts the rest', () => {
    expect(parseEvents('[{"kind":"drain","node":"worker-1"},{"kind":"later-kind"}]')).toEqual({ events: [{ kind: 'drain', node: 'worker-1' }], dropped: 1 });
  });
});
