import { describe, expect, it } from 'vitest';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  fqdnErrors,
  labelValueErrors,
  nameIsDnsSubdomain,
  portNameErrors,
  portNumErrors,
  qualifiedNameErrors,
  wildcardDns1123SubdomainErrors,
} from './names.ts';

const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_REGEX =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('names (k8s.io/apimachinery/pkg/util/validation)', () => {
  it.each([
    ['my-name', []],
    ['123-abc', []],
    ['My-Name', [LABEL_REGEX]],
    ['a.b', ['must not contain dots']],
    ['a'.repeat(64), ['must be no more than 63 characters']],
  ])('IsDNS1123Label(%j)', (value, errs) => expect(dns1123LabelErrors(value)).toEqual(errs));

  it.each([
    ['example.com', []],
    ['Example.com', [SUBDOMAIN_REGEX]],
    ['a'.repeat(254), ['must be no more than 253 characters']],
  ])('IsDNS1123Subdomain(%j)', (value, errs) => expect(dns1123SubdomainErrors(value)).toEqual(errs));

  it.each([
    ['my-svc', []],
    ['1abc', [DNS1035_REGEX]],
    ['my_svc', [DNS1035_REGEX]],
  ])('IsDNS1035Label(%j)', (value, errs) => expect(dns1035LabelErrors(value)).toEqual(errs));

  it('IsWildcardDNS1123Subdomain', () => {
    expect(wildcardDns1123SubdomainErrors('*.example.com')).toEqual([]);
    expect(wildcardDns1123SubdomainErrors('*.*.example.com')[0]).toMatch(/^a wildcard DNS-1123 subdomain must start with '\*\.'/);
  });

  it.each([
    ['app', []],
    ['example.com/app', []],
    ['/app', ['prefix part must be non-empty']],
    ['example.com/', ['name part must be non-empty', expect.stringMatching(/^name part must consist of alphanumeric/)]],
    ['a/b/c', [expect.stringMatching(/^a qualified name must consist of alphanumeric characters.*with an optional DNS subdomain prefix and '\/' \(e\.g\. 'example\.com\/MyName'\)$/)]],
    ['-app', ["name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"]],
  ])('IsQualifiedName(%j)', (value, errs) => expect(qualifiedNameErrors(value)).toEqual(errs));

  it.each([
    ['', []],
    ['v1.2_3', []],
    ['-x', ["a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"]],
  ])('IsValidLabelValue(%j)', (value, errs) => expect(labelValueErrors(value)).toEqual(errs));

  it.each([
    ['http', []],
    ['8080', ['must contain at least one letter (a-z)']],
    ['HTTP', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
    ['a--b', ['must not contain consecutive hyphens']],
    ['-ab', ['must not begin or end with a hyphen']],
    ['abcdefghijklmnop', ['must be no more than 15 characters']],
  ])('IsValidPortName(%j)', (value, errs) => expect(portNameErrors(value)).toEqual(errs));

  it.each([[0], [65536], [1.5]])('IsValidPortNum(%j) fails', (n) => expect(portNumErrors(n)).toEqual(['must be between 1 and 65535, inclusive']));

  it('NameIsDNSSubdomain masks a generateName trailing dash', () => {
    expect(nameIsDnsSubdomain('web-', true)).toEqual([]);
    expect(nameIsDnsSubdomain('web-', false)).toEqual([SUBDOMAIN_REGEX]);
  });

  it.each([
    ['example.com', undefined],
    ['example.com.', undefined],
    ['localhost', { value: 'localhost', detail: 'should be a domain with at least two segments separated by dots' }],
    ['', 'required'],
  ])('IsFullyQualifiedDomainName(%j)', (value, result) => expect(fqdnErrors(value)).toEqual(result));
});
