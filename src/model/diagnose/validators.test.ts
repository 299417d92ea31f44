import { describe, expect, it } from 'vitest';
import { deployment, doc, findingsOf, pod, service, statefulSet, webService, type Case } from './test-manifests.ts';

/** A Deployment dump: its Pod names the ReplicaSet the Deployment made, as `kubectl get deploy,pods -o yaml` prints them. */
const dumpedPod = doc(`apiVersion: v1
kind: Pod
metadata:
  name: web-5d8f7c9b6d-x2x4z
  labels: {app: web, pod-template-hash: 5d8f7c9b6d}
  ownerReferences:
  - {apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f7c9b6d, uid: 0b6c1f2a-0000-4000-8000-000000000001, controller: true}
spec:
  containers: [{name: app, image: nginx, ports: [{name: http, containerPort: 8080}]}]`);

const sidecarProbe = `  initContainers:
  - name: proxy
    image: envoy
    restartPolicy: Always
    readinessProbe:
      tcpSocket: {port: 15000}
`;

const CASES: readonly Case[] = [
  {
    name: 'a NodePort Service',
    yaml: pod('web-1', 'app: web') + webService('  type: NodePort\n'),
    expected: [['NODE_PORT_EXPOSED', 'info', 'spec.type', ['opens port 3', 'kube-score service-type', 'Ingress or a LoadBalancer']]],
  },
  { name: 'a ClusterIP Service', yaml: pod('web-1', 'app: web') + webService(), expected: [] },
  {
    name: 'a Deployment without a readiness probe behind two Services: one note, at its template',
    yaml: deployment('web', 'app: web', { probe: false }) + webService() + webService('', 'web-canary'),
    expected: [['READINESS_PROBE_MISSING', 'info', 'spec.template.spec.containers[0].readinessProbe', ['Services web, web-canary send traffic to these Pods']]],
  },
  { name: 'a Deployment without a readiness probe that no Service selects', yaml: deployment('web', 'app: web', { probe: false }), expected: [] },
  {
    name: 'an input Pod without a readiness probe',
    yaml: pod('web-1', 'app: web', { probe: false }) + webService(),
    expected: [['READINESS_PROBE_MISSING', 'info', 'spec.containers[0].readinessProbe', ['Service web sends traffic to this Pod']]],
  },
  {
    name: 'a readiness probe on a sidecar is enough, as kube-score counts it',
    yaml: pod('web-1', 'app: web', { probe: false, spec: sidecarProbe }) + webService(),
    expected: [],
  },
  {
    name: 'a Service that publishes not-ready addresses',
    yaml: pod('web-1', 'app: web', { probe: false }) + webService('  publishNotReadyAddresses: true\n'),
    expected: [],
  },
  {
    name: 'a dump of a Deployment and its Pods: the note goes to the Deployment',
    yaml: deployment('web', 'app: web', { probe: false, replicas: 1 }).replace('  name: web\n', '  name: web\n  uid: 6a1d0b3e-0000-4000-8000-000000000001\n') + dumpedPod + webService(),
    expected: [['READINESS_PROBE_MISSING', 'info', 'spec.template.spec.containers[0].readinessProbe', []]],
  },
  {
    name: 'a StatefulSet governed by a headless Service',
    yaml: service('db', '  clusterIP: None\n  selector: {app: db}\n  ports:\n  - port: 5432') + statefulSet('db', 'db'),
    expected: [],
  },
  {
    name: 'a StatefulSet governed by a Service with a cluster IP',
    yaml: service('db', '  clusterIP: 10.96.9.9\n  selector: {app: db}\n  ports:\n  - port: 5432') + statefulSet('db', 'db'),
    expected: [['STATEFULSET_SERVICE_NOT_HEADLESS', 'warning', 'spec.serviceName', ['has the cluster IP 10.96.9.9', 'Recreate db with clusterIP: None']]],
  },
];

describe('what validators flag', () => {
  it.each(CASES)('$name', ({ yaml, expected }) => {
    const got = findingsOf(yaml);
    expect(got.map((d) => [d.code, d.severity, d.field])).toEqual(expected.map(([code, severity, field]) => [code, severity, field]));
    got.forEach((d, i) => {
      for (const words of expected[i]?.[3] ?? []) expect(d.message).toContain(words);
    });
  });

  it('says what is wrong and how to fix it', () => {
    expect(findingsOf(pod('web-1', 'app: web', { probe: false }) + webService()).map((d) => d.message)).toEqual([
      'No container has a readinessProbe, yet Service web sends traffic to this Pod: a Pod counts as ready as soon as its containers start, before the application listens, and a broken rollout still gets traffic (kube-score container-readiness-probe). Add a readinessProbe (httpGet or tcpSocket on the serving port).',
    ]);
    expect(findingsOf(service('db', '  clusterIP: 10.96.9.9\n  selector: {app: db}\n  ports:\n  - port: 5432') + statefulSet('db', 'db')).map((d) => d.message)).toEqual([
      'The governing Service db has the cluster IP 10.96.9.9: DNS publishes per-Pod names (<pod>.db) only for headless Services, so they do not exist (kube-score statefulset-has-servicename). Recreate db with clusterIP: None (the field cannot change in place).',
    ]);
  });

  it('anchors a readiness note at the first container of the template', () => {
    const [finding] = findingsOf(deployment('web', 'app: web', { probe: false }) + webService());
    expect(finding?.object).toBe('Deployment/default/web');
    expect(finding?.range).toMatchObject({ file: 'm.yaml', line: 14, column: 9 });
  });
});
