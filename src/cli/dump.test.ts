/**
 * The CLI on a cluster dump: `--input`, the input mode in `kse check`'s summary and JSON, and the
 * dump's own values in `kse get`.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateDump, type DumpShape } from '../../bench/generate-dump.ts';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const SHAPE: DumpShape = { namespaces: 3, nodes: 4, services: 48, deployments: 24, podsPerDeployment: 3 };

interface Item {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: { clusterIPs?: string[]; selector?: Record<string, string>; ports?: { nodePort?: number }[] };
  status?: { podIP?: string; conditions?: { type: string; status: string }[] };
}

async function kse(files: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = createMemoryIO(files);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('kse on a kubectl get -o yaml dump', () => {
  const text = generateDump(SHAPE, { serverFields: 'managed' });
  const files = { 'dump.yaml': text };
  const items = (parse(text) as { items: Item[] }).items;
  const namespaced = (item: Item) => `${item.metadata.namespace ?? ''}/${item.metadata.name}`;

  it('the generated dump carries resourceVersion, uid and managedFields on every object, and none with serverFields none', () => {
    expect(items.every((item) => 'resourceVersion' in item.metadata && 'uid' in item.metadata && 'managedFields' in item.metadata)).toBe(true);
    const bare = (parse(generateDump(SHAPE, { serverFields: 'none' })) as { items: Item[] }).items;
    expect(bare.some((item) => 'resourceVersion' in item.metadata || 'uid' in item.metadata || 'managedFields' in item.metadata)).toBe(false);
  });

  it('check exits 0 and says the input was read as a dump', async () => {
    const { code, err } = await kse(files, 'check', '-f', 'dump.yaml');
    expect(code).toBe(0);
    expect(err).toContain(`input: dump (${items.length} objects loaded as the stored state of a running cluster)`);
    const json = await kse(files, 'check', '-o', 'json', '-f', 'dump.yaml');
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, errors: [], input: 'dump' });
  }, 60_000);

  it('--input manifest applies the objects as kubectl apply would, and refuses each resourceVersion', async () => {
    const { code, out } = await kse(files, 'check', '-o', 'json', '--input', 'manifest', '-f', 'dump.yaml');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { errors: { message: string }[]; input: string };
    expect(report.input).toBe('manifest');
    expect(report.errors).toHaveLength(items.length);
  }, 60_000);

  it('--input takes only auto, manifest or dump', async () => {
    const { code, err } = await kse(files, 'get', 'svc', '--input', 'stored', '-f', 'dump.yaml');
    expect(code).toBe(2);
    expect(err).toContain('invalid argument "stored" for "--input" flag');
  });

  it('get svc -A -o json gives the dumped clusterIPs and nodePorts', async () => {
    const { code, out } = await kse(files, 'get', 'svc', '-A', '-o', 'json', '-f', 'dump.yaml');
    expect(code).toBe(0);
    const got = new Map((JSON.parse(out) as { items: Item[] }).items.map((item) => [namespaced(item), item]));
    for (const dumped of items.filter((item) => item.kind === 'Service')) {
      const service = got.get(namespaced(dumped));
      expect(service?.spec?.clusterIPs).toEqual(dumped.spec?.clusterIPs);
      expect(service?.spec?.ports?.map((p) => p.nodePort)).toEqual(dumped.spec?.ports?.map((p) => p.nodePort));
    }
  }, 60_000);

  it('get pods -A gives exactly the dumped Pods', async () => {
    const { out } = await kse(files, 'get', 'pods', '-A', '-o', 'json', '-f', 'dump.yaml');
    const got = (JSON.parse(out) as { items: Item[] }).items.map(namespaced).sort();
    expect(got).toEqual(items.filter((item) => item.kind === 'Pod').map(namespaced).sort());
  }, 60_000);

  it("each Service's endpoints are the IPs of the dumped ready Pods it selects", async () => {
    const { out } = await kse(files, 'get', 'endpoints', '-A', '-o', 'json', '-f', 'dump.yaml');
    const endpoints = new Map(
      (JSON.parse(out) as { items: (Item & { subsets?: { addresses?: { ip: string }[] }[] })[] }).items.map((item) => [
        namespaced(item),
        (item.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip)).sort(),
      ]),
    );
    const pods = items.filter((item) => item.kind === 'Pod');
    let served = 0;
    const ready = (pod: Item) => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
    for (const service of items.filter((item) => item.kind === 'Service' && item.spec?.selector)) {
      const selector = Object.entries(service.spec?.selector ?? {});
      const expected = pods
        .filter((pod) => pod.metadata.namespace === service.metadata.namespace && ready(pod))
        .filter((pod) => selector.every(([key, value]) => (pod.metadata as { labels?: Record<string, string> }).labels?.[key] === value))
        .map((pod) => pod.status?.podIP ?? '')
        .sort();
      expect(endpoints.get(namespaced(service)) ?? [], namespaced(service)).toEqual(expected);
      if (expected.length > 0) served += 1;
    }
    expect(served).toBeGreaterThan(0);
  }, 60_000);
});
