import { describe, expect, it } from 'vitest';
import { lookupKind } from './lookup-kind.ts';
import { SERVED_KINDS } from './served-kinds.ts';

describe('lookupKind', () => {
  it.each([
    ['v1', 'Service', 'services', ['svc'], true],
    ['v1', 'Endpoints', 'endpoints', ['ep'], true],
    ['discovery.k8s.io/v1', 'EndpointSlice', 'endpointslices', [], true],
    ['networking.k8s.io/v1', 'Ingress', 'ingresses', ['ing'], true],
    ['networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies', ['netpol'], true],
    ['apps/v1', 'Deployment', 'deployments', ['deploy'], true],
    ['v1', 'Node', 'nodes', ['no'], false],
    ['apiregistration.k8s.io/v1', 'APIService', 'apiservices', [], false],
    ['storage.k8s.io/v1', 'StorageClass', 'storageclasses', ['sc'], false],
    ['policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', ['pdb'], true],
    ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'customresourcedefinitions', ['crd', 'crds'], false],
    ['scheduling.k8s.io/v1', 'PriorityClass', 'priorityclasses', ['pc'], false],
    ['autoscaling/v1', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', ['hpa'], true],
  ])('serves %s %s as %s %j (namespaced: %s)', (apiVersion, kind, plural, shortNames, namespaced) => {
    expect(lookupKind(apiVersion, kind)).toEqual({
      served: true,
      info: { apiVersion, kind, plural, shortNames, namespaced, singular: kind.toLowerCase() },
    });
  });

  it.each([
    // Removed versions: meta.NoKindMatchError, plus the deprecation guide's replacement.
    ['extensions/v1beta1', 'Ingress', 'extensions/v1beta1 Ingress was removed in Kubernetes v1.22; use networking.k8s.io/v1'],
    ['networking.k8s.io/v1beta1', 'Ingress', 'networking.k8s.io/v1beta1 Ingress was removed in Kubernetes v1.22; use networking.k8s.io/v1'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'policy/v1beta1 PodDisruptionBudget was removed in Kubernetes v1.25; use policy/v1'],
    ['policy/v1beta1', 'PodSecurityPolicy', 'policy/v1beta1 PodSecurityPolicy was removed in Kubernetes v1.25, with no replacement'],
    ['extensions/v1beta1', 'Deployment', 'extensions/v1beta1 Deployment was removed in Kubernetes v1.16; use apps/v1'],
    ['apps/v1beta2', 'StatefulSet', 'apps/v1beta2 StatefulSet was removed in Kubernetes v1.16; use apps/v1'],
    ['batch/v1beta1', 'CronJob', 'batch/v1beta1 CronJob was removed in Kubernetes v1.25; use batch/v1'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes v1.26; use autoscaling/v2'],
    ['discovery.k8s.io/v1beta1', 'EndpointSlice', 'discovery.k8s.io/v1beta1 EndpointSlice was removed in Kubernetes v1.25; use discovery.k8s.io/v1'],
    // Kinds from CRDs, unknown kinds, and the wrong case: no hint.
    ['monitoring.coreos.com/v1', 'ServiceMonitor', undefined],
    ['gateway.networking.k8s.io/v1', 'HTTPRoute', undefined],
    ['v1', 'service', undefined],
    ['apps/v1', 'Service', undefined],
  ])('does not serve %s %s', (apiVersion, kind, hint) => {
    const message = `no matches for kind "${kind}" in version "${apiVersion}"`;
    expect(lookupKind(apiVersion, kind)).toEqual(hint === undefined ? { served: false, message } : { served: false, message, hint });
  });

  it('lists each group/version/kind once', () => {
    const keys = SERVED_KINDS.map((info) => `${info.apiVersion}/${info.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
