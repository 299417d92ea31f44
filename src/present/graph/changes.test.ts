import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { changedNodes } from './changes.ts';
import { toGraph } from './to-graph.ts';

const manifest = `
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, labels: { app: web } }
spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 8080 }] }] }
`;

const graphOf = (text: string) => toGraph(buildCluster([{ name: 'm.yaml', text }]));

describe('changedNodes', () => {
  it('is empty for the same cluster built twice', () => {
    expect(changedNodes(graphOf(manifest), graphOf(manifest)).size).toBe(0);
  });

  it('names the boxes that appear or whose words change, not the ones that only move', () => {
    const before = graphOf(manifest);
    const after = graphOf(manifest.replace('metadata: { name: web-2, labels: { app: web } }', 'metadata: { name: web-2, labels: { app: other } }'));
    const changed = changedNodes(before, after);
    expect(changed.has('pod:default/web-1')).toBe(false);
    expect([...changed].some((id) => id.startsWith('slice:default/web-'))).toBe(true);
  });
});
