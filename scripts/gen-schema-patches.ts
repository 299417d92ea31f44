/**
 * What kubernetes-types 1.30.0 does not say and the strict decoder needs, written by hand from the
 * v1.31 Go types (staging/src/k8s.io/api/<group>/<version>/types.go; apiregistration from
 * staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/types.go). Keys are `Struct.field`
 * with the Go struct name, whatever the group.
 */

/** Integer fields that Go declares int64 (every other `number` is int32), and the float64 ones. */
export const NUMBER_FORMATS: Readonly<Record<string, 'int64' | 'float64'>> = {
  'ObjectMeta.generation': 'int64',
  'ObjectMeta.deletionGracePeriodSeconds': 'int64',
  'Condition.observedGeneration': 'int64',
  'PodSpec.terminationGracePeriodSeconds': 'int64',
  'PodSpec.activeDeadlineSeconds': 'int64',
  'Probe.terminationGracePeriodSeconds': 'int64',
  'Toleration.tolerationSeconds': 'int64',
  'SleepAction.seconds': 'int64',
  'PodSecurityContext.runAsUser': 'int64',
  'PodSecurityContext.runAsGroup': 'int64',
  'PodSecurityContext.fsGroup': 'int64',
  'PodSecurityContext.supplementalGroups': 'int64',
  'SecurityContext.runAsUser': 'int64',
  'SecurityContext.runAsGroup': 'int64',
  'LinuxContainerUser.uid': 'int64',
  'LinuxContainerUser.gid': 'int64',
  'LinuxContainerUser.supplementalGroups': 'int64',
  'ServiceAccountTokenProjection.expirationSeconds': 'int64',
  'TokenRequest.expirationSeconds': 'int64',
  'ContainerImage.sizeBytes': 'int64',
  'ReplicationControllerStatus.observedGeneration': 'int64',
  'DeploymentStatus.observedGeneration': 'int64',
  'ReplicaSetStatus.observedGeneration': 'int64',
  'StatefulSetStatus.observedGeneration': 'int64',
  'DaemonSetStatus.observedGeneration': 'int64',
  'ControllerRevision.revision': 'int64',
  'JobSpec.activeDeadlineSeconds': 'int64',
  'CronJobSpec.startingDeadlineSeconds': 'int64',
  'HorizontalPodAutoscalerStatus.observedGeneration': 'int64',
  'PodDisruptionBudgetStatus.observedGeneration': 'int64',
  'ValidatingAdmissionPolicyStatus.observedGeneration': 'int64',
  'JSONSchemaProps.maxItems': 'int64',
  'JSONSchemaProps.maxLength': 'int64',
  'JSONSchemaProps.maxProperties': 'int64',
  'JSONSchemaProps.minItems': 'int64',
  'JSONSchemaProps.minLength': 'int64',
  'JSONSchemaProps.minProperties': 'int64',
  'JSONSchemaProps.maximum': 'float64',
  'JSONSchemaProps.minimum': 'float64',
  'JSONSchemaProps.multipleOf': 'float64',
};

/** `[]byte` fields (base64 in JSON); for a map, its values. */
export const BYTES_FIELDS: readonly string[] = [
  'Secret.data',
  'ConfigMap.binaryData',
  'WebhookClientConfig.caBundle',
  'APIServiceSpec.caBundle',
  'CertificateSigningRequestSpec.request',
  'CertificateSigningRequestStatus.certificate',
];

/**
 * Go's named types, which encoding/json prints in `cannot unmarshal ... of type v1.Protocol`; for
 * a list the item's type, for a map the map's own name. Covers the kinds the simulator models
 * (Service, Endpoints, EndpointSlice, Ingress, NetworkPolicy, Pod and its workloads, Node,
 * Secret); elsewhere a named string type is reported as `string`.
 */
