import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphNodeKind } from './types.ts';
import { columnHeaders } from './column-headers.ts';

const box = (id: string, kind: GraphNodeKind, x: number, y: number, width: number): GraphNode => ({
  id,
  kind,
  x,
  y,
  width,
  height: 40,
  data: { title: id, subtitle: [], badges: [], simulated: false },
});

describe('columnHeaders', () => {
  it('names each column after the kinds in it, centred over it, all on the line of the highest box', () => {
    const nodes = [
      box('client:external', 'client', 24, 60, 150),
      box('svc:a/web', 'service', 270, 40, 200),
      box('svc:a/api', 'service', 290, 120, 160),
      box('dns:a/db', 'dnsAnswer', 566, 24, 300),
      box('slice:a/web-x', 'endpointSlice', 600, 100, 180),
    ];
    expect(columnHeaders(Object.freeze({ nodes, edges: [], width: 900, height: 200 }))).toEqual([
      { x: 99, left: 24, right: 174, y: 24, text: 'Clients' },
      { x: 370, left: 270, right: 470, y: 24, text: 'Services' },
      { x: 716, left: 566, right: 866, y: 24, text: 'EndpointSlices · DNS answers' },
    ]);
  });
});
