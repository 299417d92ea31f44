import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';

describe('a Service of thousands of ports over a thousand Pods', () => {
  // Each Pod is an address on every port: 5,000 ports × 1,000 Pods took 83 s and 3 GB.
  it('builds its Endpoints and EndpointSlices at once, one subset for all', { timeout: 60_000 }, () => {
    const ports = Array.from({ length: 5000 }, (_, i) => `  - {name: p${i}, port: ${1000 + i}, targetPort: ${1000 + i}}`).join('\n');
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1000
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
${ports}
`;
    const cluster = buildCluster([{ name: 'ports.yaml', text }]);
    const endpoints = cluster.endpoints.find((entry) => entry.key === 'Endpoints/default/web')?.object;
    expect(endpoints?.subsets?.map((subset) => [subset.addresses?.length, subset.ports?.length])).toEqual([[759, 5000]]);
    const slices = cluster.endpointSlices.filter((entry) => entry.object.metadata?.labels?.['kubernetes.io/service-name'] === 'web');
    expect(slices.reduce((sum, slice) => sum + (slice.object.endpoints?.length ?? 0), 0)).toBe(759);
  });
});