export const GO_NAMED_TYPES: Readonly<Record<string, string>> = {
  'ServiceSpec.type': 'v1.ServiceType',
  'ServiceSpec.sessionAffinity': 'v1.ServiceAffinity',
  'ServiceSpec.externalTrafficPolicy': 'v1.ServiceExternalTrafficPolicy',
  'ServiceSpec.internalTrafficPolicy': 'v1.ServiceInternalTrafficPolicy',
  'ServiceSpec.ipFamilies': 'v1.IPFamily',
  'ServiceSpec.ipFamilyPolicy': 'v1.IPFamilyPolicy',
  'ServicePort.protocol': 'v1.Protocol',
  'PortStatus.protocol': 'v1.Protocol',
  'LoadBalancerIngress.ipMode': 'v1.LoadBalancerIPMode',
  'EndpointPort.protocol': 'v1.Protocol',
  'ContainerPort.protocol': 'v1.Protocol',
  'NetworkPolicyPort.protocol': 'v1.Protocol',
  'NetworkPolicySpec.policyTypes': 'v1.PolicyType',
  'EndpointSlice.addressType': 'v1.AddressType',
  'HTTPIngressPath.pathType': 'v1.PathType',
  'Container.imagePullPolicy': 'v1.PullPolicy',
  'Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'Container.restartPolicy': 'v1.ContainerRestartPolicy',
  'EphemeralContainer.imagePullPolicy': 'v1.PullPolicy',
  'EphemeralContainer.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'EphemeralContainer.restartPolicy': 'v1.ContainerRestartPolicy',
  'PodSpec.restartPolicy': 'v1.RestartPolicy',
  'PodSpec.dnsPolicy': 'v1.DNSPolicy',
  'PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
  'PodStatus.phase': 'v1.PodPhase',
  'PodStatus.qosClass': 'v1.PodQOSClass',
  'PodCondition.type': 'v1.PodConditionType',
  'PodCondition.status': 'v1.ConditionStatus',
  'NodeCondition.type': 'v1.NodeConditionType',
  'NodeCondition.status': 'v1.ConditionStatus',
  'NodeAddress.type': 'v1.NodeAddressType',
  'NodeStatus.phase': 'v1.NodePhase',
  'NamespaceSpec.finalizers': 'v1.FinalizerName',
  'NamespaceStatus.phase': 'v1.NamespacePhase',
  'Taint.effect': 'v1.TaintEffect',
  'Toleration.operator': 'v1.TolerationOperator',
  'Toleration.effect': 'v1.TaintEffect',
  'NodeSelectorRequirement.operator': 'v1.NodeSelectorOperator',
  'LabelSelectorRequirement.operator': 'v1.LabelSelectorOperator',
  'TopologySpreadConstraint.whenUnsatisfiable': 'v1.UnsatisfiableConstraintAction',
  'TopologySpreadConstraint.nodeAffinityPolicy': 'v1.NodeInclusionPolicy',
  'TopologySpreadConstraint.nodeTaintsPolicy': 'v1.NodeInclusionPolicy',
  'HTTPGetAction.scheme': 'v1.URIScheme',
  'HostPathVolumeSource.type': 'v1.HostPathType',
  'EmptyDirVolumeSource.medium': 'v1.StorageMedium',
  'Capabilities.add': 'v1.Capability',
  'Capabilities.drop': 'v1.Capability',
  'SecurityContext.procMount': 'v1.ProcMountType',
  'PersistentVolumeClaimSpec.accessModes': 'v1.PersistentVolumeAccessMode',
  'PersistentVolumeClaimSpec.volumeMode': 'v1.PersistentVolumeMode',
  'ResourceRequirements.limits': 'v1.ResourceList',
  'ResourceRequirements.requests': 'v1.ResourceList',
  'PodSpec.overhead': 'v1.ResourceList',
  'NodeStatus.capacity': 'v1.ResourceList',
  'NodeStatus.allocatable': 'v1.ResourceList',
  'ContainerStatus.allocatedResources': 'v1.ResourceList',
  'Secret.type': 'v1.SecretType',
  'DeploymentStrategy.type': 'v1.DeploymentStrategyType',
  'DaemonSetUpdateStrategy.type': 'v1.DaemonSetUpdateStrategyType',
  'StatefulSetSpec.podManagementPolicy': 'v1.PodManagementPolicyType',
  'StatefulSetUpdateStrategy.type': 'v1.StatefulSetUpdateStrategyType',
  'JobSpec.completionMode': 'v1.CompletionMode',
  'CronJobSpec.concurrencyPolicy': 'v1.ConcurrencyPolicy',
  'PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy': 'v1.UnhealthyPodEvictionPolicyType',
  'IngressPortStatus.protocol': 'v1.Protocol',
  'PodOS.name': 'v1.OSName',
  'ContainerResizePolicy.resourceName': 'v1.ResourceName',
  'ContainerResizePolicy.restartPolicy': 'v1.ResourceResizeRestartPolicy',
  'SeccompProfile.type': 'v1.SeccompProfileType',
  'AppArmorProfile.type': 'v1.AppArmorProfileType',
  'PodSecurityContext.fsGroupChangePolicy': 'v1.PodFSGroupChangePolicy',
  'PodSecurityContext.supplementalGroupsPolicy': 'v1.SupplementalGroupsPolicy',
  'VolumeMount.mountPropagation': 'v1.MountPropagationMode',
  'VolumeMount.recursiveReadOnly': 'v1.RecursiveReadOnlyMode',
  'VolumeResourceRequirements.limits': 'v1.ResourceList',
  'VolumeResourceRequirements.requests': 'v1.ResourceList',
  'PersistentVolumeSpec.capacity': 'v1.ResourceList',
  'PersistentVolumeSpec.persistentVolumeReclaimPolicy': 'v1.PersistentVolumeReclaimPolicy',
  'PersistentVolumeClaimStatus.capacity': 'v1.ResourceList',
  'PersistentVolumeClaimStatus.allocatedResources': 'v1.ResourceList',
  'PersistentVolumeClaimStatus.phase': 'v1.PersistentVolumeClaimPhase',
  'ResourceQuotaSpec.hard': 'v1.ResourceList',
  'ResourceQuotaStatus.hard': 'v1.ResourceList',
  'ResourceQuotaStatus.used': 'v1.ResourceList',
  'LimitRangeItem.type': 'v1.LimitType',
  'LimitRangeItem.max': 'v1.ResourceList',
  'LimitRangeItem.min': 'v1.ResourceList',
  'LimitRangeItem.default': 'v1.ResourceList',
  'LimitRangeItem.defaultRequest': 'v1.ResourceList',
  'LimitRangeItem.maxLimitRequestRatio': 'v1.ResourceList',
  'Overhead.podFixed': 'v1.ResourceList',
  'StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted': 'v1.PersistentVolumeClaimRetentionPolicyType',
  'StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled': 'v1.PersistentVolumeClaimRetentionPolicyType',
  'PodFailurePolicyRule.action': 'v1.PodFailurePolicyAction',
  'PodFailurePolicyOnExitCodesRequirement.operator': 'v1.PodFailurePolicyOnExitCodesOperator',
  'PodFailurePolicyOnPodConditionsPattern.type': 'v1.PodConditionType',
  'PodFailurePolicyOnPodConditionsPattern.status': 'v1.ConditionStatus',
  'JobCondition.type': 'v1.JobConditionType',
  'JobCondition.status': 'v1.ConditionStatus',
  'Condition.status': 'v1.ConditionStatus',
  'MetricSpec.type': 'v2.MetricSourceType',
  'MetricStatus.type': 'v2.MetricSourceType',
  'MetricTarget.type': 'v2.MetricTargetType',
  'HPAScalingPolicy.type': 'v2.HPAScalingPolicyType',
  'HPAScalingRules.selectPolicy': 'v2.ScalingPolicySelect',
  'ResourceMetricSource.name': 'v1.ResourceName',
  'ContainerResourceMetricSource.name': 'v1.ResourceName',
  'PriorityClass.preemptionPolicy': 'v1.PreemptionPolicy',
  'StorageClass.reclaimPolicy': 'v1.PersistentVolumeReclaimPolicy',
  'StorageClass.volumeBindingMode': 'v1.VolumeBindingMode',
  'CSIDriverSpec.fsGroupPolicy': 'v1.FSGroupPolicy',
  'CSIDriverSpec.volumeLifecycleModes': 'v1.VolumeLifecycleMode',
};

