/**
 * The "1,000 Pods" manifest of the keystroke rows (browser.bench.ts, model-keystrokes.ts): one
 * Deployment behind a NodePort Service, on enough Nodes for its Pods to run.
 */

/** Enough Nodes for the Pods to run: a kubelet takes 110 Pods by default (--max-pods). */
function workerNodes(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `apiVersion: v1
kind: Node
metadata:
  name: worker-${i + 1}
  labels:
    topology.kubernetes.io/zone: zone-${'abc'[i % 3] ?? 'a'}
status:
  addresses:
    - {type: InternalIP, address: 10.0.0.${i + 11}}
  capacity: {cpu: "16", memory: 64Gi, pods: "110"}
  allocatable: {cpu: "16", memory: 64Gi, pods: "110"}
  conditions:
    - {type: Ready, status: "True"}
---
`,
  ).join('');
}

/** A Deployment of `replicas` Pods behind a NodePort Service: 10 EndpointSlices at 100 endpoints each. */
export function manyPods(replicas: number): string {
  return `${workerNodes(Math.ceil(replicas / 100))}apiVersion: v1
kind: Service
metadata:
  name: big
spec:
  type: NodePort
  selector:
    app: big
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: big
  template:
    metadata:
      labels:
        app: big
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
`;
}
