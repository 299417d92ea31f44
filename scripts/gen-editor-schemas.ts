/**
 * Generates src/web/features/editor/kubernetes.schema.json: one JSON Schema for the manifest editor
 * (monaco-yaml), covering every served kind, with the API's field descriptions for hover text.
 *
 * Run: `npm run gen:editor-schemas`.
 *
 * It reuses phase 1 of gen-schema.ts (the kubernetes-types declarations read into an ApiModel), then:
 * 1. emits one definition per struct reachable from the served kinds, shared through `$ref`;
 * 2. overlays by hand the enums that the declarations type as plain strings (ENUMS below);
 * 3. dispatches on apiVersion + kind with `if`/`then`, one branch per kind, so that a document is
 *    checked against its own kind only (an `anyOf` of every kind would report the nearest
 *    kind's errors for a document that matches none);
 * 4. adds `kind: List` (kubectl get -o yaml), whose items are checked as documents of their own.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVED_KINDS } from '../src/model/resources/schema/served-kinds.ts';
import { NUMBER_FORMATS } from './gen-schema-patches.ts';
import { moduleOfApiVersion, readApiModel, servedModules, SPECIAL_TYPES, type ApiModel, type ApiType } from './gen-schema.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/web/features/editor/kubernetes.schema.json');

/** The subset of JSON Schema this script emits (and the editor's schema test understands). */
interface Schema {
  $comment?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  enum?: string[];
  const?: string;
  anyOf?: Schema[];
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  $ref?: string;
  definitions?: Record<string, Schema>;
}

const PROTOCOL = ['TCP', 'UDP', 'SCTP'];
const CONDITION_STATUS = ['True', 'False', 'Unknown'];
const TAINT_EFFECT = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const PULL_POLICY = ['Always', 'IfNotPresent', 'Never'];
const ROLLING_OR_ON_DELETE = ['RollingUpdate', 'OnDelete'];

/**
 * Closed sets of values, from the v1.31 Go constants (staging/src/k8s.io/api/<group>/<version>/types.go)
 * and the validation that enforces them (pkg/apis/core/validation/validation.go and its siblings).
 * Keys are `Struct.field`; for a list, the values of its items. Open sets (Secret.type, condition
 * types, appProtocol) are left free, so that real `kubectl get -o yaml` output never warns.
 */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'ServiceSpec.type': ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  'ServiceSpec.sessionAffinity': ['ClientIP', 'None'],
  'ServiceSpec.externalTrafficPolicy': ['Cluster', 'Local'],
  'ServiceSpec.internalTrafficPolicy': ['Cluster', 'Local'],
  'ServiceSpec.ipFamilyPolicy': ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
  'ServiceSpec.ipFamilies': ['IPv4', 'IPv6'],
  'ServicePort.protocol': PROTOCOL,
  'PortStatus.protocol': PROTOCOL,
  'LoadBalancerIngress.ipMode': ['VIP', 'Proxy'],
  // Both core/v1 (Endpoints) and discovery/v1 (EndpointSlice) name their port struct EndpointPort.
  'EndpointPort.protocol': PROTOCOL,
  'EndpointSlice.addressType': ['IPv4', 'IPv6', 'FQDN'],
  'ContainerPort.protocol': PROTOCOL,
  'NetworkPolicyPort.protocol': PROTOCOL,
  'NetworkPolicySpec.policyTypes': ['Ingress', 'Egress'],
  'HTTPIngressPath.pathType': ['Exact', 'Prefix', 'ImplementationSpecific'],
  'IngressPortStatus.protocol': PROTOCOL,
  'Container.imagePullPolicy': PULL_POLICY,
  'EphemeralContainer.imagePullPolicy': PULL_POLICY,
  'Container.restartPolicy': ['Always'],
  'Container.terminationMessagePolicy': ['File', 'FallbackToLogsOnError'],
  'PodSpec.restartPolicy': ['Always', 'OnFailure', 'Never'],
  'PodSpec.dnsPolicy': ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
  'PodSpec.preemptionPolicy': ['PreemptLowerPriority', 'Never'],
  'PodOS.name': ['linux', 'windows'],
  'PodStatus.phase': ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'],
  'PodCondition.status': CONDITION_STATUS,
  'NodeCondition.status': CONDITION_STATUS,
  'JobCondition.status': CONDITION_STATUS,
  'Condition.status': CONDITION_STATUS,
  'NodeAddress.type': ['Hostname', 'InternalIP', 'ExternalIP', 'InternalDNS', 'ExternalDNS'],
  'NamespaceStatus.phase': ['Active', 'Terminating'],
  'HTTPGetAction.scheme': ['HTTP', 'HTTPS'],
  'Taint.effect': TAINT_EFFECT,
  // An empty effect matches every effect (validateTolerations accepts it).
  'Toleration.effect': ['', ...TAINT_EFFECT],
  'Toleration.operator': ['Exists', 'Equal'],
  'LabelSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist'],
  'NodeSelectorRequirement.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
  'TopologySpreadConstraint.whenUnsatisfiable': ['DoNotSchedule', 'ScheduleAnyway'],
  'DeploymentStrategy.type': ['Recreate', 'RollingUpdate'],
  'StatefulSetSpec.podManagementPolicy': ['OrderedReady', 'Parallel'],
  'StatefulSetUpdateStrategy.type': ROLLING_OR_ON_DELETE,
  'DaemonSetUpdateStrategy.type': ROLLING_OR_ON_DELETE,
  'CronJobSpec.concurrencyPolicy': ['Allow', 'Forbid', 'Replace'],
  'JobSpec.completionMode': ['NonIndexed', 'Indexed'],
};

