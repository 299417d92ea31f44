/// <reference types="vite/client" />
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../examples/index.ts';
import schemaJson from './kubernetes.schema.json';

interface Schema {
  readonly [keyword: string]: unknown;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly if?: Schema;
  readonly then?: Schema;
  readonly $ref?: string;
  readonly description?: string;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

const schema = schemaJson as Schema;
const texts = import.meta.glob<string>('../../../examples/*.yaml', { query: '?raw', import: 'default', eager: true });

/** The keywords the generator emits; any other one means this test no longer checks what it claims to. */
const KEYWORDS = new Set(['$comment', 'title', 'description', 'definitions', 'type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'const', 'anyOf', 'allOf', 'if', 'then', '$ref']);

function resolve(ref: string): Schema {
  if (ref === '#') return schema;
  const name = ref.replace(/^#\/definitions\//, '');
  const target = schema.definitions?.[name];
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  return target;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A validator for the keywords above, with JSON Schema's meaning (and monaco-yaml's: an `if` that
 * fails skips its `then`). Returns the problems as `path: what`, none when the value is valid.
 */
function validate(value: unknown, node: Schema, path = ''): string[] {
  for (const keyword of Object.keys(node)) if (!KEYWORDS.has(keyword)) throw new Error(`unexpected keyword ${keyword} at ${path}`);
  if (node.$ref) return validate(value, resolve(node.$ref), path);
  const problems: string[] = [];
  const actual = typeOf(value);
  const types = node.type === undefined ? undefined : typeof node.type === 'string' ? [node.type] : node.type;
  if (types && !types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  if (node.enum && !node.enum.includes(value)) problems.push(`${path}: ${String(value)} is not one of ${node.enum.join(', ')}`);
  if ('const' in node && node.const !== value) problems.push(`${path}: ${String(value)} is not ${String(node.const)}`);
  if (node.anyOf && node.anyOf.every((option) => validate(value, option, path).length > 0)) problems.push(`${path}: matches no alternative`);
  for (const part of node.allOf ?? []) problems.push(...validate(value, part, path));
  if (node.if && node.then && validate(value, node.if, path).length === 0) problems.push(...validate(value, node.then, path));
  if (actual === 'array' && node.items) (value as unknown[]).forEach((item, i) => problems.push(...validate(item, node.items!, `${path}[${i}]`)));
  if (actual === 'object') problems.push(...validateObject(value as Record<string, unknown>, node, path));
  return problems;
}

function validateObject(value: Record<string, unknown>, node: Schema, path: string): string[] {
  const problems = (node.required ?? []).filter((key) => !(key in value)).map((key) => `${path}: missing ${key}`);
  for (const [key, child] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    const property = node.properties?.[key];
    if (property) problems.push(...validate(child, property, where));
    else if (node.additionalProperties === false) problems.push(`${where}: unknown field`);
    else if (typeof node.additionalProperties === 'object') problems.push(...validate(child, node.additionalProperties, where));
  }
  return problems;
}

function documentsOf(file: string): unknown[] {
  const text = texts[`../../../examples/${file}`];
  if (text === undefined) throw new Error(`no example ${file}`);
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as unknown)
    .filter((doc) => doc !== null);
}

function branchOf(apiVersion: string, kind: string): Schema | undefined {
  const branch = schema.allOf?.find((b) => b.if?.properties?.apiVersion?.const === apiVersion && b.if.properties.kind?.const === kind);
  return branch?.then && resolve(branch.then.$ref!);
}

function propertyAt(root: Schema, path: readonly string[]): Schema {
  return path.reduce<Schema>((node, key) => {
    const target = node.$ref ? resolve(node.$ref) : node;
    const next = key === '[]' ? target.items : target.properties?.[key];
    if (!next) throw new Error(`no ${key} in ${path.join('.')}`);
    return next;
  }, root);
}

describe('the editor schema', () => {
  it.each([
    ['v1', 'Service'],
    ['v1', 'Pod'],
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'ReplicaSet'],
    ['apps/v1', 'StatefulSet'],
    ['apps/v1', 'DaemonSet'],
    ['v1', 'ReplicationController'],
    ['v1', 'Node'],
    ['v1', 'Namespace'],
    ['v1', 'Endpoints'],
    ['discovery.k8s.io/v1', 'EndpointSlice'],
    ['networking.k8s.io/v1', 'Ingress'],
    ['networking.k8s.io/v1', 'IngressClass'],
    ['networking.k8s.io/v1', 'NetworkPolicy'],
    ['v1', 'ConfigMap'],
    ['v1', 'Secret'],
    ['v1', 'ServiceAccount'],
    ['batch/v1', 'Job'],
    ['batch/v1', 'CronJob'],
    ['v1', 'List'],
  ])('checks %s %s against its own definition', (apiVersion, kind) => {
    const definition = branchOf(apiVersion, kind);
    expect(definition?.properties?.kind?.const).toBe(kind);
    expect(definition?.properties?.apiVersion?.const).toBe(apiVersion);
    expect(definition?.additionalProperties).toBe(false);
  });

  it('offers exactly the four Service types', () => {
    expect(propertyAt(branchOf('v1', 'Service')!, ['spec', 'type']).enum).toEqual(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
  });

  it.each([
    [['spec', 'ports', '[]', 'protocol'], ['TCP', 'UDP', 'SCTP']],
    [['spec', 'ipFamilies', '[]'], ['IPv4', 'IPv6']],
    [['spec', 'externalTrafficPolicy'], ['Cluster', 'Local']],
  ])('overlays the enum of Service %j', (path, values) => {
    expect(propertyAt(branchOf('v1', 'Service')!, path).enum).toEqual(values);
  });

  it('describes Service.spec.ports for hover, down to targetPort, an int or a string', () => {
    const ports = propertyAt(branchOf('v1', 'Service')!, ['spec', 'ports']);
    expect(ports.description).toMatch(/ports that are exposed by this service/);
    const targetPort = propertyAt(ports, ['[]', 'targetPort']);
    expect(targetPort.description).toMatch(/Number or name of the port/);
    expect(targetPort.anyOf?.map((option) => option.type)).toEqual(['integer', 'string']);
  });

  it('describes every property of every definition', () => {
    const bare = Object.entries(schema.definitions!).flatMap(([name, definition]) =>
      Object.entries(definition.properties ?? {})
        .filter(([, property]) => !property.description)
        .map(([key]) => `${name}.${key}`),
    );
    expect(bare).toEqual([]);
  });

  it('resolves every $ref', () => {
    const refs = new Set<string>();
    JSON.stringify(schema, (key, value: unknown) => {
      // A CustomResourceDefinition's schema has a property named $ref: only strings are references.
      if (key === '$ref' && typeof value === 'string') refs.add(value);
      return value;
    });
    expect(refs.size).toBeGreaterThan(100);
    for (const ref of refs) expect(() => resolve(ref)).not.toThrow();
  });

  describe.each(EXAMPLES.filter((example) => !example.expectErrors))('example $id', ({ file }) => {
    it('has no schema warning', () => {
      const problems = documentsOf(file).flatMap((doc) => validate(doc, schema));
      expect(problems).toEqual([]);
    });
  });

  it('warns about a misspelt type, an unknown field and a label that is a number', () => {
    const doc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a', labels: { tier: 1 } }, spec: { type: 'NodePortt', prots: [] } };
    expect(validate(doc, schema)).toEqual([
      'metadata.labels.tier: integer is not string',
      'spec.type: NodePortt is not one of ClusterIP, NodePort, LoadBalancer, ExternalName',
      'spec.prots: unknown field',
    ]);
  });
});
