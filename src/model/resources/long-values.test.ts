import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property.ts';
import { invalid } from './field-error.ts';
import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors, labelValueErrors, qualifiedNameErrors, wildcardDns1123SubdomainErrors } from './names.ts';

/** The formats as Go writes them (validation.go), for comparison on short strings. */
const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const GO_FORMATS = {
  dns1123Label: new RegExp(`^(?:${LABEL})$`),
  dns1123Subdomain: new RegExp(`^(?:${LABEL}(\\.${LABEL})*)$`),
  dns1035Label: /^(?:[a-z]([-a-z0-9]*[a-z0-9])?)$/,
  wildcard: new RegExp(`^(?:\\*\\.${LABEL}(\\.${LABEL})*)$`),
  labelValue: /^(?:(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?)$/,
};

const formatError = (errors: readonly string[]): boolean => errors.some((e) => e.includes('regex used for validation') || e === 'must not contain dots');

describe('name formats without regular expressions', () => {
  const short = fc.array(fc.constantFrom('a', 'z', '0', '9', '-', '.', '_', '*', 'A', 'é', ' '), { maxLength: 12 }).map((c) => c.join(''));

  it('accept exactly what Go\'s regular expressions accept', () => {
    fc.assert(
      fc.property(short, (value) => {
        expect(formatError(dns1123LabelErrors(value))).toBe(!GO_FORMATS.dns1123Label.test(value));
        expect(formatError(dns1123SubdomainErrors(value))).toBe(!GO_FORMATS.dns1123Subdomain.test(value));
        expect(formatError(dns1035LabelErrors(value))).toBe(!GO_FORMATS.dns1035Label.test(value));
        expect(formatError(wildcardDns1123SubdomainErrors(value))).toBe(!GO_FORMATS.wildcard.test(value));
        expect(formatError(labelValueErrors(value))).toBe(!GO_FORMATS.labelValue.test(value));
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  it.each([
    ['a subdomain of 2.5 million labels', 'a.'.repeat(2_500_000) + 'a', dns1123SubdomainErrors, ['must be no more than 253 characters']],
    ['a label of 5 million characters', 'a-'.repeat(2_500_000) + 'a', dns1123LabelErrors, ['must be no more than 63 characters']],
    ['a qualified name with a 5 MB prefix', `${'a.'.repeat(2_500_000)}a/name`, qualifiedNameErrors, ['prefix part must be no more than 253 characters']],
  ])('checks %s in linear time, with the API server\'s length message', (_name, value, check, expected) => {
    expect(check(value)).toEqual(expected);
  });

  it('reports both of Go\'s errors when a long value is also malformed', () => {
    const errors = dns1123SubdomainErrors(`${'a.'.repeat(200)}A`);
    expect(errors[0]).toBe('must be no more than 253 characters');
    expect(errors[1]).toMatch(/^a lowercase RFC 1123 subdomain must consist of/);
  });
});

describe('a long bad value in a message', () => {
  it('is printed whole up to 1,024 characters, as the API server prints it', () => {
    const value = 'x'.repeat(1_024);
    expect(invalid('spec.externalName', value, 'bad').message).toBe(`Invalid value: "${value}": bad`);
  });

  it('is cut past that, saying how long it was, without splitting a surrogate pair', () => {
    expect(invalid('f', 'ab'.repeat(1_000), 'bad').message).toBe(`Invalid value: "${'ab'.repeat(32)}…" (2000 characters): bad`);
    expect(invalid('f', `${'a'.repeat(63)}\u{1F600}${'a'.repeat(2_000)}`, 'bad').message).toBe(`Invalid value: "${'a'.repeat(63)}…" (2065 characters): bad`);
  });
});
