import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { isFinding } from '../diagnostics.ts';
import { statefulSet } from './test-manifests.ts';

const findings = (text: string): Diagnostic[] =>
  buildCluster([{ name: 'm.yaml', text }]).diagnostics.filter((d) => isFinding(d.code));

const service = (spec: string, name = 'web') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
${spec}
---
`;

const pod = (name: string, labels: string, ports = '    ports:\n    - name: http\n      containerPort: 8080', extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {${labels}}
${extra}spec:
  containers:
  - name: app
    image: nginx
${ports}
    readinessProbe:
      tcpSocket: {port: 8080}
---
`;

const notReady = (name: string, terminating = false) =>
  pod(
    name,
    'app: web',
    undefined,
    terminating ? '  deletionTimestamp: "2024-01-01T00:00:00Z"\n' : '',
  ).replace('---\n', `status:
  phase: Running
  podIP: 10.244.1.${name.length + 10}
  podIPs:
  - ip: 10.244.1.${name.length + 10}
  conditions:
  - type: Ready
    status: "${terminating ? 'True' : 'False'}"
---
`);

const selectWeb = (ports = '  - port: 80\n    targetPort: 8080') => `  selector: {app: web}\n  ports:\n${ports}`;

interface Case {
  readonly name: string;
  readonly yaml: string;
  /** code, severity, field, and words the message must contain. */
  readonly expected: readonly [string, string, string, readonly string[]][];
}

