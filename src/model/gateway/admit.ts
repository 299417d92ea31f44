/**
 * Creating a Gateway API object, as kube-apiserver's custom resource handler does
 * (k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go and
 * pkg/registry/customresource/strategy.go, validator.go):
 * 1. decode: fields the schema does not declare fail the request under kubectl's strict field
 *    validation (structural.ts unknownFields);
 * 2. default from the schema (structural.ts applyDefaults);
 * 3. PrepareForCreate: the status subresource is not writable on create, so the status sent is
 *    dropped (and defaulted again on read: a Gateway no controller has seen says
 *    `Waiting for controller`); metadata.generation starts at 1;
 * 4. validate: ObjectMeta (names are DNS subdomains, validator.go Validate), the OpenAPI schema,
 *    then the CEL rules.
 * A dumped object is stored state: decoded, defaulted and validated, its status kept.
 */
import type { FieldError } from '../diagnostics.ts';
import type { KubeObject } from '../objects.ts';
import { nameIsDnsSubdomain } from '../resources/names.ts';
import { validateObjectMeta } from '../resources/validate-meta.ts';
import type { GatewayKind } from './kinds.ts';
import { preferredVersion } from './kinds.ts';
import { applyDefaults, unknownFields, validateCustomResource } from './structural.ts';

export type GatewayAdmission =
  | { readonly ok: true; readonly object: KubeObject }
  | { readonly ok: false; readonly stage: 'decode' | 'validate'; readonly errors: readonly FieldError[] };

export function admitGatewayObject(object: KubeObject, kind: GatewayKind, stored: boolean): GatewayAdmission {
  const { schema } = kind.crd;
  const unknown = unknownFields(object, schema);
  if (unknown.length > 0) return { ok: false, stage: 'decode', errors: unknown };

  const { status, ...rest } = object;
  const sent: KubeObject = stored && status !== undefined ? { ...rest, status } : rest;
  const defaulted = applyDefaults(sent, schema) as KubeObject;
  const metadata = { ...defaulted.metadata, generation: defaulted.metadata.generation ?? 1 };

  const errors = [
    ...validateObjectMeta(defaulted.metadata, nameIsDnsSubdomain, kind.info.namespaced),
    ...validateCustomResource(defaulted, schema),
  ];
  if (errors.length > 0) return { ok: false, stage: 'validate', errors };
  return { ok: true, object: { ...defaulted, apiVersion: preferredVersion(kind.crd), metadata } };
}
