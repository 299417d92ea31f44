import { describe, expect, it } from 'vitest';
import type { RuntimeEvent } from '../../../model/index.ts';
import { EVENTS_PARAM, readEvents, writeEvents } from './events-param.ts';
import { decodeFragment, encodeFragment } from './share-link.ts';

describe('the events parameter', () => {
  it('carries the timeline through a share link', async () => {
    const timeline: RuntimeEvent[] = [
      { kind: 'readiness', pod: 'default/web-1', ready: false },
      { kind: 'scale', workload: 'Deployment/default/web', replicas: 5 },
    ];
    const fragment = await encodeFragment({ manifest: 'kind: Service\n', params: new Map([[EVENTS_PARAM, writeEvents(timeline)]]) });
    expect(readEvents((await decodeFragment(fragment))?.params.get(EVENTS_PARAM))).toEqual(timeline);
  });

  it('reads a link without one, or with a damaged one, as no event', () => {
    expect(readEvents(undefined)).toEqual([]);
    expect(readEvents('[{"kind":')).toEqual([]);
  });
});
