import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.ts';
import { controllerInput, CONTROL_PLANE, entry, node, pod, WORKERS } from './fixtures.ts';
import { runControllers } from './index.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import { parseIPSloppy } from '../net/ip.ts';

const only = (out: ReturnType<typeof runControllers>, name: string) => out.pods.find((p) => p.object.metadata?.name === name);

describe('Pod placement and status (kubelet, host-local IPAM)', () => {
  it('a bare Pod is scheduled off the control plane, Running and Ready, with an IP from its Node\'s podCIDR', () => {
    const out = runControllers(controllerInput({ pods: [entry(pod('a', { app: 'a' }))] }));
    const a = only(out, 'a');
    const nodeName = a?.object.spec?.nodeName ?? '';
    expect(['worker1', 'worker2', 'worker3']).toContain(nodeName);
    const cidr = parseCIDRSloppy(out.nodes.find((n) => n.object.metadata?.name === nodeName)?.object.spec?.podCIDR ?? '');
    const ip = parseIPSloppy(a?.object.status?.podIP ?? '');
    expect(cidr && ip && cidrContains(cidr, ip)).toBe(true);
    expect(Number(a?.object.status?.podIP?.split('.')[3])).toBeGreaterThanOrEqual(2);
    expect(a?.object.status).toMatchObject({
      phase: 'Running',
      podIPs: [{ ip: a?.object.status?.podIP }],
      hostIP: expect.stringMatching(/^172\.18\.0\./) as unknown,
      startTime: DEFAULT_CONFIG.now,
    });
    expect(a?.object.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(a?.simulated).toEqual(expect.arrayContaining(['spec.nodeName', 'status.podIP', 'status.podIPs', 'status.phase', 'status.conditions']));
  });

  it('whatever the input states wins: nodeName, podIP, phase, conditions', () => {
    const stated = pod('a', { app: 'a' }, {
      spec: { nodeName: 'worker2' },
      status: { phase: 'Running', podIP: '10.244.99.7', conditions: [{ type: 'Ready', status: 'False' }] },
    });
    const a = only(runControllers(controllerInput({ pods: [entry(stated)] })), 'a');
    expect(a?.object.spec?.nodeName).toBe('worker2');
    expect(a?.object.status).toMatchObject({ phase: 'Running', podIP: '10.244.99.7', podIPs: [{ ip: '10.244.99.7' }], conditions: [{ type: 'Ready', status: 'False' }] });
    expect(a?.object.status?.containerStatuses?.[0]?.ready).toBe(false);
    expect(a?.simulated).not.toContain('status.podIP');
    expect(a?.simulated).not.toContain('spec.nodeName');
  });

  it('a stated phase Pending gets no IP and not-ready conditions', () => {
    const a = only(runControllers(controllerInput({ pods: [entry(pod('a', {}, { spec: { nodeName: 'worker1' }, status: { phase: 'Pending' } }))] })), 'a');
    expect(a?.object.status?.podIP).toBeUndefined();
    expect(a?.object.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
  });

  it('a Pod that fits no Node stays Pending, without IP, PodScheduled=False Unschedulable', () => {
    const a = only(runControllers(controllerInput({ pods: [entry(pod('a', {}, { spec: { nodeSelector: { disk: 'ssd' } } }))] })), 'a');
    expect(a?.object.spec?.nodeName).toBeUndefined();
    expect(a?.object.status?.podIP).toBeUndefined();
    expect(a?.object.status).toMatchObject({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] });
  });

  it('hostNetwork Pods take their Node\'s InternalIP', () => {
    const a = only(runControllers(controllerInput({ pods: [entry(pod('a', {}, { spec: { nodeName: 'worker1', hostNetwork: true } }))] })), 'a');
    expect(a?.object.status?.podIP).toBe('172.18.0.3');
    expect(a?.object.status?.hostIP).toBe('172.18.0.3');
  });

  it('addresses stated in the input are never handed out again', () => {
    // A /30 per... a tiny cluster CIDR: one Node, one /24, 253 usable addresses, 252 of them stated.
    const config = { ...DEFAULT_CONFIG, podCIDRs: ['10.244.0.0/24'] };
    const stated = Array.from({ length: 252 }, (_, i) =>
      entry(pod(`s${i}`, {}, { spec: { nodeName: 'worker1' }, status: { phase: 'Running', podIP: `10.244.0.${i + 3}` } })),
    );
    const out = runControllers(controllerInput({ config, nodes: [entry(node('worker1', 'zone-a'))], pods: [...stated, entry(pod('new', {}))] }));
    expect(only(out, 'new')?.object.status?.podIP).toBe('10.244.0.2');
  });

  it('dual-stack cluster: Nodes get a podCIDR of each family, Pods an IP of each', () => {
    const config = { ...DEFAULT_CONFIG, podCIDRs: ['10.244.0.0/16', 'fd00:10:244::/56'] };
    const out = runControllers(controllerInput({ config, pods: [entry(pod('a', {}))] }));
    const a = only(out, 'a');
    expect(a?.object.status?.podIPs?.map((p) => (p.ip ?? '').includes(':'))).toEqual([false, true]);
    expect(out.nodes[0]?.object.spec?.podCIDRs?.[1]).toMatch(/^fd00:10:244:(?:[0-9a-f]{1,4})?:\/64$/);
  });

  it('Node podCIDRs: stated ones kept and reserved, missing ones assigned and marked simulated', () => {
    const stated = node('worker1', 'zone-a', { spec: { podCIDR: '10.244.7.0/24', podCIDRs: ['10.244.7.0/24'] } });
    const out = runControllers(controllerInput({ nodes: [entry(stated), ...[CONTROL_PLANE, ...WORKERS.slice(1)].map((n) => entry(n))] }));
    const cidrs = out.nodes.map((n) => n.object.spec?.podCIDR);
    expect(cidrs[0]).toBe('10.244.7.0/24');
    expect(new Set(cidrs).size).toBe(4);
    const cidrFields = (fields: readonly string[] = []) => fields.filter((field) => field.startsWith('spec.'));
    expect(cidrFields(out.nodes[0]?.simulated)).toEqual([]);
    expect(cidrFields(out.nodes[1]?.simulated)).toEqual(['spec.podCIDR', 'spec.podCIDRs']);
  });
});
