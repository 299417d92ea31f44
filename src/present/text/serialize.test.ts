import { describe, expect, it } from 'vitest';
import { toKubectlJson, toKubectlList, toKubectlYaml } from './serialize.ts';

// kubectl -o yaml: sigs.k8s.io/yaml over go-yaml v2 — sorted keys, YAML 1.1 quoting, unindented sequences.
describe('toKubectlYaml', () => {
  it.each([
    { name: 'keys sorted, sequences not indented', value: { spec: { ports: [{ port: 80, name: 'http' }] }, kind: 'Service' }, expected: 'kind: Service\nspec:\n  ports:\n  - name: http\n    port: 80\n' },
    { name: 'timestamps quoted', value: { creationTimestamp: '2025-01-01T12:00:00Z' }, expected: 'creationTimestamp: "2025-01-01T12:00:00Z"\n' },
    { name: 'YAML 1.1 booleans and numbers quoted', value: { a: 'true', b: 'yes', c: '80', d: 'y', e: '' }, expected: 'a: "true"\nb: "yes"\nc: "80"\nd: "y"\ne: ""\n' },
    { name: 'empty map and list', value: { a: {}, b: [] }, expected: 'a: {}\nb: []\n' },
    { name: 'undefined fields dropped, null kept', value: { a: undefined, b: null }, expected: 'b: null\n' },
    { name: 'the List envelope', value: toKubectlList([]), expected: 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n' },
  ])('$name', ({ value, expected }) => {
    expect(toKubectlYaml(value)).toBe(expected);
  });
});

// kubectl -o json: encoding/json MarshalIndent with four spaces; <, >, & escaped as \u003c, \u003e, \u0026.
describe('toKubectlJson', () => {
  it.each([
    { name: 'sorted keys, four spaces', value: { b: 1, a: [1] }, expected: '{\n    "a": [\n        1\n    ],\n    "b": 1\n}\n' },
    { name: 'HTML-safe escapes', value: { v: '<none> & more' }, expected: '{\n    "v": "\\u003cnone\\u003e \\u0026 more"\n}\n' },
  ])('$name', ({ value, expected }) => {
    expect(toKubectlJson(value)).toBe(expected);
  });
});
