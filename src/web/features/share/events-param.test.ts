import { describe, expect, it } from 'vitest';
import type { RuntimeEvent } from '../../../model/index.ts';
import { readEvents, writeEvents } from './events-param.ts';
import { decodeFragment, encodeFragment } from './share-link.ts';

const timeline: RuntimeEvent[] = [
  { kind: 'delete-pod', pod: 'default/web-1' },
  { kind: 'terminate-pod', pod: 'default/web-2' },
  { kind: 'readiness', pod: 'default/web-3', ready: false },
  { kind: 'label-pod', pod: 'default/web-3', labels: { app: 'other', tier: null } },
  { kind: 'cordon', node: 'worker-1', unschedulable: true },
  { kind: 'drain', node: 'worker-2' },
  { kind: 'scale', workload: 'Deployment/default/web', replicas: 5 },
];

describe('the events parameter', () => {
  it('carries every kind of event through a share link', async () => {
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map([['ev', writeEvents(timeline)]]) });
    const shared = await decodeFragment(fragment);
    expect(readEvents(shared?.params.get('ev'))).toEqual(timeline);
  });

  it.each([
    ['not JSON', '[{"kind":'],
    ['not a list', '{"kind":"drain","node":"a"}'],
    ['an unknown kind', '[{"kind":"explode","pod":"default/a"}]'],
    ['a field of the wrong type', '[{"kind":"readiness","pod":"default/a","ready":"no"}]'],
    ['negative replicas', '[{"kind":"scale","workload":"Deployment/default/web","replicas":-1}]'],
  ])('reads %s as no event', (_, text) => {
    expect(readEvents(text)).toEqual([]);
  });

  it('keeps the events it can read and drops the rest', () => {
    expect(readEvents('[{"kind":"drain","node":"worker-1"},{"kind":"later-kind"}]')).toEqual([{ kind: 'drain', node: 'worker-1' }]);
  });
});
