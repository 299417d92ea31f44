import { describe, expect, it } from 'vitest';
import { decodeObject, describeDecodeFailure, strictDecode } from './strict-decode.ts';

const service = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec,
  ...extra,
});
const pod = (container: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'p' }) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata,
  spec: { containers: [{ name: 'c', image: 'nginx', ...container }] },
});
const ports = (port: Record<string, unknown>) => service({ ports: [{ port: 80, ...port }] });

/** Messages as kube-apiserver prints them after `X in version "v1" cannot be handled as a X: `. */
const mismatch = (value: string, where: string, type: string) => `json: cannot unmarshal ${value} into Go struct field ${where} of type ${type}`;

describe('strictDecode', () => {
  it.each([
    ['a valid Service', service({ selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] })],
    ['targetPort as a number (IntOrString)', ports({ targetPort: 8080 })],
    ['nodePort 0 and a status block', service({ type: 'ClusterIP', ports: [{ port: 80, nodePort: 0 }] }, { status: { loadBalancer: {} } })],
    ['null anywhere (encoding/json ignores null)', service({ ports: null, selector: null, clusterIP: null })],
    ['YAML 80.0, which kubectl sends as 80', ports({ port: 80.0 })],
    ['maxSurge as a percentage and as a number', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' },
      spec: { selector: {}, template: {}, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } },
    }],
    ['Quantity strings and numbers', pod({ resources: { limits: { cpu: 0.5, memory: '128Mi' }, requests: { cpu: '100m', memory: 1e9 } } })],
    ['an RFC 3339 creationTimestamp', pod({}, { name: 'p', creationTimestamp: '2024-05-01T10:00:00Z' })],
    ['base64 Secret data', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'YWRtaW4=' }, stringData: { x: 'y' } }],
    ['EndpointSlice hints.forZones', {
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, addressType: 'IPv4',
      endpoints: [{ addresses: ['10.0.0.1'], hints: { forZones: [{ name: 'a' }] } }],
    }],
    ['v1.31 fields patched over kubernetes-types 1.30', {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' },
      spec: { securityContext: { supplementalGroupsPolicy: 'Strict' }, volumes: [{ name: 'v', image: { reference: 'r' } }], containers: [] },
    }],
    ['CRD x-kubernetes-* schema fields', {
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'a.b' },
      spec: { versions: [{ name: 'v1', schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }] },
    }],
    ['managedFields fieldsV1 (any JSON)', pod({}, { name: 'p', managedFields: [{ fieldsV1: { 'f:spec': {} } }] })],
    ['an APIService (kube-aggregator, not in kubernetes-types)', {
      apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService', metadata: { name: 'v1beta1.custom.metrics.k8s.io' },
      spec: { service: { name: 'a', namespace: 'b', port: 443 }, group: 'g', version: 'v1beta1', groupPriorityMinimum: 100, versionPriority: 100, insecureSkipTLSVerify: true },
    }],
    ['an unserved kind (lookupKind reports it)', { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', spec: { anything: 1 } }],
  ])('accepts %s', (_name, object) => {
    expect(strictDecode(Object.freeze(object))).toEqual([]);
  });

  it.each([
    // sigs.k8s.io/json UnmarshalStrict: unknown fields with their full path, list indexes included.
    ['pre-v1.20 spec.ipFamily', service({ ipFamily: 'IPv6' }), [['spec.ipFamily', 'unknown field "spec.ipFamily"']]],
    ['a field inside a list item', ports({ targtPort: 80 }), [['spec.ports[0].targtPort', 'unknown field "spec.ports[0].targtPort"']]],
    ['wrong case (decoding is case-sensitive)', service({ Ports: [] }), [['spec.Ports', 'unknown field "spec.Ports"']]],
    ['several, in the sorted order of kubectl\'s JSON', service({ zeta: 1, alpha: 2 }, { metadata: { name: 'a', label: {} } }), [
      ['metadata.label', 'unknown field "metadata.label"'],
      ['spec.alpha', 'unknown field "spec.alpha"'],
      ['spec.zeta', 'unknown field "spec.zeta"'],
    ]],
    ['a field under status (typed, though ignored on create)', service({}, { status: { phase: 'x' } }), [['status.phase', 'unknown field "status.phase"']]],
    ['EndpointSlice hints.forNodes (added in v1.33)', {
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, addressType: 'IPv4',
      endpoints: [{ addresses: ['10.0.0.1'], hints: { forNodes: [{ name: 'n' }] } }],
    }, [['endpoints[0].hints.forNodes', 'unknown field "endpoints[0].hints.forNodes"']]],
    ['a v1.31 tombstoned field (PodResourceClaim.source)', {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [], resourceClaims: [{ name: 'a', source: {} }] },
    }, [['spec.resourceClaims[0].source', 'unknown field "spec.resourceClaims[0].source"']]],
  ])('reports an unknown field: %s', (_name, object, expected) => {
    expect(strictDecode(Object.freeze(object))).toEqual(expected.map(([field, message]) => ({ type: 'BadRequest', field, message })));
  });

  it.each([
    // encoding/json UnmarshalTypeError with decodeState.addErrorContext's struct and field names.
    ['port: "80"', ports({ port: '80' }), 'spec.ports[0].port', mismatch('string', 'ServicePort.spec.ports.port', 'int32')],
    ['a fractional port', ports({ port: 80.5 }), 'spec.ports[0].port', mismatch('number 80.5', 'ServicePort.spec.ports.port', 'int32')],
    ['an int32 overflow', ports({ port: 3000000000 }), 'spec.ports[0].port', mismatch('number 3000000000', 'ServicePort.spec.ports.port', 'int32')],
    ['a bool for an IntOrString', ports({ targetPort: true }), 'spec.ports[0].targetPort', mismatch('bool', 'ServicePort.spec.ports.targetPort', 'int32')],
    ['an object for an IntOrString', ports({ targetPort: {} }), 'spec.ports[0].targetPort', mismatch('object', 'ServicePort.spec.ports.targetPort', 'int32')],
    ['a number for a named string type', ports({ protocol: 6 }), 'spec.ports[0].protocol', mismatch('number', 'ServicePort.spec.ports.protocol', 'v1.Protocol')],
    ['a number for a port name', ports({ name: 8080 }), 'spec.ports[0].name', mismatch('number', 'ServicePort.spec.ports.name', 'string')],
    ['an object where a list is', service({ ports: { port: 80 } }), 'spec.ports', mismatch('object', 'ServiceSpec.spec.ports', '[]v1.ServicePort')],
    ['a string for a struct', service('ClusterIP' as unknown as Record<string, unknown>), 'spec', mismatch('string', 'Service.spec', 'v1.ServiceSpec')],
    ['a list for a map', service({ selector: ['app'] }), 'spec.selector', mismatch('array', 'ServiceSpec.spec.selector', 'map[string]string')],
    ['a string for a bool', service({ publishNotReadyAddresses: 'true' }), 'spec.publishNotReadyAddresses', mismatch('string', 'ServiceSpec.spec.publishNotReadyAddresses', 'bool')],
    ['a string for a list of named strings', service({ ipFamilies: 'IPv4' }), 'spec.ipFamilies', mismatch('string', 'ServiceSpec.spec.ipFamilies', '[]v1.IPFamily')],
    ['a number as a label value', service({}, { metadata: { name: 'a', labels: { version: 1.2 } } }), 'metadata.labels[version]', mismatch('number', 'ObjectMeta.metadata.labels', 'string')],
    ['a bool as an annotation value', service({}, { metadata: { name: 'a', annotations: { 'prometheus.io/scrape': true } } }), 'metadata.annotations[prometheus.io/scrape]', mismatch('bool', 'ObjectMeta.metadata.annotations', 'string')],
    ['a string for a ResourceList', pod({ resources: { limits: '1Gi' } }), 'spec.containers[0].resources.limits', mismatch('string', 'ResourceRequirements.spec.containers.resources.limits', 'v1.ResourceList')],
    ['a string for an int64', pod({}, { name: 'p', generation: '1' }), 'metadata.generation', mismatch('string', 'ObjectMeta.metadata.generation', 'int64')],
    ['Ingress backend port number as a string', {
      apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i' },
      spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 's', port: { number: '80' } } } }] } }] },
    }, 'spec.rules[0].http.paths[0].backend.service.port.number', mismatch('string', 'ServiceBackendPort.spec.rules.http.paths.backend.service.port.number', 'int32')],
    ['a number for a Time (metav1.Time.UnmarshalJSON)', pod({}, { name: 'p', creationTimestamp: 1 }), 'metadata.creationTimestamp', mismatch('number', 'ObjectMeta.metadata.creationTimestamp', 'string')],
    // Errors returned by UnmarshalJSON without context: printed as they are.
    ['a malformed Quantity', pod({ resources: { limits: { memory: 'lots' } } }), 'spec.containers[0].resources.limits[memory]',
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['a Quantity with an unknown suffix', pod({ resources: { limits: { memory: '1iK' } } }), 'spec.containers[0].resources.limits[memory]', "unable to parse quantity's suffix"],
    ['a malformed Time', pod({}, { name: 'p', creationTimestamp: 'yesterday' }), 'metadata.creationTimestamp',
      'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"'],
    ['bad base64 in Secret data', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'admin!' } }, 'data[password]', 'illegal base64 data at input byte 5'],
  ])('reports a decode error: %s', (_name, object, field, message) => {
    expect(strictDecode(Object.freeze(object))).toEqual([{ type: 'BadRequest', field, message }]);
  });

  it.each([
    // decodeState.saveError keeps the first mismatch; UnmarshalStrict drops strict errors then.
    ['the first mismatch, not unknown fields', service({ ipFamily: 'IPv6', ports: [{ port: '80' }] }), 'spec.ports[0].port'],
    ['the first mismatch in sorted key order', service({ type: 1, ports: [{ port: '80' }] }), 'spec.ports[0].port'],
    // decodeState.unmarshal: an UnmarshalJSON error aborts and wins over a saved mismatch.
    ['an UnmarshalJSON error over an earlier mismatch', pod({ resources: { limits: { cpu: 'lots' } } }, { name: 'p', labels: { a: 1 } }), 'spec.containers[0].resources.limits[cpu]'],
  ])('reports only %s', (_name, object, field) => {
    expect(strictDecode(Object.freeze(object)).map((error) => error.field)).toEqual([field]);
  });

  it('caps strict errors at 100, as saveStrictError does', () => {
    const spec = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`x${String(i).padStart(3, '0')}`, 1]));
    expect(strictDecode(service(spec))).toHaveLength(100);
  });
});

