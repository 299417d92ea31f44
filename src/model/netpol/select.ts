/**
 * Which NetworkPolicies apply to a Pod, and for which directions.
 *
 * Semantics: kubernetes/website content/en/docs/concepts/services-networking/network-policies.md
 * ("The two sorts of pod isolation"): a Pod is isolated for a direction when a policy in its
 * namespace selects it and lists that direction in `policyTypes`.
 */
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { Cluster } from '../cluster-types.ts';
import { labelSelectorAsSelector, selectorMatches } from '../labels/selector.ts';
import type { Entry, Pod } from '../objects.ts';

export type Direction = 'Ingress' | 'Egress';

/** A policy that selects a Pod, and the directions it isolates the Pod for. */
export interface SelectingPolicy {
  /** `namespace/name`. */
  readonly name: string;
  readonly policy: Entry<NetworkPolicy>;
  readonly ingress: boolean;
  readonly egress: boolean;
}

export function namespaceOf(object: { readonly metadata?: { readonly namespace?: string } }): string {
  return object.metadata?.namespace ?? 'default';
}

export function policyName(policy: Entry<NetworkPolicy>): string {
  return `${namespaceOf(policy.object)}/${policy.object.metadata?.name ?? ''}`;
}

/**
 * SetDefaults_NetworkPolicy (pkg/apis/networking/v1/defaults.go): without policyTypes a policy
 * affects Ingress, and Egress too when it has egress rules. The apiserver stores the defaulted
 * list; applying the rule here as well keeps hand-built clusters honest.
 */
export function policyTypesOf(policy: NetworkPolicy): readonly Direction[] {
  const stated = policy.spec?.policyTypes ?? [];
  if (stated.length > 0) return stated.filter((type): type is Direction => type === 'Ingress' || type === 'Egress');
  return (policy.spec?.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/**
 * The policies in the Pod's namespace whose `spec.podSelector` matches its labels; a missing or
 * empty podSelector selects every Pod of the namespace (types.go NetworkPolicySpec.podSelector).
 */
export function policiesSelecting(cluster: Cluster, pod: Entry<Pod>): readonly SelectingPolicy[] {
  const namespace = namespaceOf(pod.object);
  return cluster.networkPolicies
    .filter((policy) => namespaceOf(policy.object) === namespace)
    .filter((policy) => selectorMatches(labelSelectorAsSelector(policy.object.spec?.podSelector ?? {}), pod.object.metadata?.labels))
    .map((policy) => {
      const types = policyTypesOf(policy.object);
      return { name: policyName(policy), policy, ingress: types.includes('Ingress'), egress: types.includes('Egress') };
    });
}
