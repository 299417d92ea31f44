/**
 * The default cluster, as kubeadm sets it up, written as the manifests a real one holds. They go
 * through the same pipeline as the input; input objects of the same name replace them, any
 * input Node replaces all of these Nodes, and input Pods or workloads that the CoreDNS
 * Deployment's or the kube-proxy DaemonSet's selector matches replace that workload
 * (builtin-stand-ins.ts).
 *
 * Sources: kubeadm's defaults (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go: service subnet
 * 10.96.0.0/12, DNS at the tenth address), its CoreDNS manifests (cmd/kubeadm/app/phases/addons/dns/manifests.go)
 * its kube-proxy DaemonSet (cmd/kubeadm/app/phases/addons/proxy/manifests.go) and the apiserver's own
 * `default/kubernetes` Service (pkg/controlplane/controller/kubernetesservice).
 */
export const BUILTIN_SOURCE_NAME = '(built-in cluster)';

/**
 * Stand-ins for the version-dependent parts, filled in per simulated version by builtinDocuments:
 * the release the Nodes run (kubelet, kube-proxy image) and the CoreDNS image kubeadm deploys.
 */
const KUBELET_VERSION = '@RELEASE@';
const COREDNS_VERSION = '@COREDNS@';

interface BuiltinNode {
  readonly name: string;
  readonly ip: string;
  readonly zone: string;
  readonly controlPlane: boolean;
}

export const BUILTIN_NODES: readonly BuiltinNode[] = [
  { name: 'control-plane', ip: '172.18.0.2', zone: 'zone-a', controlPlane: true },
  { name: 'worker-1', ip: '172.18.0.3', zone: 'zone-a', controlPlane: false },
  { name: 'worker-2', ip: '172.18.0.4', zone: 'zone-b', controlPlane: false },
  { name: 'worker-3', ip: '172.18.0.5', zone: 'zone-c', controlPlane: false },
];

function nodeManifest(node: BuiltinNode): string {
  const role = node.controlPlane ? `\n    node-role.kubernetes.io/control-plane: ""` : '';
  const taint = node.controlPlane
    ? `\n  taints:\n  - effect: NoSchedule\n    key: node-role.kubernetes.io/control-plane`
    : '';
  return `apiVersion: v1
kind: Node
metadata:
  name: ${node.name}
  labels:
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: ${node.name}
    kubernetes.io/os: linux
    topology.kubernetes.io/region: region-1
    topology.kubernetes.io/zone: ${node.zone}${role}
spec:${taint || ' {}'}
status:
  addresses:
  - address: ${node.ip}
    type: InternalIP
  - address: ${node.name}
    type: Hostname
  conditions:
  - type: Ready
    status: "True"
    reason: KubeletReady
    message: kubelet is posting ready status
  nodeInfo:
    architecture: amd64
    containerRuntimeVersion: containerd://1.7.24
    kernelVersion: 6.1.0-28-amd64
    kubeProxyVersion: ${KUBELET_VERSION}
    kubeletVersion: ${KUBELET_VERSION}
    operatingSystem: linux
    osImage: Debian GNU/Linux 12 (bookworm)
`;
}

const NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease']
  .map((name) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`)
  .join('---\n');

const KUBERNETES_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: kubernetes
  namespace: default
  labels:
    component: apiserver
    provider: kubernetes
spec:
  clusterIP: 10.96.0.1
  ports:
  - name: https
    port: 443
    protocol: TCP
    targetPort: 6443
`;

const KUBE_DNS = `apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
  labels:
    k8s-app: kube-dns
    kubernetes.io/cluster-service: "true"
    kubernetes.io/name: CoreDNS
  annotations:
    prometheus.io/port: "9153"
    prometheus.io/scrape: "true"
spec:
  clusterIP: 10.96.0.10
  selector:
    k8s-app: kube-dns
  ports:
  - name: dns
    port: 53
    protocol: UDP
    targetPort: 53
  - name: dns-tcp
    port: 53
    protocol: TCP
    targetPort: 53
  - name: metrics
    port: 9153
    protocol: TCP
    targetPort: 9153
`;

const COREDNS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: coredns
  namespace: kube-system
  labels:
    k8s-app: kube-dns
spec:
  replicas: 2
  selector:
    matchLabels:
      k8s-app: kube-dns
  template:
    metadata:
      labels:
        k8s-app: kube-dns
    spec:
      priorityClassName: system-cluster-critical
      serviceAccountName: coredns
      dnsPolicy: Default
      tolerations:
      - key: CriticalAddonsOnly
        operator: Exists
      - key: node-role.kubernetes.io/control-plane
        effect: NoSchedule
      nodeSelector:
        kubernetes.io/os: linux
      containers:
      - name: coredns
        image: registry.k8s.io/coredns/coredns:${COREDNS_VERSION}
        args: ["-conf", "/etc/coredns/Corefile"]
        ports:
        - containerPort: 53
          name: dns
          protocol: UDP
        - containerPort: 53
          name: dns-tcp
          protocol: TCP
        - containerPort: 9153
          name: metrics
          protocol: TCP
`;

/** The Corefile kubeadm writes into the coredns ConfigMap; DNS answers follow it. */
export const KUBEADM_COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30
    loop
    reload
    loadbalance
}
`;

const COREFILE_CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: coredns
  namespace: kube-system
data:
  Corefile: |
${KUBEADM_COREFILE.replace(/^/gm, '    ').trimEnd()}
`;

/**
 * kube-proxy runs on every Node as a DaemonSet on the host's network, tolerating every taint: the
 * reason `kubectl drain` asks for --ignore-daemonsets on a kubeadm cluster.
 */
const KUBE_PROXY = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
  labels:
    k8s-app: kube-proxy
spec:
  selector:
    matchLabels:
      k8s-app: kube-proxy
  updateStrategy:
    type: RollingUpdate
  template:
    metadata:
      labels:
        k8s-app: kube-proxy
    spec:
      containers:
      - name: kube-proxy
        image: registry.k8s.io/kube-proxy:${KUBELET_VERSION}
        command:
        - /usr/local/bin/kube-proxy
        - --config=/var/lib/kube-proxy/config.conf
        - --hostname-override=$(NODE_NAME)
        env:
        - name: NODE_NAME
          valueFrom:
            fieldRef:
              fieldPath: spec.nodeName
        securityContext:
          privileged: true
        volumeMounts:
        - mountPath: /var/lib/kube-proxy
          name: kube-proxy
        - mountPath: /run/xtables.lock
          name: xtables-lock
        - mountPath: /lib/modules
          name: lib-modules
          readOnly: true
      hostNetwork: true
      priorityClassName: system-node-critical
      serviceAccountName: kube-proxy
      nodeSelector:
        kubernetes.io/os: linux
      tolerations:
      - operator: Exists
      volumes:
      - name: kube-proxy
        configMap:
          name: kube-proxy
      - name: xtables-lock
        hostPath:
          path: /run/xtables.lock
          type: FileOrCreate
      - name: lib-modules
        hostPath:
          path: /lib/modules
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-proxy
  namespace: kube-system
  labels:
    app: kube-proxy
data:
  config.conf: |
    apiVersion: kubeproxy.config.k8s.io/v1alpha1
    kind: KubeProxyConfiguration
    clusterCIDR: 10.244.0.0/16
    mode: iptables
`;

export interface BuiltinDocuments {
  readonly nodes: string;
  readonly namespaces: string;
  readonly kubernetesService: string;
  readonly kubeDns: string;
  readonly coreDns: string;
  readonly kubeProxy: string;
}

const BUILTIN_TEMPLATES: BuiltinDocuments = {
  nodes: BUILTIN_NODES.map(nodeManifest).join('---\n'),
  namespaces: NAMESPACES,
  kubernetesService: KUBERNETES_SERVICE,
  kubeDns: KUBE_DNS,
  coreDns: COREDNS + '---\n' + COREFILE_CONFIGMAP,
  kubeProxy: KUBE_PROXY,
};

/**
 * The built-in manifests of a cluster of one version: its Nodes report `release` (v1.N.P), its
 * kube-proxy image has that tag, and CoreDNS runs the image kubeadm of that version deploys
 * (versions/rules.ts).
 */
export function builtinDocuments(release: string, coreDNSVersion: string): BuiltinDocuments {
  const fill = (text: string): string => text.replaceAll(KUBELET_VERSION, release).replaceAll(COREDNS_VERSION, coreDNSVersion);
  const t = BUILTIN_TEMPLATES;
  return {
    nodes: fill(t.nodes),
    namespaces: fill(t.namespaces),
    kubernetesService: fill(t.kubernetesService),
    kubeDns: fill(t.kubeDns),
    coreDns: fill(t.coreDns),
    kubeProxy: fill(t.kubeProxy),
  };
}

/** The apiserver's port for the `kubernetes` Service's endpoints (kube-apiserver --secure-port, kubeadm 6443). */
export const APISERVER_PORT = 6443;
