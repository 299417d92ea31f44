import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { completeKubectl } from './index.ts';

const file = 'guide-01-fraud-detection.yaml';
const cluster = buildCluster([{ name: file, text: readFileSync(join(import.meta.dirname, '../../examples', file), 'utf8') }]);

describe('completeKubectl', () => {
  it.each([
    ['', 0, ['run', 'get', 'describe', 'apply', 'delete', 'label', 'scale', 'cordon', 'uncordon', 'drain', 'port-forward', 'exec', 'cluster-info', 'version']],
    ['kubectl ge', 8, ['get']],
    ['kubectl get s', 12, ['service', 'services', 'statefulset', 'statefulsets', 'sts', 'svc']],
    ['kubectl get endpointsl', 12, ['endpointslice', 'endpointslices']],
    ['kubectl get svc ', 16, ['kubernetes']],
    ['kubectl get svc -n fintech ', 27, ['fraud-detection']],
    ['kubectl describe svc --namespace fintech f', 41, ['fraud-detection']],
    ['kubectl get pods -n kube-system core', 32, ['coredns-c4994d9dd-4s48z', 'coredns-c4994d9dd-d2xlj']],
    ['kubectl port-forward -n fintech svc/', 32, ['svc/fraud-detection']],
    ['kubectl get -n ', 15, ['default', 'fintech', 'kube-node-lease', 'kube-public', 'kube-system']],
    ['kubectl drain w', 14, ['worker-1', 'worker-2', 'worker-3']],
    ['kubectl cordon worker-1 ', 24, []],
    ['kubectl get pods --s', 17, ['--selector', '--show-labels']],
    ['kubectl drain worker-1 --i', 23, ['--ignore-daemonsets']],
    ['kubectl nope ', 13, []],
  ])('%j', (line, start, candidates) => {
    expect(completeKubectl(cluster, line)).toEqual({ start, candidates });
  });
});
