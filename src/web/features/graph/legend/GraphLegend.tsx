import { Panel } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNodeKind } from '../../../../present/graph/index.ts';
import { KIND_LABEL } from '../flow/kinds.ts';

/** Each kind of box as the graph draws it, in the order a packet meets them. */
const KINDS: readonly (readonly [GraphNodeKind, string])[] = [
  ['client', 'who sends: outside the cluster, or a Pod in it'],
  ['loadBalancer', 'the cloud load balancer of a LoadBalancer Service'],
  ['ingress', 'an ingress controller and its rules'],
  ['gateway', 'a Gateway API Gateway: its listeners, class and address'],
  ['node', 'a Node, with the nodePorts kube-proxy opens on it'],
  ['route', 'an HTTPRoute: its hostnames and rules, and why it carries no traffic when it does not'],
  ['service', 'a Service: its type, clusterIP and ports'],
  ['endpointSlice', 'the endpoints a Service sends to'],
  ['dnsAnswer', 'what CoreDNS answers for a headless or ExternalName Service'],
  ['pod', 'a Pod, with the address and port it receives on'],
  ['endpointAddress', 'an endpoint with no Pod (manual Endpoints or slices)'],
  ['externalName', 'a DNS name outside the cluster'],
];

const EDGES: readonly (readonly [string, string])[] = [
  ['traffic', 'traffic, with the ports of each hop (31000 → 80)'],
  ['dns', 'a DNS question and its answer'],
  ['owns', 'a slice lists a Pod (no traffic: headless)'],
  ['trail', 'the packet’s path so far'],
];

/** What the shapes and lines of the graph mean: opened from the controls, so it hides no box until asked for. */
export const GraphLegend = memo(function GraphLegend() {
  return (
    <Panel position="bottom-left" className="kse-legend">
      <div id="kse-legend" className="kse-legend__body" role="group" aria-label="Legend">
          <ul aria-label="Boxes">
            {KINDS.map(([kind, meaning]) => (
              <li key={kind}>
                <span className={`kse-legend__box kse-box kse-box--${kind}${kind === 'pod' || kind === 'endpointAddress' ? ' kse-status--ready' : ''}`} aria-hidden="true" />
                <span>
                  <b>{KIND_LABEL[kind]}</b> {meaning}
                </span>
              </li>
            ))}
          </ul>
          <ul aria-label="Lines">
            {EDGES.map(([kind, meaning]) => (
              <li key={kind}>
                <svg className="kse-legend__line" viewBox="0 0 36 10" aria-hidden="true" focusable="false">
                  <path className={`kse-edge kse-edge--${kind}`} d="M 1 5 L 27 5" />
                  {kind !== 'owns' && <path className={`kse-arrow kse-arrow--${kind}`} d="M 26 1 L 35 5 L 26 9 z" />}
                </svg>
                <span>{meaning}</span>
              </li>
            ))}
          </ul>
          <p>
            Pods say their state on their border: <span className="kse-legend__state kse-status--ready">ready</span>,{' '}
            <span className="kse-legend__state kse-status--notReady">not ready</span>,{' '}
            <span className="kse-legend__state kse-status--terminating">terminating</span>. A dashed <i>simulated</i> tag marks a value the simulator made up.
          </p>
      </div>
    </Panel>
  );
});
