import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, holdsGatewayApi, type Cluster } from '../../model/index.ts';
import { toGraph } from './to-graph.ts';
import type { Graph, GraphView } from './types.ts';

const load = (file: string): Cluster => {
  const text = readFileSync(join(import.meta.dirname, '../../examples', file), 'utf8');
  // The Gateway API examples are about a cluster that has its CRDs, as the explorer assumes for them.
  return buildCluster([{ name: file, text }], { gatewayApi: holdsGatewayApi(text) });
};
const ids = (graph: Graph): string[] => graph.nodes.map((n) => n.id);
const edge = (graph: Graph, source: string, target: string) => graph.edges.find((e) => e.id === `${source}->${target}`);
const byPrefix = (graph: Graph, prefix: string): string[] => ids(graph).filter((id) => id.startsWith(prefix));

function overlaps(graph: Graph): string[] {
  const found: string[] = [];
  graph.nodes.forEach((a, i) =>
    graph.nodes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }),
  );
  return found;
}

describe('toGraph on the guide examples', () => {
  // [example, node ids that must exist, [source, target, label fragment][] that must exist]
  it.each<[string, string[], [string, string, string | undefined][]]>([
    ['guide-01-fraud-detection', ['client:pod/fintech/client', 'svc:fintech/fraud-detection'], [['client:pod/fintech/client', 'svc:fintech/fraud-detection', '80']]],
    ['guide-02-auth-service', ['client:pod/identity/client', 'svc:identity/auth-service'], [['client:pod/identity/client', 'svc:identity/auth-service', '443']]],
    [
      'guide-03-debug-ui',
      ['client:external', 'node:control-plane', 'node:worker-1', 'node:worker-2', 'node:worker-3', 'svc:monitoring/debug-ui'],
      [
        ['client:external', 'node:worker-1', '31000'],
        ['node:worker-2', 'svc:monitoring/debug-ui', '31000 → 80'],
        ['node:control-plane', 'svc:monitoring/debug-ui', '31000 → 80'],
      ],
    ],
    ['guide-04-legacy-test', ['client:external', 'node:worker-3', 'svc:staging/legacy-test'], [['node:worker-3', 'svc:staging/legacy-test', '32000 → 8080']]],
    [
      'guide-05-graphql-api',
      ['client:external', 'lb:streaming/graphql-api', 'node:worker-1', 'svc:streaming/graphql-api'],
      [
        ['client:external', 'lb:streaming/graphql-api', '443'],
        ['lb:streaming/graphql-api', 'node:worker-1', '443 → 3'],
      ],
    ],
    ['guide-06-checkout-service', ['client:external', 'lb:ecommerce/checkout-service', 'svc:ecommerce/checkout-service'], [['client:external', 'lb:ecommerce/checkout-service', '80']]],
    [
      'guide-07-cassandra-headless',
      ['client:pod/database/client', 'dns:database/cassandra-headless', 'svc:database/cassandra-headless', 'pod:database/cassandra-0', 'pod:database/cassandra-2'],
      [
        ['client:pod/database/client', 'dns:database/cassandra-headless', 'A?'],
        ['dns:database/cassandra-headless', 'pod:database/cassandra-0', '9042'],
      ],
    ],
    ['guide-08-kafka-headless', ['dns:messaging/kafka-headless', 'pod:messaging/kafka-1'], [['dns:messaging/kafka-headless', 'pod:messaging/kafka-1', '9092']]],
    [
      'guide-09-crm-api',
      ['client:pod/sales/client', 'svc:sales/crm-api', 'dns:sales/crm-api', 'external:api.salesforce.com'],
      [
        ['client:pod/sales/client', 'dns:sales/crm-api', 'CNAME?'],
        ['dns:sales/crm-api', 'external:api.salesforce.com', 'CNAME'],
      ],
    ],
    ['guide-10-mysql-external', ['dns:db/mysql-external', 'external:mysql-1234.us-central1.sql.goog'], [['svc:db/mysql-external', 'dns:db/mysql-external', undefined]]],
    ['guide-11-external-monitoring', ['svc:monitoring/external-monitoring', 'ip:192.168.10.10'], []],
    [
      'guide-12-api-service-slice',
      ['svc:api/api-service', 'slice:api/api-service-slice-1', 'ip:10.244.2.15'],
      [
        ['svc:api/api-service', 'slice:api/api-service-slice-1', '8080 → 8080'],
        ['slice:api/api-service-slice-1', 'ip:10.244.2.15', '8080'],
      ],
    ],
    [
      'guide-13-saas-ingress',
      ['client:external', 'ingress:saas/saas-ingress', 'svc:saas/api-service', 'svc:saas/dashboard-service'],
      [
        ['client:external', 'ingress:saas/saas-ingress', 'https://app.example.com'],
        ['ingress:saas/saas-ingress', 'svc:saas/api-service', '/api → 80'],
        ['ingress:saas/saas-ingress', 'svc:saas/dashboard-service', '/dashboard → 80'],
      ],
    ],
  ])('%s has its boxes and edges', (id, nodes, edges) => {
    const graph = toGraph(load(`${id}.yaml`));
    expect(ids(graph)).toEqual(expect.arrayContaining(nodes));
    for (const [source, target, label] of edges) {
      const found = edge(graph, source, target);
      expect(found, `${source}->${target}`).toBeDefined();
      if (label !== undefined) expect(found?.label).toContain(label);
    }
    expect(overlaps(graph)).toEqual([]);
  });

  it('guide-03: the Service reaches each Prometheus Pod on 9090 through its slice', () => {
    const graph = toGraph(load('guide-03-debug-ui.yaml'));
    const [slice] = byPrefix(graph, 'slice:monitoring/debug-ui-');
    const pods = byPrefix(graph, 'pod:monitoring/prometheus-');
    expect(slice).toBeDefined();
    expect(pods).toHaveLength(2);
    expect(edge(graph, 'svc:monitoring/debug-ui', slice ?? '')?.label).toBe('80 → 9090');
    for (const pod of pods) expect(edge(graph, slice ?? '', pod)?.label).toBe('9090');
  });

  it.each(EXAMPLES.map((e) => e.id))('%s leaves out the built-in kubernetes and kube-dns Services', (id) => {
    const graph = toGraph(load(`${id}.yaml`));
    expect(ids(graph)).not.toContain('svc:default/kubernetes');
    expect(ids(graph)).not.toContain('svc:kube-system/kube-dns');
  });
});

