import { memo, useState } from 'react';
import type { ProxyChain, ProxyMode, ProxyRulesResult } from '../../../model/index.ts';

const MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

/** What each mode means for load balancing: the guide's tip "switch to IPVS for better load balancing", made precise. */
const MODE_NOTES: Readonly<Record<ProxyMode, string>> = {
  iptables:
    'iptables (the default): each new connection walks the Service’s KUBE-SVC chain, where rule i matches with probability 1/(n−i), so every endpoint gets 1/n at random. Matching is linear in the number of Services, and every change rewrites the rules.',
  ipvs: 'IPVS: a virtual server per address and port, with a real scheduler (rr, round robin, unless --ipvs-scheduler says otherwise) and hash-table lookups. That is what “switch to IPVS for better load balancing in large clusters” buys: lookups and updates that do not grow with the number of Services, and schedulers beyond random. The endpoints, and the traffic policies that choose them, are the same.',
  nftables:
    'nftables (beta in v1.31): verdict maps find a Service in one lookup, as IPVS does, and numgen random spreads connections evenly; the endpoints and traffic policies are the same as in the other modes.',
};

interface Props {
  readonly result: ProxyRulesResult | undefined;
  readonly mode: ProxyMode;
  readonly onMode: (mode: ProxyMode) => void;
  /** Graph id of the Service to focus on (`svc:NS/NAME`). */
  readonly service: string | undefined;
  readonly onSelectBox: (id: string) => void;
}

function relevant(chain: ProxyChain, service: string | undefined): ProxyChain | undefined {
  if (service === undefined) return chain;
  const rules = chain.rules.filter((rule) => rule.refs.includes(service));
  if (rules.length === 0 && !chain.refs.includes(service)) return undefined;
  return { ...chain, rules: rules.length > 0 ? rules : chain.rules };
}

/** The rules kube-proxy programs on one Node for the Service the packet goes to, each linked to the boxes it acts on. */
export const RulesPanel = memo(function RulesPanel({ result, mode, onMode, service, onSelectBox }: Props) {
  const [onlyService, setOnlyService] = useState(true);
  const focus = onlyService ? service : undefined;
  return (
    <section className="rules" role="region" aria-label="kube-proxy rules">
      <div className="rules-bar">
        <label>
          <span>kube-proxy mode</span>
          <select aria-label="kube-proxy mode" value={mode} onChange={(event) => onMode(event.target.value as ProxyMode)}>
            {MODES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        {service && (
          <label>
            <input type="checkbox" checked={onlyService} onChange={(event) => setOnlyService(event.target.checked)} /> only {service.slice('svc:'.length)}
          </label>
        )}
        {result?.ok && <span className="rules-node">on Node {result.dump.node}</span>}
      </div>
      <p className="rules-mode-note">{MODE_NOTES[mode]}</p>
      {result !== undefined && !result.ok && <p className="trace-error">{result.error.message}</p>}
      {result?.ok &&
        result.dump.tables.map((table) => {
          const chains = table.chains.map((chain) => relevant(chain, focus)).filter((chain) => chain !== undefined);
          if (chains.length === 0) return null;
          return (
            <div key={`${table.name}/${table.family}`} className="rules-table">
              <h3>
                {table.name} <span>({table.family})</span>
              </h3>
              {chains.map((chain) => (
                <div key={chain.name} className="rules-chain">
                  <code className="chain-name">{chain.name}</code>
                  {chain.header?.map((line) => (
                    <code key={line} className="rule">
                      {line}
                    </code>
                  ))}
                  <ol>
                    {chain.rules.map((rule, i) => (
                      <li key={i}>
                        <code className="rule">{rule.text}</code>
                        {rule.refs.map((ref) => (
                          <button key={ref} type="button" className="chip" onClick={() => onSelectBox(ref)} title={`Select ${ref} in the graph`}>
                            {ref}
                          </button>
                        ))}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          );
        })}
      {result?.ok && result.dump.notes.length > 0 && (
        <details>
          <summary>What this dump leaves out</summary>
          <ul>
            {result.dump.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});
