/**
 * The shape of the generated decode schema (`schema-data.ts`, written by `scripts/gen-schema.ts`).
 *
 * It describes each served kind the way Go's encoding/json sees the versioned API struct: which
 * JSON fields exist, and what Go type each one decodes into. That is all strict decoding needs,
 * and it is small: struct definitions are shared by reference.
 */

/**
 * A leaf type, as the decoder treats it:
 * - `string`, `int32`, `int64`, `float64`, `bool`: Go scalars (a named Go type such as
 *   `v1.Protocol` follows after `|`, e.g. `string|v1.Protocol`, because Go prints that name);
 * - `intOrString`, `quantity`, `time`, `microTime`: types with their own UnmarshalJSON
 *   (intstr.IntOrString, resource.Quantity, metav1.Time, metav1.MicroTime);
 * - `bytes`: `[]byte`, base64 in JSON;
 * - `any`: runtime.RawExtension, apiextensions JSON and the JSONSchemaProps unions: any JSON value.
 */
export type ScalarType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'float64'
  | 'bool'
  | 'intOrString'
  | 'quantity'
  | 'time'
  | 'microTime'
  | 'bytes'
  | 'any';

/**
 * A field's type: a scalar (`string`, or `string|v1.Protocol` with its Go name), a struct
 * reference (`#core/v1.ServicePort`), a list (`['[]', item]`) or a map with string keys
 * (`['{}', value]`, or `['{}', value, 'v1.ResourceList']` when Go names the map type).
 */
export type FieldType = string | readonly ['[]', FieldType] | readonly ['{}', FieldType] | readonly ['{}', FieldType, string];

/** A Go struct: its JSON field names and their types. The key names the Go package and type. */
export type StructDef = Readonly<Record<string, FieldType>>;

export interface SchemaData {
  /** `group/version/Kind` (`v1/Service` for the core group) → struct key of its Go type. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Struct key (`core/v1.ServicePort`: kubernetes-types module, then Go type name) → fields. */
  readonly defs: Readonly<Record<string, StructDef>>;
}
