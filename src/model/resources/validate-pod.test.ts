import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

function messages(spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'web-0' }): string[] {
  const pod = defaultObject({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'default', ...metadata }, spec });
  return validateObject(pod, DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

const LABEL_RE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('ValidatePod, the parts the model uses', () => {
  it('a valid Pod', () => {
    expect(messages({ hostname: 'web-0', subdomain: 'web', containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 80 }] }] })).toEqual([]);
  });

  it.each([
    ['no containers', {}, ['spec.containers: Required value']],
    ['container name missing', { containers: [{ image: 'nginx' }] }, ['spec.containers[0].name: Required value']],
    ['container image missing', { containers: [{ name: 'web' }] }, ['spec.containers[0].image: Required value']],
    ['duplicate container names', { containers: [{ name: 'web', image: 'a' }, { name: 'web', image: 'b' }] }, ['spec.containers[1].name: Duplicate value: "web"']],
    ['port name not an IANA_SVC_NAME', { containers: [{ name: 'web', image: 'a', ports: [{ name: 'HTTP', containerPort: 80 }] }] }, ['spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain at least one letter (a-z)']],
    ['duplicate port names', { containers: [{ name: 'web', image: 'a', ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] }] }, ['spec.containers[0].ports[1].name: Duplicate value: "http"']],
    ['containerPort missing', { containers: [{ name: 'web', image: 'a', ports: [{ name: 'http' }] }] }, ['spec.containers[0].ports[0].containerPort: Required value']],
    ['containerPort out of range', { containers: [{ name: 'web', image: 'a', ports: [{ containerPort: 65536 }] }] }, ['spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive']],
    ['hostPort out of range', { containers: [{ name: 'web', image: 'a', ports: [{ containerPort: 80, hostPort: 70000 }] }] }, ['spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive']],
    ['port protocol', { containers: [{ name: 'web', image: 'a', ports: [{ containerPort: 80, protocol: 'tcp' }] }] }, ['spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"']],
    ['hostname', { hostname: 'Web_0', containers: [{ name: 'web', image: 'a' }] }, [`spec.hostname: Invalid value: "Web_0": ${LABEL_RE}`]],
    ['subdomain with dots', { subdomain: 'web.default', containers: [{ name: 'web', image: 'a' }] }, ['spec.subdomain: Invalid value: "web.default": must not contain dots']],
    ['restartPolicy', { restartPolicy: 'Sometimes', containers: [{ name: 'web', image: 'a' }] }, ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"']],
    ['dnsPolicy', { dnsPolicy: 'ClusterLast', containers: [{ name: 'web', image: 'a' }] }, ['spec.dnsPolicy: Unsupported value: "ClusterLast": supported values: "ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"']],
  ])('%s', (_name, spec, expected) => {
    expect(messages(spec)).toEqual(expected);
  });

  it('Pod name is a DNS-1123 subdomain; generateName is checked with its trailing dash masked', () => {
    const spec = { containers: [{ name: 'web', image: 'a' }] };
    expect(messages(spec, { name: 'web.0' })).toEqual([]);
    expect(messages(spec, { name: 'Web' })[0]).toMatch(/^metadata\.name: Invalid value: "Web": a lowercase RFC 1123 subdomain/);
    expect(messages(spec, { generateName: 'web-' })).toEqual(['metadata.name: Required value: name or generateName is required']);
  });

  it.each([
    ['label key', { labels: { 'example.com/app': 'x', '/app': 'y' } }, ['metadata.labels: Invalid value: "/app": prefix part must be non-empty']],
    ['label value too long', { labels: { app: 'a'.repeat(64) } }, [`metadata.labels: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`]],
    ['annotation key', { annotations: { 'bad key': 'x' } }, [expect.stringMatching(/^metadata\.annotations: Invalid value: "bad key": name part must consist/) as unknown as string]],
    ['annotations over 256 kB', { annotations: { big: 'x'.repeat(262145) } }, ['metadata.annotations: Too long: must have at most 262144 bytes']],
    ['namespace format', { namespace: 'Team_A' }, [expect.stringMatching(/^metadata\.namespace: Invalid value: "Team_A": a lowercase RFC 1123 label/) as unknown as string]],
    ['finalizer not qualified', { finalizers: ['cleanup'] }, ['metadata.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified']],
  ])('ObjectMeta: %s', (_name, meta, expected) => {
    expect(messages({ containers: [{ name: 'web', image: 'a' }] }, { name: 'web-0', ...meta })).toEqual(expected);
  });
});
