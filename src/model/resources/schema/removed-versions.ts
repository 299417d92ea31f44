/**
 * API versions that Kubernetes served once and v1.31 no longer does, with what replaced them
 * (kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md).
 */
type Removal = readonly [apiVersion: string, kinds: readonly string[], replacement: string | undefined, removedIn: string];

const REMOVALS: readonly Removal[] = [
  ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], 'apps/v1', 'v1.16'],
  ['extensions/v1beta1', ['NetworkPolicy'], 'networking.k8s.io/v1', 'v1.16'],
  ['extensions/v1beta1', ['PodSecurityPolicy'], undefined, 'v1.16'],
  ['extensions/v1beta1', ['Ingress'], 'networking.k8s.io/v1', 'v1.22'],
  ['apps/v1beta1', ['Deployment', 'StatefulSet', 'ControllerRevision'], 'apps/v1', 'v1.16'],
  ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], 'apps/v1', 'v1.16'],
  ['networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], 'networking.k8s.io/v1', 'v1.22'],
  ['admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], 'admissionregistration.k8s.io/v1', 'v1.22'],
  ['apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], 'apiextensions.k8s.io/v1', 'v1.22'],
  ['apiregistration.k8s.io/v1beta1', ['APIService'], 'apiregistration.k8s.io/v1', 'v1.22'],
  ['authentication.k8s.io/v1beta1', ['TokenReview'], 'authentication.k8s.io/v1', 'v1.22'],
  ['authorization.k8s.io/v1beta1', ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'], 'authorization.k8s.io/v1', 'v1.22'],
  ['certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], 'certificates.k8s.io/v1', 'v1.22'],
  ['coordination.k8s.io/v1beta1', ['Lease'], 'coordination.k8s.io/v1', 'v1.22'],
  ['rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], 'rbac.authorization.k8s.io/v1', 'v1.22'],
  ['rbac.authorization.k8s.io/v1alpha1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], 'rbac.authorization.k8s.io/v1', 'v1.22'],
  ['scheduling.k8s.io/v1beta1', ['PriorityClass'], 'scheduling.k8s.io/v1', 'v1.22'],
  ['storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], 'storage.k8s.io/v1', 'v1.22'],
  ['batch/v1beta1', ['CronJob'], 'batch/v1', 'v1.25'],
  ['discovery.k8s.io/v1beta1', ['EndpointSlice'], 'discovery.k8s.io/v1', 'v1.25'],
  ['events.k8s.io/v1beta1', ['Event'], 'events.k8s.io/v1', 'v1.25'],
  ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], 'autoscaling/v2', 'v1.25'],
  ['policy/v1beta1', ['PodDisruptionBudget'], 'policy/v1', 'v1.25'],
  ['policy/v1beta1', ['PodSecurityPolicy'], undefined, 'v1.25'],
  ['node.k8s.io/v1beta1', ['RuntimeClass'], 'node.k8s.io/v1', 'v1.25'],
  ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], 'autoscaling/v2', 'v1.26'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], 'flowcontrol.apiserver.k8s.io/v1', 'v1.26'],
  ['storage.k8s.io/v1beta1', ['CSIStorageCapacity'], 'storage.k8s.io/v1', 'v1.27'],
  ['flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], 'flowcontrol.apiserver.k8s.io/v1', 'v1.29'],
];

/** A short note for a kind whose version was removed: what to use instead and since when. */
export function removalHint(apiVersion: string, kind: string): string | undefined {
  const removal = REMOVALS.find(([version, kinds]) => version === apiVersion && kinds.includes(kind));
  if (removal === undefined) return undefined;
  const [, , replacement, removedIn] = removal;
  return replacement === undefined
    ? `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}, with no replacement`
    : `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}; use ${replacement}`;
}
