import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/index.ts';
import { propertyRuns } from '../model/testing/property.ts';
import type { Graph, GraphNode } from '../present/graph/index.ts';
import { lineStarts, outlineOf } from './outline.ts';

const pod = (name: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9, uid: 0f3c, controller: true}]
spec:
  containers: [{name: c, image: nginx}]`;

describe('outlineOf', () => {
  it('names the group box that stands for a Pod folded into it', () => {
    const source = { name: 'pods.yaml', text: [pod('web-a'), pod('web-b')].join('\n---\n') };
    const cluster = buildCluster([source]);
    const members = cluster.pods
      .filter((p) => p.origin === 'input')
      .map((p) => ({ id: `pod:shop/${p.object.metadata?.name ?? ''}`, title: p.object.metadata?.name ?? '', objectKey: p.key, ...(p.source === undefined ? {} : { source: p.source }) }));
    const group: GraphNode = { id: 'group:ReplicaSet/shop/web-7d4b9', kind: 'pod', x: 0, y: 0, width: 10, height: 10, data: { title: 'web-7d4b9', subtitle: [], badges: [], simulated: false, members } };
    const graph: Graph = { nodes: [group], edges: [], width: 10, height: 10 };
    const outline = outlineOf(cluster, graph, source);
    expect(outline.map((item) => [item.key, item.graphIds])).toEqual([
      ['Pod/shop/web-a', ['group:ReplicaSet/shop/web-7d4b9']],
      ['Pod/shop/web-b', ['group:ReplicaSet/shop/web-7d4b9']],
    ]);
  });
});

describe('lineStarts', () => {
  const fresh = (text: string): number[] => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    return starts;
  };

  it('follows edit after edit what a scan of the whole text finds', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(8), insert: fc.string({ unit: fc.constantFrom('a', '\n', ' ', '\r\n', '#'), maxLength: 6 }) });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', ' '), maxLength: 60 }), fc.array(edit, { maxLength: 10 }), (start, edits) => {
        let text = start;
        expect([...lineStarts(text)]).toEqual(fresh(text));
        for (const { at, remove, insert } of edits) {
          const from = at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(from + remove);
          expect([...lineStarts(text)]).toEqual(fresh(text));
        }
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
