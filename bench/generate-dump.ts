/**
 * A cluster dump in the form `kubectl get ns,nodes,svc,deploy,pods -A -o yaml` prints: one
 * `kind: List`, keys sorted, status included, and the fields the API server sets on every stored
 * object (metadata.resourceVersion and uid), so that it loads as the stored state of a running
 * cluster. Deterministic, so runs compare.
 *
 * `serverFields` chooses those fields: `kubectl` (the default) as `kubectl get -o yaml` prints them
 * since v1.21, without managedFields; `managed` with managedFields too, as `--show-managed-fields`
 * prints them; `none` leaves resourceVersion, uid and managedFields out, so that the same objects
 * read as manifests to apply.
 */
export interface DumpShape {
  readonly namespaces: number;
  readonly nodes: number;
  readonly services: number;
  readonly deployments: number;
  readonly podsPerDeployment: number;
}

/** 100 + 114 + 10,100 + 5,050 + 35,350 = 50,714 objects, about 140 MiB. */
export const FULL_SHAPE: DumpShape = { namespaces: 100, nodes: 114, services: 10_100, deployments: 5_050, podsPerDeployment: 7 };
/** A tenth of it: 5,072 objects, about 14 MB, the dump the browser's rows open and edit. */
export const SMALL_SHAPE: DumpShape = { namespaces: 10, nodes: 12, services: 1_010, deployments: 505, podsPerDeployment: 7 };

export function countObjects(shape: DumpShape): number {
  return shape.namespaces + shape.nodes + shape.services + shape.deployments + shape.deployments * shape.podsPerDeployment;
}

const TIME = '2024-11-02T08:15:31Z';
const uid = (n: number) => `0f${n.toString(16).padStart(6, '0')}-5a8e-4c1d-9b7e-${n.toString(16).padStart(12, '0')}`;
const ns = (i: number) => `team-${String(i).padStart(3, '0')}`;
const node = (i: number) => `node-${String(i).padStart(3, '0')}`;
const nodeIP = (i: number) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 4}`;
const podIP = (n: number) => `10.244.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
/** Above 10.96.1.0, clear of the addresses kubeadm's own Services take (10.96.0.1, 10.96.0.10). */
const clusterIP = (i: number) => `10.${96 + Math.floor(i / 64000)}.${(Math.floor(i / 250) % 255) + 1}.${(i % 250) + 2}`;
/**
 * One Service in 16 is a NodePort and one a LoadBalancer: the nodePort range has only 2,768 ports
 * for the whole cluster, and each of those Services takes two.
 */
const SERVICE_TYPES = [
  'ClusterIP', 'ClusterIP', 'NodePort', 'ClusterIP', 'Headless', 'ClusterIP', 'ExternalName', 'ClusterIP',
  'ClusterIP', 'ClusterIP', 'LoadBalancer', 'ClusterIP', 'Headless', 'ClusterIP', 'ClusterIP', 'ClusterIP',
] as const;
/** The n-th NodePort or LoadBalancer Service's two nodePorts, distinct across the dump. */
const nodePorts = (i: number): [number, number] => {
  const n = Math.floor(i / 16) * 2 + (i % 16 === 10 ? 1 : 0);
  return [30000 + 2 * n, 30001 + 2 * n];
};

function namespace(i: number): string {
  return `- apiVersion: v1
  kind: Namespace
  metadata:
    creationTimestamp: "${TIME}"
    labels:
      kubernetes.io/metadata.name: ${ns(i)}
    name: ${ns(i)}
    uid: ${uid(i)}
  spec:
    finalizers:
    - kubernetes
  status:
    phase: Active
`;
}

function nodeObject(i: number): string {
  return `- apiVersion: v1
  kind: Node
  metadata:
    annotations:
      kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
      node.alpha.kubernetes.io/ttl: "0"
      volumes.kubernetes.io/controller-managed-attach-detach: "true"
    creationTimestamp: "${TIME}"
    labels:
      beta.kubernetes.io/arch: amd64
      beta.kubernetes.io/os: linux
      kubernetes.io/arch: amd64
      kubernetes.io/hostname: ${node(i)}
      kubernetes.io/os: linux
      topology.kubernetes.io/zone: zone-${'abc'[i % 3]}
    name: ${node(i)}
    uid: ${uid(100_000 + i)}
  spec:
    podCIDR: 10.244.${i}.0/24
    podCIDRs:
    - 10.244.${i}.0/24
  status:
    addresses:
    - address: ${nodeIP(i)}
      type: InternalIP
    - address: ${node(i)}
      type: Hostname
    allocatable:
      cpu: "8"
      ephemeral-storage: "95551679124"
      memory: 32781000Ki
      pods: "110"
    capacity:
      cpu: "8"
      ephemeral-storage: 103675900Ki
      memory: 32883400Ki
      pods: "110"
    conditions:
    - lastHeartbeatTime: "${TIME}"
      lastTransitionTime: "${TIME}"
      message: kubelet is posting ready status
      reason: KubeletReady
      status: "True"
      type: Ready
    daemonEndpoints:
      kubeletEndpoint:
        Port: 10250
    nodeInfo:
      architecture: amd64
      bootID: ${uid(200_000 + i)}
      containerRuntimeVersion: containerd://1.7.24
      kernelVersion: 6.1.0-28-amd64
      kubeProxyVersion: v1.31.4
      kubeletVersion: v1.31.4
      machineID: ${uid(300_000 + i).replace(/-/g, '')}
      operatingSystem: linux
      osImage: Debian GNU/Linux 12 (bookworm)
      systemUUID: ${uid(400_000 + i)}
`;
}

