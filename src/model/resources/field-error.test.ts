import { describe, expect, it } from 'vitest';
import { duplicate, fieldError, forbidden, invalid, notSupported, required, tooLong, tooMany } from './field-error.ts';
import { goSyntax } from './go-format.ts';

describe('fieldError message, as field.Error.ErrorBody() prints it', () => {
  it.each([
    ['Required omits the value', required('spec.ports'), 'Required value'],
    ['Required with detail', required('metadata.name', 'name or generateName is required'), 'Required value: name or generateName is required'],
    ['Invalid string is %q-quoted', invalid('metadata.name', 'My_Svc', 'bad'), 'Invalid value: "My_Svc": bad'],
    ['Invalid int is plain', invalid('spec.ports[0].port', 70000, 'must be between 1 and 65535, inclusive'), 'Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['Invalid bool is plain', invalid('x', true, 'd'), 'Invalid value: true: d'],
    ['nil prints as the quoted string "null"', invalid('x', null, 'd'), 'Invalid value: "null": d'],
    ['string escapes as strconv.Quote', invalid('x', 'a"b\n', 'd'), 'Invalid value: "a\\"b\\n": d'],
    ['[]string with %#v', invalid('spec.clusterIPs', ['a', 'b'], 'd'), 'Invalid value: []string{"a", "b"}: d'],
    ['map[string]string with sorted keys', invalid('x', { b: '2', a: '1' }, 'd'), 'Invalid value: map[string]string{"a":"1", "b":"2"}: d'],
    ['Go syntax passes through', duplicate('spec.ports[1]', goSyntax('core.ServicePort{}')), 'Duplicate value: core.ServicePort{}'],
    ['NotSupported lists quoted values', notSupported('spec.type', 'Foo', ['ClusterIP', 'NodePort']), 'Unsupported value: "Foo": supported values: "ClusterIP", "NodePort"'],
    ['NotSupported without values', notSupported('x', 'Foo', []), 'Unsupported value: "Foo"'],
    ['Forbidden omits the value', forbidden('spec.ports[0].nodePort', "may not be used when `type` is 'ClusterIP'"), "Forbidden: may not be used when `type` is 'ClusterIP'"],
    ['TooLong says bytes', tooLong('metadata.annotations', 262144), 'Too long: must have at most 262144 bytes'],
    ['TooMany prints the count', tooMany('endpoints', 1001, 1000), 'Too many: 1001: must have at most 1000 items'],
    ['Not found', fieldError('NotFound', 'x', 'y'), 'Not found: "y"'],
  ])('%s', (_name, error, message) => {
    expect(error.message).toBe(message);
  });

  it('keeps type, field, value and detail', () => {
    expect(invalid('spec.type', 'Foo', 'bad')).toEqual({ type: 'Invalid', field: 'spec.type', badValue: 'Foo', detail: 'bad', message: 'Invalid value: "Foo": bad' });
    expect(required('spec.ports')).toEqual({ type: 'Required', field: 'spec.ports', message: 'Required value' });
  });
});
