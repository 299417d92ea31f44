/**
 * Inputs a user can type that once took the tool down through size, each as buildCluster gets it:
 * a workload of 2,147,483,647 replicas (in the manifest, or as a What-if scale), 100,000 replicas,
 * a DaemonSet over 5,000 Nodes, a realistic 10 MB dump and a 10 MB manifest of 14,000 Deployments,
 * 10 MB of objects with a wrong field each, 50 MB of one repeated key, and a 100 MB dump.
 * Deterministic, so runs compare. `large-case.ts` runs one of them in a process of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestSource, RuntimeEvent } from '../src/model/index.ts';
import { FULL_SHAPE, generateDump, type DumpShape } from './generate-dump.ts';

export interface LargeCase {
  readonly name: string;
  /** What it cost before the limits (figures from the reproducers' README and the first runs). */
  readonly before: string;
  readonly make: () => { readonly sources: ManifestSource[]; readonly events?: RuntimeEvent[] };
}

const deployment = (name: string, replicas: number, namespace = 'default') => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}, labels: {app: ${name}}}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: server
        image: registry.example.com/${name}:1.4.2
        ports:
        - {name: http, containerPort: 8080}
        readinessProbe:
          httpGet: {path: /healthz, port: http}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
`;

const service = (name: string, namespace = 'default') => `---
apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {app: ${name}}
  ports:
  - {name: http, port: 80, targetPort: http}
`;

/** Documents from `make(i)` until the text reaches `bytes`. */
function fill(bytes: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = make(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** A dump of FULL_SHAPE scaled to about `mib` MiB (FULL_SHAPE is 140 MiB). */
function dumpOf(mib: number): string {
  const f = mib / 140;
  const shape: DumpShape = {
    namespaces: Math.max(1, Math.round(FULL_SHAPE.namespaces * f)),
    nodes: Math.max(3, Math.round(FULL_SHAPE.nodes * f)),
    services: Math.round(FULL_SHAPE.services * f),
    deployments: Math.round(FULL_SHAPE.deployments * f),
    podsPerDeployment: FULL_SHAPE.podsPerDeployment,
  };
  return generateDump(shape);
}

const REPRO = join(import.meta.dirname, '../src/examples/guide-03-debug-ui.yaml');

export const LARGE_CASES: readonly LargeCase[] = [
  {
    name: 'replicas: 2147483647 (hang-replicas-int32max.yaml)',
    before: 'out of memory after ~80 s, 4 GB',
    make: () => ({ sources: [{ name: 'int32max.yaml', text: deployment('web', 2147483647) }] }),
  },
  {
    name: 'What-if scale to 2147483647 (hang-events-scale.events.json)',
    before: 'out of memory after ~80 s, 4 GB',
    make: () => ({
      sources: [{ name: 'guide-03-debug-ui.yaml', text: readFileSync(REPRO, 'utf8') }],
      events: [{ kind: 'scale', workload: 'Deployment/monitoring/prometheus', replicas: 2147483647 }],
    }),
  },
  { name: 'replicas: 100000', before: '8.8 s, 1 GB', make: () => ({ sources: [{ name: '100k.yaml', text: deployment('web', 100_000) + service('web') }] }) },
  {
    name: 'a DaemonSet over 5,000 Nodes',
    before: 'not measured',
    make: () => ({
      sources: [
        {
          name: 'nodes.yaml',
          text:
            Array.from({ length: 5000 }, (_, i) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: node-${String(i).padStart(4, '0')}}\n`).join('') +
            '---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  selector: {matchLabels: {app: agent}}\n  template:\n    metadata: {labels: {app: agent}}\n    spec:\n      containers: [{name: agent, image: busybox}]\n',
        },
      ],
    }),
  },
  { name: '10 MB dump (generate-dump.ts)', before: '11.7 s, 234 MB (kse check)', make: () => ({ sources: [{ name: 'dump-10mb.yaml', text: dumpOf(10) }] }) },
  {
    name: '10 MB manifest: 14,000 Deployments × 3 and their Services',
    before: '213 s, 850 MB (kse check)',
    make: () => ({ sources: [{ name: 'manifest-10mb.yaml', text: fill(10e6, (i) => deployment(`app-${i}`, 3, `team-${i % 50}`) + service(`app-${i}`, `team-${i % 50}`)) }] }),
  },
  {
    name: '10 MB of Services, each with two unknown fields',
    before: '20.4 s, 620 MB (kse check)',
    make: () => ({
      sources: [
        {
          name: 'wrong-fields-10mb.yaml',
          text: fill(10e6, (i) => `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector: {app: web-${i}}\n  portz:\n  - port: 80\n    targetPort: 8080\n  typo: ClusterIP\n`),
        },
      ],
    }),
  },
  { name: '50 MB of `kind: Service` lines', before: 'never answered; a browser tab reached 11 GB', make: () => ({ sources: [{ name: 'kind-lines.yaml', text: 'kind: Service\n'.repeat(Math.round(50e6 / 14)) }] }) },
  { name: '100 MB dump (generate-dump.ts)', before: '62 s, 1.34 GB (kse check); a 100 MB input was killed after 500 s at 4.25 GB', make: () => ({ sources: [{ name: 'dump-100mb.yaml', text: dumpOf(100) }] }) },
];
