/**
 * Generates src/model/resources/schema/schema-data.ts: for every served kind, the tree of JSON
 * fields and Go types that kube-apiserver's strict decoder checks (see strict-decode.ts).
 *
 * Run: `npx tsx scripts/gen-schema.ts`.
 *
 * The source is the kubernetes-types 1.30.0 declaration files, read with the TypeScript compiler
 * API. They lose three things Go keeps, which this script adds back by hand (tables in
 * gen-schema-patches.ts): the integer width (every number is `number`), Go's named scalar types
 * (`v1.Protocol`, printed in decode errors) and `[]byte` fields; and they predate v1.31, whose new
 * fields are patched in as declaration snippets.
 *
 * Two phases; gen-editor-schemas.ts reuses the first to emit the editor's JSON Schemas:
 * 1. readApiModel: every interface of every module → an ApiModel (fields, types, descriptions);
 * 2. toDecodeSchema: the structs reachable from the served kinds → compact SchemaData.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { SERVED_KINDS } from '../src/model/resources/schema/served-kinds.ts';
import type { FieldType, SchemaData, StructDef } from '../src/model/resources/schema/schema-types.ts';
import { BYTES_FIELDS, GO_NAMED_TYPES, NUMBER_FORMATS, V131_PATCHES } from './gen-schema-patches.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES_DIR = join(ROOT, 'node_modules/kubernetes-types');
const OUT = join(ROOT, 'src/model/resources/schema/schema-data.ts');

/** A field type in the intermediate model: closer to TypeScript than to the emitted schema. */
export type ApiType =
  | { readonly kind: 'keyword'; readonly name: 'string' | 'number' | 'boolean' }
  | { readonly kind: 'intOrString' }
  | { readonly kind: 'ref'; readonly module: string; readonly name: string }
  | { readonly kind: 'array'; readonly item: ApiType }
  | { readonly kind: 'map'; readonly value: ApiType };

export interface ApiField {
  readonly name: string;
  readonly type: ApiType;
  readonly optional: boolean;
  readonly description: string;
}

export interface ApiStruct {
  readonly module: string;
  readonly name: string;
  readonly description: string;
  readonly fields: ApiField[];
}

/** Every interface and type alias of the modules read: `module.Name` → struct or alias. */
export interface ApiModel {
  readonly structs: Map<string, ApiStruct>;
  readonly aliases: Map<string, ApiType>;
}

/** Type aliases and empty interfaces whose Go type has its own UnmarshalJSON. */
export const SPECIAL_TYPES: Readonly<Record<string, string>> = {
  'api/resource.Quantity': 'quantity',
  'meta/v1.Time': 'time',
  'meta/v1.MicroTime': 'microTime',
  'runtime.RawExtension': 'any',
  'meta/v1.FieldsV1': 'any',
  'apiextensions/v1.JSON': 'any',
  'apiextensions/v1.JSONSchemaPropsOrArray': 'any',
  'apiextensions/v1.JSONSchemaPropsOrBool': 'any',
  'apiextensions/v1.JSONSchemaPropsOrStringArray': 'any',
};

// ---- phase 1: declarations → ApiModel -------------------------------------------------------

export function readApiModel(modules: readonly string[]): ApiModel {
  const model: ApiModel = { structs: new Map(), aliases: new Map() };
  const pending = [...modules];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const module = pending.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    const text = readFileSync(join(TYPES_DIR, `${module}.d.ts`), 'utf8');
    pending.push(...readModule(model, module, text));
  }
  for (const patch of V131_PATCHES) {
    readModule(model, patch.module, patch.declarations);
    for (const [struct, fields] of Object.entries(patch.remove ?? {})) {
      const def = model.structs.get(`${patch.module}.${struct}`)!;
      def.fields.splice(0, def.fields.length, ...def.fields.filter((f) => !fields.includes(f.name)));
    }
  }
  return model;
}

/** Adds a module's declarations to the model (merging into existing interfaces); returns its imports. */
function readModule(model: ApiModel, module: string, text: string): string[] {
  const source = ts.createSourceFile(`${module}.d.ts`, text, ts.ScriptTarget.Latest, true);
  const imports = new Map<string, string>();
  const importedModules: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = join(dirname(module), statement.moduleSpecifier.text).replaceAll('\\', '/');
      importedModules.push(target);
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, target);
      }
    }
  }
  const moduleOf = (name: string): string => imports.get(name) ?? module;
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const key = `${module}.${statement.name.text}`;
      const struct = model.structs.get(key) ?? {
        module,
        name: statement.name.text,
        description: docOf(statement),
        fields: [],
      };
      model.structs.set(key, struct);
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = member.name.getText(source).replace(/^"(.*)"$/, '$1');
        struct.fields.push({ name, type: toApiType(member.type, moduleOf), optional: member.questionToken !== undefined, description: docOf(member) });
      }
    } else if (ts.isTypeAliasDeclaration(statement) && !(`${module}.${statement.name.text}` in SPECIAL_TYPES)) {
      model.aliases.set(`${module}.${statement.name.text}`, toApiType(statement.type, moduleOf));
    }
  }
  return importedModules;
}

function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
    .join('\n');
}