function service(i: number, shape: DumpShape): string {
  const type = SERVICE_TYPES[i % SERVICE_TYPES.length]!;
  const app = `app-${i % shape.deployments}`;
  const name = `svc-${i}`;
  const meta = `  metadata:
    annotations:
      example.com/owner: team-${i % shape.namespaces}
    creationTimestamp: "${TIME}"
    labels:
      app: ${app}
      tier: backend
    name: ${name}
    namespace: ${ns(Math.floor(i / (shape.services / shape.namespaces)) % shape.namespaces)}
    uid: ${uid(500_000 + i)}
`;
  if (type === 'ExternalName') {
    return `- apiVersion: v1
  kind: Service
${meta}  spec:
    externalName: db-${i}.example.com
    sessionAffinity: None
    type: ExternalName
  status:
    loadBalancer: {}
`;
  }
  const headless = type === 'Headless';
  const nodePort = type === 'NodePort' || type === 'LoadBalancer';
  const ports = `    ports:
    - name: http
${nodePort ? `      nodePort: ${nodePorts(i)[0]}\n` : ''}      port: 80
      protocol: TCP
      targetPort: http
    - name: metrics
${nodePort ? `      nodePort: ${nodePorts(i)[1]}\n` : ''}      port: 9090
      protocol: TCP
      targetPort: 9090
`;
  return `- apiVersion: v1
  kind: Service
${meta}  spec:
${type === 'LoadBalancer' ? '    allocateLoadBalancerNodePorts: true\n' : ''}    clusterIP: ${headless ? 'None' : clusterIP(i)}
    clusterIPs:
    - ${headless ? 'None' : clusterIP(i)}
${nodePort ? '    externalTrafficPolicy: Cluster\n' : ''}    internalTrafficPolicy: Cluster
    ipFamilies:
    - IPv4
    ipFamilyPolicy: SingleStack
${ports}    selector:
      app: ${app}
    sessionAffinity: None
    type: ${headless ? 'ClusterIP' : type}
  status:
    loadBalancer:${type === 'LoadBalancer' ? `\n      ingress:\n      - ip: 198.51.100.${(i % 250) + 1}\n        ipMode: VIP` : ' {}'}
`;
}

function podTemplate(app: string, indent: string): string {
  return `metadata:
  creationTimestamp: null
  labels:
    app: ${app}
    tier: backend
spec:
  containers:
  - env:
    - name: LOG_LEVEL
      value: info
    - name: OTEL_EXPORTER_OTLP_ENDPOINT
      value: http://otel-collector.observability.svc.cluster.local:4317
    - name: POD_NAME
      valueFrom:
        fieldRef:
          apiVersion: v1
          fieldPath: metadata.name
    image: registry.example.com/${app}:1.4.2
    imagePullPolicy: IfNotPresent
    name: server
    ports:
    - containerPort: 8080
      name: http
      protocol: TCP
    - containerPort: 9090
      name: metrics
      protocol: TCP
    readinessProbe:
      failureThreshold: 3
      httpGet:
        path: /healthz
        port: http
        scheme: HTTP
      periodSeconds: 10
      successThreshold: 1
      timeoutSeconds: 1
    resources:
      limits:
        memory: 256Mi
      requests:
        cpu: 100m
        memory: 128Mi
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
  dnsPolicy: ClusterFirst
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  terminationGracePeriodSeconds: 30
`.replace(/^/gm, indent).trimEnd();
}

function deployment(i: number, shape: DumpShape): string {
  const app = `app-${i}`;
  return `- apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      deployment.kubernetes.io/revision: "1"
    creationTimestamp: "${TIME}"
    generation: 1
    labels:
      app: ${app}
    name: ${app}
    namespace: ${ns(i % shape.namespaces)}
    uid: ${uid(700_000 + i)}
  spec:
    progressDeadlineSeconds: 600
    replicas: ${shape.podsPerDeployment}
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        app: ${app}
    strategy:
      rollingUpdate:
        maxSurge: 25%
        maxUnavailable: 25%
      type: RollingUpdate
    template:
${podTemplate(app, '      ')}
  status:
    availableReplicas: ${shape.podsPerDeployment}
    observedGeneration: 1
    readyReplicas: ${shape.podsPerDeployment}
    replicas: ${shape.podsPerDeployment}
    updatedReplicas: ${shape.podsPerDeployment}
`;
}

