/**
 * The admission plugins every Pod passes on create, after defaulting, that change what
 * `kubectl get pod -o yaml` shows (kube-apiserver's default plugin list):
 * - ServiceAccount (plugin/pkg/admission/serviceaccount/admission.go): `serviceAccountName: default`,
 *   and the projected `kube-api-access-<5 chars>` token volume mounted in every container;
 * - DefaultTolerationSeconds (plugin/pkg/admission/defaulttolerationseconds): tolerate
 *   not-ready / unreachable Nodes for 300 s;
 * - Priority (plugin/pkg/admission/priority): the priority of the Pod's PriorityClass (0 without one,
 *   the system classes' fixed values) and its preemptionPolicy.
 * Pure: returns a new Pod. `suffix` stands for the random characters of the volume name.
 */
import type { Pod, Toleration } from 'kubernetes-types/core/v1';

const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** scheduling.SystemCriticalPriority and the two system classes built on it. */
const SYSTEM_PRIORITIES: Readonly<Record<string, number>> = {
  'system-cluster-critical': 2_000_000_000,
  'system-node-critical': 2_000_001_000,
};

function tokenVolume(name: string) {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

function withDefaultTolerations(tolerations: readonly Toleration[]): Toleration[] {
  const covers = (key: string) =>
    tolerations.some((t) => (t.effect === 'NoExecute' || !t.effect) && (t.key === key || (t.operator === 'Exists' && !t.key)));
  return [
    ...tolerations,
    ...[NOT_READY, UNREACHABLE]
      .filter((key) => !covers(key))
      .map((key): Toleration => ({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 })),
  ];
}

export function admitPod(pod: Pod, suffix: string): Pod {
  const spec = pod.spec ?? { containers: [] };
  const serviceAccountName = spec.serviceAccountName || spec.serviceAccount || 'default';
  const mounted = (spec.containers ?? []).some((c) => c.volumeMounts?.some((m) => m.mountPath === TOKEN_MOUNT_PATH));
  const automount = spec.automountServiceAccountToken !== false && !mounted;
  const volumeName = `kube-api-access-${suffix}`;
  const mount = { mountPath: TOKEN_MOUNT_PATH, name: volumeName, readOnly: true };
  const withMount = <T extends { volumeMounts?: object[] }>(c: T): T => (automount ? { ...c, volumeMounts: [...(c.volumeMounts ?? []), mount] } : c);
  const priorityClassName = spec.priorityClassName;
  return {
    ...pod,
    spec: {
      ...spec,
      serviceAccountName,
      serviceAccount: serviceAccountName,
      containers: (spec.containers ?? []).map(withMount),
      ...(spec.initContainers ? { initContainers: spec.initContainers.map(withMount) } : {}),
      ...(automount ? { volumes: [...(spec.volumes ?? []), tokenVolume(volumeName)] } : {}),
      tolerations: withDefaultTolerations(spec.tolerations ?? []),
      priority: spec.priority ?? (priorityClassName ? SYSTEM_PRIORITIES[priorityClassName] ?? 0 : 0),
      preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
    },
  };
}
