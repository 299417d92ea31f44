import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { DEFAULT_CONFIG } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

const KINDS: ReadonlyArray<[string, string]> = [
  ['v1', 'Service'],
  ['v1', 'Pod'],
  ['v1', 'Endpoints'],
  ['v1', 'Namespace'],
  ['v1', 'Node'],
  ['v1', 'ReplicationController'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'ReplicaSet'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['discovery.k8s.io/v1', 'EndpointSlice'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['networking.k8s.io/v1', 'IngressClass'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['v1', 'ConfigMap'],
];

/** JSON-ish values biased towards the field names the validators look at. */
const keys = fc.constantFrom(
  'spec', 'metadata', 'name', 'ports', 'port', 'targetPort', 'nodePort', 'type', 'clusterIP', 'clusterIPs', 'ipFamilies',
  'ipFamilyPolicy', 'selector', 'matchLabels', 'matchExpressions', 'template', 'containers', 'labels', 'annotations',
  'subsets', 'addresses', 'endpoints', 'rules', 'http', 'paths', 'backend', 'service', 'ingress', 'egress', 'from', 'to',
  'ipBlock', 'cidr', 'except', 'externalIPs', 'sessionAffinity', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds',
  'status', 'loadBalancer', 'taints', 'podCIDRs', 'hints', 'forZones', 'strategy', 'updateStrategy', 'rollingUpdate', 'x',
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom('None', 'LoadBalancer', 'NodePort', 'ExternalName', 'ClientIP', '10.0.0.1', 'fd00::1', '10.0.0.0/8', 'In', 'Exists'),
    fc.integer({ min: -5, max: 70000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('defaultObject and validateObject never throw on JSON-ish input', () => {
  it('for any object with a known or unknown kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.dictionary(keys, json, { maxKeys: 6 }), ([apiVersion, kind], body) => {
        const input = { ...body, apiVersion, kind } as unknown as KubeObject;
        const frozen = JSON.stringify(input);
        const defaulted = defaultObject(input);
        const result = validateObject(defaulted, DEFAULT_CONFIG);
        expect(Array.isArray(result.errors)).toBe(true);
        expect(JSON.stringify(input)).toBe(frozen);
        for (const e of [...result.errors, ...result.warnings]) expect(typeof e.message).toBe('string');
      }),
      { numRuns: propertyRuns(2000) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);
});
