import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../../model/index.ts';
import { toGraph } from '../../../present/graph/index.ts';
import { concealAnswers, HIDDEN_ANSWER } from './conceal.ts';

const HEADLESS = `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{port: 9042}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: cassandra, ports: [{containerPort: 9042}]}]
`;

describe('concealAnswers', () => {
  const graph = toGraph(buildCluster([{ name: 'm.yaml', text: HEADLESS }]));
  const concealed = concealAnswers(graph);
  const text = JSON.stringify(concealed.nodes.map((n) => [n.data.subtitle, n.data.badges]));

  it('holds back the A records and the endpoint counts', () => {
    expect(JSON.stringify(graph.nodes)).toMatch(/A 10\.244\./);
    expect(text).not.toMatch(/A 10\.244\./);
    expect(text).not.toMatch(/\d+ endpoints?: \d+ ready/);
    expect(text).toContain(HIDDEN_ANSWER);
  });

  it('keeps every box where it was, at its size, and the slice ports in view', () => {
    expect(concealed.nodes.map(({ id, x, y, width, height }) => [id, x, y, width, height])).toEqual(graph.nodes.map(({ id, x, y, width, height }) => [id, x, y, width, height]));
    expect(text).toContain('ports 9042');
  });
});
