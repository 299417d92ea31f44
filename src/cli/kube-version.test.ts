/**
 * --kube-version: every rule of src/model/versions/rules.ts, each shown by one manifest that a
 * command answers differently on the last version before the change and the first one after it.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const NOW = '2025-01-01T12:00:00Z';

const web = (spec: string, extra = ''): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
${spec}${extra}`;

const DEPLOYMENT = `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

const PORTS = '  ports:\n  - port: 80\n';

async function kse(argv: readonly string[], text: string): Promise<{ code: number; out: string; err: string }> {
  const io = createMemoryIO({ 'm.yaml': text }, { now: NOW });
  const code = await run([...argv, '-f', 'm.yaml'], io);
  return { code, out: io.out(), err: io.err() };
}

interface CheckJson {
  valid: boolean;
  kubeVersion: string;
  input: string;
  errors: { field: string; message: string }[];
  warnings: { field: string; message: string }[];
}

async function check(version: string, text: string): Promise<CheckJson> {
  const { out } = await kse(['check', '-o', 'json', '--kube-version', version], text);
  return JSON.parse(out) as CheckJson;
}

const messages = (list: readonly { field: string; message: string }[]): string[] => list.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));

async function getJson<T>(version: string, argv: readonly string[], text: string): Promise<T> {
  const { out } = await kse(['get', ...argv, '-o', 'json', '--kube-version', version], text);
  return JSON.parse(out) as T;
}

interface Slice {
  endpoints: { nodeName?: string; hints?: { forZones?: { name: string }[]; forNodes?: { name: string }[] } }[];
}

describe('kse --kube-version', () => {
  it('says the default and the supported range in --help, and refuses other versions', async () => {
    const help = createMemoryIO({});
    await run(['--help'], help);
    expect(help.out()).toContain('Kubernetes versions: 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36 (--kube-version 1.N on every command; default 1.36).');
    const { code, err } = await kse(['get', 'svc', '--kube-version', '1.28'], web(PORTS));
    expect(code).toBe(2);
    expect(err).toBe('error: invalid argument "1.28" for "--kube-version" flag: supported versions are 1.29–1.36 (1.N)\nSee \'kse --help\' for usage.\n');
  });

  it.each(['check', 'get', 'describe', 'dns', 'trace', 'proxy', 'render'])('is a flag of kse %s', async (command) => {
    const io = createMemoryIO({});
    await run([command, '--help'], io);
    expect(io.out()).toContain('--kube-version 1.N');
  });

  it('check -o json says which version and input mode it used', async () => {
    const report = await check('1.33', web(PORTS));
    expect({ kubeVersion: report.kubeVersion, input: report.input }).toEqual({ kubeVersion: '1.33', input: 'manifest' });
    const byDefault = JSON.parse((await kse(['check', '-o', 'json'], web(PORTS))).out) as CheckJson;
    expect(byDefault.kubeVersion).toBe('1.36');
  });
});

describe('what changes between versions', () => {
  it('trafficDistributionField (1.30): unknown to 1.29, so strict decoding refuses the Service', async () => {
    const text = web(PORTS, '  trafficDistribution: PreferClose\n');
    expect(await check('1.29', text)).toMatchObject({ valid: false, errors: [{ field: 'spec.trafficDistribution', message: 'unknown field "spec.trafficDistribution"' }] });
    expect((await check('1.30', text)).valid).toBe(true);
  });

  it('trafficDistributionOn (1.31): 1.30 drops the field on write, 1.31 keeps it and hints every endpoint for its zone', async () => {
    const text = web(PORTS, '  trafficDistribution: PreferClose\n') + DEPLOYMENT;
    const stored = async (version: string) => (await getJson<{ spec: { trafficDistribution?: string } }>(version, ['svc', 'web'], text)).spec.trafficDistribution;
    expect(await stored('1.30')).toBeUndefined();
    expect(await stored('1.31')).toBe('PreferClose');
    const zoneHints = async (version: string) => (await getJson<{ items: Slice[] }>(version, ['endpointslices', '-l', 'kubernetes.io/service-name=web'], text)).items
      .flatMap((slice) => slice.endpoints.map((endpoint) => endpoint.hints?.forZones?.length ?? 0));
    expect(await zoneHints('1.30')).toEqual([0, 0, 0, 0]);
    expect(await zoneHints('1.31')).toEqual([1, 1, 1, 1]);
  });

  it('preferSameTrafficDistribution (1.34): PreferSameNode is refused by 1.33, and from 1.34 keeps a Node\'s traffic on its own endpoints', async () => {
    const text = web(PORTS, '  trafficDistribution: PreferSameNode\n') + DEPLOYMENT;
    expect(messages((await check('1.33', text)).errors)).toEqual(['spec.trafficDistribution: Unsupported value: "PreferSameNode": supported values: "PreferClose"']);
    expect((await check('1.34', text)).valid).toBe(true);
    const slices = await getJson<{ items: Slice[] }>('1.34', ['endpointslices', '-l', 'kubernetes.io/service-name=web'], text);
    const endpoints = slices.items.flatMap((slice) => slice.endpoints);
    for (const endpoint of endpoints) expect(endpoint.hints?.forNodes).toEqual([{ name: endpoint.nodeName }]);
    // A Node that runs an endpoint sends its Service traffic only there.
    const node = endpoints[0]?.nodeName ?? '';
    const { out } = await kse(['trace', 'web', '--node', node, '-o', 'json', '--kube-version', '1.34'], text);
    const backends = (JSON.parse(out) as { backends: { target: string }[] }).backends;
    const onNode = endpoints.filter((endpoint) => endpoint.nodeName === node).length;
    expect(backends).toHaveLength(onNode);
    expect(onNode).toBeLessThan(endpoints.length);
  });

  it('preferCloseDeprecated (1.35): PreferClose draws a warning', async () => {
    const text = web(PORTS, '  trafficDistribution: PreferClose\n') + DEPLOYMENT;
    expect((await check('1.34', text)).warnings).toEqual([]);
    expect(messages((await check('1.35', text)).warnings)).toEqual(['spec.trafficDistribution: "PreferClose" is deprecated; use "PreferSameZone"']);
  });

  it('loadBalancerIPMode (1.30): 1.29 stores the load-balancer address without ipMode', async () => {
    const text = web('  type: LoadBalancer\n' + PORTS);
    const ingress = async (version: string) => (await getJson<{ status: { loadBalancer: { ingress: Record<string, string>[] } } }>(version, ['svc', 'web'], text)).status.loadBalancer.ingress;
    expect(Object.keys((await ingress('1.29'))[0] ?? {})).toEqual(['ip']);
    expect((await ingress('1.30'))[0]?.ipMode).toBe('VIP');
  });

  it('loadBalancerIPMode (1.30): a dump\'s ipMode is dropped on 1.29 and kept from 1.30', async () => {
    const text = web('  type: LoadBalancer\n  clusterIP: 10.96.0.50\n' + PORTS, 'status:\n  loadBalancer:\n    ingress:\n    - ip: 192.0.2.10\n      ipMode: Proxy\n');
    const mode = async (version: string) => (await getJson<{ status: { loadBalancer: { ingress: Record<string, string>[] } } }>(version, ['svc', 'web', '--input', 'dump'], text)).status.loadBalancer.ingress[0]?.ipMode;
    expect(await mode('1.29')).toBeUndefined();
    expect(await mode('1.30')).toBe('Proxy');
  });

  it('endpointsDeprecated (1.33): v1 Endpoints draw the apiserver\'s deprecation warning', async () => {
    const text = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: external\nsubsets:\n- addresses:\n  - ip: 192.0.2.1\n  ports:\n  - port: 80\n';
    expect((await check('1.32', text)).warnings).toEqual([]);
    expect(messages((await check('1.33', text)).warnings)).toEqual(['v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice']);
  });

  it('externalIPsDeprecated (1.36): spec.externalIPs draws a warning', async () => {
    const text = web(PORTS, '  externalIPs:\n  - 192.0.2.20\n') + DEPLOYMENT;
    expect((await check('1.35', text)).warnings).toEqual([]);
    expect(messages((await check('1.36', text)).warnings)).toEqual(['spec.externalIPs is deprecated and may no longer be implemented in some clusters']);
  });

  it('kubeletPortOnLoadBalancer (1.33): a LoadBalancer may expose port 10250 from 1.33 on', async () => {
    const text = web('  type: LoadBalancer\n  ports:\n  - port: 10250\n');
    expect(messages((await check('1.32', text)).errors)).toEqual(['spec.ports[0]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet']);
    expect((await check('1.33', text)).valid).toBe(true);
  });

  it('nftablesProxyMode (1.31): kube-proxy 1.30 refuses --mode nftables', async () => {
    const text = web(PORTS) + DEPLOYMENT;
    const before = await kse(['proxy', '--mode', 'nftables', '--kube-version', '1.30'], text);
    expect(before.code).toBe(1);
    expect(before.err).toMatch(/^error: KubeProxyConfiguration\.ProxyMode: Invalid value: "nftables": must be iptables, ipvs or blank \(blank means the best-available proxy \[currently iptables\]\)/);
    const after = await kse(['proxy', '--mode', 'nftables', '--kube-version', '1.31'], text);
    expect(after.code).toBe(0);
    expect(after.out).toContain('table ip kube-proxy');
  });

  it('each version\'s kubeadm CoreDNS image and Node release', async () => {
    const text = web(PORTS);
    const image = async (version: string) => (await getJson<{ spec: { template: { spec: { containers: { image: string }[] } } } }>(version, ['deploy', 'coredns', '-n', 'kube-system'], text)).spec.template.spec.containers[0]?.image;
    expect(await image('1.30')).toBe('registry.k8s.io/coredns/coredns:v1.11.1');
    expect(await image('1.31')).toBe('registry.k8s.io/coredns/coredns:v1.11.3');
    expect(await image('1.36')).toBe('registry.k8s.io/coredns/coredns:v1.14.2');
    const nodes = await kse(['get', 'nodes', '--kube-version', '1.29'], text);
    expect(nodes.out).toContain('v1.29.15');
  });
});
