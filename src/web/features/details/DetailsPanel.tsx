import { memo } from 'react';
import type { GraphNode } from '../../../present/graph/index.ts';
import type { DetailsResponse } from '../../../worker/protocol.ts';
import { GroupMembers } from './GroupMembers.tsx';

interface Props {
  readonly node: GraphNode | undefined;
  /** The worker's answer for the node's object; ignored when it is about another one. */
  readonly details: DetailsResponse | undefined;
  /** A member of a group box was chosen. */
  readonly onSelect?: (id: string) => void;
}

const STATUS_TEXT = { ready: 'Ready: receives new connections', notReady: 'Not ready: no new connections through a Service', terminating: 'Terminating' };

/** The selected box: what it is, its derived state, and its object as the API server would return it. */
export const DetailsPanel = memo(function DetailsPanel({ node, details, onSelect }: Props) {
  if (node === undefined) {
    return (
      <section className="details" role="region" aria-label="Details">
        <h2>Details</h2>
        <p className="empty">Click a box in the graph, or put the cursor on an object in the editor.</p>
      </section>
    );
  }
  const { data } = node;
  const own = details !== undefined && details.key === data.objectKey ? details : undefined;
  return (
    <section className="details" role="region" aria-label="Details">
      <h2>
        {data.title} {data.namespace && <span className="namespace">{data.namespace}</span>}
      </h2>
      <p className="id">
        <code>{node.id}</code> {data.objectKey && <span>· {data.objectKey.split('/')[0]}</span>}
      </p>
      <ul className="facts">
        {data.subtitle.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
        {data.badges.map((badge) => (
          <li key={badge}>{badge}</li>
        ))}
        {data.status && <li className={`status ${data.status}`}>{STATUS_TEXT[data.status]}</li>}
        {data.simulated && <li className="simulated">Some values here are simulated: a real cluster gets them elsewhere.</li>}
      </ul>
      {data.members !== undefined && <GroupMembers group={node.id} members={data.members} {...(onSelect && { onSelect })} />}
      {own?.describe && (
        <details open>
          <summary>kubectl describe</summary>
          <pre tabIndex={0}>{own.describe}</pre>
        </details>
      )}
      {own?.yaml && (
        <details>
          <summary>kubectl get -o yaml</summary>
          <pre tabIndex={0}>{own.yaml}</pre>
        </details>
      )}
    </section>
  );
});