function pod(d: number, r: number, n: number, shape: DumpShape): string {
  const app = `app-${d}`;
  const hash = `7d9f${(d % 9000).toString(36).padStart(4, '0')}b`;
  const name = `${app}-${hash}-${(n * 7919).toString(36).slice(-5).padStart(5, 'x')}`;
  const ready = r % 13 !== 0;
  const host = n % shape.nodes;
  const condition = (type: string, status: boolean) => `    - lastProbeTime: null
      lastTransitionTime: "${TIME}"
      status: "${status ? 'True' : 'False'}"
      type: ${type}`;
  return `- apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      kubectl.kubernetes.io/restartedAt: "${TIME}"
      prometheus.io/port: "9090"
      prometheus.io/scrape: "true"
    creationTimestamp: "${TIME}"
    generateName: ${app}-${hash}-
    labels:
      app: ${app}
      pod-template-hash: ${hash}
      tier: backend
    name: ${name}
    namespace: ${ns(d % shape.namespaces)}
    ownerReferences:
    - apiVersion: apps/v1
      blockOwnerDeletion: true
      controller: true
      kind: ReplicaSet
      name: ${app}-${hash}
      uid: ${uid(800_000 + d)}
    uid: ${uid(900_000 + n)}
  spec:
${podTemplate(app, '  ').split('\n').slice(6).join('\n')}
    nodeName: ${node(host)}
    enableServiceLinks: true
    preemptionPolicy: PreemptLowerPriority
    priority: 0
    serviceAccount: default
    serviceAccountName: default
    tolerations:
    - effect: NoExecute
      key: node.kubernetes.io/not-ready
      operator: Exists
      tolerationSeconds: 300
    - effect: NoExecute
      key: node.kubernetes.io/unreachable
      operator: Exists
      tolerationSeconds: 300
  status:
    conditions:
${condition('PodReadyToStartContainers', true)}
${condition('Initialized', true)}
${condition('Ready', ready)}
${condition('ContainersReady', ready)}
${condition('PodScheduled', true)}
    containerStatuses:
    - containerID: containerd://${(n * 2654435761 % 2 ** 32).toString(16).padStart(8, '0').repeat(8)}
      image: registry.example.com/${app}:1.4.2
      imageID: registry.example.com/${app}@sha256:${(d * 40503 % 2 ** 32).toString(16).padStart(8, '0').repeat(8)}
      lastState: {}
      name: server
      ready: ${ready}
      restartCount: ${r % 3}
      started: true
      state:
        running:
          startedAt: "${TIME}"
    hostIP: ${nodeIP(host)}
    hostIPs:
    - ip: ${nodeIP(host)}
    phase: Running
    podIP: ${podIP(n)}
    podIPs:
    - ip: ${podIP(n)}
    qosClass: Burstable
    startTime: "${TIME}"
`;
}

export type ServerFields = 'kubectl' | 'managed' | 'none';

export interface DumpOptions {
  readonly serverFields?: ServerFields;
}

/** One managedFields entry, as the API server's field manager records an apply by kubectl. */
function managedFields(apiVersion: string): string {
  return `    managedFields:
    - apiVersion: ${apiVersion}
      fieldsType: FieldsV1
      fieldsV1:
        f:metadata:
          f:labels:
            .: {}
        f:spec: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: "${TIME}"
`;
}

/**
 * The object with the server-set fields its metadata carries, each at its place in kubectl's
 * sorted keys: managedFields before name, resourceVersion before uid (4 spaces deep: metadata's
 * own keys, not an ownerReference's).
 */
function withServerFields(object: string, resourceVersion: number, fields: ServerFields): string {
  if (fields === 'none') return object.replace(/\n {4}uid: [^\n]*/, '');
  let out = object.replace('\n    uid: ', `\n    resourceVersion: "${resourceVersion}"\n    uid: `);
  if (fields === 'managed') {
    const apiVersion = /^- apiVersion: (\S+)/.exec(out)?.[1] ?? 'v1';
    out = out.replace('\n    name: ', `\n${managedFields(apiVersion).trimEnd()}\n    name: `);
  }
  return out;
}

export function generateDump(shape: DumpShape = FULL_SHAPE, options: DumpOptions = {}): string {
  const fields = options.serverFields ?? 'kubectl';
  const parts: string[] = ['apiVersion: v1\nitems:\n'];
  let version = 1000;
  const push = (object: string) => parts.push(withServerFields(object, version++, fields));
  for (let i = 0; i < shape.namespaces; i++) push(namespace(i));
  for (let i = 0; i < shape.nodes; i++) push(nodeObject(i));
  for (let i = 0; i < shape.services; i++) push(service(i, shape));
  for (let i = 0; i < shape.deployments; i++) push(deployment(i, shape));
  let n = 0;
  for (let d = 0; d < shape.deployments; d++) {
    for (let r = 0; r < shape.podsPerDeployment; r++) push(pod(d, r, n++, shape));
  }
  parts.push('kind: List\nmetadata:\n  resourceVersion: ""\n');
  return parts.join('');
}
