/**
 * What `trace` takes and returns: the request as `kse trace` spells it, and the hops as DESIGN.md's
 * `-o json` contract shapes them (the extra fields extend it, they change none).
 */

/** How the client reaches the Service: its ClusterIP, a Node's nodePort, its load balancer, or an Ingress's controller. */
export type TraceVia = 'clusterip' | 'nodeport' | 'loadbalancer' | 'ingress' | 'gateway';

export interface TraceRequest {
  /** The Service's name; with via ingress it may be left out, and the Ingress rules choose it. */
  readonly service?: string;
  /** The namespace of the Service and of a `pod/NAME` client (default `default`). */
  readonly namespace?: string;
  /** Default: by the Service's type (ClusterIP → clusterip, NodePort → nodeport, LoadBalancer → loadbalancer). */
  readonly via?: TraceVia;
  /** `external`, `pod/NAME` or `pod/NS/NAME`. Default: a placeholder Pod for clusterip, else external. */
  readonly from?: string;
  /** The Node that receives the packet (nodeport, loadbalancer), or the placeholder client Pod's Node (clusterip). */
  readonly node?: string;
  /** The port the client sends to: a number (service port, nodePort or load-balancer port), `NUMBER/PROTOCOL`, or a port name. Default: the first port. */
  readonly port?: string;
  /** The client's address; default the Pod's IP, or a simulated one. */
  readonly clientIP?: string;
  /** Picks the final backend at random from this seed; without it, the first of kube-proxy's rules. */
  readonly seed?: string;
  /** With via ingress: the request's Host header; without it, only rules without a host match. */
  readonly host?: string;
  /** With via ingress or gateway: the request's path (default `/`); via gateway it may carry `?query`. */
  readonly path?: string;
  /** Via gateway: the Gateway, `NS/NAME` (default: the only one, else the first that has a listener for the request). */
  readonly gateway?: string;
  /** Via gateway: the listener's port (default: the Gateway's only port, else 80). */
  readonly listener?: number;
  /** Via gateway: the request method (default GET). */
  readonly method?: string;
  /** Via gateway: request headers, in order. */
  readonly headers?: readonly (readonly [name: string, value: string])[];
  /**
   * The name a client Pod dials instead of the ClusterIP (`web`, `web.default`, an FQDN): the trace
   * starts with its DNS lookup through the Pod's search path. Via clusterip only.
   */
  readonly name?: string;
}

/** One step of the packet: where it is (a graph node id) and its addresses as it leaves that point. */
export interface TraceHop {
  /** Graph node id: `client:external`, `client:pod/NS/NAME`, `ingress:NS/NAME`, `gateway:NS/NAME`, `route:NS/NAME`, `lb:NS/NAME`, `node:NAME`, `svc:NS/NAME`, `dns:NS/NAME`, `pod:NS/NAME`, `ip:ADDR`, `external:HOST`. */
  readonly at: string;
  /** `ip:port` (`[ip]:port` for IPv6). */
  readonly src: string;
  readonly dst: string;
  /** What happens here, exactly: `DNAT 10.96.0.20:80 → 10.244.1.5:8080`. */
  readonly action: string;
  /** Why: the rule or behaviour behind the action. */
  readonly detail?: string;
}

/** One endpoint kube-proxy may send the connection to. */
export interface TraceBackend {
  /** `ns/pod`, or `ip:ADDR` for an endpoint without a Pod. */
  readonly target: string;
  /** The endpoint's `ip:port` (the DNAT destination). */
  readonly dst: string;
  /** The chance of a new connection landing here: 1/n, from the iptables `statistic --probability` chain. */
  readonly probability: number;
  /** Graph node id of the target (`pod:NS/NAME` or `ip:ADDR`). */
  readonly at: string;
  /** Graph node id of the EndpointSlice that lists it. */
  readonly slice: string;
  /** Via gateway: the backendRef's Service port, `ns/service:port`; `probability` is its weight share × this endpoint's share of it. */
  readonly service?: string;
  readonly node?: string;
  /** The endpoint is terminating (its Pod is being deleted): kube-proxy uses it only while serving, when its set has no ready endpoint, or when the slice marks it ready (publishNotReadyAddresses). */
  readonly terminating?: boolean;
}

export interface TraceFinal {
  /** `ns/pod`, or `ip:ADDR` for an endpoint without a Pod. */
  readonly pod: string;
  /** What the Pod sees as the source. */
  readonly src: string;
  readonly dst: string;
}

export interface Trace {
  /** `ns/name`; null when no Ingress rule (and no default backend) chooses a Service. */
  readonly service: string | null;
  /** Via ingress only: the Service port the Ingress routes to, `ns/service:port`, or null as `service`. */
  readonly backend?: string | null;
  /** Via gateway: the HTTPRoute whose rule matched, `ns/name`, or null (404). */
  readonly route?: string | null;
  /** Via gateway: the matching rule's index in that route, or null. */
  readonly rule?: number | null;
  readonly via: TraceVia;
  /** `external` or `pod/NS/NAME`. */
  readonly from: string;
  readonly delivered: boolean;
  /** Via gateway: the HTTP status the client gets (200 delivered; 404 no listener or rule; 500 no valid backend; 503 no ready endpoint; a redirect's 3xx). */
  readonly status?: number;
  /** Null when delivered; `REJECT: …` or `DROP: …` when a kube-proxy rule stops it (its comment), else why not. */
  readonly reason: string | null;
  /** The endpoints the packet can reach (`ns/pod` or `ip:ADDR`), in kube-proxy's rule order. */
  readonly candidates: readonly string[];
  readonly backends: readonly TraceBackend[];
  readonly hops: readonly TraceHop[];
  /** One deterministic pick among the backends (see `pick`); null when not delivered. */
  readonly final: TraceFinal | null;
  readonly protocol: string;
  /** How `final` was chosen among equally likely backends. */
  readonly pick: string | null;
  /** Behaviour worth knowing: traffic policy, fallback, session affinity. */
  readonly notes: readonly string[];
  /** Values the simulator invented (addresses, ports), each with why. */
  readonly simulated: readonly string[];
  /** Delivered to a Pod: whether anything is known to listen on the port the packet lands on. */
  readonly listener?: Listener;
}

/**
 * What the Pod a packet lands on is known to listen on: its containers declare the port
 * (`declared`), declare other ports only (`other-port`: most likely refused), or declare none
 * (`unknown`: only the process knows).
 */
export interface Listener {
  readonly status: 'declared' | 'other-port' | 'unknown';
  readonly port: number;
  readonly protocol: string;
  /** The ports the Pod's containers declare: `9090/TCP (http)`. */
  readonly declared: readonly string[];
  /** What it means for the connection, and the fix; absent when the port is declared. */
  readonly message?: string;
}

/** A request that cannot be traced: an object that does not exist, or a path the Service does not have. */
export interface TraceError {
  /** `NotFound` as the API server says it; `BadRequest` for a path that cannot exist. */
  readonly reason: 'NotFound' | 'BadRequest';
  /** `services "web" not found`, as kubectl prints it after `Error from server (NotFound): `. */
  readonly message: string;
}

export type TraceResult = { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly error: TraceError };
