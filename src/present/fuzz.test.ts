/**
 * No input takes the tool down: from generated manifests that mix valid and broken fields,
 * prototype-named keys, deep nesting and huge numbers, the cluster, its packets, its DNS, its
 * graph, its SVG and Mermaid and every kubectl printer all answer, and no exception escapes.
 *
 * `npm test` runs a seeded sample; `KSE_FUZZ_RUNS=N` runs N cases (and `KSE_FUZZ_SEED=S` draws
 * them from seed S, to split a long run over processes), `KSE_DEEP=1` ten times the sample with a
 * fresh seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCluster, PROXY_MODES, proxyRules, resolve, resolveFrom, trace, type Cluster, type RRType, type TraceVia } from '../model/index.ts';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../model/testing/property.ts';
import { toGraph } from './graph/index.ts';
import { runKubectl } from './kubectl/index.ts';
import { toMermaid } from './mermaid/index.ts';
import { renderSvg } from './svg/index.ts';
import { manifestText } from './testing/manifest-arbitrary.ts';
import { parseEvents } from './text/events-json.ts';

const RUNS = Number(process.env.KSE_FUZZ_RUNS ?? propertyRuns(1000));
/** A long run is split over processes, each with its own seed. */
const SEED = process.env.KSE_FUZZ_SEED === undefined ? undefined : Number(process.env.KSE_FUZZ_SEED);
/**
 * The budget: `npm test`'s sample gets the heavy tests' one; a long run asked for by count gets a
 * second a case, as it may run niced beside other work (a case takes about 14 ms on an idle core).
 */
const BUDGET_MS = process.env.KSE_FUZZ_RUNS === undefined ? Math.max(HEAVY_TEST_TIMEOUT_MS, RUNS * 40) : RUNS * 1000;

const VIAS: readonly TraceVia[] = ['clusterip', 'nodeport', 'loadbalancer', 'ingress'];
const TYPES: readonly RRType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];
const KUBECTL = [
  'get all -A',
  'get svc,ep,endpointslices,pods,nodes,ingresses,deploy,sts,ds,rs -A -o wide',
  // The generated objects live in these namespaces; printing the built-ins too would only cost time.
  'get svc,pods,deploy -n default -o yaml',
  'get endpointslices,endpoints,ingresses -n shop -o json',
  'get nodes -o yaml',
  'get pods -A -l app=web,tier!=db',
  'get pods -A -l constructor',
];

/** Runtime events a share link may carry, well formed or not, naming objects that may not exist. */
const EVENTS = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('delete-pod', 'terminate-pod'), pod: fc.constantFrom('default/web', 'default/web-0', 'kube-system/x') }),
    fc.record({ kind: fc.constant('readiness'), pod: fc.constantFrom('default/web', 'default/db'), ready: fc.boolean() }),
    fc.record({ kind: fc.constant('label-pod'), pod: fc.constantFrom('default/web'), labels: fc.dictionary(fc.constantFrom('app', '__proto__', 'constructor'), fc.constantFrom('web', null)) }),
    fc.record({ kind: fc.constantFrom('cordon'), node: fc.constantFrom('worker-1', 'nope'), unschedulable: fc.boolean() }),
    fc.record({ kind: fc.constant('drain'), node: fc.constantFrom('worker-1', 'worker-2') }),
    fc.record({ kind: fc.constant('scale'), workload: fc.constantFrom('Deployment/default/web', 'StatefulSet/default/db'), replicas: fc.constantFrom(0, 3, 250, 2147483647) }),
    fc.anything({ maxDepth: 2 }),
  ),
  { maxLength: 3 },
);

/** Everything the explorer, the embed and `kse` ask of one cluster. */
function exercise(cluster: Cluster): void {
  const services = cluster.services.filter((s) => s.origin === 'input').slice(0, 3);
  for (const { object } of services) {
    const name = object.metadata?.name ?? '';
    const namespace = object.metadata?.namespace ?? 'default';
    for (const via of VIAS) trace(cluster, { service: name, namespace, via, host: 'app.example.com', path: '/api' });
    trace(cluster, { service: name, namespace, from: 'pod/web', name, seed: 's' });
    for (const type of TYPES) resolve(cluster, { name: `${name}.${namespace}.svc.cluster.local.`, type });
    resolveFrom(cluster, { name, type: 'A' }, namespace);
    expect(runKubectl(cluster, `describe svc ${name} -n ${namespace}`)).toBeDefined();
    renderSvg(toGraph(cluster, { service: `${namespace}/${name}` }));
  }
  trace(cluster, { via: 'ingress', host: 'app.example.com', path: '/' });
  resolveFrom(cluster, { name: 'db', type: 'A' }, 'default');
  for (const mode of PROXY_MODES) proxyRules(cluster, { mode });
  const graph = toGraph(cluster);
  renderSvg(graph, { theme: 'dark' });
  toMermaid(graph);
  for (const line of KUBECTL) runKubectl(cluster, line);
  for (const kind of ['pod', 'node', 'endpoints', 'endpointslice']) {
    const first = runKubectl(cluster, `get ${kind} -A -o name`);
    const object = first.stdout.split('\n')[0]?.split('/')[1];
    if (object) runKubectl(cluster, `describe ${kind} ${object} -A`);
  }
}

describe('no input takes the tool down', () => {
  it(`${RUNS} generated manifests: every view answers`, () => {
    fc.assert(
      fc.property(manifestText, EVENTS, (text, rawEvents) => {
        const { events } = parseEvents(JSON.stringify(rawEvents));
        const cluster = buildCluster([{ name: 'fuzz.yaml', text }], { events });
        const lines = text.split('\n').length;
        for (const d of cluster.diagnostics) {
          if (d.range.file !== 'fuzz.yaml') continue;
          expect(d.range.line, d.message).toBeGreaterThanOrEqual(1);
          expect(d.range.line, d.message).toBeLessThanOrEqual(lines + 1);
          expect(d.message, 'a diagnostic in the API server\'s words, not a JavaScript error').not.toMatch(/TypeError|RangeError|Maximum call stack|undefined|\[object Object\]/);
        }
        exercise(cluster);
        expect(() => structuredClone(cluster)).not.toThrow();
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, BUDGET_MS);
});