const CASES: readonly Case[] = [
  {
    name: 'a selector that matches its Pods',
    yaml: service(selectWeb()) + pod('web-1', 'app: web'),
    expected: [],
  },
  {
    name: 'a selector one value off names the differing label',
    yaml: service(selectWeb()) + pod('web-1', 'app: web-frontend'),
    expected: [['SELECTOR_MATCHES_NOTHING', 'warning', 'spec.selector', ['app=web matches no Pod', 'web-1 has app=web-frontend, not app=web']]],
  },
  {
    name: 'a two-label selector with a Pod missing one label',
    yaml: service('  selector: {app: web, tier: front}\n  ports:\n  - port: 80\n    targetPort: 8080') + pod('web-1', 'app: web'),
    expected: [['SELECTOR_MATCHES_NOTHING', 'warning', 'spec.selector', ['web-1 lacks the label tier=front']]],
  },
  {
    name: 'near misses grouped by the value the Pods have, the most alike first',
    yaml: service(selectWeb()) + pod('db-1', 'app: db') + pod('web-1', 'app: webb') + pod('web-2', 'app: webb') + pod('api-1', 'app: api'),
    expected: [
      [
        'SELECTOR_MATCHES_NOTHING',
        'warning',
        'spec.selector',
        ['Nearly matching: Pods web-1, web-2 have app=webb, not app=web; Pod db-1 has app=db, not app=web; Pod api-1 has app=api, not app=web;'],
      ],
    ],
  },
  {
    name: 'a one-label selector and unrelated Pods: no near miss',
    yaml: service(selectWeb()) + pod('db-1', 'role: db'),
    expected: [['SELECTOR_MATCHES_NOTHING', 'warning', 'spec.selector', ['Check the Pod template labels']]],
  },
  {
    name: 'a targetPort name no Pod declares',
    yaml: service(selectWeb('  - port: 80\n    targetPort: web')) + pod('web-1', 'app: web'),
    expected: [['TARGET_PORT_NAME_UNRESOLVED', 'warning', 'spec.ports[0].targetPort', ['named "web"', 'web-1 [http]']]],
  },
  {
    name: 'a targetPort name a Pod declares',
    yaml: service(selectWeb('  - port: 80\n    targetPort: http')) + pod('web-1', 'app: web'),
    expected: [],
  },
  {
    name: 'a targetPort number no container declares is only a note',
    yaml: service(selectWeb('  - port: 80\n    targetPort: 9090')) + pod('web-1', 'app: web'),
    expected: [['TARGET_PORT_NOT_DECLARED', 'info', 'spec.ports[0].targetPort', ['port 9090', 'web-1 [8080]', 'traffic still goes']]],
  },
  {
    name: 'no targetPort: the port itself is the target',
    yaml: service(selectWeb('  - port: 80')) + pod('web-1', 'app: web'),
    expected: [['TARGET_PORT_NOT_DECLARED', 'info', 'spec.ports[0].targetPort', ['port 80']]],
  },
  {
    name: 'selected Pods none of which is ready',
    yaml: service(selectWeb()) + notReady('web-a') + notReady('web-b', true),
    expected: [['NO_READY_ENDPOINTS', 'warning', 'spec.selector', ['web-a not ready', 'web-b terminating']]],
  },
  {
    name: 'not-ready Pods published on purpose',
    yaml: service(`${selectWeb()}\n  publishNotReadyAddresses: true`) + notReady('web-a'),
    expected: [],
  },
  {
    name: 'a LoadBalancer the simulator gave an address',
    yaml: service(`  type: LoadBalancer\n${selectWeb()}`) + pod('web-1', 'app: web'),
    expected: [['LOAD_BALANCER_PENDING', 'info', 'spec.type', ['<pending>', 'MetalLB']]],
  },
  {
    name: 'a LoadBalancer whose address the input states',
    yaml: service(`  type: LoadBalancer\n${selectWeb()}`).replace('---\n', 'status:\n  loadBalancer:\n    ingress:\n    - ip: 198.51.100.7\n---\n') +
      pod('web-1', 'app: web'),
    expected: [],
  },
  {
    name: 'a headless Service that governs its StatefulSet',
    yaml: service('  clusterIP: None\n  selector: {app: db}\n  ports:\n  - port: 5432', 'db') + statefulSet('db', 'db'),
    expected: [],
  },
  {
    name: 'a headless Service selecting Pods of a StatefulSet governed by another',
    yaml:
      service('  clusterIP: None\n  selector: {app: db}\n  ports:\n  - port: 5432', 'db-peers') +
      service('  clusterIP: None\n  selector: {app: db}\n  ports:\n  - port: 5432', 'db') +
      statefulSet('db', 'db'),
    expected: [['STATEFULSET_SERVICE_MISMATCH', 'warning', 'spec.clusterIP', ['db (serviceName: db)', '<pod>.db-peers', 'serviceName to db-peers']]],
  },
  {
    name: 'a StatefulSet whose serviceName names no Service',
    yaml: statefulSet('db', 'db-headless'),
    expected: [['STATEFULSET_SERVICE_MISSING', 'warning', 'spec.serviceName', ['No Service db-headless', 'clusterIP: None']]],
  },
  {
    name: 'an ExternalName that is an IP address',
    yaml: service('  type: ExternalName\n  externalName: 10.0.0.5', 'mysql'),
    expected: [['EXTERNAL_NAME_IS_IP', 'warning', 'spec.externalName', ['CNAME', 'EndpointSlice holding 10.0.0.5']]],
  },
  {
    name: 'an ExternalName that is a DNS name',
    yaml: service('  type: ExternalName\n  externalName: db.example.com', 'mysql'),
    expected: [],
  },
];

describe('troubleshoot', () => {
  it.each(CASES)('$name', ({ yaml, expected }) => {
    const got = findings(yaml);
    expect(got.map((d) => [d.code, d.severity, d.field])).toEqual(expected.map(([code, severity, field]) => [code, severity, field]));
    got.forEach((d, i) => {
      for (const words of expected[i]![3]) expect(d.message).toContain(words);
    });
  });

  it('anchors a finding at the field in the source', () => {
    const [finding] = findings(service(selectWeb('  - port: 80\n    targetPort: web')) + pod('web-1', 'app: web'));
    expect(finding?.range).toMatchObject({ file: 'm.yaml', line: 9, column: 5 });
    expect(finding?.object).toBe('Service/default/web');
  });

  it('leaves built-in Services alone', () => {
    expect(findings('')).toEqual([]);
  });
});