describe('toGraph views', () => {
  it.each<[string, GraphView, string[]]>([
    ['the built-in DNS Service, named', { service: 'kube-system/kube-dns' }, ['svc:kube-system/kube-dns', 'client:pod/kube-system/client']],
    ['a namespace naming the built-ins', { namespaces: ['default'] }, ['svc:default/kubernetes']],
  ])('%s', (_, view, expected) => {
    expect(ids(toGraph(load('guide-01-fraud-detection.yaml'), view))).toEqual(expect.arrayContaining(expected));
  });

  it('draws the client Pod the view names instead of the placeholder', () => {
    const cluster = load('guide-01-fraud-detection.yaml');
    const pod = cluster.pods.find((p) => p.object.metadata?.namespace === 'fintech')?.object.metadata?.name ?? '';
    const graph = toGraph(cluster, { client: `fintech/${pod}` });
    expect(edge(graph, `client:pod/fintech/${pod}`, 'svc:fintech/fraud-detection')?.label).toBe('80');
    expect(ids(graph)).not.toContain('client:pod/fintech/client');
  });

  it('shows only the chosen Service', () => {
    const graph = toGraph(load('guide-13-saas-ingress.yaml'), { service: 'saas/api-service' });
    expect(byPrefix(graph, 'svc:')).toEqual(['svc:saas/api-service']);
    expect(edge(graph, 'ingress:saas/saas-ingress', 'svc:saas/api-service')).toBeDefined();
  });
});

