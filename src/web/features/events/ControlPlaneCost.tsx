import { memo, useEffect, useState } from 'react';
import type { ObjectChurn } from '../../../model/index.ts';
import type { PropagationResponse } from '../../../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { groupDigits } from '../../../present/text/group-digits.ts';

interface Props {
  readonly propagation: PropagationResponse | undefined;
  /** Nodes of the cluster on screen: the first guess at the cluster size. */
  readonly clusterNodes: number;
  /** The timeline's length: a new event asks for a new measurement. */
  readonly events: number;
  /** Measured only while on screen: each event costs the worker a rebuild of the cluster before it. */
  readonly active: boolean;
  readonly onMeasure: (nodes: number, endpointsPerService: number) => void;
}

const objects = (churn: ObjectChurn): string => {
  const changed = churn.added + churn.updated + churn.deleted;
  return changed === 1 ? '1 object' : `${changed} objects`;
};

const clamp = (value: number, max: number): number => Math.max(1, Math.min(max, Math.round(value) || 1));

const count = (n: number, one: string, many: string): string => `${groupDigits(n)} ${n === 1 ? one : many}`;

/**
 * The guide's scalability claim, measured: what each event makes the API server send to every
 * kube-proxy with the legacy Endpoints API and with EndpointSlices, here and at a chosen scale.
 */
export const ControlPlaneCost = memo(function ControlPlaneCost({ propagation, clusterNodes, events, active, onMeasure }: Props) {
  // Until the learner picks a size, the cluster on screen's own Node count.
  const [chosenNodes, setNodes] = useState<number | undefined>();
  const nodes = chosenNodes ?? Math.max(clusterNodes, 1);
  const [endpoints, setEndpoints] = useState(1000);
  useEffect(() => {
    if (active) onMeasure(nodes, endpoints);
  }, [active, nodes, endpoints, events, onMeasure]);
  const projection = propagation?.projection;
  return (
    <section className="cost" aria-label="Control-plane traffic">
      <h3>What the control plane sends</h3>
      <p className="cost__why">
        Every Node&apos;s kube-proxy watches every Service&apos;s endpoints. A change resends the whole legacy Endpoints object, but only the one
        EndpointSlice (at most 100 endpoints) that holds the change.
      </p>
      <div className="cost__inputs">
        <label>
          Nodes{' '}
          <input type="number" min={1} max={5000} value={nodes} onChange={(event) => setNodes(clamp(Number(event.target.value), 5000))} />
        </label>
        <label>
          Endpoints per Service{' '}
          <input type="number" min={1} max={100000} value={endpoints} onChange={(event) => setEndpoints(clamp(Number(event.target.value), 100000))} />
        </label>
      </div>
      {propagation !== undefined && propagation.events.length > 0 && (
        <table className="cost__table">
          <caption>Each event of the timeline, sent to {count(propagation.nodes, 'Node', 'Nodes')}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Endpoints</th>
              <th scope="col">EndpointSlices</th>
            </tr>
          </thead>
          <tbody>
            {propagation.events.map((event, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  {objects(event.measured.endpoints)}, {formatBytes(event.measured.endpoints.bytes)}
                </td>
                <td>
                  {objects(event.measured.endpointSlices)}, {formatBytes(event.measured.endpointSlices.bytes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {projection !== undefined && (
        <p className="cost__projection" role="status">
          One Pod change in a Service of {count(propagation?.endpointsPerService ?? 0, 'endpoint', 'endpoints')} on {count(propagation?.nodes ?? 0, 'Node', 'Nodes')}:
          Endpoints send <strong>{formatBytes(projection.endpoints.bytes)}</strong>, EndpointSlices <strong>{formatBytes(projection.endpointSlices.bytes)}</strong>
          {projection.ratio > 1 && <> ({projection.ratio.toFixed(projection.ratio < 10 ? 1 : 0)}× less)</>}.
          {(propagation?.endpointsPerService ?? 0) > 1000 && ' The Endpoints controller truncates an Endpoints object at 1,000 addresses, so past that it stops growing and stops being complete.'}
        </p>
      )}
      <p className="cost__note">
        A small Service&apos;s slice can outweigh its Endpoints (each endpoint carries its conditions, Node and zone); the difference is at scale. Sizes are
        the JSON of the objects the simulated controllers write; kube-proxy watches in protobuf, which is smaller: compare the two APIs, not the absolute bytes.
      </p>
    </section>
  );
});
