import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

function messages(obj: KubeObject): string[] {
  return validateObject(defaultObject(obj), DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

const ingress = (spec: Record<string, unknown>, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'web', namespace: 'default', ...(annotations ? { annotations } : {}) },
  spec,
});
const backend = { service: { name: 'web', port: { number: 80 } } };
const rule = (host: string, paths: unknown[]): unknown => ({ host, http: { paths } });

describe('ValidateIngressCreate (pkg/apis/networking/validation)', () => {
  it('valid, wildcard host and TLS included', () => {
    expect(messages(ingress({ ingressClassName: 'nginx', rules: [rule('*.example.com', [{ path: '/', pathType: 'Prefix', backend }])], tls: [{ hosts: ['*.example.com'], secretName: 'tls' }] }))).toEqual([]);
  });
  it.each([
    ['neither rules nor defaultBackend', {}, ['spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified']],
    ['pathType missing (no default in v1)', { rules: [rule('a.com', [{ path: '/', backend }])] }, ['spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified']],
    ['unknown pathType', { rules: [rule('a.com', [{ path: '/', pathType: 'Regex', backend }])] }, ['spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"']],
    ['relative Prefix path', { rules: [rule('a.com', [{ path: 'api', pathType: 'Prefix', backend }])] }, ['spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path']],
    ['path with //', { rules: [rule('a.com', [{ path: '/a//b', pathType: 'Exact', backend }])] }, ["spec.rules[0].http.paths[0].path: Invalid value: \"/a//b\": must not contain '//'"]],
    ['path ending in /..', { rules: [rule('a.com', [{ path: '/a/..', pathType: 'Prefix', backend }])] }, ["spec.rules[0].http.paths[0].path: Invalid value: \"/a/..\": cannot end with '/..'"]],
    ['empty paths', { rules: [{ host: 'a.com', http: { paths: [] } }] }, ['spec.rules[0].http.paths: Required value']],
    ['host is an IP', { rules: [rule('10.0.0.1', [{ path: '/', pathType: 'Prefix', backend }])] }, ['spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address']],
    ['bad wildcard', { rules: [rule('*.*.example.com', [{ path: '/', pathType: 'Prefix', backend }])] }, [expect.stringMatching(/^spec\.rules\[0\]\.host: Invalid value: "\*\.\*\.example\.com": a wildcard DNS-1123 subdomain must start with/) as unknown as string]],
    ['backend without service name', { defaultBackend: { service: { port: { number: 80 } } } }, ['spec.defaultBackend.service.name: Required value']],
    ['backend service name not DNS-1035', { defaultBackend: { service: { name: '1web', port: { number: 80 } } } }, [expect.stringMatching(/^spec\.defaultBackend\.service\.name: Invalid value: "1web": a DNS-1035 label/) as unknown as string]],
    ['backend without port', { defaultBackend: { service: { name: 'web' } } }, ['spec.defaultBackend: Required value: port name or number is required']],
    ['backend with both port forms', { defaultBackend: { service: { name: 'web', port: { name: 'http', number: 80 } } } }, ['spec.defaultBackend: Invalid value: "": cannot set both port name & port number']],
    ['backend port number', { defaultBackend: { service: { name: 'web', port: { number: 70000 } } } }, ['spec.defaultBackend.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive']],
    ['backend neither service nor resource', { defaultBackend: {} }, ['spec.defaultBackend: Invalid value: "": resource or service backend is required']],
    ['TLS host', { defaultBackend: backend, tls: [{ hosts: ['Example.com'] }] }, [expect.stringMatching(/^spec\.tls\[0\]\.hosts\[0\]: Invalid value: "Example\.com": a lowercase RFC 1123 subdomain/) as unknown as string]],
  ])('%s', (_name, spec, expected) => {
    expect(messages(ingress(spec))).toEqual(expected);
  });
  it('ingress.class annotation must match ingressClassName', () => {
    expect(messages(ingress({ ingressClassName: 'nginx', defaultBackend: backend }, { 'kubernetes.io/ingress.class': 'traefik' }))).toEqual([
      'annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified',
    ]);
  });
});

describe('ValidateIngressClass', () => {
  const cls = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec });
  it.each([
    ['valid', { controller: 'k8s.io/ingress-nginx' }, []],
    ['controller missing', {}, ['spec.controller: Required value']],
    ['controller without a domain', { controller: 'nginx' }, ['spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")']],
    ['namespaced parameters without namespace', { controller: 'a.io/b', parameters: { kind: 'Cfg', name: 'x', scope: 'Namespace' } }, ["spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'"]],
    ['parameters scope', { controller: 'a.io/b', parameters: { kind: 'Cfg', name: 'x', scope: 'Global' } }, ['spec.parameters.scope: Unsupported value: "Global": supported values: "Cluster", "Namespace"']],
  ])('%s', (_name, spec, expected) => {
    expect(messages(cls(spec))).toEqual(expected);
  });
});

describe('ValidateNetworkPolicy', () => {
  const np = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'default' }, spec });
  it.each([
    ['valid', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 80, endPort: 90 }] }] }, []],
    ['peer with nothing', { podSelector: {}, ingress: [{ from: [{}] }] }, ['spec.ingress[0].from[0]: Required value: must specify a peer']],
    ['ipBlock with a selector', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] }, ['spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer']],
    ['except outside cidr', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }] }] }, ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`']],
    ['invalid cidr', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0' } }] }] }, ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']],
    ['endPort below port', { podSelector: {}, ingress: [{ ports: [{ port: 90, endPort: 80 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 80: must be greater than or equal to `port`']],
    ['endPort with a named port', { podSelector: {}, ingress: [{ ports: [{ port: 'http', endPort: 80 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 80: may not be specified when `port` is non-numeric']],
    ['protocol', { podSelector: {}, ingress: [{ ports: [{ protocol: 'ICMP' }] }] }, ['spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"']],
    ['policyTypes value', { podSelector: {}, policyTypes: ['Both'] }, ['spec.policyTypes[0]: Unsupported value: "Both": supported values: "Ingress", "Egress"']],
    ['three policyTypes', { podSelector: {}, policyTypes: ['Ingress', 'Egress', 'Egress'] }, ['spec.policyTypes: Invalid value: []networking.PolicyType{"Ingress", "Egress", "Egress"}: may not specify more than two policyTypes']],
  ])('%s', (_name, spec, expected) => {
    expect(messages(np(spec))).toEqual(expected);
  });
});
