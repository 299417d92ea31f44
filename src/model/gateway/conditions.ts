/** metav1.Condition values the simulated Gateway controller writes, and the reasons the spec names. */
import type { Condition } from './types.ts';

/** The controller name this simulator writes into route status: it serves every GatewayClass (DESIGN.md). */
export function condition(type: string, ok: boolean, reason: string, message: string, now: string, generation: number): Condition {
  return { type, status: ok ? 'True' : 'False', reason, message, lastTransitionTime: now, observedGeneration: generation };
}

/** Route Accepted=False reasons (apis/v1/shared_types.go RouteConditionReason). */
export type RouteNotAccepted = 'NotAllowedByListeners' | 'NoMatchingListenerHostname' | 'NoMatchingParent' | 'UnsupportedValue';

/** Route ResolvedRefs=False reasons (shared_types.go). */
export type RouteRefReason = 'RefNotPermitted' | 'InvalidKind' | 'BackendNotFound' | 'UnsupportedProtocol';
