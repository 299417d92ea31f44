import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';

const template = (app: string) => `  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: c, image: nginx}]}
`;

describe('workload status, as the controllers report it on a settled cluster', () => {
  it.each([
    ['a Deployment counts the Pods of its ReplicaSet', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n${template('web')}`, 'deployments', { replicas: 3, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3 }],
    ['a StatefulSet counts its ordinals', `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  replicas: 2\n${template('db')}`, 'statefulSets', { replicas: 2, readyReplicas: 2, currentReplicas: 2 }],
    ['a DaemonSet counts one Pod per schedulable Node', `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n${template('agent')}`, 'daemonSets', { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3 }],
  ] as const)('%s', (_name, text, collection, expected) => {
    const cluster = buildCluster([{ name: 'w.yaml', text }]);
    const entry = cluster[collection].find((e) => e.origin === 'input');
    expect(entry?.object.status).toMatchObject(expected);
    expect(entry?.simulated).toContain('status');
  });

  it('keeps a status the input states', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n${template('web')}status: {replicas: 3, readyReplicas: 1}\n`;
    const entry = buildCluster([{ name: 'w.yaml', text }]).deployments.find((e) => e.origin === 'input');
    expect(entry?.object.status).toEqual({ replicas: 3, readyReplicas: 1 });
    expect(entry?.simulated).not.toContain('status');
  });
});
