import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCluster, trace } from '../../../model/index.ts';
import { packetRun } from './packet-run.ts';

const cluster = (id: string) => buildCluster([{ name: 'm.yaml', text: readFileSync(new URL(`../../../examples/${id}.yaml`, import.meta.url), 'utf8') }]);

describe('packetRun', () => {
  it('captions every hop with the addresses the packet carries there and what happens to it', () => {
    const run = packetRun(trace(cluster('guide-03-debug-ui'), { service: 'debug-ui', namespace: 'monitoring' }), 'k');
    expect(run?.key).toBe('k');
    expect(run?.hops.map((h) => h.at)).toEqual(expect.arrayContaining(['client:external', 'node:worker-1', 'svc:monitoring/debug-ui']));
    expect(run?.hops.find((h) => h.at === 'svc:monitoring/debug-ui')?.caption).toMatch(/→ 10\.244\.\d+\.\d+:9090 · DNAT 172\.18\.0\.3:31000 → 10\.244\.\d+\.\d+:9090$/);
  });

  it('ends a dropped packet’s last caption with kube-proxy’s reason', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: lonely\nspec:\n  selector:\n    app: nobody\n  ports:\n    - port: 80\n';
    const run = packetRun(trace(buildCluster([{ name: 'm.yaml', text }]), { service: 'lonely' }), 'k');
    expect(run?.hops.at(-1)?.caption).toMatch(/· REJECT: default\/lonely has no endpoints$/);
  });

  it('warns at the last hop when nothing is known to listen where the packet lands', () => {
    const text = readFileSync(new URL('../../../examples/guide-03-debug-ui.yaml', import.meta.url), 'utf8').replace('targetPort: 9090', 'targetPort: 9091');
    const run = packetRun(trace(buildCluster([{ name: 'm.yaml', text }]), { service: 'debug-ui', namespace: 'monitoring' }), 'k');
    expect(run?.hops.at(-1)?.warning).toBe('most likely refused: nothing is known to listen on 9091/TCP');
    expect(run?.hops.slice(0, -1).every((hop) => hop.warning === undefined)).toBe(true);
  });

  it('has nothing to play for a Service that does not exist', () => {
    expect(packetRun(trace(cluster('guide-03-debug-ui'), { service: 'nope' }), 'k')).toBeUndefined();
    expect(packetRun(undefined, 'k')).toBeUndefined();
  });
});