/**
 * Field documentation that kubernetes-types lacks (fields patched in from v1.31, APIService, and a
 * few undocumented ones), shortened from the Go doc comments of the same types.go files.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'IngressRule.http': 'http is a list of HTTP selectors pointing to backends. A path that matches a request selects the backend that serves it.',
  'PodDNSConfigOption.value': "Value is this DNS resolver option's value.",
  'Volume.image': "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.",
  'ImageVolumeSource.reference': 'Required: image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image.',
  'ImageVolumeSource.pullPolicy': 'Policy for pulling OCI objects: Always, Never or IfNotPresent. Defaults to Always if the :latest tag is specified, or IfNotPresent otherwise.',
  'PodSecurityContext.supplementalGroupsPolicy':
    'Defines how supplemental groups of the first container processes are calculated: "Merge" (the default) or "Strict". Alpha in v1.31 (SupplementalGroupsPolicy feature gate).',
  'PodResourceClaim.resourceClaimName': 'The name of a ResourceClaim object in the same namespace as this pod. Exactly one of resourceClaimName and resourceClaimTemplateName must be set.',
  'PodResourceClaim.resourceClaimTemplateName': 'The name of a ResourceClaimTemplate object in the same namespace as this pod, from which a ResourceClaim bound to this pod is created.',
  'ResourceClaim.request': 'The name of a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.',
  'ContainerStatus.allocatedResourcesStatus': 'The health of the resources allocated to this container.',
  'ContainerStatus.user': 'User identity information initially attached to the first process of the container.',
  'ContainerUser.linux': 'User identity information initially attached to the first process of the container on Linux.',
  'LinuxContainerUser.uid': 'The primary uid initially attached to the first process in the container.',
  'LinuxContainerUser.gid': 'The primary gid initially attached to the first process in the container.',
  'LinuxContainerUser.supplementalGroups': 'The supplemental groups initially attached to the first process in the container.',
  'ResourceStatus.name': 'Name of the resource. Unique within the pod, and one of the resources of the pod spec.',
  'ResourceStatus.resources': 'The health of each resource, by unique resource ID.',
  'ResourceHealth.resourceID': 'The unique identifier of the resource.',
  'ResourceHealth.health': 'Health of the resource: Healthy, Unhealthy or Unknown.',
  'NodeStatus.features': 'The set of features implemented by the CRI implementation.',
  'NodeFeatures.supplementalGroupsPolicy': 'True if the runtime supports SupplementalGroupsPolicy and ContainerUser.',
  'NodeRuntimeHandlerFeatures.userNamespaces': 'True if the runtime handler supports user namespaces, including for volumes.',
  'NamespaceCondition.lastTransitionTime': 'Last time the condition transitioned from one status to another.',
  'NamespaceCondition.message': 'Human-readable message indicating details about the last transition.',
  'NamespaceCondition.reason': "Unique, one-word, CamelCase reason for the condition's last transition.",
  'PersistentVolumeClaimCondition.type': 'Type of the condition, e.g. Resizing or FileSystemResizePending.',
  'PersistentVolumeClaimCondition.status': 'Status of the condition: True, False or Unknown.',
  'LeaseSpec.strategy': 'The strategy for picking the leader in coordinated leader election (alpha in v1.31, CoordinatedLeaderElection feature gate).',
  'LeaseSpec.preferredHolder': 'Signals to the holder that the lease has a better holder and should be given up. Only set together with strategy.',
  'ExternalDocumentation.description': 'A short description of the external documentation.',
  'ExternalDocumentation.url': 'The URL of the external documentation.',
  'APIService.spec': 'Where to find and how to reach the server that serves this API group and version.',
  'APIService.status': 'Derived information about the API server.',
  'APIServiceSpec.service': 'The Service of the API server, reached on port 443 unless port is set. Without it, this server handles the group version itself.',
  'APIServiceSpec.group': 'The API group name this server hosts.',
  'APIServiceSpec.version': 'The API version this server hosts, e.g. "v1".',
  'APIServiceSpec.insecureSkipTLSVerify': 'Disables TLS certificate verification when talking to this server. Strongly discouraged: use caBundle instead.',
  'APIServiceSpec.caBundle': "A PEM encoded CA bundle that validates the API server's serving certificate. If unspecified, the apiserver's system trust roots are used.",
  'APIServiceSpec.groupPriorityMinimum': 'The priority this group should have at least. Clients prefer groups of higher priority.',
  'APIServiceSpec.versionPriority': 'The order of this version inside its group. Must be greater than zero; higher comes first.',
  'APIServiceStatus.conditions': 'Current service state of the APIService.',
  'APIServiceCondition.type': 'Type of the condition, e.g. Available.',
  'APIServiceCondition.status': 'Status of the condition: True, False or Unknown.',
  'APIServiceCondition.lastTransitionTime': 'Last time the condition transitioned from one status to another.',
  'APIServiceCondition.reason': "Unique, one-word, CamelCase reason for the condition's last transition.",
  'APIServiceCondition.message': 'Human-readable message indicating details about the last transition.',
  'ServiceReference.namespace': 'The namespace of the Service.',
  'ServiceReference.name': 'The name of the Service.',
  'ServiceReference.port': 'The port of the Service, 443 by default.',
};

const ANY_SCALAR_TYPES: Readonly<Record<string, Schema>> = {
  // Go's resource.Quantity unmarshals both `cpu: 0.5` and `memory: 1Gi`.
  quantity: { anyOf: [{ title: 'string', type: 'string' }, { title: 'number', type: 'number' }] },
  // metav1.Time marshals its zero value as null: kubectl prints `creationTimestamp: null`.
  time: { type: ['string', 'null'] },
  microTime: { type: ['string', 'null'] },
  any: {},
};

/** Definition names: `core/v1.ServiceSpec` → `core.v1.ServiceSpec` (a `/` would need escaping in `$ref`). */
function definitionName(key: string): string {
  return key.replaceAll('/', '.');
}

