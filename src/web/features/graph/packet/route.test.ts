import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphEdgeKind } from '../../../../present/graph/index.ts';
import { findRoute, type RouteStep } from './route.ts';

const edge = (source: string, target: string, kind: GraphEdgeKind = 'traffic'): GraphEdge =>
  Object.freeze({ id: `${source}->${target}`, source, target, kind, points: [] });

/** A NodePort Service on two Nodes, with two Pods behind one slice. */
const NODE_PORT: readonly GraphEdge[] = Object.freeze([
  edge('client:external', 'node:a'),
  edge('client:external', 'node:b'),
  edge('node:a', 'svc:default/web'),
  edge('node:b', 'svc:default/web'),
  edge('slice:default/web-x', 'pod:default/web-1'),
  edge('slice:default/web-x', 'pod:default/web-2'),
  edge('svc:default/web', 'slice:default/web-x'),
]);

/** A headless Service: the slice only owns the Pods, the DNS answer leads to them. */
const HEADLESS: readonly GraphEdge[] = Object.freeze([
  edge('client:pod/db/client', 'dns:db/cassandra', 'dns'),
  edge('dns:db/cassandra', 'pod:db/cassandra-0'),
  edge('slice:db/cassandra-x', 'pod:db/cassandra-0', 'owns'),
  edge('svc:db/cassandra', 'dns:db/cassandra', 'dns'),
  edge('svc:db/cassandra', 'slice:db/cassandra-x', 'owns'),
]);

const ids = (route: RouteStep[] | undefined): string[] | undefined => route?.map((s) => `${s.forward ? '' : '<'}${s.edge.id}`);

describe('findRoute', () => {
  it.each([
    ['the edge between neighbours', NODE_PORT, 'client:external', 'node:b', ['client:external->node:b']],
    ['through the slice from a Service to a Pod', NODE_PORT, 'svc:default/web', 'pod:default/web-2', ['svc:default/web->slice:default/web-x', 'slice:default/web-x->pod:default/web-2']],
    ['the shortest way, first edge first, across several boxes', NODE_PORT, 'client:external', 'pod:default/web-1', ['client:external->node:a', 'node:a->svc:default/web', 'svc:default/web->slice:default/web-x', 'slice:default/web-x->pod:default/web-1']],
    ['nothing for the same box', NODE_PORT, 'node:a', 'node:a', []],
    ['traffic and DNS edges before ownership ones', HEADLESS, 'svc:db/cassandra', 'pod:db/cassandra-0', ['svc:db/cassandra->dns:db/cassandra', 'dns:db/cassandra->pod:db/cassandra-0']],
    ['against the edges when nothing else leads there', NODE_PORT, 'svc:default/web', 'node:b', ['<node:b->svc:default/web']],
    ['nothing between boxes that are not connected', NODE_PORT, 'pod:default/web-1', 'dns:elsewhere/x', undefined],
  ] as const)('finds %s', (_, edges, from, to, expected) => {
    expect(ids(findRoute(edges, from, to))).toEqual(expected);
  });

  it('takes an ownership edge when it is the only way along the traffic', () => {
    expect(ids(findRoute(HEADLESS, 'svc:db/cassandra', 'slice:db/cassandra-x'))).toEqual(['svc:db/cassandra->slice:db/cassandra-x']);
    expect(ids(findRoute(HEADLESS, 'slice:db/cassandra-x', 'pod:db/cassandra-0'))).toEqual(['slice:db/cassandra-x->pod:db/cassandra-0']);
  });
});
