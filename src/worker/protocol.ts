/**
 * Messages between the page and the model's Web Worker. Everything here is plain data: it crosses
 * postMessage by structured clone.
 */
import type { Diagnostic, ManifestSource, ProxyMode, ProxyRulesResult, RRType, TraceResult } from '../model/index.ts';
import type { Graph } from '../present/graph/index.ts';
import type { OutlineItem } from './outline.ts';
import type { ServicePortSummary, ServiceSummary } from './services.ts';

export type { OutlineItem, ServicePortSummary, ServiceSummary };

/** Where an Ingress takes requests: its host (none for a rule without one) and a path of a rule. */
export interface IngressEntry {
  /** `namespace/name` of the Ingress. */
  readonly ingress: string;
  readonly host?: string;
  readonly path: string;
}

/**
 * A packet to follow: to Service `namespace/name` on the port the client sends to (default its
 * first), or to an Ingress's host and path (`entry`), whose rules choose the Service.
 */
export interface PacketQuestion {
  readonly service?: string;
  readonly entry?: IngressEntry;
  readonly port?: number;
  /** `external` or `pod/NS/NAME`; default by the Service's type. */
  readonly from?: string;
  /** The Node that receives the packet (or the placeholder client Pod's Node). */
  readonly node?: string;
}

export type WorkerRequest =
  | { readonly type: 'build'; readonly id: number; readonly sources: readonly ManifestSource[]; readonly packet?: PacketQuestion }
  | { readonly type: 'trace'; readonly id: number; readonly packet: PacketQuestion }
  | { readonly type: 'dns'; readonly id: number; readonly name: string; readonly qtype: RRType; readonly fromNamespace?: string }
  | { readonly type: 'details'; readonly id: number; readonly key: string }
  | { readonly type: 'rules'; readonly id: number; readonly mode: ProxyMode; readonly node?: string };

export interface ClusterSummary {
  readonly services: number;
  readonly pods: number;
  readonly endpointSlices: number;
  readonly namespaces: readonly string[];
  /** Every Pod with an IP, `namespace/name`: the clients a packet can come from. */
  readonly clientPods: readonly string[];
  readonly nodes: readonly string[];
  /** Every host and path the Ingresses route. */
  readonly ingressEntries: readonly IngressEntry[];
}

export interface BuiltResponse {
  readonly type: 'built';
  readonly id: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ClusterSummary;
  /** `kubectl get svc,endpoints,endpointslices -A -o wide` over the built cluster. */
  readonly tables: string;
  /** Every Service's path, laid out. */
  readonly graph: Graph;
  /** The Services drawn, in the graph's order. */
  readonly services: readonly ServiceSummary[];
  /** The objects of the editor's text, with their lines and graph boxes. */
  readonly outline: readonly OutlineItem[];
  /** The path of the packet the build request asked for, through this very cluster. */
  readonly trace?: TraceResult;
  readonly millis: number;
}

export interface DetailsResponse {
  readonly type: 'details';
  readonly id: number;
  readonly key: string;
  /** The object as `kubectl get -o yaml` prints it: defaults, allocations and status included. */
  readonly yaml: string;
  /** `kubectl describe` of a Service: its endpoints as the EndpointSlices list them. */
  readonly describe?: string;
}

export type WorkerResponse =
  | BuiltResponse
  | { readonly type: 'dns'; readonly id: number; readonly text: string }
  | DetailsResponse
  | { readonly type: 'trace'; readonly id: number; readonly result: TraceResult }
  | { readonly type: 'rules'; readonly id: number; readonly result: ProxyRulesResult };