/**
 * Structs a manifest's author writes: those reachable from a kind without passing through its
 * `status`. Only they get `required`: status is the system's to fill, and `kubectl get -o yaml`
 * output must not warn because a recorded status leaves a field out.
 */
function authoredStructs(model: ApiModel, kinds: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (type: ApiType): void => {
    if (type.kind === 'array') return visit(type.item);
    if (type.kind === 'map') return visit(type.value);
    if (type.kind !== 'ref') return;
    const key = `${type.module}.${type.name}`;
    const alias = model.aliases.get(key);
    if (alias) return visit(alias);
    const struct = model.structs.get(key);
    if (!struct || seen.has(key)) return;
    seen.add(key);
    for (const field of struct.fields) if (!(kinds.includes(key) && field.name === 'status')) visit(field.type);
  };
  for (const key of kinds) visit({ kind: 'ref', module: key.slice(0, key.lastIndexOf('.')), name: key.slice(key.lastIndexOf('.') + 1) });
  return seen;
}

class Emitter {
  readonly definitions: Record<string, Schema> = {};
  readonly usedTableKeys = new Set<string>();
  private readonly authored: Set<string>;
  /** apiVersion, kind and metadata, documented once for every kind (APIService lacks them). */
  private readonly objectFields: ReadonlyMap<string, string>;

