/**
 * The built-in kinds a bare v1.31 kube-apiserver serves, as `kubectl api-resources` lists them
 * (plural, short names, scope), plus the older versions v1.31 still serves next to the preferred
 * one (autoscaling/v1 HorizontalPodAutoscaler, flowcontrol.apiserver.k8s.io/v1beta3).
 *
 * Alpha and beta APIs that v1.31 leaves off by default (resource.k8s.io, networking.k8s.io/v1beta1
 * ServiceCIDR, storage.k8s.io/v1beta1 VolumeAttributesClass, admissionregistration v1beta1, ...)
 * are not served by a bare server, so they are not here.
 */
import type { KindInfo } from './kind-info.ts';

type Row = readonly [apiVersion: string, kind: string, namespaced: boolean, plural: string, shortNames?: readonly string[]];

const ROWS: readonly Row[] = [
  ['v1', 'Binding', true, 'bindings'],
  ['v1', 'ComponentStatus', false, 'componentstatuses', ['cs']],
  ['v1', 'ConfigMap', true, 'configmaps', ['cm']],
  ['v1', 'Endpoints', true, 'endpoints', ['ep']],
  ['v1', 'Event', true, 'events', ['ev']],
  ['v1', 'LimitRange', true, 'limitranges', ['limits']],
  ['v1', 'Namespace', false, 'namespaces', ['ns']],
  ['v1', 'Node', false, 'nodes', ['no']],
  ['v1', 'PersistentVolumeClaim', true, 'persistentvolumeclaims', ['pvc']],
  ['v1', 'PersistentVolume', false, 'persistentvolumes', ['pv']],
  ['v1', 'Pod', true, 'pods', ['po']],
  ['v1', 'PodTemplate', true, 'podtemplates'],
  ['v1', 'ReplicationController', true, 'replicationcontrollers', ['rc']],
  ['v1', 'ResourceQuota', true, 'resourcequotas', ['quota']],
  ['v1', 'Secret', true, 'secrets'],
  ['v1', 'ServiceAccount', true, 'serviceaccounts', ['sa']],
  ['v1', 'Service', true, 'services', ['svc']],
  ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration', false, 'mutatingwebhookconfigurations'],
  ['admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', false, 'validatingadmissionpolicies'],
  ['admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicyBinding', false, 'validatingadmissionpolicybindings'],
  ['admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration', false, 'validatingwebhookconfigurations'],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', false, 'customresourcedefinitions', ['crd', 'crds']],
  ['apiregistration.k8s.io/v1', 'APIService', false, 'apiservices'],
  ['apps/v1', 'ControllerRevision', true, 'controllerrevisions'],
  ['apps/v1', 'DaemonSet', true, 'daemonsets', ['ds']],
  ['apps/v1', 'Deployment', true, 'deployments', ['deploy']],
  ['apps/v1', 'ReplicaSet', true, 'replicasets', ['rs']],
  ['apps/v1', 'StatefulSet', true, 'statefulsets', ['sts']],
  ['authentication.k8s.io/v1', 'SelfSubjectReview', false, 'selfsubjectreviews'],
  ['authentication.k8s.io/v1', 'TokenReview', false, 'tokenreviews'],
  ['authorization.k8s.io/v1', 'LocalSubjectAccessReview', true, 'localsubjectaccessreviews'],
  ['authorization.k8s.io/v1', 'SelfSubjectAccessReview', false, 'selfsubjectaccessreviews'],
  ['authorization.k8s.io/v1', 'SelfSubjectRulesReview', false, 'selfsubjectrulesreviews'],
  ['authorization.k8s.io/v1', 'SubjectAccessReview', false, 'subjectaccessreviews'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', true, 'horizontalpodautoscalers', ['hpa']],
  ['autoscaling/v1', 'HorizontalPodAutoscaler', true, 'horizontalpodautoscalers', ['hpa']],
  ['batch/v1', 'CronJob', true, 'cronjobs', ['cj']],
  ['batch/v1', 'Job', true, 'jobs'],
  ['certificates.k8s.io/v1', 'CertificateSigningRequest', false, 'certificatesigningrequests', ['csr']],
  ['coordination.k8s.io/v1', 'Lease', true, 'leases'],
  ['discovery.k8s.io/v1', 'EndpointSlice', true, 'endpointslices'],
  ['events.k8s.io/v1', 'Event', true, 'events', ['ev']],
  ['flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', false, 'flowschemas'],
  ['flowcontrol.apiserver.k8s.io/v1', 'PriorityLevelConfiguration', false, 'prioritylevelconfigurations'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', false, 'flowschemas'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', false, 'prioritylevelconfigurations'],
  ['networking.k8s.io/v1', 'IngressClass', false, 'ingressclasses'],
  ['networking.k8s.io/v1', 'Ingress', true, 'ingresses', ['ing']],
  ['networking.k8s.io/v1', 'NetworkPolicy', true, 'networkpolicies', ['netpol']],
  ['node.k8s.io/v1', 'RuntimeClass', false, 'runtimeclasses'],
  ['policy/v1', 'PodDisruptionBudget', true, 'poddisruptionbudgets', ['pdb']],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', false, 'clusterrolebindings'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', false, 'clusterroles'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', true, 'rolebindings'],
  ['rbac.authorization.k8s.io/v1', 'Role', true, 'roles'],
  ['scheduling.k8s.io/v1', 'PriorityClass', false, 'priorityclasses', ['pc']],
  ['storage.k8s.io/v1', 'CSIDriver', false, 'csidrivers'],
  ['storage.k8s.io/v1', 'CSINode', false, 'csinodes'],
  ['storage.k8s.io/v1', 'CSIStorageCapacity', true, 'csistoragecapacities'],
  ['storage.k8s.io/v1', 'StorageClass', false, 'storageclasses', ['sc']],
  ['storage.k8s.io/v1', 'VolumeAttachment', false, 'volumeattachments'],
];

/** Every built-in kind a bare v1.31 kube-apiserver serves, one entry per served group/version. */
export const SERVED_KINDS: readonly KindInfo[] = ROWS.map(([apiVersion, kind, namespaced, plural, shortNames = []]) => ({
  apiVersion,
  kind,
  namespaced,
  plural,
  singular: kind.toLowerCase(),
  shortNames,
}));
