import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModelHost } from './model-host.ts';
import type { BuiltResponse, DetailsResponse } from './protocol.ts';

const example = (id: string): string => readFileSync(new URL(`../examples/${id}.yaml`, import.meta.url), 'utf8');

function build(text: string): BuiltResponse {
  const response = createModelHost().handle({ type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text }] }, () => 0);
  if (response.type !== 'built') throw new Error(`expected a build, got ${response.type}`);
  return response;
}

describe('the model host', () => {
  it('outlines each object of the text with its lines and its graph boxes', () => {
    const text = example('guide-03-debug-ui');
    const built = build(text);
    const service = built.outline.find((o) => o.key.startsWith('Service/'));
    expect(service?.graphIds[0]).toMatch(/^svc:/);
    const lines = text.split('\n');
    expect(lines[(service?.startLine ?? 0) - 1]).toMatch(/^apiVersion|^kind/);
    expect(lines[(service?.endLine ?? 0) - 1]?.trim()).not.toBe('');
    // The Deployment's box is its Pods'.
    const deployment = built.outline.find((o) => o.key.startsWith('Deployment/'));
    expect(deployment?.graphIds.every((id) => id.startsWith('pod:'))).toBe(true);
    expect(deployment?.graphIds.length).toBeGreaterThan(0);
    // Objects do not overlap.
    const sorted = [...built.outline].sort((a, b) => a.startLine - b.startLine);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]?.startLine).toBeGreaterThan(sorted[i - 1]?.endLine ?? 0);
  });

  it('prints the kubectl tab\'s live tables of the cluster it last built, when asked', () => {
    const host = createModelHost();
    host.handle({ type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text: example('guide-03-debug-ui') }] }, () => 0);
    const answer = host.handle({ type: 'tables', id: 2 }, () => 0);
    expect(answer).toMatchObject({ type: 'tables', id: 2 });
    expect(answer.type === 'tables' ? answer.text : '').toMatch(/^NAMESPACE\s+NAME\s+TYPE\s+CLUSTER-IP/m);
    expect(answer.type === 'tables' ? answer.text : '').toContain('80:31000/TCP');
  });

  it('keeps the boxes where they were when an edit would make a column one step narrower', () => {
    const text = example('guide-01-fraud-detection');
    const line = text.split('\n').find((l) => /^\s*port: 80\s*$/.test(l)) ?? '';
    const host = createModelHost();
    const graphOf = (id: number, source: string) => {
      const response = host.handle({ type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', text: source }] }, () => 0);
      if (response.type !== 'built') throw new Error(`expected a build, got ${response.type}`);
      return response.graph.nodes.map((n) => `${n.id} ${n.x},${n.y}`);
    };
    const first = graphOf(1, text);
    expect(graphOf(2, text.replace(line, line.replace('80', '8')))).toEqual(first);
    // A fresh worker lays the edited text out afresh: the Services' column is a step narrower.
    expect(build(text.replace(line, line.replace('80', '8'))).graph.nodes.map((n) => `${n.id} ${n.x},${n.y}`)).not.toEqual(first);
  });

  it('summarises the Services drawn, with their DNS names', () => {
    const built = build(example('guide-03-debug-ui'));
    const [service] = built.services;
    expect(service?.type).toBe('NodePort');
    expect(service?.ports[0]?.nodePort).toBe(31000);
    expect(service?.dnsNames).toContain(`${service?.name ?? ''}.${service?.namespace ?? ''}.svc.cluster.local`);
  });

  it('gives an object as kubectl get -o yaml prints it, and a Service’s describe page', () => {
    const host = createModelHost();
    host.handle({ type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text: example('guide-03-debug-ui') }] }, () => 0);
    const built = host.handle({ type: 'build', id: 2, events: [], sources: [{ name: 'manifest.yaml', text: example('guide-03-debug-ui') }] }, () => 0) as BuiltResponse;
    const key = built.outline.find((o) => o.key.startsWith('Service/'))?.key ?? '';
    const details = host.handle({ type: 'details', id: 3, key }, () => 0) as DetailsResponse;
    expect(details.yaml).toMatch(/clusterIP: 10\.\d+\.\d+\.\d+\n/);
    expect(details.describe).toMatch(/^Name:/);
  });
});