  constructor(
    private readonly model: ApiModel,
    kinds: readonly string[],
  ) {
    this.authored = authoredStructs(model, kinds);
    this.objectFields = new Map(model.structs.get('core/v1.Service')!.fields.map((f) => [f.name, f.description]));
  }

  /** Adds the struct's definition (and those it reaches); returns a `$ref` to it. */
  struct(key: string): Schema {
    const name = definitionName(key);
    if (!(name in this.definitions)) {
      const struct = this.model.structs.get(key);
      if (!struct) throw new Error(`no declaration for ${key}`);
      const schema: Schema = { type: 'object', properties: {}, additionalProperties: false };
      this.definitions[name] = schema;
      for (const field of struct.fields) {
        const where = `${struct.name}.${field.name}`;
        schema.properties![field.name] = { description: this.describe(where, field.description), ...this.field(where, field.type) };
      }
      const required = struct.fields.filter((f) => !f.optional).map((f) => f.name);
      if (required.length > 0 && this.authored.has(key)) schema.required = required;
    }
    return { $ref: `#/definitions/${name}` };
  }

  private describe(where: string, declared: string): string {
    if (declared) return declared;
    const [struct, field] = where.split('.') as [string, string];
    const written = DESCRIPTIONS[where];
    if (written) this.usedTableKeys.add(where);
    const description =
      written ??
      (struct === 'JSONSchemaProps' ? `The \`${field}\` keyword of the custom resource's structural schema (an OpenAPI v3 schema object).` : undefined) ??
      (this.objectFields.has(field) ? this.objectFields.get(field) : undefined);
    if (!description) throw new Error(`no description for ${where}: add it to DESCRIPTIONS`);
    return description;
  }

  /** `where` is `Struct.field`, the key of ENUMS and NUMBER_FORMATS. */
  private field(where: string, type: ApiType): Schema {
    switch (type.kind) {
      case 'keyword':
        return this.keyword(where, type.name);
      case 'intOrString':
        return { anyOf: [{ title: 'integer', type: 'integer' }, { title: 'string', type: 'string' }] };
      case 'array':
        return { type: 'array', items: this.field(where, type.item) };
      case 'map':
        return { type: 'object', additionalProperties: this.field(where, type.value) };
      case 'ref': {
        const key = `${type.module}.${type.name}`;
        const special = SPECIAL_TYPES[key];
        if (special) return { ...ANY_SCALAR_TYPES[special]! };
        const alias = this.model.aliases.get(key);
        return alias ? this.field(where, alias) : this.struct(key);
      }
    }
  }

