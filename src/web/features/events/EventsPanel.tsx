import { memo, useState } from 'react';
import type { EventOutcome, RuntimeEvent } from '../../../model/index.ts';
import type { PropagationResponse, WorkloadSummary } from '../../../worker/protocol.ts';
import { ControlPlaneCost } from './ControlPlaneCost.tsx';
import './events.css';

interface Props {
  /** `namespace/name` of every Pod with an IP. */
  readonly pods: readonly string[];
  readonly nodes: readonly string[];
  readonly workloads: readonly WorkloadSummary[];
  /** The graph box selected: a Pod or Node box picks the target of the actions. */
  readonly selected: string | undefined;
  readonly outcomes: readonly EventOutcome[];
  readonly onEvent: (event: RuntimeEvent) => void;
  /** Undo the event at `index` and every later one. */
  readonly onRewind: (index: number) => void;
  readonly propagation: PropagationResponse | undefined;
  /** True while the panel is on screen. */
  readonly active: boolean;
  readonly onMeasure: (nodes: number, endpointsPerService: number) => void;
}

const selectedOf = (selected: string | undefined, prefix: string): string | undefined =>
  selected?.startsWith(prefix) === true ? selected.slice(prefix.length) : undefined;

/**
 * What if…: things that happen to a running cluster and that no manifest says, applied on top of
 * the manifest in order, each one undoable. The graph, the slices, DNS and the packet follow.
 */
export const EventsPanel = memo(function EventsPanel({ pods, nodes, workloads, selected, outcomes, onEvent, onRewind, propagation, active, onMeasure }: Props) {
  const [pod, setPod] = useState('');
  const [node, setNode] = useState('');
  const [workload, setWorkload] = useState('');
  /** Replicas typed for one workload; other workloads show their own. */
  const [draft, setDraft] = useState<{ readonly key: string; readonly replicas: number } | undefined>();

  // A box selected in the graph becomes the target, once: the lists can still pick another.
  const selectedPod = selectedOf(selected, 'pod:');
  const selectedNode = selectedOf(selected, 'node:');
  const [seen, setSeen] = useState<string | undefined>();
  if (selected !== seen) {
    setSeen(selected);
    if (selectedPod !== undefined) setPod(selectedPod);
    if (selectedNode !== undefined) setNode(selectedNode);
  }

  const podTarget = pods.includes(pod) ? pod : (pods.find((p) => !p.startsWith('kube-system/')) ?? pods[0] ?? '');
  const nodeTarget = nodes.includes(node) ? node : (nodes[0] ?? '');
  const chosenWorkload = workloads.find((w) => w.key === workload) ?? workloads[0];
  const replicas = draft !== undefined && draft.key === chosenWorkload?.key ? draft.replicas : (chosenWorkload?.replicas ?? 1);

  return (
    <section className="events">
      <h2>What if…</h2>
      <div className="events__actions">
        <fieldset disabled={podTarget === ''}>
          <legend>A Pod</legend>
          <select aria-label="Pod" value={podTarget} onChange={(event) => setPod(event.target.value)}>
            {/* The manifest's Pods first: the cluster's own (CoreDNS) are there to break too, but last. */}
            {[...pods.filter((p) => !p.startsWith('kube-system/')), ...pods.filter((p) => p.startsWith('kube-system/'))].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <button type="button" onClick={() => onEvent({ kind: 'delete-pod', pod: podTarget })}>
            Delete
          </button>
          <button type="button" onClick={() => onEvent({ kind: 'readiness', pod: podTarget, ready: false })}>
            Fail readiness
          </button>
          <button type="button" onClick={() => onEvent({ kind: 'readiness', pod: podTarget, ready: true })}>
            Pass readiness
          </button>
          <button type="button" onClick={() => onEvent({ kind: 'terminate-pod', pod: podTarget })}>
            Start terminating
          </button>
        </fieldset>
        <fieldset disabled={nodeTarget === ''}>
          <legend>A Node</legend>
          <select aria-label="Node" value={nodeTarget} onChange={(event) => setNode(event.target.value)}>
            {nodes.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
          <button type="button" onClick={() => onEvent({ kind: 'cordon', node: nodeTarget, unschedulable: true })}>
            Cordon
          </button>
          <button type="button" onClick={() => onEvent({ kind: 'cordon', node: nodeTarget, unschedulable: false })}>
            Uncordon
          </button>
          <button type="button" onClick={() => onEvent({ kind: 'drain', node: nodeTarget })}>
            Drain
          </button>
        </fieldset>
        {chosenWorkload !== undefined && (
          <fieldset>
            <legend>A workload</legend>
            <select aria-label="Workload" value={chosenWorkload.key} onChange={(event) => setWorkload(event.target.value)}>
              {workloads.map((w) => (
                <option key={w.key} value={w.key}>
                  {w.kind} {w.namespace}/{w.name}
                </option>
              ))}
            </select>
            <label>
              replicas{' '}
              <input type="number" min={0} max={500} value={replicas} onChange={(event) => setDraft({ key: chosenWorkload.key, replicas: Math.max(0, Math.min(500, Number(event.target.value) || 0)) })} />
            </label>
            <button type="button" onClick={() => onEvent({ kind: 'scale', workload: chosenWorkload.key, replicas })}>
              Scale
            </button>
          </fieldset>
        )}
      </div>
      <h3>Timeline</h3>
      {outcomes.length === 0 ? (
        <p className="empty">Nothing has happened since the manifest was applied. Kill a Pod or fail a probe, and watch the endpoints.</p>
      ) : (
        <ol className="events__timeline" aria-label="Events">
          {outcomes.map((outcome, i) => (
            <li key={i} className={outcome.applied ? undefined : 'events__skipped'}>
              <span className="events__summary">{outcome.summary}</span>
              <button type="button" onClick={() => onRewind(i)} aria-label={`Undo event ${i + 1}${i < outcomes.length - 1 ? ' and the later ones' : ''}`}>
                Undo
              </button>
            </li>
          ))}
        </ol>
      )}
      <ControlPlaneCost propagation={propagation} clusterNodes={nodes.length} events={outcomes.length} active={active} onMeasure={onMeasure} />
    </section>
  );
});
