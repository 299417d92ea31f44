/**
 * Golden outputs of `kse` over src/examples/: each case's command, exit code, stdout and stderr
 * in src/cli/testdata/NAME.txt. Regenerate with `UPDATE_GOLDENS=1 npx vitest run src/cli`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testdata = join(root, 'src', 'cli', 'testdata');
const EXAMPLES = 'src/examples';
const NOW = '2025-01-01T12:00:00Z';

const exampleFiles = readdirSync(join(root, EXAMPLES))
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const files: Record<string, string> = Object.fromEntries(exampleFiles.map((file) => [`${EXAMPLES}/${file}`, readFileSync(join(root, EXAMPLES, file), 'utf8')]));

const example = (name: string): string => `${EXAMPLES}/${name}.yaml`;

interface GoldenCase {
  readonly name: string;
  readonly argv: readonly string[];
}

const perExample: GoldenCase[] = exampleFiles.flatMap((file) => {
  const base = file.replace(/\.yaml$/, '');
  // The Gateway API examples are about a cluster that has its CRDs, as the explorer assumes for them.
  const crds = base.startsWith('gateway-') ? ['--gateway-api'] : [];
  return [
    { name: `check--${base}`, argv: ['check', ...crds, '-f', `${EXAMPLES}/${file}`] },
    { name: `get-svc-ep-endpointslices--${base}`, argv: ['get', 'svc,ep,endpointslices', '-A', ...crds, '-f', `${EXAMPLES}/${file}`] },
  ];
});

const chosen: GoldenCase[] = [
  { name: 'check-json--scenario-validation-errors', argv: ['check', '-o', 'json', '-f', example('scenario-validation-errors')] },
  { name: 'check--all-examples', argv: ['check', '--gateway-api', '-f', EXAMPLES] },
  { name: 'get-svc-wide--all-examples', argv: ['get', 'svc', '-A', '-o', 'wide', '--gateway-api', '-f', EXAMPLES] },
  { name: 'get-pods-wide--scenario-not-ready-and-terminating', argv: ['get', 'pods', '-o', 'wide', '-f', example('scenario-not-ready-and-terminating')] },
  { name: 'get-pods--scenario-statefulset-dns', argv: ['get', 'po', '-f', example('scenario-statefulset-dns')] },
  { name: 'get-workloads--guide-01-fraud-detection', argv: ['get', 'deploy,rs,po', '-n', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'get-sts--guide-07-cassandra-headless', argv: ['get', 'sts', '-A', '-o', 'wide', '-f', example('guide-07-cassandra-headless')] },
  { name: 'get-ing--guide-13-saas-ingress', argv: ['get', 'ing', '-A', '-f', example('guide-13-saas-ingress')] },
  { name: 'get-nodes-wide--scenario-many-endpoints', argv: ['get', 'nodes', '-o', 'wide', '-f', example('scenario-many-endpoints')] },
  { name: 'get-ns--scenario-port-conflict', argv: ['get', 'ns', '-f', example('scenario-port-conflict')] },
  { name: 'get-svc-yaml--guide-01-fraud-detection', argv: ['get', 'svc', 'fraud-detection', '-n', 'fintech', '-o', 'yaml', '-f', example('guide-01-fraud-detection')] },
  { name: 'get-svc-json--guide-10-mysql-external', argv: ['get', 'service', 'mysql-external', '-n', 'db', '-o', 'json', '-f', example('guide-10-mysql-external')] },
  { name: 'get-endpointslices-yaml--scenario-named-ports', argv: ['get', 'endpointslices', '-o', 'yaml', '-f', example('scenario-named-ports')] },
  { name: 'get-name-selector--scenario-dual-stack', argv: ['get', 'svc,deploy', '-l', 'app', '-o', 'name', '-f', example('scenario-dual-stack')] },
  { name: 'get-missing--guide-09-crm-api', argv: ['get', 'svc', 'nope', '-n', 'sales', '-f', example('guide-09-crm-api')] },
  { name: 'get-empty--guide-09-crm-api', argv: ['get', 'pods', '-n', 'sales', '-f', example('guide-09-crm-api')] },
  { name: 'describe-svc--guide-01-fraud-detection', argv: ['describe', 'svc', 'fraud-detection', '-n', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'describe-svc--guide-07-cassandra-headless', argv: ['describe', 'svc', 'cassandra-headless', '-n', 'database', '-f', example('guide-07-cassandra-headless')] },
  { name: 'describe-svc--guide-10-mysql-external', argv: ['describe', 'svc', 'mysql-external', '-n', 'db', '-f', example('guide-10-mysql-external')] },
  { name: 'describe-svc--guide-12-api-service-slice', argv: ['describe', 'svc', 'api-service', '-n', 'api', '-f', example('guide-12-api-service-slice')] },
  { name: 'describe-svc--scenario-named-ports', argv: ['describe', 'svc', 'web', '-f', example('scenario-named-ports')] },
  { name: 'describe-svc-prefix--scenario-not-ready-and-terminating', argv: ['describe', 'svc', 'web', '-f', example('scenario-not-ready-and-terminating')] },
  { name: 'describe-svc-all--scenario-traffic-policies', argv: ['describe', 'svc', '-f', example('scenario-traffic-policies')] },
  { name: 'dns-a--guide-01-fraud-detection', argv: ['dns', 'fraud-detection.fintech.svc.cluster.local', '-f', example('guide-01-fraud-detection')] },
  { name: 'dns-from--guide-01-fraud-detection', argv: ['dns', 'fraud-detection', '--from', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'dns-headless--guide-07-cassandra-headless', argv: ['dns', 'cassandra-headless.database.svc.cluster.local', '-f', example('guide-07-cassandra-headless')] },
  { name: 'dns-cname--guide-10-mysql-external', argv: ['dns', 'mysql-external.db.svc.cluster.local', '--type', 'CNAME', '-f', example('guide-10-mysql-external')] },
  { name: 'dns-srv-json--scenario-named-ports', argv: ['dns', '_http._tcp.web.default.svc.cluster.local', '--type', 'SRV', '-o', 'json', '-f', example('scenario-named-ports')] },
  { name: 'dns-nxdomain--scenario-statefulset-dns', argv: ['dns', 'nope.default.svc.cluster.local', '-f', example('scenario-statefulset-dns')] },
  { name: 'trace--guide-01-fraud-detection', argv: ['trace', 'fraud-detection', '-n', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'trace-json--guide-03-debug-ui', argv: ['trace', 'debug-ui', '-n', 'monitoring', '-o', 'json', '-f', example('guide-03-debug-ui')] },
  { name: 'trace-lb--guide-06-checkout-service', argv: ['trace', 'svc/checkout-service', '-n', 'ecommerce', '-f', example('guide-06-checkout-service')] },
  { name: 'trace-headless--guide-07-cassandra-headless', argv: ['trace', 'cassandra-headless', '-n', 'database', '-f', example('guide-07-cassandra-headless')] },
  { name: 'trace-json--guide-10-mysql-external', argv: ['trace', 'mysql-external', '-n', 'db', '-o', 'json', '-f', example('guide-10-mysql-external')] },
  { name: 'trace-missing--guide-01-fraud-detection', argv: ['trace', 'nope', '-n', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'trace-json--scenario-named-ports', argv: ['trace', 'web', '-o', 'json', '-f', example('scenario-named-ports')] },
  { name: 'trace-drop--scenario-traffic-policies', argv: ['trace', 'echo-nodeport', '--node', 'worker-3', '-f', example('scenario-traffic-policies')] },
  { name: 'trace-ingress--guide-13-saas-ingress', argv: ['trace', '--via', 'ingress', '--host', 'app.example.com', '--path', '/api', '-f', example('guide-13-saas-ingress')] },
  { name: 'trace-ingress-json--guide-13-saas-ingress', argv: ['trace', '--via', 'ingress', '--host', 'app.example.com', '--path', '/api', '-o', 'json', '-f', example('guide-13-saas-ingress')] },
  { name: 'trace-ingress-no-match--guide-13-saas-ingress', argv: ['trace', '--via', 'ingress', '--host', 'app.example.com', '--path', '/apix', '-o', 'json', '-f', example('guide-13-saas-ingress')] },
  { name: 'trace-name--guide-01-fraud-detection', argv: ['trace', 'fraud-detection', '-n', 'fintech', '--name', 'fraud-detection', '-f', example('guide-01-fraud-detection')] },
  { name: 'trace-pod--scenario-traffic-policies', argv: ['trace', 'echo-lb', '--via', 'clusterip', '--from', 'pod/echo-2', '-f', example('scenario-traffic-policies')] },
  { name: 'proxy--guide-03-debug-ui', argv: ['proxy', '-f', example('guide-03-debug-ui')] },
  { name: 'proxy-ipvs--guide-03-debug-ui', argv: ['proxy', '--mode', 'ipvs', '-f', example('guide-03-debug-ui')] },
  { name: 'proxy-nftables--guide-03-debug-ui', argv: ['proxy', '--mode', 'nftables', '-f', example('guide-03-debug-ui')] },
  { name: 'proxy--scenario-traffic-policies', argv: ['proxy', '-f', example('scenario-traffic-policies')] },
  { name: 'proxy-node3--scenario-traffic-policies', argv: ['proxy', '--node', 'worker-3', '-f', example('scenario-traffic-policies')] },
  { name: 'proxy-json--scenario-traffic-policies', argv: ['proxy', '-o', 'json', '-f', example('scenario-traffic-policies')] },
  { name: 'render-mermaid--guide-13-saas-ingress', argv: ['render', '--format', 'mermaid', '-f', example('guide-13-saas-ingress')] },
  { name: 'render-mermaid-service--guide-06-checkout-service', argv: ['render', '--service', 'ecommerce/checkout-service', '-o', '-', '--format', 'mermaid', '-f', example('guide-06-checkout-service')] },
  { name: 'render-mermaid--scenario-many-endpoints', argv: ['render', '--format', 'mermaid', '-f', example('scenario-many-endpoints')] },
  { name: 'render-svg-service--guide-01-fraud-detection', argv: ['render', '--service', 'fraud-detection', '-n', 'fintech', '-f', example('guide-01-fraud-detection')] },
  { name: 'render-missing--guide-01-fraud-detection', argv: ['render', '--service', 'fintech/nope', '-f', example('guide-01-fraud-detection')] },
  { name: 'proxy-missing-node--guide-03-debug-ui', argv: ['proxy', '--node', 'nope', '-f', example('guide-03-debug-ui')] },
];

async function render(argv: readonly string[]): Promise<string> {
  const io = createMemoryIO(files, { now: NOW });
  const code = await run(argv, io);
  return `$ kse ${argv.join(' ')}\nexit: ${code}\n--- stdout\n${io.out()}--- stderr\n${io.err()}`;
}

describe('kse goldens', () => {
  it.each([...perExample, ...chosen].map((c) => [c.name, c] as const))('%s', async (_name, golden) => {
    const actual = await render(golden.argv);
    const path = join(testdata, `${golden.name}.txt`);
    if (process.env.UPDATE_GOLDENS === '1') {
      mkdirSync(testdata, { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `missing golden ${path}; run UPDATE_GOLDENS=1 npx vitest run src/cli`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