describe('toGraph per-Pod facts', () => {
  // targetPort http names 8080 in web-v1's Pods and 9090 in web-v2's: one slice per port number
  // (staging/src/k8s.io/endpointslice/reconciler.go groups endpoints by their resolved ports).
  it('resolves a named targetPort per slice', () => {
    const graph = toGraph(load('scenario-named-ports.yaml'));
    const labels = graph.edges.filter((e) => e.source === 'svc:default/web' && e.target.startsWith('slice:')).map((e) => e.label);
    expect(labels.sort()).toEqual(['80 → 8080', '80 → 9090']);
  });

  it.each([
    ['web-a', 'ready'],
    ['web-b', 'notReady'],
    ['web-c', 'terminating'],
    ['web-d', 'terminating'],
  ])('%s is %s', (pod, status) => {
    const graph = toGraph(load('scenario-not-ready-and-terminating.yaml'));
    expect(graph.nodes.find((n) => n.id === `pod:default/${pod}`)?.data.status).toBe(status);
  });

  it('marks the load balancer address simulated when the simulator invented it', () => {
    const graph = toGraph(load('guide-06-checkout-service.yaml'));
    expect(graph.nodes.find((n) => n.id === 'lb:ecommerce/checkout-service')?.data.simulated).toBe(true);
  });
});

describe('toGraph layout', () => {
  it.each(EXAMPLES.map((e) => e.id))('%s: same input, identical JSON; no box overlaps another', (id) => {
    const cluster = load(`${id}.yaml`);
    const graph = toGraph(cluster);
    expect(JSON.stringify(toGraph(load(`${id}.yaml`)))).toBe(JSON.stringify(graph));
    expect(overlaps(graph)).toEqual([]);
    for (const node of graph.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(graph.width);
      expect(node.y + node.height).toBeLessThanOrEqual(graph.height);
    }
  });

  it('lays out 250 Pods in three slices as grids, without overlaps, within a bounded height', () => {
    const graph = toGraph(load('scenario-many-endpoints.yaml'), { service: 'default/catalog' });
    const pods = graph.nodes.filter((n) => n.kind === 'pod');
    expect(pods).toHaveLength(250);
    expect(pods.every((p) => p.data.compact === true)).toBe(true);
    expect(overlaps(graph)).toEqual([]);
    // Stacked, 250 Pods would be over 12,000 px tall.
    expect(graph.height).toBeLessThan(2000);
  });

  it('sizes boxes with the injected measurer', () => {
    const cluster = load('guide-01-fraud-detection.yaml');
    const narrow = toGraph(cluster, {}, (text) => text.length * 2);
    const wide = toGraph(cluster, {}, (text) => text.length * 20);
    expect(wide.width).toBeGreaterThan(narrow.width);
    expect(narrow.nodes.map((n) => n.id)).toEqual(wide.nodes.map((n) => n.id));
  });

  it('does not mutate the cluster', () => {
    const cluster = load('guide-13-saas-ingress.yaml');
    const before = JSON.stringify(cluster);
    toGraph(Object.freeze(cluster));
    expect(JSON.stringify(cluster)).toBe(before);
  });
});

describe('layout stability while typing', () => {
  it('keeps the Pods where they were when a Service port grows by a digit', () => {
    const text = readFileSync(join(import.meta.dirname, '../../examples', 'guide-03-debug-ui.yaml'), 'utf8');
    const before = toGraph(buildCluster([{ name: 'm.yaml', text }]));
    const after = toGraph(buildCluster([{ name: 'm.yaml', text: text.replace('port: 80\n', 'port: 801\n') }]));
    const pods = (graph: Graph) => graph.nodes.filter((n) => n.kind === 'pod').map(({ id, x, y }) => ({ id, x, y }));
    expect(after.nodes.find((n) => n.kind === 'service')?.data.subtitle[0]).toMatch(/:801$/);
    expect(pods(after)).toEqual(pods(before));
  });
});
