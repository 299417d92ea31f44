/**
 * A packet to a port the Service does not have: no kube-proxy rule matches it, so it is never
 * translated, and what happens depends on where it was going.
 */
import { defaultNode, findNode, nodeAddress } from './client.ts';
import { clientSource, serviceNodeId, type NotArrived, type TraceContext } from './arrive.ts';
import { joinHostPort } from './endpoints.ts';
import { clusterIPByFamily } from './service-port.ts';
import type { TraceHop } from './types.ts';

function stopped(hops: TraceHop[], reason: string): NotArrived {
  return { kind: 'stopped', hops, reason, notes: [], simulated: [] };
}

/** The Service that owns a nodePort, if another one does: the packet is that Service's, not this one's. */
function nodePortOwner(ctx: TraceContext, number: number, protocol: string): string | undefined {
  const owner = ctx.cluster.services.find((entry) => (entry.object.spec?.ports ?? []).some((p) => p.nodePort === number && (p.protocol ?? 'TCP') === protocol));
  return owner === undefined ? undefined : `${owner.object.metadata?.namespace ?? ''}/${owner.object.metadata?.name ?? ''}`;
}

function toClusterIP(ctx: TraceContext, number: number, port: string): NotArrived {
  const dst = joinHostPort(clusterIPByFamily(ctx.entry.object, ctx.family) ?? '', number);
  const src = clientSource(ctx.client);
  const hops = [
    { at: ctx.client.id, src, dst, action: `connect to ${dst}` },
    { at: serviceNodeId(ctx), src, dst, action: `no rule for ${dst}`, detail: `KUBE-SERVICES has no rule for port ${port}: the packet is not translated and follows the Node's default route` },
  ];
  return stopped(hops, `no rule: ${ctx.key} has no port ${port}; nothing answers ${dst}, and the connection times out`);
}

function toNodePort(ctx: TraceContext, number: number, port: string, protocol: string): NotArrived {
  const name = ctx.node ?? defaultNode(ctx.cluster) ?? '';
  const node = findNode(ctx.cluster, name);
  if (node === undefined) return { kind: 'error', error: { reason: 'NotFound', message: `nodes "${name}" not found` } };
  const dst = joinHostPort(nodeAddress(node.object, ctx.family) ?? '', number);
  const src = clientSource(ctx.client);
  const hops = [
    { at: ctx.client.id, src, dst, action: `connect to ${dst}` },
    { at: `node:${name}`, src, dst, action: `no rule for nodePort ${number}`, detail: `KUBE-NODEPORTS has no rule for port ${port}` },
  ];
  const owner = nodePortOwner(ctx, number, protocol);
  if (owner !== undefined) return stopped(hops, `nodePort ${port} belongs to ${owner}, not to ${ctx.key}`);
  const meant = (ctx.entry.object.spec?.ports ?? []).find((p) => p.port === number && p.nodePort !== undefined);
  const hint = meant === undefined ? '' : ` (service port ${number} of ${ctx.key} is reached on nodePort ${meant.nodePort})`;
  return stopped(hops, `no rule: no Service has nodePort ${port}; nothing listens on ${dst}, so ${name} refuses the connection${hint}`);
}

function toLoadBalancer(ctx: TraceContext, number: number, port: string): NotArrived {
  const ingress = ctx.entry.object.status?.loadBalancer?.ingress?.[0];
  const host = ingress?.ip ?? ingress?.hostname;
  if (!host) return { kind: 'error', error: { reason: 'BadRequest', message: `service "${ctx.entry.object.metadata?.name ?? ''}" has no load balancer address yet (status.loadBalancer.ingress is empty: EXTERNAL-IP <pending>)` } };
  const dst = joinHostPort(host, number);
  const src = clientSource(ctx.client);
  const hops = [
    { at: ctx.client.id, src, dst, action: `connect to ${dst}` },
    { at: `lb:${ctx.key}`, src, dst, action: `no listener for port ${port}` },
  ];
  return stopped(hops, `the load balancer has no listener for port ${port} (${ctx.key} has no such port): the connection fails there`);
}

export function arriveUnmatched(ctx: TraceContext, number: number, protocol: string): NotArrived {
  const port = `${number}/${protocol}`;
  if (ctx.via === 'nodeport') return toNodePort(ctx, number, port, protocol);
  if (ctx.via === 'loadbalancer') return toLoadBalancer(ctx, number, port);
  return toClusterIP(ctx, number, port);
}
