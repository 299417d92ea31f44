/** Small manifests and a filter shared by the findings' tests; imported by tests only. */
import { buildCluster } from '../cluster.ts';
import { isFinding, type Diagnostic, type DiagnosticCode } from '../diagnostics.ts';

export const findingsOf = (text: string): Diagnostic[] =>
  buildCluster([{ name: 'm.yaml', text }]).diagnostics.filter((d) => isFinding(d.code));

/** A code, a severity, a field, and words the message must contain. */
export type Expected = readonly [DiagnosticCode, 'warning' | 'info', string, readonly string[]];

export interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly expected: readonly Expected[];
}

export const READINESS_PROBE = '    readinessProbe:\n      tcpSocket: {port: 8080}\n';

export const doc = (text: string) => `${text.trimEnd()}\n---\n`;

/** A one-replica StatefulSet of Pods labelled app=db, governed by the Service `serviceName`. */
export const statefulSet = (name: string, serviceName: string) =>
  doc(`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  serviceName: ${serviceName}
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres
        ports:
        - containerPort: 5432
        readinessProbe:
          tcpSocket: {port: 5432}`);

export const service = (name: string, spec: string, namespace = 'default') =>
  doc(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${spec}`);

/** A Pod with labels, a port named http on 8080 and a readiness probe, on the Node given (or scheduled). */
export const pod = (name: string, labels: string, options: { node?: string; spec?: string; probe?: boolean; namespace?: string; status?: string } = {}) =>
  doc(`apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${options.namespace ?? 'default'}
  labels: {${labels}}
spec:
${options.node ? `  nodeName: ${options.node}\n` : ''}${options.spec ?? ''}  containers:
  - name: app
    image: nginx
    ports:
    - name: http
      containerPort: 8080
${options.probe === false ? '' : READINESS_PROBE}${options.status ? `status:\n${options.status}` : ''}`);

export const node = (name: string, extra = '') =>
  doc(`apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels: {kubernetes.io/hostname: ${name}}
${extra}`);

export const deployment = (name: string, labels: string, options: { replicas?: number; spec?: string; probe?: boolean } = {}) =>
  doc(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${options.replicas ?? 2}
  selector:
    matchLabels: {${labels}}
  template:
    metadata:
      labels: {${labels}}
    spec:
${options.spec ?? ''}      containers:
      - name: app
        image: nginx
        ports:
        - name: http
          containerPort: 8080
${options.probe === false ? '' : READINESS_PROBE.replace(/^/gm, '    ').trimEnd()}
`);

export const ingress = (backend: string, name = 'site') =>
  doc(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
spec:
  rules:
  - host: example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
${backend}`);

/** A Service web selecting app=web on port 80 → 8080; `spec` goes before the selector. */
export const webService = (spec = '', name = 'web') => service(name, `${spec}  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 8080`);