describe('decodeObject', () => {
  /** Keys parsed from YAML, where `__proto__` is an ordinary key (js-yaml defines it as an own property). */
  const parsed = (json: string): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;

  it('gives the input itself when it holds no null', () => {
    const object = Object.freeze(ports({ targetPort: 'http' }));
    expect(decodeObject(object)).toEqual({ errors: [], object });
    expect(decodeObject(object).object).toBe(object);
  });

  it.each([
    // encoding/json literalStore: null leaves a struct field or a scalar at its zero value.
    ['a null field is left out', service({ selector: null, ports: [{ port: 80, name: null }] }), { ports: [{ port: 80 }] }],
    // array: each element starts as the zero value of its type; a null leaves it so.
    ['a null list item of a struct type is a zero struct', service({ ports: [null, { port: 80 }] }), { ports: [{}, { port: 80 }] }],
    ['a null list item of a string type is ""', service({ ports: [{ port: 80 }], externalIPs: [null, '1.2.3.4'] }), { ports: [{ port: 80 }], externalIPs: ['', '1.2.3.4'] }],
    // object: a map value starts as the zero value of the element type (mapElem).
    ['a null map value is ""', service({ selector: { app: null, tier: 'web' } }), { selector: { app: '', tier: 'web' } }],
  ])('decodes as Go: %s', (_name, object, spec) => {
    const decoded = decodeObject(Object.freeze(object));
    expect(decoded.errors).toEqual([]);
    expect(decoded.object.spec).toEqual(spec);
  });

  it('takes keys named like Object.prototype members as the unknown fields they are', () => {
    for (const key of ['valueOf', 'hasOwnProperty', 'toString', 'constructor', '__proto__']) {
      const object = parsed(`{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "${key}": {}}, "spec": {"${key}": 1}}`);
      expect(decodeObject(object).errors.map((e) => e.message)).toEqual([`unknown field "metadata.${key}"`, `unknown field "spec.${key}"`]);
    }
  });

  it('keeps a map key named __proto__ as a key, not a prototype', () => {
    const object = parsed('{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"__proto__": null, "constructor": "x"}}');
    const data = decodeObject(object).object.data as Record<string, unknown>;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.entries(data)).toEqual([['__proto__', ''], ['constructor', 'x']]);
  });

  it('quotes an unknown field as %q does, so that one error stays on one line', () => {
    const object = service({}, { metadata: { name: 'a', 'a\nb"c\u001b': 1 } });
    expect(decodeObject(object).errors).toEqual([
      { type: 'BadRequest', field: 'metadata.a\nb"c\u001b', message: 'unknown field "metadata.a\\nb\\"c\\x1b"' },
    ]);
  });
});

describe('describeDecodeFailure', () => {
  it.each([
    ['v1', 'Service', [['spec.ipFamily', 'unknown field "spec.ipFamily"'], ['spec.x', 'unknown field "spec.x"']],
      'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily", unknown field "spec.x"'],
    ['apps/v1', 'Deployment', [['spec.replicas', mismatch('string', 'DeploymentSpec.spec.replicas', 'int32')]],
      `Deployment in version "v1" cannot be handled as a Deployment: ${mismatch('string', 'DeploymentSpec.spec.replicas', 'int32')}`],
  ])('words %s %s as transformDecodeError does', (apiVersion, kind, errors, expected) => {
    const fieldErrors = errors.map(([field, message]) => ({ type: 'BadRequest' as const, field: field!, message: message! }));
    expect(describeDecodeFailure(apiVersion, kind, fieldErrors)).toBe(expected);
  });
});
