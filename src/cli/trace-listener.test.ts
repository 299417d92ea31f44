/**
 * The most common Service bug: a targetPort no container declares. kube-proxy still DNATs to it,
 * so the trace is "delivered", but the Pod most likely answers with a RST; kse trace says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const guide03 = readFileSync(new URL('../examples/guide-03-debug-ui.yaml', import.meta.url), 'utf8');
const files = { 'wrong-port.yaml': guide03.replace('targetPort: 9090', 'targetPort: 9091') };
const trace = ['trace', 'debug-ui', '-n', 'monitoring', '-f', 'wrong-port.yaml'];

describe('kse trace: a targetPort nothing listens on', () => {
  it('prints the warning under the delivery, with the ports the container declares', async () => {
    const io = createMemoryIO(files);
    expect(await run(trace, io)).toBe(0);
    expect(io.out()).toMatch(/^Delivered to monitoring\/prometheus-[a-z0-9-]+: .* → 10\.244\.\d+\.\d+:9091 /m);
    expect(io.out()).toMatch(/^Warning: .*9091.*9090\/TCP/m);
  });

  it('adds the listener to the JSON answer, leaving the contract fields as they are', async () => {
    const io = createMemoryIO(files);
    expect(await run([...trace, '-o', 'json'], io)).toBe(0);
    const answer = JSON.parse(io.out()) as { delivered: boolean; reason: null; listener: { status: string; port: number; protocol: string; declared: string[] } };
    expect(answer.delivered).toBe(true);
    expect(answer.reason).toBeNull();
    expect(answer.listener).toMatchObject({ status: 'other-port', port: 9091, protocol: 'TCP', declared: ['9090/TCP (web)'] });
  });

  it('says nothing when the targetPort is declared', async () => {
    const io = createMemoryIO({ 'right-port.yaml': guide03 });
    expect(await run(['trace', 'debug-ui', '-n', 'monitoring', '-f', 'right-port.yaml'], io)).toBe(0);
    expect(io.out()).not.toMatch(/^Warning:/m);
  });
});
