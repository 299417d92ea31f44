/**
 * The parts of a CustomResourceDefinition the simulated API server reads: discovery (names,
 * scope, versions), `kubectl get` columns, and the structural schema that defaulting and
 * validation walk (k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1 types.go).
 */

/** JSONSchemaProps, only the keywords the Gateway API CRDs use. */
export interface CrdSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly properties?: Readonly<Record<string, CrdSchema>>;
  readonly additionalProperties?: CrdSchema | boolean;
  readonly items?: CrdSchema;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly format?: string;
  readonly default?: unknown;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly oneOf?: readonly CrdSchema[];
  readonly anyOf?: readonly CrdSchema[];
  readonly not?: CrdSchema;
  readonly 'x-kubernetes-validations'?: readonly CelRule[];
  readonly 'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  readonly 'x-kubernetes-list-map-keys'?: readonly string[];
  readonly 'x-kubernetes-map-type'?: string;
  readonly 'x-kubernetes-int-or-string'?: boolean;
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
}

/** A CEL rule as the generator keeps it: its message (the rule text is evaluated by cel-rules.ts, keyed by message). */
export interface CelRule {
  readonly message?: string;
  readonly messageExpression?: string;
  readonly fieldPath?: string;
  readonly reason?: string;
}

export interface PrinterColumn {
  readonly name: string;
  readonly type: string;
  readonly jsonPath: string;
  readonly priority?: number;
}

export interface CrdInfo {
  readonly group: string;
  readonly kind: string;
  readonly plural: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly namespaced: boolean;
  /** Served versions, storage version among them. */
  readonly versions: readonly string[];
  readonly storageVersion: string;
  readonly printerColumns: readonly PrinterColumn[];
  readonly schema: CrdSchema;
}
