/**
 * NetworkPolicy verdicts as the NetworkPolicy API defines them (networking.k8s.io/v1): which
 * policies isolate a Pod, and whether a flow between two ends is allowed.
 */
export { networkPolicyVerdict } from './verdict.ts';
export { policiesSelecting, policyTypesOf, type SelectingPolicy } from './select.ts';
export type { DirectionVerdict, FlowQuestion, Peer, PolicyVerdict } from './types.ts';
