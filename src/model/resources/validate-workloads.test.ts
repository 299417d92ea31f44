import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

function messages(obj: KubeObject): string[] {
  return validateObject(defaultObject(obj), DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };

function workload(apiVersion: string, kind: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion, kind, metadata: { name: 'web', namespace: 'default' }, spec };
}

const MISMATCH = 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`';

describe('apps validation (pkg/apis/apps/validation/validation.go)', () => {
  it.each([
    ['Deployment', { selector: { matchLabels: { app: 'web' } }, template }],
    ['ReplicaSet', { selector: { matchLabels: { app: 'web' } }, template }],
    ['StatefulSet', { selector: { matchLabels: { app: 'web' } }, serviceName: 'web', template }],
    ['DaemonSet', { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, template }],
  ])('a valid %s', (kind, spec) => {
    expect(messages(workload('apps/v1', kind, spec))).toEqual([]);
  });

  it.each([
    ['Deployment', ['spec.selector: Required value', MISMATCH]],
    ['ReplicaSet', ['spec.selector: Required value', MISMATCH]],
    ['StatefulSet', ['spec.selector: Required value', MISMATCH]],
    ['DaemonSet', [MISMATCH]],
  ])('%s without a selector', (kind, expected) => {
    expect(messages(workload('apps/v1', kind, { template }))).toEqual(expected);
  });

  it.each(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'])('%s whose selector does not match the template', (kind) => {
    expect(messages(workload('apps/v1', kind, { selector: { matchLabels: { app: 'api' } }, template }))).toEqual([MISMATCH]);
  });

  it.each([
    ['Deployment', 'deployment'],
    ['ReplicaSet', 'deployment'],
    ['StatefulSet', 'statefulset'],
    ['DaemonSet', 'daemonset'],
  ])('%s with an empty selector', (kind, noun) => {
    expect(messages(workload('apps/v1', kind, { selector: {}, template }))).toEqual([
      `spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for ${noun}`,
    ]);
  });

  it.each([
    ['negative replicas', { replicas: -1 }, ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    ['restartPolicy Never', { template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } } }, ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']],
    ['Recreate with rollingUpdate', { strategy: { type: 'Recreate', rollingUpdate: {} } }, ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]],
    ['bad template label', { selector: { matchLabels: { app: 'web' } }, template: { ...template, metadata: { labels: { app: 'web', 'bad key!': 'x' } } } }, [expect.stringMatching(/^spec\.template\.labels: Invalid value: "bad key!": name part must consist/) as unknown as string]],
  ])('Deployment: %s', (_name, extra, expected) => {
    expect(messages(workload('apps/v1', 'Deployment', { selector: { matchLabels: { app: 'web' } }, template, ...extra }))).toEqual(expected);
  });

  it('StatefulSet podManagementPolicy', () => {
    expect(messages(workload('apps/v1', 'StatefulSet', { selector: { matchLabels: { app: 'web' } }, template, podManagementPolicy: 'Random' }))).toEqual([
      "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'",
    ]);
  });

  it('selector requirement errors (metav1 ValidateLabelSelectorRequirement)', () => {
    const selector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In' }, { key: 'zone', operator: 'Exists', values: ['a'] }, { key: 'x', operator: 'Gt', values: ['1'] }] };
    expect(messages(workload('apps/v1', 'Deployment', { selector, template }))).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[2].operator: Invalid value: "Gt": not a valid selector operator',
      MISMATCH,
    ]);
  });
});

describe('ReplicationController (pkg/apis/core/validation ValidateReplicationController)', () => {
  it('defaulting copies the selector from the template, so it validates', () => {
    expect(messages(workload('v1', 'ReplicationController', { template }))).toEqual([]);
  });
  it('a selector that does not match', () => {
    expect(messages(workload('v1', 'ReplicationController', { selector: { app: 'api' }, template }))).toEqual([MISMATCH]);
  });
  it('no template and no selector', () => {
    expect(messages(workload('v1', 'ReplicationController', {}))).toEqual(['spec.selector: Required value', 'spec.template: Required value']);
  });
});
