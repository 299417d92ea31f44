import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { trace } from './trace.ts';
import type { Listener } from './types.ts';

/** One Pod whose container declares `ports`, and a Service `web` sending `servicePort` to it. */
function listenerFor(ports: string, servicePort: string): Listener | undefined {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers: [{name: c, image: nginx, ports: ${ports}}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [${servicePort}]
`;
  const result = trace(buildCluster([{ name: 'm.yaml', text }]), { service: 'web' });
  if (!result.ok) throw new Error(result.error.message);
  return result.trace.listener;
}

// containerPort is informational (core/v1 ContainerPort), and FindPort copies a numeric targetPort
// as it is (pkg/api/v1/pod/util.go): only the Pod's declarations say what is likely to listen.
describe('what is known to listen where a packet lands', () => {
  it.each([
    ['the numeric targetPort a container declares', '[{containerPort: 9090}]', '{port: 80, targetPort: 9090}', 'declared'],
    ['a named targetPort, found by FindPort', '[{name: http, containerPort: 9090}]', '{port: 80, targetPort: http}', 'declared'],
    ['a targetPort no container declares', '[{name: http, containerPort: 9090}]', '{port: 80, targetPort: 9091}', 'other-port'],
    ['a port declared for another protocol only', '[{containerPort: 53, protocol: UDP}]', '{port: 53, protocol: TCP}', 'other-port'],
    ['a Pod that declares no port at all', '[]', '{port: 80, targetPort: 8080}', 'unknown'],
  ])('%s', (_name, ports, servicePort, status) => {
    expect(listenerFor(ports, servicePort)?.status).toBe(status);
  });

  it('says the connection would most likely be refused, and the fix', () => {
    const listener = listenerFor('[{name: http, containerPort: 9090}]', '{port: 80, targetPort: 9091}');
    expect(listener).toMatchObject({ port: 9091, protocol: 'TCP', declared: ['9090/TCP (http)'] });
    expect(listener?.message).toContain('the Pod answers with a TCP RST, and the client sees "connection refused"');
    expect(listener?.message).toMatch(/Fix: set the Service's targetPort to 9090, or to the port's name, http$/);
  });

  it('for UDP, the refusal is an ICMP port unreachable', () => {
    expect(listenerFor('[{containerPort: 5353, protocol: UDP}]', '{port: 53, targetPort: 53, protocol: UDP}')?.message).toContain('an ICMP port unreachable');
  });

  it('says nothing of an endpoint without a Pod', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {ports: [{port: 80}]}
---
apiVersion: v1
kind: Endpoints
metadata: {name: ext}
subsets: [{addresses: [{ip: 192.0.2.10}], ports: [{port: 80}]}]
`;
    const result = trace(buildCluster([{ name: 'm.yaml', text }]), { service: 'ext' });
    expect(result.ok && result.trace.delivered && result.trace.listener).toBe(undefined);
  });
});
