import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const files = { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n' };

// Usage errors exit 2 with kubectl's `error: …` line; failures the command reports exit 1.
describe('run: arguments', () => {
  it.each([
    { argv: [], code: 2, err: "error: a command is required\nSee 'kse --help' for usage.\n" },
    { argv: ['frobnicate'], code: 2, err: 'error: unknown command "frobnicate" for "kse"\nSee \'kse --help\' for usage.\n' },
    { argv: ['get', '--bogus'], code: 2, err: "error: unknown flag: --bogus\nSee 'kse get --help' for usage.\n" },
    { argv: ['get'], code: 2, err: "error: Required resource not specified.\nSee 'kse get --help' for usage.\n" },
    { argv: ['get', 'svc', '-o', 'table'], code: 2, err: 'error: unable to match a printer suitable for the output format "table", allowed formats are: json,name,wide,yaml\nSee \'kse get --help\' for usage.\n' },
    { argv: ['get', 'svc', 'web', '-A'], code: 2, err: "error: a resource cannot be retrieved by name across all namespaces\nSee 'kse get --help' for usage.\n" },
    { argv: ['get', 'svc', '-l', 'a in b'], code: 2, err: 'error: unable to parse requirement: "a in b"\nSee \'kse get --help\' for usage.\n' },
    { argv: ['get', 'widgets', '-f', 'svc.yaml'], code: 1, err: 'error: the server doesn\'t have a resource type "widgets"\n' },
    { argv: ['get', 'svc', '-f', 'missing.yaml'], code: 1, err: 'error: the path "missing.yaml" does not exist\n' },
    { argv: ['check'], code: 2, err: "error: must specify -f\nSee 'kse check --help' for usage.\n" },
    { argv: ['check', '-f', 'svc.yaml', '-o', 'yaml'], code: 2, err: 'error: unknown output format "yaml", allowed formats are: json\nSee \'kse check --help\' for usage.\n' },
    { argv: ['describe', 'pods'], code: 2, err: 'error: describe supports services only, not "pods"\nSee \'kse describe --help\' for usage.\n' },
    { argv: ['dns'], code: 2, err: "error: a NAME to resolve is required\nSee 'kse dns --help' for usage.\n" },
    { argv: ['dns', 'x', '--type', 'MX'], code: 2, err: 'error: unsupported record type "MX", supported: A, AAAA, SRV, CNAME, PTR, TXT\nSee \'kse dns --help\' for usage.\n' },
    { argv: ['trace'], code: 2, err: "error: a SERVICE to trace is required\nSee 'kse trace --help' for usage.\n" },
    { argv: ['trace', 'web', '--via', 'tunnel'], code: 2, err: 'error: unknown path "tunnel", allowed: clusterip, nodeport, loadbalancer, ingress, gateway\nSee \'kse trace --help\' for usage.\n' },
    { argv: ['trace', 'pod/web'], code: 2, err: 'error: "pod/web" is not a Service\nSee \'kse trace --help\' for usage.\n' },
    { argv: ['trace', 'web', '--host', 'a.example'], code: 2, err: "error: --host and --path go with --via ingress or gateway\nSee 'kse trace --help' for usage.\n" },
    { argv: ['trace', 'web', '--header', 'env=canary'], code: 2, err: "error: --header goes with --via gateway\nSee 'kse trace --help' for usage.\n" },
    { argv: ['trace', '--via', 'gateway', '--header', 'env'], code: 2, err: "error: --header takes NAME=VALUE, not \"env\"\nSee 'kse trace --help' for usage.\n" },
    { argv: ['trace', '--via', 'gateway', '--listener', 'http'], code: 2, err: "error: --listener takes a port number, not \"http\"\nSee 'kse trace --help' for usage.\n" },
    { argv: ['trace', 'web', '--via', 'nodeport', '-f', 'svc.yaml'], code: 1, err: 'error: service "web" is of type ClusterIP: it has no nodePort\n' },
    { argv: ['render', '--format', 'gif'], code: 2, err: 'error: unknown format "gif", allowed: svg, png, mermaid\nSee \'kse render --help\' for usage.\n' },
    { argv: ['render', '--format', 'png', '-f', 'svc.yaml'], code: 2, err: "error: PNG output needs a file: -o OUT.png\nSee 'kse render --help' for usage.\n" },
    { argv: ['render', '-o', 'web.png', '--theme', 'sepia'], code: 2, err: 'error: unknown theme "sepia", allowed: light, dark\nSee \'kse render --help\' for usage.\n' },
    { argv: ['render', '--service', 'default/nope', '-f', 'svc.yaml'], code: 1, err: 'Error from server (NotFound): services "nope" not found\n' },
    { argv: ['proxy', '--mode', 'userspace'], code: 2, err: 'error: unknown mode "userspace", allowed: iptables, ipvs, nftables\nSee \'kse proxy --help\' for usage.\n' },
  ])('$argv → exit $code', async ({ argv, code, err }) => {
    const io = createMemoryIO(files);
    expect(await run(argv, io)).toBe(code);
    expect(io.err()).toBe(err);
  });

  it.each(['check', 'get', 'describe', 'dns', 'trace', 'proxy', 'render'])('%s --help lists its usage and flags', async (command) => {
    const io = createMemoryIO(files);
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toContain(`Usage:\n  kse ${command} `);
    expect(io.out()).toContain('-f, --filename FILE|DIR|-');
  });

  it('--help lists every command', async () => {
    const io = createMemoryIO(files);
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Commands:\n {2}check +Validate.*\n {2}get +.*\n {2}describe +.*\n {2}dns +.*\n {2}trace +.*\n {2}proxy +.*\n {2}render +Draw/);
  });
});

