import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../present/graph/index.ts';
import type { OutlineItem } from '../../../worker/protocol.ts';
import { findObject, namespaceOf, objectNames } from './find-object.ts';

const node = (id: string, objectKey?: string): GraphNode => ({
  id,
  kind: 'service',
  x: 0,
  y: 0,
  width: 10,
  height: 10,
  data: { title: id, subtitle: [], badges: [], simulated: false, ...(objectKey ? { objectKey } : {}) },
});

const graph = {
  nodes: [
    node('svc:default/web', 'Service/default/web'),
    node('svc:shop/web', 'Service/shop/web'),
    node('pod:default/web-7d4b9-x2k4p', 'Pod/default/web-7d4b9-x2k4p'),
    node('group:Deployment/shop/web', undefined),
    node('node:kind-worker', 'Node/kind-worker'),
  ],
  edges: [],
} as unknown as Graph;

/** A Deployment has no box of its own: its Pods' group box stands for it. */
const outline: OutlineItem[] = [{ key: 'Deployment/shop/web', startLine: 1, endLine: 9, graphIds: ['group:Deployment/shop/web'] }];

describe('findObject', () => {
  it.each([
    ['a graph id', 'svc:shop/web', 'svc:shop/web'],
    ['a bare name: the Service before other kinds', 'web', 'svc:default/web'],
    ['namespace/name', 'shop/web', 'svc:shop/web'],
    ['kubectl kind/name', 'svc/web', 'svc:default/web'],
    ['Kind/namespace/name', 'Service/shop/web', 'svc:shop/web'],
    ['a short kind with a namespace', 'svc/shop/web', 'svc:shop/web'],
    ['a Pod by name', 'web-7d4b9-x2k4p', 'pod:default/web-7d4b9-x2k4p'],
    ['a Node', 'no/kind-worker', 'node:kind-worker'],
    ['an object drawn as a group box', 'deploy/shop/web', 'group:Deployment/shop/web'],
    ['surrounding spaces', '  web ', 'svc:default/web'],
  ])('%s', (_name, query, expected) => {
    expect(findObject(query, graph, outline)).toBe(expected);
  });

  it.each([['nothing of that name', 'api'], ['empty', ''], ['too many parts', 'a/b/c/d']])('undefined for %s', (_name, query) => {
    expect(findObject(query, graph, outline)).toBeUndefined();
  });

  it('offers the drawn objects by name', () => {
    expect(objectNames(graph)).toEqual(['Service/default/web', 'Service/shop/web', 'Pod/default/web-7d4b9-x2k4p', 'Node/kind-worker']);
    expect(objectNames(graph, 2)).toHaveLength(2);
  });
});

describe('namespaceOf', () => {
  const everything: OutlineItem[] = [
    { key: 'Service/team-7/api', startLine: 1, endLine: 9, graphIds: [] },
    { key: 'Deployment/team-7/api', startLine: 10, endLine: 30, graphIds: [] },
    { key: 'Pod/team-8/api-5d8f7-x2k4p', startLine: 31, endLine: 50, graphIds: [] },
    { key: 'Node/kind-worker', startLine: 51, endLine: 60, graphIds: [] },
  ];
  it.each([
    ['svc/team-7/api', 'team-7'],
    ['team-7/api', 'team-7'],
    ['api', 'team-7'],
    ['deploy/api', 'team-7'],
    ['api-5d8f7-x2k4p', 'team-8'],
    ['svc:team-9/web', 'team-9'],
    ['group:Deployment/team-9/web', 'team-9'],
    ['client:pod/team-9/client', 'team-9'],
    ['kind-worker', undefined],
    ['svc/team-7/nothing', undefined],
    ['', undefined],
  ])('%j is in namespace %j', (text, namespace) => {
    expect(namespaceOf(text, everything)).toBe(namespace);
  });
});
