/**
 * The guide's commands ("Essential Service Commands", "Endpoints vs. EndpointSlices",
 * "Troubleshooting Tips") against the example manifests: what kubectl prints, exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster, type Cluster } from '../../model/index.ts';
import { formatGet } from '../text/get.ts';
import { findResourceType } from '../text/resources.ts';
import { runKubectl } from './index.ts';

const text = (file: string): string => readFileSync(join(import.meta.dirname, '../../examples', file), 'utf8');
const load = (file: string): Cluster => buildCluster([{ name: file, text: text(file) }]);
const fraud = load('guide-01-fraud-detection.yaml');

describe('kubectl get prints what kse get prints', () => {
  const type = (name: string) => findResourceType(name)!;
  const base = { names: [], namespace: 'default', allNamespaces: false, selector: [], output: 'table' as const };
  it.each([
    ['kubectl get svc -A', { ...base, types: [type('svc')], allNamespaces: true }],
    ['kubectl get svc fraud-detection -n fintech -o yaml', { ...base, types: [type('svc')], names: ['fraud-detection'], namespace: 'fintech', output: 'yaml' as const }],
    ['kubectl get endpoints -A', { ...base, types: [type('endpoints')], allNamespaces: true }],
    ['kubectl get endpointslice -A', { ...base, types: [type('endpointslice')], allNamespaces: true }],
    ['kubectl get endpoints fraud-detection --namespace=fintech', { ...base, types: [type('ep')], names: ['fraud-detection'], namespace: 'fintech' }],
    ['kubectl get pods -n kube-system', { ...base, types: [type('pods')], namespace: 'kube-system' }],
    ['get po -o wide -A -l app=fraud-api', { ...base, types: [type('po')], allNamespaces: true, output: 'wide' as const, selector: [{ key: 'app', operator: '=' as const, values: ['fraud-api'] }] }],
    ['get svc,ep -n fintech -o name', { ...base, types: [type('svc'), type('ep')], namespace: 'fintech', output: 'name' as const }],
    ['get nodes', { ...base, types: [type('nodes')] }],
    ['get deploy,rs -n fintech -o json', { ...base, types: [type('deploy'), type('rs')], namespace: 'fintech', output: 'json' as const }],
    ['get svc/fraud-detection -n fintech', { ...base, types: [type('svc')], names: ['fraud-detection'], namespace: 'fintech' }],
    ['get svc nope', { ...base, types: [type('svc')], names: ['nope'] }],
  ])('%s', (line, request) => {
    const expected = formatGet(fraud, request);
    expect(runKubectl(fraud, line)).toEqual({ stdout: expected.stdout, stderr: expected.stderr, exitCode: expected.exitCode, events: [] });
  });

  it('lists the CoreDNS Pods of kube-system', () => {
    expect(runKubectl(fraud, 'kubectl get pods -n kube-system').stdout).toBe(
      [
        'NAME                      READY   STATUS    RESTARTS   AGE',
        'coredns-c4994d9dd-4s48z   1/1     Running   0          30d',
        'coredns-c4994d9dd-d2xlj   1/1     Running   0          30d',
        'kube-proxy-8kv4f          1/1     Running   0          30d',
        'kube-proxy-9m429          1/1     Running   0          30d',
        'kube-proxy-cqcp2          1/1     Running   0          30d',
        'kube-proxy-htstf          1/1     Running   0          30d',
        '',
      ].join('\n'),
    );
  });

  it('adds a LABELS column with --show-labels', () => {
    expect(runKubectl(fraud, 'get pods -n fintech --show-labels -l app=fraud-api').stdout.split('\n')[1]).toBe(
      'fraud-api-6f6c794bf9-mjcgj   1/1     Running   0          0s    app=fraud-api,pod-template-hash=6f6c794bf9',
    );
  });

  it('accepts quoting, a leading kubectl and flags in any position', () => {
    expect(runKubectl(fraud, `kubectl -n fintech get "svc" -o 'name'`).stdout).toBe('service/fraud-detection\n');
  });
});

describe('kubectl describe', () => {
  it('describes a Service by prefix, as kubectl describe falls back to', () => {
    expect(runKubectl(fraud, 'kubectl describe svc fraud -n fintech').stdout).toContain('Endpoints:                10.244.2.201:8080,10.244.1.103:8080,10.244.3.53:8080\n');
  });

  it('describes legacy Endpoints', () => {
    expect(runKubectl(fraud, 'kubectl describe endpoints fraud-detection -n fintech').stdout).toBe(
      [
        'Name:         fraud-detection',
        'Namespace:    fintech',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Subsets:',
        '  Addresses:          10.244.1.103,10.244.2.201,10.244.3.53',
        '  NotReadyAddresses:  <none>',
        '  Ports:',
        '    Name     Port  Protocol',
        '    ----     ----  --------',
        '    <unset>  8080  TCP',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('describes an EndpointSlice', () => {
    const page = runKubectl(fraud, 'kubectl describe endpointslice -n fintech').stdout;
    expect(page).toContain(['  - Addresses:  10.244.1.103', '    Conditions:', '      Ready:    true', '    Hostname:   <unset>', '    TargetRef:  Pod/fraud-api-6f6c794bf9-p6lt2', '    NodeName:   worker-1', '    Zone:       zone-a'].join('\n'));
    expect(page).toMatch(/^Name: {9}fraud-detection-/);
  });

  it('describes Pods and Nodes in kubectl layout', () => {
    expect(runKubectl(fraud, 'describe pod coredns-c4994d9dd-4s48z -n kube-system').stdout).toContain('Node:                 worker-2/172.18.0.4\n');
    expect(runKubectl(fraud, 'describe node worker-1').stdout).toContain('Non-terminated Pods:  (2 in total)\n');
  });

  it('reports a missing object as the API server does', () => {
    expect(runKubectl(fraud, 'describe svc nope')).toMatchObject({ stderr: 'Error from server (NotFound): services "nope" not found\n', exitCode: 1 });
    expect(runKubectl(fraud, 'describe endpointslices nope')).toMatchObject({ stderr: 'Error from server (NotFound): endpointslices.discovery.k8s.io "nope" not found\n' });
  });
});

describe('kubectl apply', () => {
  it('reports each object of the manifest as created', () => {
    expect(runKubectl(fraud, 'kubectl apply -f service.yaml', { manifest: text('guide-01-fraud-detection.yaml') })).toEqual({
      stdout: 'namespace/fintech created\nservice/fraud-detection created\ndeployment.apps/fraud-api created\n',
      stderr: '',
      exitCode: 0,
      events: [],
    });
  });

  it("prints the API server's refusals", () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec:',
      '  type: NodePort',
      '  selector: {app: web}',
      '  ports: [{port: 80, nodePort: 80}]',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web, labels: {app: web}}',
      'spec:',
      '  containers: [{name: web, image: nginx}]',
    ].join('\n');
    const result = runKubectl(buildCluster([{ name: 'web.yaml', text: manifest }]), 'apply -f -', { manifest });
    expect(result).toEqual({
      stdout: 'pod/web created\n',
      stderr: 'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
      exitCode: 1,
      events: [],
    });
  });

  it('needs -f', () => {
    expect(runKubectl(fraud, 'apply').stderr).toBe("error: must specify one of -f and -k\n\nSee 'kubectl apply -h' for help and examples\n");
  });
});

describe('kubectl port-forward', () => {
  it('forwards to the container port of one Pod, bypassing the Service', () => {
    const result = runKubectl(fraud, 'kubectl port-forward svc/fraud-detection 8080:80 -n fintech');
    expect(result.stdout).toBe('Forwarding from 127.0.0.1:8080 -> 8080\nForwarding from [::1]:8080 -> 8080\n');
    expect(result.portForward).toEqual({ service: 'fintech/fraud-detection', servicePort: 80, localPort: 8080, pod: 'fintech/fraud-api-6f6c794bf9-mjcgj', podPort: 8080 });
    expect(result.note).toContain('bypasses the Service');
  });

  it('uses the service port as the local port when only one is given', () => {
    expect(runKubectl(fraud, 'port-forward service/fraud-detection 80 -n fintech').stdout).toBe('Forwarding from 127.0.0.1:80 -> 8080\nForwarding from [::1]:80 -> 8080\n');
  });

  it('refuses a port the Service does not have', () => {
    expect(runKubectl(fraud, 'port-forward svc/fraud-detection 8080:81 -n fintech').stderr).toBe('error: Service fraud-detection does not have a service port 81\n');
  });

  it('refuses a Service without a selector', () => {
    expect(runKubectl(fraud, 'port-forward svc/kubernetes 6443:443').stderr).toBe("error: invalid service 'kubernetes': Service is defined without a selector\n");
  });
});

describe('kubectl run -- nslookup', () => {
  it('answers a fully qualified name as busybox prints it, then deletes the Pod', () => {
    const result = runKubectl(fraud, 'kubectl run -it --rm debug --image=busybox -- nslookup fraud-detection.fintech.svc.cluster.local');
    expect(result.stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tfraud-detection.fintech.svc.cluster.local\nAddress: 10.98.38.132\n\n\npod "debug" deleted\n',
    );
    expect(result).toMatchObject({ stderr: '', exitCode: 0, events: [] });
  });

  it('sends a short name once per search domain and fails on the NXDOMAIN replies', () => {
    const result = runKubectl(fraud, 'kubectl run -it --rm debug --image=busybox --restart=Never -n fintech -- nslookup fraud-detection');
    expect(result.stdout).toBe(
      [
        'Server:\t\t10.96.0.10',
        'Address:\t10.96.0.10:53',
        '',
        'Name:\tfraud-detection.fintech.svc.cluster.local',
        'Address: 10.98.38.132',
        '',
        "** server can't find fraud-detection.svc.cluster.local: NXDOMAIN",
        '',
        "** server can't find fraud-detection.cluster.local: NXDOMAIN",
        '',
        '',
        "** server can't find fraud-detection.svc.cluster.local: NXDOMAIN",
        '',
        "** server can't find fraud-detection.cluster.local: NXDOMAIN",
        '',
        'pod "debug" deleted',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('pod fintech/debug terminated (Error)\n');
    expect(result.exitCode).toBe(1);
  });

  // busybox networking/nslookup.c send_queries: `** server can't find NAME: NXDOMAIN` for each
  // reply with rcode 3, NAME as typed. A single label that is no TLD goes upstream, whose NXDOMAIN
  // the model assumes (DnsResponse.simulated), so busybox does not time out.
  it.each([
    ['nslookup db.', 'db.'],
    ['nslookup db 10.96.0.10', 'db'],
  ])('prints the upstream NXDOMAIN for a single label: %s', (command, printed) => {
    const result = runKubectl(fraud, `kubectl run -it --rm debug --image=busybox -- ${command}`);
    expect(result.stdout).toBe(
      `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find ${printed}: NXDOMAIN\n\n** server can't find ${printed}: NXDOMAIN\n\npod "debug" deleted\n`,
    );
    expect(result.exitCode).toBe(1);
    expect(result.note).toMatch(/Assumed answer: NXDOMAIN/);
  });

  it('answers through kubectl exec in the Pod namespace', () => {
    const result = runKubectl(fraud, 'exec -it fraud-api-6f6c794bf9-mjcgj -n fintech -- nslookup kubernetes.default.svc.cluster.local');
    expect(result.stdout).toContain('Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n');
  });

  it('refuses commands the simulator cannot run', () => {
    const result = runKubectl(fraud, 'run -it --rm debug --image=busybox -- wget -qO- http://fraud-detection');
    expect(result.stderr).toBe('error: the simulator does not run containers; only nslookup is answered, not wget\npod default/debug terminated (Error)\n');
    expect(result.exitCode).toBe(1);
  });

  it('needs --image', () => {
    expect(runKubectl(fraud, 'run -it --rm debug -- nslookup x').stderr).toBe('error: required flag(s) "image" not set\n');
  });
});

describe('commands that change the cluster produce events', () => {
  it('scale', () => {
    expect(runKubectl(fraud, 'kubectl scale deployment/fraud-api --replicas=5 -n fintech')).toEqual({
      stdout: 'deployment.apps/fraud-api scaled\n',
      stderr: '',
      exitCode: 0,
      events: [{ kind: 'scale', workload: 'Deployment/fintech/fraud-api', replicas: 5 }],
    });
    expect(runKubectl(fraud, 'scale deploy nope --replicas=1').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(runKubectl(fraud, 'scale deploy fraud-api -n fintech').stderr).toBe('error: required flag(s) "replicas" not set\n');
  });

  it('delete pod', () => {
    const result = runKubectl(fraud, 'delete pod fraud-api-6f6c794bf9-mjcgj nope -n fintech');
    expect(result).toEqual({
      stdout: 'pod "fraud-api-6f6c794bf9-mjcgj" deleted\n',
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      exitCode: 1,
      events: [{ kind: 'delete-pod', pod: 'fintech/fraud-api-6f6c794bf9-mjcgj' }],
    });
  });

  it('label pod, with --overwrite guarding existing values', () => {
    const pod = 'fraud-api-6f6c794bf9-mjcgj';
    expect(runKubectl(fraud, `label pod ${pod} app=other -n fintech`).stderr).toBe("error: 'app' already has a value (fraud-api), and --overwrite is false\n");
    expect(runKubectl(fraud, `label pod ${pod} app=other tier=web --overwrite -n fintech`)).toEqual({
      stdout: `pod/${pod} labeled\n`,
      stderr: '',
      exitCode: 0,
      events: [{ kind: 'label-pod', pod: `fintech/${pod}`, labels: { app: 'other', tier: 'web' } }],
    });
    expect(runKubectl(fraud, `label pods/${pod} app- -n fintech`)).toMatchObject({ stdout: `pod/${pod} unlabeled\n`, events: [{ kind: 'label-pod', labels: { app: null } }] });
  });

  it('cordon and uncordon', () => {
    expect(runKubectl(fraud, 'cordon worker-2')).toEqual({ stdout: 'node/worker-2 cordoned\n', stderr: '', exitCode: 0, events: [{ kind: 'cordon', node: 'worker-2', unschedulable: true }] });
    expect(runKubectl(fraud, 'uncordon worker-2')).toEqual({ stdout: 'node/worker-2 already uncordoned\n', stderr: '', exitCode: 0, events: [] });
    expect(runKubectl(fraud, 'cordon nope').stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});

describe('kubectl drain', () => {
  const manifest = `
apiVersion: v1
kind: Pod
metadata: {name: lonely, namespace: default}
spec:
  nodeName: worker-1
  containers: [{name: app, image: nginx}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: default}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: agent}]
`;
  const cluster = buildCluster([{ name: 'drain.yaml', text: manifest }]);
  const agent = cluster.pods.find((p) => p.object.spec?.nodeName === 'worker-1' && p.object.metadata?.labels?.app === 'agent')?.object.metadata?.name ?? '';
  const proxy = cluster.pods.find((p) => p.object.spec?.nodeName === 'worker-1' && p.object.metadata?.labels?.['k8s-app'] === 'kube-proxy')?.object.metadata?.name ?? '';

  it('refuses DaemonSet and bare Pods without the flags, but cordons', () => {
    const result = runKubectl(cluster, 'kubectl drain worker-1');
    expect(result.stdout).toBe('node/worker-1 cordoned\n');
    expect(result.stderr).toBe(
      `error: unable to drain node "worker-1" due to error: [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/${agent}, kube-system/${proxy}, cannot delete Pods that declare no controller (use --force to override): default/lonely], continuing command...\n` +
        'There are pending nodes to be drained:\n worker-1\n' +
        `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/${agent}, kube-system/${proxy}\n` +
        'cannot delete Pods that declare no controller (use --force to override): default/lonely\n',
    );
    expect(result.events).toEqual([{ kind: 'cordon', node: 'worker-1', unschedulable: true }]);
    expect(result.exitCode).toBe(1);
  });

  it('evicts what it may with --ignore-daemonsets --force', () => {
    const result = runKubectl(cluster, 'kubectl drain worker-1 --ignore-daemonsets --force');
    expect(result.stdout).toBe('node/worker-1 cordoned\nevicting pod default/lonely\npod/lonely evicted\nnode/worker-1 drained\n');
    expect(result.stderr).toBe(`Warning: ignoring DaemonSet-managed Pods: default/${agent}, kube-system/${proxy}; deleting Pods that declare no controller: default/lonely\n`);
    expect(result.events).toEqual([{ kind: 'drain', node: 'worker-1' }]);
  });
});

describe('errors as kubectl prints them', () => {
  it.each([
    ['kubectl foo', 'error: unknown command "foo" for "kubectl"\n\nRun \'kubectl --help\' for usage.\n'],
    ['kubectl get foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    // A cluster without the Gateway API CRDs, as the guide's examples are.
    ['kubectl get httproutes', 'error: the server doesn\'t have a resource type "httproutes"\n'],
    ['kubectl get gateway/web', 'error: the server doesn\'t have a resource type "gateway"\n'],
    ['kubectl describe gateways', 'error: the server doesn\'t have a resource type "gateways"\n'],
    ['kubectl get svc --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl get svc -x', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl get svc -o table', 'error: unable to match a printer suitable for the output format "table", allowed formats are: json,name,wide,yaml\n'],
    ['kubectl get svc web -A', "error: a resource cannot be retrieved by name across all namespaces\nSee 'kubectl get -h' for help and examples\n"],
    ['kubectl get svc "web', "error: unexpected EOF while looking for matching `\"'\n"],
  ])('%s', (line, stderr) => {
    expect(runKubectl(fraud, line)).toEqual({ stdout: '', stderr, exitCode: 1, events: [] });
  });

  it('prints help', () => {
    expect(runKubectl(fraud, 'kubectl help').stdout).toContain('  port-forward  Forward one or more local ports to a pod\n');
    expect(runKubectl(fraud, 'kubectl get --help').stdout).toContain('kubectl get TYPE');
  });
});
