/**
 * Messages between the page and the model's Web Worker. Everything here is plain data: it crosses
 * postMessage by structured clone.
 */
import type { Diagnostic, EventOutcome, InputMode, InputSummary, KubeVersion, Projection, Propagation, ProxyMode, ProxyRulesResult, RRType, RuntimeEvent, TraceResult, TraceVia } from '../model/index.ts';
import type { KubectlResult } from '../present/kubectl/index.ts';
import type { Challenge } from '../present/learn/index.ts';
import type { Graph } from '../present/graph/index.ts';
import type { OutlineItem } from './outline.ts';
import type { ServicePortSummary, ServiceSummary } from './services.ts';
import type { Finding } from './findings.ts';
import type { WorkloadSummary } from './workloads.ts';
import type { GraphScope, NamespaceServices } from './graph-scope.ts';
import type { RequestSource, SourceDelivery } from './text-delivery.ts';

export type { Finding, GraphScope, RequestSource, KubectlResult, NamespaceServices, OutlineItem, ServicePortSummary, ServiceSummary, WorkloadSummary };
export { ALL_NAMESPACES } from './graph-scope.ts';

/** Where an Ingress takes requests: its host (none for a rule without one) and a path of a rule. */
export interface IngressEntry {
  /** `namespace/name` of the Ingress. */
  readonly ingress: string;
  readonly host?: string;
  readonly path: string;
}

/**
 * A request to a Gateway (Gateway API HTTPRoute), as `kse trace --via gateway` takes it: the
 * routes attached to the Gateway's listener choose the rule and the backend.
 */
export interface GatewayRequest {
  /** `namespace/name` of the Gateway. */
  readonly gateway: string;
  /** The listener's port; default the Gateway's only port, else 80. */
  readonly listener?: number;
  /** The Host header; none matches only routes and listeners without hostnames. */
  readonly host?: string;
  /** The path, with an optional `?query`. */
  readonly path: string;
  /** Default GET. */
  readonly method?: string;
  readonly headers?: readonly (readonly [name: string, value: string])[];
}

/** A request that one rule of an HTTPRoute answers: what the traffic picker offers for a Gateway. */
export interface GatewayEntry extends GatewayRequest {
  /** `namespace/name` of the HTTPRoute whose rule this request matches. */
  readonly route: string;
  readonly rule: number;
}

/**
 * A packet to follow: to Service `namespace/name` on the port the client sends to (default its
 * first), or to an Ingress's host and path (`entry`), whose rules choose the Service.
 */
export interface PacketQuestion {
  readonly service?: string;
  readonly entry?: IngressEntry;
  /** A request to a Gateway, whose routes choose the Service. */
  readonly gateway?: GatewayRequest;
  readonly port?: number;
  /** `external` or `pod/NS/NAME`; default by the Service's type. */
  readonly from?: string;
  /** The Node that receives the packet (or the placeholder client Pod's Node). */
  readonly node?: string;
  /** How the packet enters (clusterip, nodeport, loadbalancer); default by the Service's type and the port. */
  readonly via?: TraceVia;
  /** The external client's address, e.g. one outside loadBalancerSourceRanges. */
  readonly clientIP?: string;
}

export type WorkerRequest =
  | {
      readonly type: 'build';
      readonly id: number;
      readonly sources: readonly RequestSource[];
      /** The runtime overlay: what happened to the cluster since the manifest was applied. */
      readonly events: readonly RuntimeEvent[];
      readonly packet?: PacketQuestion;
      /** How to read the text: as manifests to apply, as a cluster dump, or per object (`auto`, the default). */
      readonly input?: InputMode;
      /** The Kubernetes version to simulate; the model's default when absent. */
      readonly kubeVersion?: KubeVersion;
      /** The Gateway API CRDs are installed (true) or not (false); absent: when the text holds Gateway API objects (gateway-api.ts). */
      readonly gatewayApi?: boolean;
      /**
       * The namespace whose Services the graph draws, or ALL_NAMESPACES; absent, every namespace
       * unless the cluster is too big to draw legibly at once (graph-scope.ts).
       */
      readonly namespace?: string;
      /**
       * Build only, to bring this worker's cluster up to the one the page built itself
       * (web/app/in-page-builds.ts), for the questions that follow: no progress and no answer.
       */
      readonly quiet?: true;
    }
  | { readonly type: 'trace'; readonly id: number; readonly packet: PacketQuestion }
  | { readonly type: 'dns'; readonly id: number; readonly name: string; readonly qtype: RRType; readonly fromNamespace?: string }
  | { readonly type: 'details'; readonly id: number; readonly key: string }
  | { readonly type: 'rules'; readonly id: number; readonly mode: ProxyMode; readonly node?: string }
  /** `kubectl get svc,endpoints,endpointslices -A -o wide` over the built cluster, for the kubectl tab's live entry. */
  | { readonly type: 'tables'; readonly id: number }
  | LearningRequest;

export type BuildRequest = Extract<WorkerRequest, { type: 'build' }>;

/** A request as it crosses to the worker: a build's sources as deliveries (text-delivery.ts). */
export type WireRequest = Exclude<WorkerRequest, BuildRequest> | (Omit<BuildRequest, 'sources'> & { readonly sources: readonly SourceDelivery[] });

