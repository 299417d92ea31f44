import { describe, expect, it } from 'vitest';
import { deployment, doc, findingsOf, ingress, pod, service, webService, type Case } from './test-manifests.ts';

const externalName = (target: string) => service('alias', `  type: ExternalName\n  externalName: ${target}`);
const shopWeb = service('web', '  clusterIP: 10.96.7.7\n  ports: [{port: 80}]', 'shop');
const subdomainPod = (spec: string, labels = 'app: web') => pod('web-0', labels, { spec });
const headless = (selector = 'app: web') => service('peers', `  clusterIP: None\n  selector: {${selector}}\n  ports:\n  - port: 80\n    targetPort: 8080`);
const api = service('api', '  selector: {app: api}\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080') + pod('api-1', 'app: api');

const statefulSetDump = doc(`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers: [{name: db, image: postgres}]`) + pod('db-0', 'app: db', { spec: '  hostname: db-0\n  subdomain: db\n' }).replace(
  '  labels: {app: db}\n',
  '  labels: {app: db}\n  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: db, uid: 7c1e0b3e-0000-4000-8000-000000000001, controller: true}]\n',
);

const CASES: readonly Case[] = [
  { name: 'an ExternalName to an existing Service, in full', yaml: shopWeb + externalName('web.shop.svc.cluster.local'), expected: [] },
  { name: 'an ExternalName outside the cluster', yaml: externalName('db.example.com'), expected: [] },
  {
    name: 'an ExternalName to a Service that does not exist',
    yaml: externalName('web.shop.svc.cluster.local'),
    expected: [['EXTERNAL_NAME_SERVICE_NOT_FOUND', 'warning', 'spec.externalName', ['Service web in namespace shop, which does not exist', 'Create the Service']]],
  },
  {
    name: 'an endpoint name under a Service that does not exist',
    yaml: externalName('web-0.web.shop.svc.cluster.local.'),
    expected: [['EXTERNAL_NAME_SERVICE_NOT_FOUND', 'warning', 'spec.externalName', ['Service web in namespace shop']]],
  },
  {
    name: 'a short name of a Service that does not exist',
    yaml: externalName('web.shop.svc'),
    expected: [['EXTERNAL_NAME_SERVICE_NOT_FOUND', 'warning', 'spec.externalName', ['write it in full (web.shop.svc.cluster.local)']]],
  },
  {
    name: 'a name.namespace.svc name without the cluster domain',
    yaml: shopWeb + externalName('web.shop.svc'),
    expected: [['EXTERNAL_NAME_NOT_FULLY_QUALIFIED', 'warning', 'spec.externalName', ['absolute name web.shop.svc.', 'Write it in full: web.shop.svc.cluster.local.']]],
  },
  {
    name: 'a name.namespace name, the namespace being the cluster\'s',
    yaml: shopWeb + externalName('web.shop'),
    expected: [['EXTERNAL_NAME_NOT_FULLY_QUALIFIED', 'warning', 'spec.externalName', ['web.shop.svc.cluster.local']]],
  },
  { name: 'a two-label name whose second label is no namespace', yaml: externalName('example.com'), expected: [] },
  {
    name: 'a Pod whose subdomain a headless Service selecting it serves',
    yaml: headless() + subdomainPod('  hostname: web-0\n  subdomain: peers\n'),
    expected: [],
  },
  {
    name: 'a Pod whose subdomain names no Service',
    yaml: subdomainPod('  hostname: web-0\n  subdomain: peers\n'),
    expected: [['SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', 'warning', 'spec.subdomain', ['No Service peers', 'web-0.peers.default.svc.cluster.local does not resolve']]],
  },
  {
    name: 'a Pod whose subdomain names a Service with a cluster IP',
    yaml: service('peers', '  clusterIP: 10.96.8.8\n  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 8080') + subdomainPod('  hostname: web-0\n  subdomain: peers\n'),
    expected: [['SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', 'warning', 'spec.subdomain', ['has the cluster IP 10.96.8.8', 'only for headless Services']]],
  },
  {
    name: 'a Pod the headless Service does not select',
    yaml: headless('app: web') + subdomainPod('  hostname: web-0\n  subdomain: peers\n', 'role: web'),
    expected: [
      ['SELECTOR_MATCHES_NOTHING', 'warning', 'spec.selector', []],
      ['SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', 'warning', 'spec.subdomain', ['selects app=web, which does not match the labels of this Pod']],
    ],
  },
  {
    name: 'a Pod with a subdomain but no hostname',
    yaml: headless() + subdomainPod('  subdomain: peers\n'),
    expected: [['SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', 'warning', 'spec.subdomain', ['spec.hostname is not set', 'Set spec.hostname.']]],
  },
  {
    name: 'a Deployment template whose subdomain names no Service',
    yaml: deployment('web', 'app: web', { spec: '      subdomain: peers\n' }),
    expected: [['SUBDOMAIN_WITHOUT_HEADLESS_SERVICE', 'warning', 'spec.template.spec.subdomain', ['per-Pod names under peers.default.svc.cluster.local do not resolve', 'selects these Pods']]],
  },
  {
    name: 'a dumped StatefulSet Pod: its subdomain is the StatefulSet\'s, reported there',
    yaml: statefulSetDump,
    expected: [['STATEFULSET_SERVICE_MISSING', 'warning', 'spec.serviceName', []]],
  },
  { name: 'an Ingress backend that exists', yaml: api + ingress('            name: api\n            port: {number: 80}'), expected: [] },
  { name: 'an Ingress backend port by name', yaml: api + ingress('            name: api\n            port: {name: http}'), expected: [] },
  {
    name: 'an Ingress backend naming a Service that does not exist',
    yaml: ingress('            name: api\n            port: {number: 80}'),
    expected: [['INGRESS_SERVICE_NOT_FOUND', 'warning', 'spec.rules[0].http.paths[0].backend.service.name', ['No Service api', '503']]],
  },
  {
    name: 'an Ingress backend naming the targetPort',
    yaml: api + ingress('            name: api\n            port: {number: 8080}'),
    expected: [['INGRESS_SERVICE_PORT_NOT_FOUND', 'warning', 'spec.rules[0].http.paths[0].backend.service.port.number', ['no port 8080', 'number: 80 or name: http']]],
  },
  {
    name: 'an Ingress backend naming a port name the Service lacks',
    yaml: api + ingress('            name: api\n            port: {name: web}'),
    expected: [['INGRESS_SERVICE_PORT_NOT_FOUND', 'warning', 'spec.rules[0].http.paths[0].backend.service.port.name', ['no port "web" (its ports: http 80/TCP)']]],
  },
  {
    name: 'an Ingress default backend naming a Service that does not exist',
    yaml: webService() + pod('web-1', 'app: web') + ingress('            name: web\n            port: {number: 80}').replace('spec:\n', 'spec:\n  defaultBackend:\n    service:\n      name: fallback\n      port: {number: 80}\n'),
    expected: [['INGRESS_SERVICE_NOT_FOUND', 'warning', 'spec.defaultBackend.service.name', ['No Service fallback']]],
  },
];