  private keyword(where: string, name: 'string' | 'number' | 'boolean'): Schema {
    if (name === 'boolean') return { type: 'boolean' };
    if (name === 'number') return { type: NUMBER_FORMATS[where] === 'float64' ? 'number' : 'integer' };
    const values = ENUMS[where];
    if (!values) return { type: 'string' };
    this.usedTableKeys.add(where);
    return { type: 'string', enum: [...values] };
  }
}

/** The branch of one kind: its struct, with apiVersion and kind pinned to their values. */
function kindBranch(emitter: Emitter, apiVersion: string, kind: string): Schema {
  const ref = emitter.struct(`${moduleOfApiVersion(apiVersion)}.${kind}`);
  const definition = emitter.definitions[ref.$ref!.slice('#/definitions/'.length)]!;
  const properties = definition.properties!;
  properties.apiVersion = { ...properties.apiVersion, const: apiVersion };
  properties.kind = { ...properties.kind, const: kind };
  return {
    if: { properties: { apiVersion: { const: apiVersion }, kind: { const: kind } }, required: ['apiVersion', 'kind'] },
    then: ref,
  };
}

function listBranch(emitter: Emitter, descriptions: { apiVersion?: string; kind?: string }): Schema {
  emitter.definitions.List = {
    type: 'object',
    properties: {
      apiVersion: { description: descriptions.apiVersion, const: 'v1' },
      kind: { description: descriptions.kind, const: 'List' },
      metadata: { description: 'Standard list metadata.', ...emitter.struct('meta/v1.ListMeta') },
      items: { description: 'The objects of the list, each a manifest of its own.', type: 'array', items: { $ref: '#' } },
    },
    additionalProperties: false,
  };
  return {
    if: { properties: { apiVersion: { const: 'v1' }, kind: { const: 'List' } }, required: ['apiVersion', 'kind'] },
    then: { $ref: '#/definitions/List' },
  };
}

function buildEditorSchema(model: ApiModel): Schema {
  const emitter = new Emitter(
    model,
    SERVED_KINDS.map((info) => `${moduleOfApiVersion(info.apiVersion)}.${info.kind}`),
  );
  const branches = SERVED_KINDS.map((info) => kindBranch(emitter, info.apiVersion, info.kind));
  const service = emitter.definitions['core.v1.Service']!.properties!;
  const descriptions = { apiVersion: service.apiVersion!.description, kind: service.kind!.description };
  branches.push(listBranch(emitter, descriptions));
  const unused = [...Object.keys(ENUMS), ...Object.keys(DESCRIPTIONS)].filter((key) => !emitter.usedTableKeys.has(key));
  if (unused.length > 0) throw new Error(`table keys that match no field: ${unused.join(', ')}`);
  const sortedDefinitions = Object.fromEntries(Object.entries(emitter.definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    $comment: 'Generated by scripts/gen-editor-schemas.ts from kubernetes-types 1.30.0 (+ v1.31 patches). Do not edit.',
    // No title here or on the kinds: monaco-yaml heads every hover with the nearest title, and
    // definitions shared by every kind (ObjectMeta) would show whichever kind it saw last.
    type: 'object',
    properties: {
      // Neither `enum` nor `examples`: a custom resource is no error, and hover would list every
      // value. Completion still offers the served values, from the `if` branches' `const`s.
      apiVersion: { description: descriptions.apiVersion, type: 'string' },
      kind: { description: descriptions.kind, type: 'string' },
    },
    required: ['apiVersion', 'kind'],
    allOf: branches,
    definitions: sortedDefinitions,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = buildEditorSchema(readApiModel(servedModules()));
  writeFileSync(OUT, `${JSON.stringify(schema, null, 1)}\n`);
  console.log(`wrote ${OUT}: ${schema.allOf!.length} kinds, ${Object.keys(schema.definitions!).length} definitions`);
}
