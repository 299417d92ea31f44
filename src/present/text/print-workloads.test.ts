import { describe, expect, it } from 'vitest';
import type { Deployment } from 'kubernetes-types/apps/v1';
import { formatLabelSelector, printDeploymentRow } from './print-workloads.ts';

// metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key.
describe('formatLabelSelector', () => {
  it.each([
    [undefined, ''],
    [{}, ''],
    [{ matchLabels: { tier: 'web', app: 'shop' } }, 'app=shop,tier=web'],
    [
      {
        matchLabels: { app: 'shop' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'canary', operator: 'DoesNotExist' },
          { key: 'zone', operator: 'NotIn', values: ['b'] },
          { key: 'beta', operator: 'Exists' },
        ],
      },
      'app=shop,beta,!canary,env in (dev,prod),zone notin (b)',
    ],
  ])('%j → %s', (selector, expected) => {
    expect(formatLabelSelector(selector)).toBe(expected);
  });
});

// pkg/printers/internalversion/printers.go printDeployment.
describe('printDeploymentRow', () => {
  it('READY is ready/desired, with containers, images and selector for -o wide', () => {
    const deployment: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', creationTimestamp: '2025-01-01T11:59:30Z' },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        template: { spec: { containers: [{ name: 'app', image: 'nginx:1.27' }, { name: 'sidecar', image: 'envoy' }] } },
      },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    };
    expect(printDeploymentRow(deployment, '2025-01-01T12:00:00Z')).toEqual(['web', '2/3', '3', '2', '30s', 'app,sidecar', 'nginx:1.27,envoy', 'app=web']);
  });
});
