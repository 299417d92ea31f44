/**
 * The graph of a cluster as plain data: positioned boxes and the edges between them. React Flow
 * draws it in the browser and renderSvg draws it headless, from the same numbers.
 */
import type { SourceRef } from '../../model/index.ts';

export type GraphNodeKind =
  | 'client'
  | 'loadBalancer'
  | 'node'
  | 'service'
  | 'endpointSlice'
  | 'pod'
  /** An endpoint with no Pod behind it (selector-less Services, manual Endpoints): `ip:ADDRESS`. */
  | 'endpointAddress'
  | 'externalName'
  | 'ingress'
  /** A Gateway API Gateway: its listeners, class and address (`gateway:NS/NAME`). */
  | 'gateway'
  /** A Gateway API HTTPRoute: its hostnames and rules (`route:NS/NAME`). */
  | 'route'
  | 'dnsAnswer';

/** A Pod's state as traffic sees it: only `ready` Pods get new connections through a Service. */
export type PodStatus = 'ready' | 'notReady' | 'terminating';

export interface GraphNodeData {
  readonly title: string;
  /** Lines under the title, e.g. `ClusterIP 10.96.0.20:80`, `10.244.1.5:8080`. */
  readonly subtitle: string[];
  readonly badges: string[];
  /** Pods and endpoints without a Pod: the state of their EndpointSlice conditions. */
  readonly status?: PodStatus;
  /** True when a value shown was invented by the simulator (a real cluster gets it elsewhere). */
  readonly simulated: boolean;
  readonly source?: SourceRef;
  /** `Kind/namespace/name` of the object behind the box, when there is one. */
  readonly objectKey?: string;
  readonly namespace?: string;
  /**
   * Why the object would not carry traffic, in the controller's words: an HTTPRoute its parent
   * does not accept, or whose backendRefs do not resolve; a Gateway no controller owns. Drawn as
   * a warning on the box's border.
   */
  readonly problem?: string;
  /** True for Pods drawn small in the grid of a large EndpointSlice. */
  readonly compact?: boolean;
  /**
   * On a group box (`group:KIND/NS/NAME`, aggregate.ts): every box it stands for, in id order.
   * Its counts are theirs, exactly.
   */
  readonly members?: readonly GroupMember[];
}

/** A box folded into a group: what the Details panel lists, and what finding or tracing it needs. */
export interface GroupMember {
  /** The id the box would have had: `pod:NS/NAME`, `slice:NS/NAME`, `node:NAME`. */
  readonly id: string;
  readonly title: string;
  readonly namespace?: string;
  readonly objectKey?: string;
  readonly source?: SourceRef;
  readonly status?: PodStatus;
}

export interface GraphNode {
  /** The DESIGN.md graph node id: `svc:NS/NAME`, `pod:NS/NAME`, `node:NAME`, ... */
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly data: GraphNodeData;
}

export type GraphEdgeKind = 'traffic' | 'dns' | 'owns';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A port label, placed: a box on a straight run of its edge, in the gap between two columns. */
export interface EdgeLabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** The label broken at its natural joints; joined, they give the label back. */
  readonly lines: readonly string[];
}

export interface GraphEdge {
  /** `${source}->${target}`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Ports as the packet carries them on this hop, e.g. `31000 → 80`, `80 → 8080/TCP`. */
  readonly label?: string;
  readonly kind: GraphEdgeKind;
  /**
   * The route: an orthogonal polyline from a port on the source's right side to a port on the
   * target's left side, through the gaps between columns and lanes kept free across the columns
   * it passes, so it never crosses a box. Drawn with rounded corners (path.ts).
   */
  readonly points: readonly Point[];
  readonly labelBox?: EdgeLabelBox;
}

export interface Graph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly width: number;
  readonly height: number;
}

export interface GraphView {
  /** `namespace/name`: only that Service's path. Default: every Service of the user's namespaces. */
  readonly service?: string;
  /** Only Services in these namespaces; naming kube-system or default shows their built-in Services. */
  readonly namespaces?: readonly string[];
  /**
   * `namespace/name` of a Pod that calls the in-cluster Services. Default: a placeholder
   * `client:pod/NS/client` in each Service's namespace.
   */
  readonly client?: string;
  /**
   * The column widths of the graph on screen (kept-columns.ts). When the view draws the same boxes
   * again, their content edited, a column that would be one step narrower keeps its width: typing
   * `:80` to `:8` and back then leaves every box to its right where it was. Without it (`kse
   * render`, the embed, a new text) the columns are as wide as their boxes need.
   */
  readonly keep?: KeptColumns;
}

/** What a layout keeps of the graph before it: which boxes it drew, and how wide each column was. */
export interface KeptColumns {
  readonly ids: ReadonlySet<string>;
  /** By the column's number (draft.ts COLUMN); only columns with a full-size box. */
  readonly widths: ReadonlyMap<number, number>;
}

/** Width in pixels of `text` at `fontSize`: the browser measures with a canvas, headless code estimates. */
export type TextMeasurer = (text: string, fontSize: number) => number;
