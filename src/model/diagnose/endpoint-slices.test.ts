import { describe, expect, it } from 'vitest';
import { doc, findingsOf, pod, service, type Case } from './test-manifests.ts';

const slice = (labels: string, endpoints: string, ports = '- name: http\n  port: 8080\n  protocol: TCP') =>
  doc(`apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: api-1
  labels: {${labels}}
addressType: IPv4
endpoints:
${endpoints}
ports:
${ports}`);

const FOR_API = 'kubernetes.io/service-name: api';
const selectorless = service('api', '  ports:\n  - name: http\n    port: 80\n    targetPort: 8080');
const withSelector = service('api', '  selector: {app: api}\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080') + pod('api-1', 'app: api');
const endpoint = '- addresses: [10.244.9.9]';
const toPod = `${endpoint}\n  targetRef: {kind: Pod, name: api-0, namespace: default}`;
const runningPod = pod('api-0', 'app: other', { node: 'worker-1', status: '  phase: Running\n  podIP: 10.244.1.7\n' });

const CASES: readonly Case[] = [
  { name: 'a hand-made slice for a Service without a selector', yaml: selectorless + slice(FOR_API, endpoint), expected: [] },
  {
    name: 'a slice without the service-name label',
    yaml: selectorless + slice('team: a', endpoint),
    expected: [['ENDPOINTSLICE_WITHOUT_SERVICE_NAME', 'warning', 'metadata.labels', ['kube-proxy and CoreDNS ignore it']]],
  },
  {
    name: 'a slice labelled for a Service that does not exist',
    yaml: slice(FOR_API, endpoint),
    expected: [['ENDPOINTSLICE_SERVICE_NOT_FOUND', 'warning', 'metadata.labels[kubernetes.io/service-name]', ['No Service api exists in namespace default']]],
  },
  {
    name: 'a hand-made slice beside the controller\'s',
    yaml: withSelector + slice(FOR_API, endpoint),
    expected: [['ENDPOINTSLICE_BESIDE_CONTROLLER', 'warning', 'metadata.labels[kubernetes.io/service-name]', ['kube-proxy merges its endpoints', 'Remove the selector from api']]],
  },
  {
    name: 'a slice the controller manages, which it rewrites',
    yaml: withSelector + slice(`${FOR_API}, endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io`, endpoint),
    expected: [],
  },
  {
    name: 'an endpoint naming a Pod that does not exist',
    yaml: selectorless + slice(FOR_API, toPod),
    expected: [['ENDPOINTSLICE_STALE_ENDPOINT', 'warning', 'endpoints[0].targetRef.name', ['targetRef names Pod api-0, which does not exist']]],
  },
  {
    name: 'an endpoint whose address is not its Pod\'s',
    yaml: selectorless + runningPod + slice(FOR_API, toPod),
    expected: [['ENDPOINTSLICE_STALE_ENDPOINT', 'warning', 'endpoints[0].addresses[0]', ['10.244.9.9 is not the IP of Pod api-0 (10.244.1.7)']]],
  },
  {
    name: 'an endpoint with its Pod\'s address',
    yaml: selectorless + runningPod + slice(FOR_API, toPod.replace('10.244.9.9', '10.244.1.7')),
    expected: [],
  },
  {
    name: 'an endpoint of a Pod whose address the simulator made up',
    yaml: selectorless + pod('api-0', 'app: other') + slice(FOR_API, toPod),
    expected: [],
  },
  {
    name: 'several stale endpoints: one finding, at the first',
    yaml: selectorless + slice(FOR_API, `${toPod}\n${toPod.replace('api-0', 'api-1').replace('9.9', '9.10')}`),
    expected: [['ENDPOINTSLICE_STALE_ENDPOINT', 'warning', 'endpoints[0].targetRef.name', ['Stale endpoints: targetRef names Pod api-0', 'Pod api-1']]],
  },
  {
    name: 'a slice port named unlike the Service port',
    yaml: selectorless + slice(FOR_API, endpoint, '- name: web\n  port: 8080'),
    expected: [['ENDPOINTSLICE_PORT_NAME_MISMATCH', 'warning', 'ports[0].name', ['Port "web" (TCP) matches no port of Service api (its ports: "http" (TCP))', 'Name it "http"']]],
  },
  {
    name: 'an unnamed slice port for a named Service port',
    yaml: selectorless + slice(FOR_API, endpoint, '- port: 8080'),
    expected: [['ENDPOINTSLICE_PORT_NAME_MISMATCH', 'warning', 'ports[0].name', ['The unnamed port (TCP)']]],
  },
  {
    name: 'a named slice port for an unnamed Service port',
    yaml: service('api', '  ports:\n  - port: 80\n    targetPort: 8080') + slice(FOR_API, endpoint),
    expected: [['ENDPOINTSLICE_PORT_NAME_MISMATCH', 'warning', 'ports[0].name', ['Leave its name out']]],
  },
  {
    name: 'a slice port with the right name and another protocol',
    yaml: selectorless + slice(FOR_API, endpoint, '- name: http\n  port: 8080\n  protocol: UDP'),
    expected: [['ENDPOINTSLICE_PORT_NAME_MISMATCH', 'warning', 'ports[0].name', ['Port "http" (UDP)']]],
  },
];

describe('stale or hand-made EndpointSlices', () => {
  it.each(CASES)('$name', ({ yaml, expected }) => {
    const got = findingsOf(yaml);
    expect(got.map((d) => [d.code, d.severity, d.field])).toEqual(expected.map(([code, severity, field]) => [code, severity, field]));
    got.forEach((d, i) => {
      for (const words of expected[i]?.[3] ?? []) expect(d.message).toContain(words);
    });
  });

  it('says what is wrong and how to fix it', () => {
    expect(findingsOf(selectorless + runningPod + slice(FOR_API, toPod)).map((d) => d.message)).toEqual([
      'Stale endpoint: 10.244.9.9 is not the IP of Pod api-0 (10.244.1.7). Nothing updates a hand-made slice, and kube-proxy still sends traffic to these addresses. Update or remove them, or let a Service selector and the EndpointSlice controller keep track of the Pods.',
    ]);
    expect(findingsOf(selectorless + slice(FOR_API, endpoint, '- name: web\n  port: 8080')).map((d) => d.message)).toEqual([
      'Port "web" (TCP) matches no port of Service api (its ports: "http" (TCP)): kube-proxy pairs slice ports with Service ports by name and protocol, so no traffic reaches these endpoints through it. Name it "http", as the Service\'s port.',
    ]);
  });

  it('anchors a label finding at the label', () => {
    const [finding] = findingsOf(slice(FOR_API, endpoint));
    expect(finding?.object).toBe('EndpointSlice/default/api-1');
    expect(finding?.range).toMatchObject({ file: 'm.yaml', line: 5, column: 12 });
  });
});
