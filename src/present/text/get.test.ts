import { describe, expect, it } from 'vitest';
import type { Endpoints, Node, Service } from 'kubernetes-types/core/v1';
import { buildTestCluster } from '../../model/testing/fixtures.ts';
import { formatGet, type GetRequest } from './get.ts';
import { parseLabelSelector } from './label-selector.ts';
import { findResourceType, type ResourceType } from './resources.ts';

const created = '2025-01-01T11:00:00Z';

function svc(namespace: string, name: string, clusterIP: string, labels: Record<string, string> = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels, creationTimestamp: created },
    spec: { type: 'ClusterIP', clusterIP, clusterIPs: [clusterIP], ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] },
  };
}

const ep: Endpoints = {
  apiVersion: 'v1',
  kind: 'Endpoints',
  metadata: { name: 'web', namespace: 'default', creationTimestamp: created },
  subsets: [{ addresses: [{ ip: '10.244.1.5' }], ports: [{ port: 8080, protocol: 'TCP' }] }],
};

const node: Node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1', creationTimestamp: created }, status: { nodeInfo: { kubeletVersion: 'v1.31.0' } as never } };

const cluster = buildTestCluster({
  services: [svc('shop', 'web', '10.96.0.30'), svc('default', 'web', '10.96.0.20', { app: 'web' }), svc('default', 'api', '10.96.0.21', { app: 'api' })],
  endpoints: [ep],
  nodes: [node],
});

function types(...names: string[]): ResourceType[] {
  return names.map((name) => {
    const type = findResourceType(name);
    if (!type) throw new Error(name);
    return type;
  });
}

function request(overrides: Partial<GetRequest>): GetRequest {
  return { types: types('svc'), names: [], namespace: 'default', allNamespaces: false, selector: [], output: 'table', ...overrides };
}

describe('formatGet', () => {
  it.each([
    {
      name: 'one namespace, sorted by name',
      req: request({}),
      stdout: [
        'NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'api    ClusterIP   10.96.0.21   <none>        80/TCP    60m',
        'web    ClusterIP   10.96.0.20   <none>        80/TCP    60m',
        '',
      ],
      stderr: '',
    },
    {
      name: '-A puts NAMESPACE first and sorts by namespace',
      req: request({ allNamespaces: true }),
      stdout: [
        'NAMESPACE   NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'default     api    ClusterIP   10.96.0.21   <none>        80/TCP    60m',
        'default     web    ClusterIP   10.96.0.20   <none>        80/TCP    60m',
        'shop        web    ClusterIP   10.96.0.30   <none>        80/TCP    60m',
        '',
      ],
      stderr: '',
    },
    {
      name: 'several types: one table each, kind/name, a blank line between',
      req: request({ types: types('svc', 'ep'), names: ['web'] }),
      stdout: [
        'NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'service/web   ClusterIP   10.96.0.20   <none>        80/TCP    60m',
        '',
        'NAME            ENDPOINTS         AGE',
        'endpoints/web   10.244.1.5:8080   60m',
        '',
      ],
      stderr: '',
    },
    {
      name: '-o wide adds SELECTOR',
      req: request({ names: ['api'], output: 'wide' }),
      stdout: ['NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   SELECTOR', 'api    ClusterIP   10.96.0.21   <none>        80/TCP    60m   <none>', ''],
      stderr: '',
    },
    {
      name: '-l selects by label',
      req: request({ selector: selector('app in (web)'), output: 'name' }),
      stdout: ['service/web', ''],
      stderr: '',
    },
    {
      name: 'nothing found in a namespace',
      req: request({ namespace: 'empty' }),
      stdout: [''],
      stderr: 'No resources found in empty namespace.\n',
    },
    {
      name: 'nothing found across namespaces',
      req: request({ types: types('ing'), allNamespaces: true }),
      stdout: [''],
      stderr: 'No resources found\n',
    },
    {
      name: 'a missing name is NotFound',
      req: request({ types: types('endpointslices'), names: ['web'] }),
      stdout: [''],
      stderr: 'Error from server (NotFound): endpointslices.discovery.k8s.io "web" not found\n',
    },
    {
      name: 'cluster-scoped types ignore -n and get no NAMESPACE column',
      req: request({ types: types('no'), allNamespaces: true }),
      stdout: ['NAME     STATUS    ROLES    AGE   VERSION', 'node-1   Unknown   <none>   60m   v1.31.0', ''],
      stderr: '',
    },
  ])('$name', ({ req, stdout, stderr }) => {
    const output = formatGet(cluster, req);
    expect(output.stdout).toBe(stdout.join('\n'));
    expect(output.stderr).toBe(stderr);
  });

  it('a single named object prints as itself in YAML', () => {
    expect(formatGet(cluster, request({ names: ['api'], output: 'yaml' })).stdout).toBe(
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  creationTimestamp: "2025-01-01T11:00:00Z"',
        '  labels:',
        '    app: api',
        '  name: api',
        '  namespace: default',
        'spec:',
        '  clusterIP: 10.96.0.21',
        '  clusterIPs:',
        '  - 10.96.0.21',
        '  ports:',
        '  - port: 80',
        '    protocol: TCP',
        '    targetPort: 8080',
        '  type: ClusterIP',
        '',
      ].join('\n'),
    );
  });

  it('several objects print as a List in JSON, keys sorted, four-space indent', () => {
    const out = formatGet(cluster, request({ types: types('ep'), output: 'json' })).stdout;
    expect(out.startsWith('{\n    "apiVersion": "v1",\n    "items": [\n        {\n            "apiVersion": "v1",\n            "kind": "Endpoints",')).toBe(true);
    expect(out.endsWith('    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n')).toBe(true);
  });

  it('an empty YAML list is still printed', () => {
    const output = formatGet(cluster, request({ types: types('ing'), output: 'yaml' }));
    expect(output.stdout).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(output.stderr).toBe('');
  });
});

function selector(text: string) {
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.requirements;
}

describe('findResourceType', () => {
  it.each([
    ['svc', 'services'],
    ['Service', 'services'],
    ['po', 'pods'],
    ['ep', 'endpoints'],
    ['endpointslice', 'endpointslices'],
    ['endpointslices.discovery.k8s.io', 'endpointslices'],
    ['no', 'nodes'],
    ['ing', 'ingresses'],
    ['ns', 'namespaces'],
    ['deploy', 'deployments'],
    ['deployment.apps', 'deployments'],
    ['rs', 'replicasets'],
    ['sts', 'statefulsets'],
    ['ds', 'daemonsets'],
  ])('%s → %s', (name, resource) => {
    expect(findResourceType(name)?.resource).toBe(resource);
  });

  it('unknown names are undefined', () => {
    expect(findResourceType('widgets')).toBeUndefined();
  });
});
