import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG as NEWEST_CONFIG, type ClusterConfig } from '../config.ts';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';
import { validateObject } from './validate.ts';

type Spec = Record<string, unknown>;

/**
 * A Service as ValidateService sees it: defaulted, then allocated the way the registry's
 * BeginCreate does (clusterIP(s), ipFamilies, ipFamilyPolicy, nodePorts, healthCheckNodePort).
 */
/** These cases are v1.31's apiserver; what later versions change is in src/model/versions/versions.test.ts. */
const DEFAULT_CONFIG: ClusterConfig = { ...NEWEST_CONFIG, kubeVersion: '1.31' };

function service(spec: Spec, metadata: Spec = {}): KubeObject {
  const defaulted = defaultObject({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', ...metadata }, spec });
  const s = { ...(defaulted.spec as Spec) };
  if (s.type !== 'ExternalName') {
    s.clusterIP ??= '10.96.0.20';
    s.clusterIPs ??= [s.clusterIP];
    s.ipFamilies ??= ['IPv4'];
    s.ipFamilyPolicy ??= 'SingleStack';
  }
  if (s.type === 'NodePort' || s.type === 'LoadBalancer') {
    s.ports = (s.ports as Spec[] | undefined)?.map((p, i) => ({ nodePort: 30080 + i, ...p }));
  }
  if (s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local') s.healthCheckNodePort ??= 32000;
  return { ...defaulted, spec: s };
}

const http = { name: 'http', port: 80, targetPort: 8080 };

function messages(obj: KubeObject): string[] {
  return validateObject(obj, DEFAULT_CONFIG).errors.map((e) => `${e.field}: ${e.message}`);
}

function warnings(obj: KubeObject): string[] {
  return validateObject(obj, DEFAULT_CONFIG).warnings.map((e) => (e.field === '' ? e.message : `${e.field}: ${e.message}`));
}

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const SERVICE_PORT_80 =
  'core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}';

describe('ValidateService accepts what the apiserver accepts', () => {
  it.each([
    ['ClusterIP', { selector: { app: 'web' }, ports: [http] }],
    ['headless', { clusterIP: 'None', selector: { app: 'web' }, ports: [http] }],
    ['headless without ports', { clusterIP: 'None', selector: { app: 'web' } }],
    ['NodePort', { type: 'NodePort', ports: [http] }],
    ['LoadBalancer, Local', { type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [http] }],
    ['ExternalName with a trailing dot', { type: 'ExternalName', externalName: 'db.example.com.' }],
    ['ClientIP affinity', { sessionAffinity: 'ClientIP', ports: [http] }],
    ['named targetPort', { ports: [{ port: 80, targetPort: 'http-alt' }] }],
    ['same port over TCP and UDP', { ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }] }],
    ['dual-stack', { ipFamilyPolicy: 'PreferDualStack', clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20', 'fd00::20'], ipFamilies: ['IPv4', 'IPv6'], ports: [http] }],
    ['trafficDistribution PreferClose', { trafficDistribution: 'PreferClose', ports: [http] }],
    ['externalIPs on ClusterIP', { externalIPs: ['203.0.113.10'], ports: [http] }],
    // Only type LoadBalancer refuses the kubelet port, and only as spec.ports[i].port.
    ['NodePort on the kubelet port', { type: 'NodePort', ports: [{ port: 10250 }] }],
    ['ClusterIP on the kubelet port', { ports: [{ port: 10250 }] }],
    ['LoadBalancer targeting the kubelet port', { type: 'LoadBalancer', ports: [{ port: 443, targetPort: 10250 }] }],
  ])('%s', (_name, spec) => {
    expect(messages(service(spec))).toEqual([]);
  });
});

describe('ValidateService rejects, in the apiserver words (pkg/apis/core/validation/validation.go)', () => {
  it.each<[string, Spec, string[], Spec?]>([
    ['name not a DNS-1035 label', { ports: [http] }, [`metadata.name: Invalid value: "1web": ${DNS1035}`], { name: '1web' }],
    ['name missing', { ports: [http] }, ['metadata.name: Required value: name or generateName is required'], { name: undefined }],
    ['no ports', {}, ['spec.ports: Required value']],
    ['a second port without a name', { ports: [http, { port: 443 }] }, ['spec.ports[1].name: Required value']],
    ['port name not a DNS label', { ports: [{ name: 'HTTP', port: 80 }] }, [`spec.ports[0].name: Invalid value: "HTTP": ${DNS1123_LABEL}`]],
    ['duplicate port names', { ports: [http, { name: 'http', port: 81 }] }, ['spec.ports[1].name: Duplicate value: "http"']],
    ['duplicate port and protocol', { ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80, targetPort: 81 }] }, [`spec.ports[1]: Duplicate value: ${SERVICE_PORT_80}`]],
    ['port out of range', { ports: [{ port: 70000, targetPort: 8080 }] }, [`spec.ports[0].port: Invalid value: 70000: ${PORT_RANGE}`]],
    ['targetPort out of range', { ports: [{ port: 80, targetPort: 70000 }] }, [`spec.ports[0].targetPort: Invalid value: 70000: ${PORT_RANGE}`]],
    ['targetPort a numeric string', { ports: [{ port: 80, targetPort: '8080' }] }, ['spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)']],
    ['targetPort name too long', { ports: [{ port: 80, targetPort: 'a-very-long-port-name' }] }, ['spec.ports[0].targetPort: Invalid value: "a-very-long-port-name": must be no more than 15 characters']],
    ['protocol', { ports: [{ port: 80, protocol: 'HTTP' }] }, ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"']],
    ['appProtocol', { ports: [{ port: 80, appProtocol: 'a/b/c' }] }, [expect.stringMatching(/^spec\.ports\[0\]\.appProtocol: Invalid value: "a\/b\/c": a qualified name must consist/)]],
    ['nodePort on ClusterIP', { ports: [{ port: 80, nodePort: 30080 }] }, ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    ['duplicate nodePort', { type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 81, nodePort: 30080 }] }, ['spec.ports[1].nodePort: Duplicate value: 30080']],
    ['headless LoadBalancer', { type: 'LoadBalancer', clusterIP: 'None', ports: [http] }, ["spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services"]],
    // ValidateService case LoadBalancer (v1.31; removed in v1.33 by kubernetes/kubernetes#129174).
    ['LoadBalancer on the kubelet port', { type: 'LoadBalancer', ports: [http, { name: 'kubelet', port: 10250 }] }, ['spec.ports[1]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet']],
    ['LoadBalancer on the kubelet port, headless too', { type: 'LoadBalancer', clusterIP: 'None', ports: [{ port: 10250, protocol: 'UDP' }] }, ['spec.ports[0]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet', "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services"]],
    ['headless NodePort', { type: 'NodePort', clusterIP: 'None', ports: [http] }, ["spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"]],
    ['ExternalName without externalName', { type: 'ExternalName' }, ['spec.externalName: Required value']],
    ['ExternalName not a subdomain', { type: 'ExternalName', externalName: 'DB_host' }, [`spec.externalName: Invalid value: "DB_host": ${SUBDOMAIN}`]],
    ['ExternalName with a clusterIP', { type: 'ExternalName', externalName: 'db.example.com', clusterIP: '10.96.0.5' }, ['spec.clusterIPs: Forbidden: may not be set for ExternalName services']],
    ['ExternalName with ipFamilies and policy', { type: 'ExternalName', externalName: 'a.b', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' }, ['spec.ipFamilies: Forbidden: may not be set for ExternalName services', 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services']],
    ['clusterIPs[0] differs from clusterIP', { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.21'], ports: [http] }, ['spec.clusterIPs: Invalid value: []string{"10.96.0.21"}: first value must match `clusterIP`']],
    ['invalid clusterIP', { clusterIP: '10.96.0.300', ports: [http] }, ['spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
    ['two IPv4 clusterIPs', { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20', '10.96.0.21'], ipFamilies: ['IPv4'], ports: [http] }, ['spec.clusterIPs: Invalid value: []string{"10.96.0.20", "10.96.0.21"}: may specify no more than one IP for each IP family']],
    ['three clusterIPs', { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20', 'fd00::1', '10.96.0.21'], ipFamilies: ['IPv4'], ports: [http] }, ['spec.clusterIPs: Invalid value: []string{"10.96.0.20", "fd00::1", "10.96.0.21"}: may only hold up to 2 values']],
    ['None not alone', { clusterIP: 'None', clusterIPs: ['None', 'fd00::1'], ports: [http] }, ['spec.clusterIPs: Invalid value: []string{"None", "fd00::1"}: \'None\' must be the first and only value']],
    ['clusterIP family differs from ipFamilies', { clusterIP: '10.96.0.20', ipFamilies: ['IPv6'], ports: [http] }, ['spec.clusterIPs[0]: Invalid value: "10.96.0.20": expected an IPv6 value as indicated by `ipFamilies[0]`']],
    ['unknown ipFamily', { ipFamilies: ['IPv5'], ports: [http] }, ['spec.ipFamilies[0]: Unsupported value: "IPv5": supported values: "IPv4", "IPv6"']],
    ['duplicate ipFamily', { ipFamilies: ['IPv4', 'IPv4'], ports: [http] }, ['spec.ipFamilies[1]: Duplicate value: "IPv4"']],
    ['unknown ipFamilyPolicy', { ipFamilyPolicy: 'DualStack', ports: [http] }, ['spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"']],
    ['externalIP invalid', { externalIPs: ['1.2.3'], ports: [http] }, ['spec.externalIPs[0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
    ['externalIP loopback', { externalIPs: ['127.0.0.1'], ports: [http] }, ['spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)']],
    ['externalIP unspecified', { externalIPs: ['0.0.0.0'], ports: [http] }, ['spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)']],
    ['externalIP link-local', { externalIPs: ['169.254.169.254'], ports: [http] }, ['spec.externalIPs[0]: Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)']],
    ['externalIP link-local multicast', { externalIPs: ['224.0.0.1'], ports: [http] }, ['spec.externalIPs[0]: Invalid value: "224.0.0.1": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)']],
    ['unknown type', { type: 'Headless', ports: [http] }, ['spec.type: Unsupported value: "Headless": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    ['unknown sessionAffinity', { sessionAffinity: 'Cookie', ports: [http] }, ['spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"']],
    ['ClientIP timeout 0', { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } }, ports: [http] }, ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400']],
    ['ClientIP timeout too long', { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } }, ports: [http] }, ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400']],
    ['selector label value', { selector: { app: 'web app' }, ports: [http] }, [expect.stringMatching(/^spec\.selector: Invalid value: "web app": a valid label must be an empty string/)]],
    ['loadBalancerSourceRanges on ClusterIP', { loadBalancerSourceRanges: ['10.0.0.0/8'], ports: [http] }, ["spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"]],
    ['loadBalancerSourceRanges invalid', { type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.0/33'], ports: [http] }, ['spec.LoadBalancerSourceRanges[0]: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']],
    ['allocateLoadBalancerNodePorts on NodePort', { type: 'NodePort', allocateLoadBalancerNodePorts: false, ports: [http] }, ["spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"]],
    ['loadBalancerClass on ClusterIP', { loadBalancerClass: 'example.com/lb', ports: [http] }, ["spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"]],
    ['loadBalancerClass not a qualified name', { type: 'LoadBalancer', loadBalancerClass: 'a/b/c', ports: [http] }, [expect.stringMatching(/^spec\.loadBalancerClass: Invalid value: "a\/b\/c": a qualified name/)]],
    ['externalTrafficPolicy on ClusterIP', { externalTrafficPolicy: 'Local', ports: [http] }, ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services']],
    ['unknown externalTrafficPolicy', { type: 'NodePort', externalTrafficPolicy: 'Global', ports: [http] }, ['spec.externalTrafficPolicy: Unsupported value: "Global": supported values: "Cluster", "Local"']],
    ['healthCheckNodePort on NodePort', { type: 'NodePort', healthCheckNodePort: 30500, ports: [http] }, ["spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"]],
    ['unknown internalTrafficPolicy', { internalTrafficPolicy: 'Node', ports: [http] }, ['spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"']],
    ['unknown trafficDistribution', { trafficDistribution: 'PreferSameNode', ports: [http] }, ['spec.trafficDistribution: Unsupported value: "PreferSameNode": supported values: "PreferClose"']],
    ['topology annotations disagree', { ports: [http] }, ['metadata.annotations[service.kubernetes.io/topology-mode]: Invalid value: "Auto": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified'], { annotations: { 'service.kubernetes.io/topology-mode': 'Auto', 'service.kubernetes.io/topology-aware-hints': 'auto' } }],
    ['source-ranges annotation on ClusterIP', { ports: [http] }, ["metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Forbidden: may only be used when `type` is 'LoadBalancer'"], { annotations: { 'service.beta.kubernetes.io/load-balancer-source-ranges': '10.0.0.0/8' } }],
  ])('%s', (_name, spec, expected, metadata) => {
    expect(messages(service(spec, metadata))).toEqual(expected);
  });

  it('port 0 fails on port and on the targetPort defaulted from it', () => {
    expect(messages(service({ ports: [{ port: 0 }] }))).toEqual([
      `spec.ports[0].port: Invalid value: 0: ${PORT_RANGE}`,
      `spec.ports[0].targetPort: Invalid value: 0: ${PORT_RANGE}`,
    ]);
  });

  it('fields the defaulting always fills are required when absent', () => {
    const raw: KubeObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'LoadBalancer', ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080 }], clusterIP: '10.96.0.20' } };
    expect(messages(raw)).toEqual([
      'spec.sessionAffinity: Required value',
      'allocateLoadBalancerNodePorts: Required value',
      'spec.externalTrafficPolicy: Required value',
      'spec.internalTrafficPolicy: Required value',
    ]);
  });
});

describe('GetWarningsForService (pkg/api/service/warnings.go)', () => {
  it.each<[string, Spec, string[], Spec?]>([
    ['none for a plain Service', { ports: [http] }, []],
    ['headless ignores loadBalancerIP, externalIPs and ClientIP', { clusterIP: 'None', loadBalancerIP: '1.2.3.4', externalIPs: ['1.2.3.5'], sessionAffinity: 'ClientIP', ports: [http] }, ['spec.loadBalancerIP is ignored for headless services', 'spec.externalIPs is ignored for headless services', 'spec.SessionAffinity is ignored for headless services']],
    // The deprecation warning for spec.externalIPs arrived in v1.36; v1.31 says nothing.
    ['externalIPs, without a warning in v1.31', { externalIPs: ['203.0.113.10'], ports: [http] }, []],
    ['non-standard clusterIP', { clusterIP: '010.096.000.020', ports: [http] }, ['spec.clusterIPs[0]: non-standard IP address "010.096.000.020" will be considered invalid in a future Kubernetes release: use "10.96.0.20"']],
    ['non-canonical IPv6 loadBalancerIP', { type: 'LoadBalancer', loadBalancerIP: '2001:DB8::1', ports: [http] }, ['spec.loadBalancerIP: IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")']],
    ['ambiguous source range', { type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.1/8'], ports: [http] }, ['spec.loadBalancerSourceRanges[0]: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)']],
    ['externalName on a ClusterIP Service', { externalName: 'db.example.com', ports: [http] }, ['spec.externalName is ignored when spec.type is not "ExternalName"']],
    ['externalIPs on ExternalName', { type: 'ExternalName', externalName: 'a.b', externalIPs: ['1.2.3.4'] }, ['spec.externalIPs is ignored when spec.type is "ExternalName"']],
    ['deprecated topology-aware-hints annotation', { ports: [http] }, ['annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead'], { annotations: { 'service.kubernetes.io/topology-aware-hints': 'auto' } }],
  ])('%s', (_name, spec, expected, metadata) => {
    expect(warnings(service(spec, metadata))).toEqual(expected);
  });

  it('a warning with a field path splits into field and message', () => {
    const [w] = validateObject(service({ clusterIP: '010.96.0.20', ports: [http] }), DEFAULT_CONFIG).warnings;
    expect(w?.field).toBe('spec.clusterIPs[0]');
    expect(w?.message).toBe('non-standard IP address "010.96.0.20" will be considered invalid in a future Kubernetes release: use "10.96.0.20"');
  });
});