describe('packets', () => {
  it('follow the Service the build asks for, through the same cluster', () => {
    const text = example('guide-03-debug-ui');
    const response = createModelHost().handle(
      { type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text }], packet: { service: 'monitoring/debug-ui', port: 31000 } },
      () => 0,
    ) as BuiltResponse;
    expect(response.trace?.ok).toBe(true);
    if (response.trace?.ok !== true) return;
    const ats = response.trace.trace.hops.map((h) => h.at);
    expect(ats[0]).toBe('client:external');
    expect(ats).toContain('svc:monitoring/debug-ui');
    const drawn = new Set(response.graph.nodes.map((n) => n.id));
    for (const at of ats) expect(drawn).toContain(at);
  });
});

describe('the learning panels', () => {
  const sources = [{ name: 'manifest.yaml', text: example('guide-03-debug-ui') }];

  it('runs a terminal command on the cluster on screen, events included', async () => {
    const host = createModelHost();
    const first = host.handle({ type: 'build', id: 1, events: [], sources }, () => 0);
    const pod = first.type === 'built' ? (first.summary.clientPods.find((p) => p.startsWith('monitoring/')) ?? '') : '';
    const answer = await host.handle({ type: 'kubectl', id: 2, line: `kubectl delete pod ${pod.split('/')[1] ?? ''} -n monitoring`, manifest: '' }, () => 0);
    expect(answer.type === 'kubectl' && answer.result.events).toEqual([{ kind: 'delete-pod', pod }]);

    host.handle({ type: 'build', id: 3, events: [{ kind: 'delete-pod', pod }], sources }, () => 0);
    const pods = await host.handle({ type: 'kubectl', id: 4, line: 'kubectl get pods -n monitoring', manifest: '' }, () => 0);
    expect(pods.type === 'kubectl' && pods.result.stdout).not.toContain(pod.split('/')[1]);
  });

  it('measures each event against the cluster just before it', async () => {
    const host = createModelHost();
    const first = host.handle({ type: 'build', id: 1, events: [], sources }, () => 0);
    const pod = first.type === 'built' ? (first.summary.clientPods.find((p) => p.startsWith('monitoring/')) ?? '') : '';
    host.handle({ type: 'build', id: 2, events: [{ kind: 'readiness', pod, ready: false }], sources }, () => 0);
    const answer = await host.handle({ type: 'propagation', id: 3, nodes: 100, endpointsPerService: 1000 }, () => 0);
    if (answer.type !== 'propagation') throw new Error(answer.type);
    const [event] = answer.events;
    expect(event?.measured.endpoints.updated).toBe(1);
    expect(event?.measured.endpointSlices.updated).toBe(1);
    expect(event?.measured.endpoints.bytes).toBe((event?.measured.endpoints.bytesPerWatcher ?? 0) * 100);
    expect(answer.projection.ratio).toBeGreaterThan(5);
  });

  it('poses the challenges of the loaded interview scenario', async () => {
    const host = createModelHost();
    host.handle({ type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text: example('scenario-statefulset-dns') }] }, () => 0);
    const answer = await host.handle({ type: 'challenges', id: 2, exampleId: 'scenario-statefulset-dns', seed: '' }, () => 0);
    if (answer.type !== 'challenges') throw new Error(answer.type);
    expect(answer.interviews.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(answer.challenges.some((c) => c.source === 'interview')).toBe(true);
    expect(structuredClone(answer)).toEqual(answer);
  });
});

describe('a packet from a chosen address', () => {
  it('is dropped by loadBalancerSourceRanges when it comes from outside them', () => {
    const host = createModelHost();
    const sources = [{ name: 'manifest.yaml', text: example('interview-secure-loadbalancer') }];
    const packet = { service: 'retail/storefront', via: 'loadbalancer', from: 'external', clientIP: '198.51.100.7' } as const;
    const outside = host.handle({ type: 'build', id: 1, events: [], sources, packet }, () => 0) as BuiltResponse;
    expect(outside.trace?.ok === true && outside.trace.trace.delivered).toBe(false);
    const inside = host.handle({ type: 'trace', id: 2, packet: { ...packet, clientIP: '203.0.113.7' } }, () => 0);
    expect(inside.type === 'trace' && inside.result.ok && inside.result.trace.delivered).toBe(true);
  });
});