const manifests = {
  'm/a.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: alpha\n  labels:\n    tier: web\nspec:\n  ports:\n  - port: 80\n',
  'm/b.yml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: beta\nspec:\n  type: NodePort\n  ports:\n  - port: 443\n    nodePort: 30443\n',
  'm/notes.txt': 'not a manifest',
};

// -f FILE|DIR|-: a directory contributes its *.yaml, *.yml and *.json files in name order.
describe('run: sources and commands', () => {
  it.each([
    { argv: ['get', 'svc', '-o', 'name', '-f', 'm'], stdin: '', out: 'service/alpha\nservice/beta\nservice/kubernetes\n' },
    { argv: ['get', 'svc', '-o', 'name', '-f', 'm/'], stdin: '', out: 'service/alpha\nservice/beta\nservice/kubernetes\n' },
    { argv: ['get', 'svc', '-l', 'tier=web', '-o', 'name', '-f', 'm'], stdin: '', out: 'service/alpha\n' },
    { argv: ['get', 'svc', '-l', '!tier', '-o', 'name', '-f', '-'], stdin: manifests['m/a.yaml'], out: 'service/kubernetes\n' },
    { argv: ['get', 'svc', 'beta', '-f', 'm'], stdin: '', out: /^NAME {3}TYPE {7}CLUSTER-IP +EXTERNAL-IP {3}PORT\(S\) {9}AGE\nbeta {3}NodePort {3}\S+ +<none> {8}443:30443\/TCP {3}0s\n$/ },
  ])('$argv', async ({ argv, stdin, out }) => {
    const io = createMemoryIO(manifests, { stdin, now: '2025-01-01T12:00:00Z' });
    expect(await run(argv, io)).toBe(0);
    if (typeof out === 'string') expect(io.out()).toBe(out);
    else expect(io.out()).toMatch(out);
  });

  it('describe of a missing Service is NotFound, exit 1', async () => {
    const io = createMemoryIO(manifests);
    expect(await run(['describe', 'svc', 'gamma', '-f', 'm'], io)).toBe(1);
    expect(io.err()).toBe('Error from server (NotFound): services "gamma" not found\n');
  });

  it('check reports a YAML error with its position and exits 1', async () => {
    const io = createMemoryIO({ 'bad.yaml': 'apiVersion: v1\nkind: Service\nmetadata: [\n' });
    expect(await run(['check', '-f', 'bad.yaml'], io)).toBe(1);
    expect(io.out()).toMatch(/^bad\.yaml:\d+:\d+: /);
  });

  it.each([
    { argv: ['render', '-f', 'm', '-o', 'out.svg'], path: 'out.svg', start: '<svg xmlns=' },
    { argv: ['render', '-f', 'm', '-o', 'diagram.mmd'], path: 'diagram.mmd', start: 'flowchart LR\n' },
    { argv: ['render', '-f', 'm', '--format', 'mermaid', '-o', 'out.txt'], path: 'out.txt', start: 'flowchart LR\n' },
  ])('render $argv writes $path', async ({ argv, path, start }) => {
    const io = createMemoryIO(manifests);
    expect(await run(argv, io)).toBe(0);
    expect(io.out()).toBe('');
    expect(String(io.written.get(path))).toMatch(new RegExp(`^${start}`));
  });

  it('render -o OUT.png writes a PNG twice the size of the SVG', async () => {
    const io = createMemoryIO(manifests);
    expect(await run(['render', '--service', 'beta', '-f', 'm', '-o', 'beta.png'], io)).toBe(0);
    expect(io.err()).toBe('');
    const png = io.written.get('beta.png');
    expect(png).toBeInstanceOf(Uint8Array);
    const bytes = png as Uint8Array;
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgIO = createMemoryIO(manifests);
    await run(['render', '--service', 'beta', '-f', 'm'], svgIO);
    const svgWidth = Number(/width="(\d+)"/.exec(svgIO.out())?.[1]);
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16)).toBe(2 * svgWidth);
  });

  it('check of valid manifests prints nothing and exits 0', async () => {
    const io = createMemoryIO(manifests);
    expect(await run(['check', '-f', 'm'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('');
  });
});

describe('run: --events', () => {
  const manifest = [
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-1\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-2\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n',
  ].join('---\n');

  it('applies the events on top of the manifests, as a share link’s ev= does', async () => {
    const io = createMemoryIO({ 'web.yaml': manifest, 'events.json': '[{"kind":"readiness","pod":"default/web-2","ready":false}]' });
    expect(await run(['get', 'endpoints', 'web', '-o', 'json', '-f', 'web.yaml', '--events', 'events.json'], io)).toBe(0);
    const subsets = (JSON.parse(io.out()) as { subsets: { addresses?: unknown[]; notReadyAddresses?: unknown[] }[] }).subsets;
    expect(subsets.map((s) => [s.addresses?.length ?? 0, s.notReadyAddresses?.length ?? 0])).toEqual([[1, 1]]);
  });

  it.each([
    { events: '{"kind":"drain"}', err: 'error: events.json: an entry is not a runtime event' },
    { events: '[{"kind":"drain","node":"worker-1"},{"kind":"explode"},{"kind":"scale"}]', err: 'error: events.json: 2 entries are not runtime events' },
  ])('refuses $events', async ({ events, err }) => {
    const io = createMemoryIO({ 'web.yaml': manifest, 'events.json': events });
    expect(await run(['get', 'pods', '-f', 'web.yaml', '--events', 'events.json'], io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^${err}`));
  });

  it('says when the events file cannot be read', async () => {
    const io = createMemoryIO({ 'web.yaml': manifest });
    expect(await run(['get', 'pods', '-f', 'web.yaml', '--events', 'nope.json'], io)).toBe(1);
    expect(io.err()).toBe('error: the events file "nope.json" does not exist or cannot be read\n');
  });
});