function toApiType(node: ts.TypeNode, moduleOf: (name: string) => string): ApiType {
  if (node.kind === ts.SyntaxKind.StringKeyword || ts.isLiteralTypeNode(node)) return { kind: 'keyword', name: 'string' };
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'keyword', name: 'number' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { kind: 'keyword', name: 'boolean' };
  if (ts.isUnionTypeNode(node)) {
    const kinds = node.types.map((t) => t.kind).sort();
    if (kinds.join() === [ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.StringKeyword].sort().join()) return { kind: 'intOrString' };
  }
  if (ts.isArrayTypeNode(node)) return { kind: 'array', item: toApiType(node.elementType, moduleOf) };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    if (name === 'Array' && node.typeArguments?.length === 1) return { kind: 'array', item: toApiType(node.typeArguments[0]!, moduleOf) };
    return { kind: 'ref', module: moduleOf(name), name };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return { kind: 'map', value: toApiType(index.type, moduleOf) };
  }
  throw new Error(`unsupported type: ${ts.SyntaxKind[node.kind]} ${node.getText()}`);
}

// ---- phase 2: ApiModel → SchemaData -----------------------------------------------------------

/** kubernetes-types module of an apiVersion: the group's first DNS label (core for ""), then the version. */
export function moduleOfApiVersion(apiVersion: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return `${group === '' ? 'core' : group!.split('.')[0]!}/${version!}`;
}

function toDecodeSchema(model: ApiModel): SchemaData {
  const kinds: Record<string, string> = {};
  const defs: Record<string, StructDef> = {};
  const visit = (key: string): void => {
    if (key in defs) return;
    const struct = model.structs.get(key);
    if (!struct) throw new Error(`no declaration for ${key}`);
    const fields: Record<string, FieldType> = {};
    defs[key] = fields;
    for (const field of struct.fields) {
      fields[field.name] = toFieldType(model, `${struct.name}.${field.name}`, field.type, visit);
    }
  };
  for (const info of SERVED_KINDS) {
    const key = `${moduleOfApiVersion(info.apiVersion)}.${info.kind}`;
    visit(key);
    kinds[`${info.apiVersion}/${info.kind}`] = key;
  }
  const sortedDefs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { kinds, defs: sortedDefs };
}

/** Keys of the hand-written tables that matched a field: a key that matches none is a typo. */
const usedTableKeys = new Set<string>();

/** `where` is `Struct.field`, the key of the hand-written tables. */
function toFieldType(model: ApiModel, where: string, type: ApiType, visit: (key: string) => void): FieldType {
  usedTableKeys.add(where);
  const named = GO_NAMED_TYPES[where];
  switch (type.kind) {
    case 'keyword': {
      if (BYTES_FIELDS.includes(where)) return 'bytes';
      const scalar = type.name === 'number' ? (NUMBER_FORMATS[where] ?? 'int32') : type.name === 'boolean' ? 'bool' : 'string';
      return named ? `${scalar}|${named}` : scalar;
    }
    case 'intOrString':
      return 'intOrString';
    case 'array': {
      const item = toFieldType(model, where, type.item, visit);
      return ['[]', typeof item === 'string' && named ? `${item.split('|')[0]!}|${named}` : item];
    }
    case 'map': {
      const value = toFieldType(model, where, type.value, visit);
      return named ? ['{}', value, named] : ['{}', value];
    }
    case 'ref': {
      const key = `${type.module}.${type.name}`;
      const special = SPECIAL_TYPES[key];
      if (special) return special;
      const alias = model.aliases.get(key);
      if (alias) return toFieldType(model, where, alias, visit);
      visit(key);
      return `#${key}`;
    }
  }
}

// ---- output -------------------------------------------------------------------------------------

function render(schema: SchemaData): string {
  const lines = [
    '// Generated by scripts/gen-schema.ts from kubernetes-types 1.30.0 (+ v1.31 patches). Do not edit.',
    "import type { SchemaData } from './schema-types.ts';",
    '',
    'export const SCHEMA_DATA: SchemaData = {',
    `  kinds: ${JSON.stringify(schema.kinds)},`,
    '  defs: {',
    ...Object.entries(schema.defs).map(([key, def]) => `    ${JSON.stringify(key)}: ${JSON.stringify(def)},`),
    '  },',
    '};',
    '',
  ];
  return lines.join('\n');
}

/** The kubernetes-types modules of the served kinds; APIService comes from a patch instead. */
export function servedModules(): string[] {
  return [...new Set(SERVED_KINDS.map((info) => moduleOfApiVersion(info.apiVersion)))].filter((m) => !m.startsWith('apiregistration/'));
}

// Imported by gen-editor-schemas.ts for phase 1; writes only when run itself.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = readApiModel(servedModules());
  const schema = toDecodeSchema(model);
  const unused = [...Object.keys(NUMBER_FORMATS), ...Object.keys(GO_NAMED_TYPES), ...BYTES_FIELDS].filter((key) => !usedTableKeys.has(key));
  if (unused.length > 0) throw new Error(`table keys that match no field: ${unused.join(', ')}`);
  writeFileSync(OUT, render(schema));
  console.log(`wrote ${OUT}: ${Object.keys(schema.kinds).length} kinds, ${Object.keys(schema.defs).length} structs`);
}
