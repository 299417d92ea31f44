import { memo } from 'react';
import type { TraceResult } from '../../../model/index.ts';
import { RequestsChart } from './RequestsChart.tsx';

/** Rows of the backends table; a Service of a thousand Pods would otherwise list them all on every keystroke. */
const LISTED_BACKENDS = 12;

const percent = (p: number): string => `${(p * 100).toFixed(p * 100 < 10 ? 1 : 0)}%`;

/** The whole path of the packet in words: every hop, where it can land and with what chance, what was made up. */
interface Props {
  readonly result: TraceResult | undefined;
  /** The Service keeps a client on one backend (sessionAffinity ClientIP). */
  readonly affinity: boolean;
}

export const TraceSummary = memo(function TraceSummary({ result, affinity }: Props) {
  if (result === undefined) return <p className="empty">Choose a Service to send a packet to.</p>;
  if (!result.ok) return <p className="trace-error">{result.error.message}</p>;
  const { trace } = result;
  const throughDns = trace.hops.some((hop) => hop.at.startsWith('dns:'));
  const { listener } = trace;
  // Delivered to a port no container declares: kube-proxy did its part, the Pod most likely refuses.
  const refusedLikely = trace.delivered && listener?.status === 'other-port';
  // An ExternalName Service hands the client to a host outside: not delivered here, but not a failure either.
  const handedOff = !trace.delivered && trace.hops.at(-1)?.at.startsWith('external:') === true;
  const outcome = refusedLikely ? 'refused-likely' : trace.delivered ? 'delivered' : handedOff ? 'handed-off' : 'dropped';
  return (
    <div className="trace" aria-label="Packet path">
      <p className={`outcome ${outcome}`}>
        {trace.delivered && trace.final ? `Delivered to ${trace.final.pod}: the Pod sees ${trace.final.src} → ${trace.final.dst}` : trace.reason}
        {trace.pick && <span className="pick"> ({trace.pick})</span>}
      </p>
      {listener?.message !== undefined && <p className={refusedLikely ? 'listener warning' : 'listener'}>{listener.message}</p>}
      {trace.via === 'gateway' && (
        <p className="gateway-rule">
          {trace.route !== null && trace.route !== undefined ? `HTTPRoute ${trace.route} rule ${trace.rule ?? ''} matches; the client gets HTTP ${trace.status ?? ''}.` : `No listener or rule matches: the client gets HTTP ${trace.status ?? 404}.`}
        </p>
      )}
      {trace.via === 'ingress' && <p className="ingress-backend">{trace.backend ? `The Ingress rules choose ${trace.backend}.` : 'No Ingress rule matches, and no default backend is set.'}</p>}
      <ol className="hops">
        {trace.hops.map((hop, i) => (
          <li key={i}>
            <code className="at">{hop.at}</code> <code>{hop.src} → {hop.dst}</code> <strong>{hop.action}</strong>
            {hop.detail && <div className="detail">{hop.detail}</div>}
          </li>
        ))}
      </ol>
      {trace.backends.length > 0 && (
        <table>
          <caption>
            {throughDns
              ? 'Addresses the client may connect to: DNS lists them all, kube-proxy has no part'
              : trace.via === 'gateway'
                ? 'Endpoints the Gateway chooses from, by the backendRefs\' weights, for each request'
                : 'Backends kube-proxy chooses from, for each new connection'}
          </caption>
          <thead>
            <tr>
              <th>Target</th>
              <th>Destination</th>
              <th>Chance</th>
              <th>Node</th>
            </tr>
          </thead>
          <tbody>
            {trace.backends.slice(0, LISTED_BACKENDS).map((b) => (
              <tr key={b.target + b.dst}>
                <td>
                  {b.target}
                  {b.terminating && ' (terminating)'}
                </td>
                <td>
                  <code>{b.dst}</code>
                </td>
                <td>{percent(b.probability)}</td>
                <td>{b.node ?? ''}</td>
              </tr>
            ))}
          </tbody>
          {trace.backends.length > LISTED_BACKENDS && (
            <tfoot>
              <tr>
                <td colSpan={4}>and {trace.backends.length - LISTED_BACKENDS} more, each as likely</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {trace.delivered && !throughDns && (
        <RequestsChart
          targets={trace.backends.map((b) => b.target)}
          affinity={affinity}
          {...(trace.via === 'gateway' ? { weighted: { probabilities: trace.backends.map((b) => b.probability), services: trace.backends.map((b) => b.service ?? '') } } : {})}
        />
      )}
      {trace.notes.length > 0 && (
        <ul className="notes">
          {trace.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {trace.simulated.length > 0 && (
        <details>
          <summary>Simulated values ({trace.simulated.length})</summary>
          <ul>
            {trace.simulated.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});
