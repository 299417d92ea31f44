import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { printPodRow } from './print-pod.ts';

const NOW = '2025-01-01T12:00:00Z';

function pod(spec: Partial<NonNullable<Pod['spec']>>, status: Pod['status'], deletionTimestamp?: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-0', namespace: 'default', creationTimestamp: '2025-01-01T11:58:00Z', ...(deletionTimestamp ? { deletionTimestamp } : {}) },
    spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec },
    status,
  };
}

const running = { name: 'app', image: 'nginx', imageID: '', ready: true, restartCount: 0, state: { running: {} } };

// pkg/printers/internalversion/printers.go printPod.
describe('printPodRow', () => {
  it.each([
    {
      name: 'running and ready',
      p: pod({ nodeName: 'node-1' }, { phase: 'Running', podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }], containerStatuses: [running] }),
      expected: ['web-0', '1/1', 'Running', '0', '2m', '10.244.1.5', 'node-1', '<none>', '<none>'],
    },
    {
      name: 'running but not ready',
      p: pod({}, { phase: 'Running', containerStatuses: [{ ...running, ready: false }] }),
      expected: ['web-0', '0/1', 'Running', '0', '2m', '<none>', '<none>', '<none>', '<none>'],
    },
    {
      name: 'Terminating when a deletionTimestamp is set',
      p: pod({}, { phase: 'Running', containerStatuses: [running] }, '2025-01-01T11:59:00Z'),
      expected: ['web-0', '1/1', 'Terminating', '0', '2m', '<none>', '<none>', '<none>', '<none>'],
    },
    {
      name: 'waiting reason wins',
      p: pod({}, { phase: 'Pending', containerStatuses: [{ ...running, ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } }, restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: '2025-01-01T11:59:00Z' } } }] }),
      expected: ['web-0', '0/1', 'CrashLoopBackOff', '3 (60s ago)', '2m', '<none>', '<none>', '<none>', '<none>'],
    },
    {
      name: 'init container still running',
      p: pod({ initContainers: [{ name: 'init' }] }, { phase: 'Pending', initContainerStatuses: [{ name: 'init', image: 'x', imageID: '', ready: false, restartCount: 0, state: { running: {} } }] }),
      expected: ['web-0', '0/1', 'Init:0/1', '0', '2m', '<none>', '<none>', '<none>', '<none>'],
    },
    {
      name: 'readiness gates',
      p: pod({ readinessGates: [{ conditionType: 'example.com/lb' }] }, { phase: 'Running', conditions: [{ type: 'example.com/lb', status: 'True' }], containerStatuses: [running] }),
      expected: ['web-0', '1/1', 'Running', '0', '2m', '<none>', '<none>', '<none>', '1/1'],
    },
    {
      name: 'no status yet',
      p: pod({}, undefined),
      expected: ['web-0', '0/1', '', '0', '2m', '<none>', '<none>', '<none>', '<none>'],
    },
  ])('$name', ({ p, expected }) => {
    expect(printPodRow(p, NOW)).toEqual(expected);
  });
});