/** The learning panels' questions: answered by code the worker loads on first use. */
export type LearningRequest =
  /** A command line typed in the terminal; `apply -f` applies the editor's text. */
  | { readonly type: 'kubectl'; readonly id: number; readonly line: string; readonly manifest: string }
  | { readonly type: 'complete'; readonly id: number; readonly line: string }
  /** The challenges of the cluster on screen: its interview scenario's, if the example is one, and generated ones. */
  | { readonly type: 'challenges'; readonly id: number; readonly exampleId: string; readonly seed: string }
  /** What each event of the overlay costs the control plane, for a cluster of `nodes` Nodes. */
  | { readonly type: 'propagation'; readonly id: number; readonly nodes: number; readonly endpointsPerService: number };

/** The objects and bytes one event sends to every kube-proxy, with legacy Endpoints and with EndpointSlices. */
export interface EventPropagation {
  readonly summary: string;
  readonly measured: Propagation;
}

export interface PropagationResponse {
  readonly type: 'propagation';
  readonly id: number;
  readonly events: readonly EventPropagation[];
  /** One endpoint change of a Service of `endpointsPerService` endpoints, on `nodes` Nodes. */
  readonly projection: Projection;
  readonly nodes: number;
  readonly endpointsPerService: number;
}

/** One of the guide's interview questions, and the example it is asked on. */
export interface InterviewSummary {
  readonly number: number;
  readonly question: string;
  readonly exampleId: string;
  readonly prediction: string;
}

export interface ClusterSummary {
  readonly services: number;
  readonly pods: number;
  readonly endpointSlices: number;
  readonly namespaces: readonly string[];
  /**
   * Every Pod with an IP of its own (not on the host's network), `namespace/name`: the clients a
   * packet can come from; those of the graph's namespace when it draws one.
   */
  readonly clientPods: readonly string[];
  readonly nodes: readonly string[];
  /** Every host and path the Ingresses route. */
  readonly ingressEntries: readonly IngressEntry[];
  /** A request for each rule match of each HTTPRoute attached to a Gateway. */
  readonly gatewayEntries: readonly GatewayEntry[];
  /** Whether the cluster had the Gateway API CRDs installed, and whether the text holds Gateway API objects. */
  readonly gatewayApi: { readonly installed: boolean; readonly inText: boolean };
  /** How the text was read: as manifests, as a running cluster's stored state, or both. */
  readonly input?: Pick<InputSummary, 'requested' | 'mode' | 'objects' | 'notSimulated'>;
}

export interface BuiltResponse {
  readonly type: 'built';
  readonly id: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ClusterSummary;
  /** Every Service's path, laid out: those of one namespace when `scope` says so. */
  readonly graph: Graph;
  /** Which namespaces the graph draws, and those it could. */
  readonly scope: GraphScope;
  /** The Services drawn, in the graph's order. */
  readonly services: readonly ServiceSummary[];
  /** The objects of the editor's text, with their lines and graph boxes. */
  readonly outline: readonly OutlineItem[];
  /** The troubleshooting findings among the diagnostics, with the boxes they are about. */
  readonly findings: readonly Finding[];
  /** What each runtime event of the overlay did. */
  readonly events: readonly EventOutcome[];
  /** The workloads a learner can scale, with their replicas; those of the graph's namespace when it draws one. */
  readonly workloads: readonly WorkloadSummary[];
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

/**
 * What the worker is doing now, sent as it starts a request and as each stage of a build ends: the
 * page's watchdog hears the worker is alive, so a long build of a big manifest is told from a hung
 * one, and the page can say how far the build has got.
 */
export type WorkStage =
  /** The request arrived and work on it began (for a build: reading the YAML). */
  | 'started'
  /** The objects are read; the API server's defaulting and validation run. */
  | 'admitting'
  /** The objects are admitted; the controllers make Pods, addresses and EndpointSlices. */
  | 'controllers'
  /** The cluster is built; its graph, tables and outline are drawn up. */
  | 'views'
  /** The code of a learning panel is loaded; the question is answered. */
  | 'answering';

export interface ProgressResponse {
  readonly type: 'progress';
  /** The request being worked on. */
  readonly id: number;
  readonly stage: WorkStage;
}

/**
 * The worker could not answer a request: the model threw. `detail` is for the developer console
 * only; the page never shows a JavaScript error to the user.
 */
export interface FailedResponse {
  readonly type: 'failed';
  readonly id: number;
  readonly request: WorkerRequest['type'];
  readonly detail: string;
}

/** The answers to requests, one per request, with its id. */
export type WorkerAnswer =
  | BuiltResponse
  | { readonly type: 'dns'; readonly id: number; readonly text: string }
  | DetailsResponse
  | { readonly type: 'trace'; readonly id: number; readonly result: TraceResult }
  | { readonly type: 'rules'; readonly id: number; readonly result: ProxyRulesResult }
  | { readonly type: 'tables'; readonly id: number; readonly text: string }
  | { readonly type: 'kubectl'; readonly id: number; readonly line: string; readonly result: KubectlResult }
  | { readonly type: 'complete'; readonly id: number; readonly line: string; readonly start: number; readonly candidates: readonly string[] }
  | PropagationResponse
  | {
      readonly type: 'challenges';
      readonly id: number;
      readonly interviews: readonly InterviewSummary[];
      readonly challenges: readonly Challenge[];
    };

export type WorkerResponse = WorkerAnswer | ProgressResponse | FailedResponse;
