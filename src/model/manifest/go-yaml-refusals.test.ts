import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse.ts';

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n';

const read = (data: string) => {
  const { objects, diagnostics } = parseManifests([{ name: 'k.yaml', text: CONFIG_MAP + data }]);
  return { objects: objects.length, errors: diagnostics.map((d) => `${d.range.line}:${d.range.column} ${d.message}`) };
};

describe('mapping keys kubectl cannot turn into JSON', () => {
  it.each([
    ['a mapping as key', '  ? {a: 1}\n  : x\n', '6:5 error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{"a":1}'],
    ['a sequence as key', '  ? [a, b]\n  : x\n', '6:5 error converting YAML to JSON: yaml: invalid map key: []interface {}{"a", "b"}'],
    ['a one-item flow sequence as implicit key', '  [a]: x\n', '6:3 error converting YAML to JSON: yaml: invalid map key: []interface {}{"a"}'],
    ['an alias of a mapping as key', '  m: &m {b: [1, yes]}\n  *m : x\n', '7:3 error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{"b":[]interface {}{1, true}}'],
    ['a null key', '  null: x\n', '6:3 error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"'],
    ['a ~ key with a mapping value', '  ~: {a: 1}\n', '6:3 error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: map[interface {}]interface {}{"a":1}'],
  ])('refuses %s with go-yaml\'s words, at the key', (_name, data, error) => {
    expect(read(data)).toEqual({ objects: 0, errors: [error] });
  });

  it('reports a collection key before a null key, as go-yaml decodes before sigs.k8s.io/yaml converts', () => {
    expect(read('  null: x\n  ? [a]\n  : y\n').errors).toEqual(['7:5 error converting YAML to JSON: yaml: invalid map key: []interface {}{"a"}']);
  });

  it.each([
    ['a question mark inside a value', '  q: "what ? now"\n  r: is it ? yes\n'],
    ['numbers and booleans as keys, which become strings', '  1: a\n  1.5: b\n  yes: c\n'],
    ['a flow sequence of mappings as a value', '  v: [{a: 1}, {b: 2}]\n'],
    ['a quoted "null" key', '  "null": x\n'],
  ])('lets %s through', (_name, data) => {
    expect(read(data)).toEqual({ objects: 1, errors: [] });
  });
});