export interface DeclarationPatch {
  /** kubernetes-types module the declarations belong to (`core/v1`). */
  readonly module: string;
  /** TypeScript declarations, merged into the module's interfaces (new fields and new structs). */
  readonly declarations: string;
  /** Fields v1.31 no longer has: struct name → field names. */
  readonly remove?: Readonly<Record<string, readonly string[]>>;
}

/** v1.31 API fields missing from kubernetes-types 1.30.0, and APIService, which it lacks. */
export const V131_PATCHES: readonly DeclarationPatch[] = [
  {
    // KEP-3619 (supplementalGroupsPolicy, ContainerStatus.user, NodeStatus.features), KEP-4639
    // (image volumes), KEP-4680 (allocatedResourcesStatus), KEP-127 (runtime handler userNamespaces),
    // KEP-4381 (PodResourceClaim.source tombstoned, its fields inlined; ResourceClaim.request): all v1.31.
    module: 'core/v1',
    declarations: `
      export interface PodSecurityContext { supplementalGroupsPolicy?: string; }
      export interface ContainerStatus { allocatedResourcesStatus?: Array<ResourceStatus>; user?: ContainerUser; }
      export interface ResourceStatus { name: string; resources?: Array<ResourceHealth>; }
      export interface ResourceHealth { resourceID: string; health?: string; }
      export interface ContainerUser { linux?: LinuxContainerUser; }
      export interface LinuxContainerUser { uid: number; gid: number; supplementalGroups?: Array<number>; }
      export interface NodeStatus { features?: NodeFeatures; }
      export interface NodeFeatures { supplementalGroupsPolicy?: boolean; }
      export interface NodeRuntimeHandlerFeatures { userNamespaces?: boolean; }
      export interface Volume { image?: ImageVolumeSource; }
      export interface ImageVolumeSource { reference?: string; pullPolicy?: string; }
      export interface PodResourceClaim { resourceClaimName?: string; resourceClaimTemplateName?: string; }
      export interface ResourceClaim { request?: string; }
    `,
    remove: { PodResourceClaim: ['source'] },
  },
  {
    // kubernetes-types drops the JSONSchemaProps fields whose JSON names start with "x-"
    // (apiextensions/v1 types_jsonschema.go: XPreserveUnknownFields ... XValidations).
    module: 'apiextensions/v1',
    declarations: `
      export interface JSONSchemaProps {
        "x-kubernetes-preserve-unknown-fields"?: boolean; "x-kubernetes-embedded-resource"?: boolean;
        "x-kubernetes-int-or-string"?: boolean; "x-kubernetes-list-map-keys"?: Array<string>;
        "x-kubernetes-list-type"?: string; "x-kubernetes-map-type"?: string;
        "x-kubernetes-validations"?: Array<ValidationRule>;
      }
    `,
  },
  {
    // KEP-4355 coordinated leader election (v1.31 alpha; the fields exist whatever the gate).
    module: 'coordination/v1',
    declarations: `
      export interface LeaseSpec { strategy?: string; preferredHolder?: string; }
    `,
  },
  {
    // kube-aggregator's APIService: not in kubernetes-types at all.
    module: 'apiregistration/v1',
    declarations: `
      import { ObjectMeta, Time } from "../meta/v1";
      export interface APIService { apiVersion?: string; kind?: string; metadata?: ObjectMeta; spec?: APIServiceSpec; status?: APIServiceStatus; }
      export interface APIServiceSpec {
        caBundle?: string; group?: string; groupPriorityMinimum: number; insecureSkipTLSVerify?: boolean;
        service?: ServiceReference; version?: string; versionPriority: number;
      }
      export interface ServiceReference { name?: string; namespace?: string; port?: number; }
      export interface APIServiceStatus { conditions?: Array<APIServiceCondition>; }
      export interface APIServiceCondition { lastTransitionTime?: Time; message?: string; reason?: string; status: string; type: string; }
    `,
  },
];
