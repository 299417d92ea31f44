/**
 * One box of the graph as SVG: the frame of its kind, then its rows exactly where
 * src/present/graph/measure.ts sized them (padding 8 × 12, an 18 px title row at 13 px, 15 px rows
 * at 11 px: subtitle lines, then the badges). Notches on the border (namespace, "simulated", a
 * Pod's state) take no room from those rows. A compact Pod is a coloured square whose words are in
 * its tooltip.
 */
import type { GraphNode, GraphNodeKind, PodStatus } from '../graph/index.ts';
import { approximateMeasurer } from '../graph/measure.ts';
import { escapeXml } from './escape.ts';
import { num } from './geometry.ts';
import { isServiceType } from './theme.ts';

const PADDING_X = 12;
const PADDING_Y = 8;
const TITLE_ROW = 18;
const LINE_ROW = 15;
/** Baselines inside their rows, for 13 px and 11 px text. */
const TITLE_BASELINE = 13;
const LINE_BASELINE = 11;
const BADGE_FONT = 10;
const NOTCH_FONT = 9.5;

const KIND_LABEL: Readonly<Record<GraphNodeKind, string>> = {
  client: 'Client',
  loadBalancer: 'Load balancer',
  node: 'Node',
  service: 'Service',
  endpointSlice: 'EndpointSlice',
  pod: 'Pod',
  endpointAddress: 'Endpoint address',
  externalName: 'External name',
  ingress: 'Ingress',
  gateway: 'Gateway',
  route: 'HTTPRoute',
  dnsAnswer: 'DNS answer',
};

const STATUS_TEXT: Readonly<Record<PodStatus, string>> = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' };

/** Corner radius per kind: the explorer's shapes (round ends for what lies outside the cluster). */
function radius(node: GraphNode): number {
  if (node.kind === 'externalName' || (node.kind === 'client' && node.data.namespace === undefined)) return Math.min(22, node.height / 2);
  return { node: 3, service: 8, endpointSlice: 4, endpointAddress: 2 }[node.kind as string] ?? 6;
}

const HAS_STRIPE: ReadonlySet<GraphNodeKind> = new Set(['loadBalancer', 'node', 'endpointSlice', 'pod', 'endpointAddress', 'ingress', 'gateway', 'route']);

/** Boxes whose state as traffic sees it shows in words on their border: Pods and endpoints without one. */
const hasStatus = (node: GraphNode): boolean => (node.kind === 'pod' || node.kind === 'endpointAddress') && node.data.members === undefined;

function tooltip(node: GraphNode): string {
  const { data } = node;
  return [
    `${KIND_LABEL[node.kind]} ${data.title}`,
    ...(data.namespace === undefined ? [] : [`namespace ${data.namespace}`]),
    ...data.subtitle,
    ...data.badges,
    ...(data.status === undefined ? [] : [STATUS_TEXT[data.status]]),
    ...(data.problem === undefined ? [] : [data.problem]),
    ...(data.simulated ? ['simulated: a real cluster gets this value from elsewhere'] : []),
  ].join('\n');
}

const text = (x: number, y: number, content: string, className?: string): string =>
  `<text x="${num(x)}" y="${num(y)}"${className === undefined ? '' : ` class="${className}"`}>${escapeXml(content)}</text>`;

/** A small rounded label: a badge in a row, or a notch centred on the border at `y`. */
function pill(x: number, y: number, content: string, fontSize: number, className: string): { svg: string; width: number } {
  const width = approximateMeasurer(content, fontSize) + 10;
  const height = fontSize + 3;
  return {
    svg: `<g class="${className}"><rect x="${num(x)}" y="${num(y - height / 2)}" width="${num(width)}" height="${num(height)}" rx="${num(height / 2)}"/>${text(x + 5, y + fontSize * 0.35, content)}</g>`,
    width,
  };
}

function badges(node: GraphNode, top: number): string {
  let x = node.x + PADDING_X;
  return node.data.badges
    .map((badge, index) => {
      const type = index === 0 && node.kind === 'service' && isServiceType(badge) ? ' type' : '';
      const drawn = pill(x, top + LINE_ROW / 2, badge, BADGE_FONT, `badge${type}`);
      x += drawn.width + 4;
      return drawn.svg;
    })
    .join('');
}