describe('DNS names and Ingress backends that will not resolve', () => {
  it.each(CASES)('$name', ({ yaml, expected }) => {
    const got = findingsOf(yaml);
    expect(got.map((d) => [d.code, d.severity, d.field])).toEqual(expected.map(([code, severity, field]) => [code, severity, field]));
    got.forEach((d, i) => {
      for (const words of expected[i]?.[3] ?? []) expect(d.message).toContain(words);
    });
  });

  it('says what is wrong and how to fix it', () => {
    expect(findingsOf(shopWeb + externalName('web.shop.svc')).map((d) => d.message)).toEqual([
      'externalName web.shop.svc lacks the cluster domain cluster.local: DNS answers with a CNAME to the absolute name web.shop.svc., which CoreDNS forwards to the upstream resolvers, where it does not exist (a CNAME target gets no search path). Write it in full: web.shop.svc.cluster.local.',
    ]);
    expect(findingsOf(subdomainPod('  hostname: web-0\n  subdomain: peers\n')).map((d) => d.message)).toEqual([
      'No Service peers exists in namespace default, so web-0.peers.default.svc.cluster.local does not resolve. Create a headless Service (clusterIP: None) named peers that selects this Pod.',
    ]);
    expect(findingsOf(api + ingress('            name: api\n            port: {number: 8080}')).map((d) => d.message)).toEqual([
      'Service api has no port 8080 (its ports: http 80/TCP): the ingress controller has no upstream, and ingress-nginx answers 503 Service Unavailable on this path. 8080 is the targetPort of its port 80; a backend names the Service\'s port: number: 80 or name: http.',
    ]);
  });

  it('anchors an Ingress finding at the backend field', () => {
    const [finding] = findingsOf(ingress('            name: api\n            port: {number: 80}'));
    expect(finding?.object).toBe('Ingress/default/site');
    expect(finding?.range).toMatchObject({ file: 'm.yaml', line: 14, column: 13 });
  });
});
