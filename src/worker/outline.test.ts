import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/index.ts';
import type { Graph, GraphNode } from '../present/graph/index.ts';
import { outlineOf } from './outline.ts';

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