/** A namespace too long for its notch ends in an ellipsis; the tooltip keeps it whole. */
function shorten(content: string, room: number): string {
  if (approximateMeasurer(content, NOTCH_FONT) <= room) return content;
  const chars = [...content];
  while (chars.length > 1 && approximateMeasurer(`${chars.join('')}…`, NOTCH_FONT) > room) chars.pop();
  return `${chars.join('')}…`;
}

function notches(node: GraphNode): string {
  const { data } = node;
  const right = node.x + node.width - 8;
  const parts: string[] = [];
  const simulatedWidth = data.simulated ? approximateMeasurer('simulated', NOTCH_FONT) + 10 : 0;
  if (data.namespace !== undefined) {
    const room = node.width - 16 - (data.simulated ? simulatedWidth + 4 : 0);
    parts.push(pill(node.x + 8, node.y, shorten(data.namespace, room - 10), NOTCH_FONT, 'notch').svg);
  }
  if (data.simulated) parts.push(pill(right - simulatedWidth, node.y, 'simulated', NOTCH_FONT, 'notch simulated').svg);
  if (hasStatus(node)) {
    const words = STATUS_TEXT[data.status ?? 'ready'];
    const width = approximateMeasurer(words, NOTCH_FONT) + 10;
    parts.push(pill(right - width, node.y + node.height, words, NOTCH_FONT, 'notch status').svg);
  }
  // Why an object carries no traffic (an HTTPRoute not accepted), on the bottom border as a Pod's state is.
  if (data.problem !== undefined) {
    const width = approximateMeasurer(data.problem, NOTCH_FONT) + 10;
    parts.push(pill(right - width, node.y + node.height, data.problem, NOTCH_FONT, 'notch problem-notch').svg);
  }
  return parts.join('');
}

function rows(node: GraphNode): string {
  const { data } = node;
  const left = node.x + PADDING_X;
  const top = node.y + PADDING_Y;
  const lines = data.subtitle.map((line, i) => text(left, top + TITLE_ROW + i * LINE_ROW + LINE_BASELINE, line, 'line'));
  const badgeTop = top + TITLE_ROW + data.subtitle.length * LINE_ROW;
  return [text(left, top + TITLE_BASELINE, data.title, 'title'), ...lines, data.badges.length > 0 ? badges(node, badgeTop) : ''].join('');
}

function classes(node: GraphNode): string {
  const type = node.kind === 'service' && isServiceType(node.data.badges[0]) ? ` t-${node.data.badges[0]}` : '';
  const status = hasStatus(node) ? ` s-${node.data.status ?? 'ready'}` : '';
  const lbType = node.kind === 'loadBalancer' ? ' t-LoadBalancer' : node.kind === 'externalName' ? ' t-ExternalName' : '';
  const group = node.data.members === undefined ? '' : ' group';
  const problem = node.data.problem === undefined ? '' : ' problem';
  return `box k-${node.kind}${type}${lbType}${status}${group}${problem}`;
}

const rect = (node: GraphNode, className: string, rx: number): string =>
  `<rect class="${className}" x="${num(node.x + 0.5)}" y="${num(node.y + 0.5)}" width="${num(node.width - 1)}" height="${num(node.height - 1)}" rx="${num(rx)}"/>`;

export function renderBox(node: GraphNode): string {
  const open = `<g class="${classes(node)}" data-id="${escapeXml(node.id)}"><title>${escapeXml(tooltip(node))}</title>`;
  if (node.data.compact === true) return `${open}${rect(node, 'chip', 3)}</g>`;
  const stripe = HAS_STRIPE.has(node.kind)
    ? `<rect class="stripe" x="${num(node.x + 1)}" y="${num(node.y + 3)}" width="3" height="${num(node.height - 6)}"/>`
    : '';
  // A group box (present/graph/aggregate.ts) is a stack: a sheet peeks out behind its top right, in the gap above.
  const sheet = node.data.members === undefined ? '' : rect({ ...node, x: node.x + 4, y: node.y - 4 }, 'frame', radius(node));
  return `${open}${sheet}${rect(node, 'frame', radius(node))}${stripe}${rows(node)}${notches(node)}</g>`;
}
