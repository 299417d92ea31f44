/**
 * The embedded style sheet: the explorer's visual language (graph.css) in plain selectors and
 * properties that browsers and resvg read alike, so the SVG and its PNG look the same.
 */
import { GATEWAY_HUE, HUES, MONO, SANS, type Palette } from './theme.ts';

const rule = (selector: string, declarations: Readonly<Record<string, string | number>>): string =>
  `${selector}{${Object.entries(declarations)
    .map(([property, value]) => `${property}:${value}`)
    .join(';')}}`;

const serviceTypeRules = (): string[] =>
  Object.entries(HUES).flatMap(([type, hue]) => [
    rule(`.t-${type} .frame`, { stroke: hue, 'stroke-width': 2 }),
    rule(`.t-${type} .stripe`, { fill: hue }),
    rule(`.t-${type} .type rect`, { stroke: hue, fill: hue, 'fill-opacity': 0.14 }),
    rule(`.t-${type} .type text`, { fill: hue, 'font-weight': 600 }),
  ]);

export function styleSheet(p: Palette): string {
  const status = { ready: p.ready, notReady: p.notReady, terminating: p.terminating };
  return [
    rule('svg', { 'font-family': SANS }),
    rule('.canvas', { fill: p.panel }),
    rule('.frame', { fill: p.panel, stroke: p.border, 'stroke-width': 1 }),
    rule('.title', { fill: p.text, 'font-size': '13px', 'font-weight': 600 }),
    rule('.line', { fill: p.muted, 'font-family': MONO, 'font-size': '11px' }),
    rule('.badge rect,.notch rect', { fill: p.bg, stroke: p.border, 'stroke-width': 1 }),
    rule('.badge text', { fill: p.muted, 'font-size': '10px' }),
    rule('.notch text', { fill: p.muted, 'font-size': '9.5px' }),
    rule('.simulated rect', { 'stroke-dasharray': '3 2' }),
    rule('.simulated text', { 'font-style': 'italic' }),
    rule('.k-client .frame,.k-node .frame,.k-endpointSlice .frame,.k-endpointAddress .frame', { fill: p.bg }),
    rule('.k-client .frame,.k-externalName .frame', { 'stroke-dasharray': '5 3' }),
    rule('.k-node .stripe', { fill: p.border }),
    rule('.k-endpointSlice .stripe', { fill: p.accent, 'fill-opacity': 0.45 }),
    rule('.k-ingress .stripe', { fill: HUES.ingress }),
    rule('.k-ingress .frame', { stroke: HUES.ingress }),
    rule('.k-gateway .stripe,.k-route .stripe', { fill: GATEWAY_HUE }),
    rule('.k-gateway .frame', { stroke: GATEWAY_HUE }),
    rule('.problem .frame', { stroke: p.notReady, 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
    rule('.problem .problem-notch rect', { stroke: p.notReady }),
    rule('.problem .problem-notch text', { fill: p.notReady, 'font-weight': 600 }),
    rule('.k-dnsAnswer .frame', { fill: p.dnsFill, stroke: p.dns, 'stroke-dasharray': '5 3' }),
    rule('.k-dnsAnswer .badge text', { fill: p.dns }),
    ...serviceTypeRules(),
    ...Object.entries(status).flatMap(([state, colour]) => [
      rule(`.s-${state} .stripe,.s-${state} .dot,.s-${state} .chip`, { fill: colour }),
      rule(`.s-${state} .status rect`, { stroke: colour }),
      rule(`.s-${state} .status text`, { fill: colour }),
    ]),
    rule('.s-notReady .frame,.s-terminating .frame', { 'stroke-dasharray': '5 3' }),
    rule('.s-notReady .frame', { stroke: p.notReady }),
    rule('.s-terminating .frame', { stroke: p.terminating }),
    rule('.s-terminating .title', { 'text-decoration': 'line-through' }),
    rule('.chip', { stroke: p.border, 'fill-opacity': 0.85 }),
    rule('.s-notReady .chip', { 'fill-opacity': 0, stroke: p.notReady }),
    rule('.edge', { fill: 'none', stroke: p.edge, 'stroke-width': 1.4 }),
    rule('.e-dns .edge', { stroke: p.dns, 'stroke-dasharray': '5 4' }),
    rule('.e-owns .edge', { stroke: p.faintEdge, 'stroke-width': 1, 'stroke-dasharray': '2 3' }),
    rule('.arrow-traffic', { fill: p.edge }),
    rule('.arrow-dns', { fill: p.dns }),
    rule('.label rect', { fill: p.panel, stroke: p.border, 'stroke-width': 1 }),
    rule('.label text', { fill: p.text, 'font-family': MONO, 'font-size': '10px' }),
    rule('.heading', { fill: p.muted, 'font-size': '11px', 'font-weight': 600, 'letter-spacing': '0.02em' }),
  ].join('\n');
}
