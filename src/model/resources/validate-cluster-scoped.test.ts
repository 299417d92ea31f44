import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

function messages(obj: KubeObject): string[] {
  return validateObject(defaultObject(obj), DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

describe('ValidateNamespace and ValidateNode (pkg/apis/core/validation)', () => {
  it.each([
    ['a valid Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } }, []],
    ['a Namespace name is a DNS-1123 label', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team.a' } }, ['metadata.name: Invalid value: "team.a": must not contain dots']],
    ['a valid Node', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1.example.com' }, spec: { podCIDRs: ['10.244.1.0/24', 'fd00:1::/64'] } }, []],
    ['a Node name is a DNS-1123 subdomain', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'Node_1' } }, [expect.stringMatching(/^metadata\.name: Invalid value: "Node_1": a lowercase RFC 1123 subdomain/) as unknown as string]],
    ['Node podCIDRs of one family', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, spec: { podCIDRs: ['10.244.1.0/24', '10.244.2.0/24'] } }, ['spec.podCIDRs: Invalid value: []string{"10.244.1.0/24", "10.244.2.0/24"}: may specify no more than one CIDR for each IP family']],
    ['Node taint effect', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, spec: { taints: [{ key: 'k', effect: 'NoRun' }] } }, ['metadata.taints[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"']],
    ['duplicate Node taints', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, spec: { taints: [{ key: 'k', effect: 'NoSchedule' }, { key: 'k', value: 'v', effect: 'NoSchedule' }] } }, ['metadata.taints[1]: Duplicate value: core.Taint{Key:"k", Value:"v", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair']],
  ])('%s', (_name, obj, expected) => {
    expect(messages(obj as KubeObject)).toEqual(expected);
  });

  it('kinds it does not know pass', () => {
    expect(validateObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Bad_Name' } }, DEFAULT_CONFIG)).toEqual({ errors: [], warnings: [] });
  });
});
