import { memo, useState } from 'react';
import { spreadRequests, spreadWeighted, totalsBy, type Landing } from './requests.ts';

const REQUESTS = 1000;

/** A Gateway's split: each endpoint's chance, and the backendRef (`ns/service:port`) it belongs to. */
export interface WeightedSplit {
  readonly probabilities: readonly number[];
  readonly services: readonly string[];
}

interface Props {
  readonly targets: readonly string[];
  readonly affinity: boolean;
  /** Through a Gateway: the backendRefs' weights decide, not kube-proxy's 1/n. */
  readonly weighted?: WeightedSplit;
}

function Bars({ landed, label }: { readonly landed: readonly Landing[]; readonly label: string }) {
  const most = Math.max(1, ...landed.map((l) => l.count));
  return (
    <div role="group" aria-label={label}>
      {landed.map((l) => (
        <div key={l.target} className="bar">
          <span className="bar-label">{l.target}</span>
          <span className="bar-track">
            <span className="bar-fill" style={{ width: `${(100 * l.count) / most}%` }} />
          </span>
          <span className="bar-count">{l.count}</span>
        </div>
      ))}
    </div>
  );
}

const aims = (split: WeightedSplit): string => {
  const shares = new Map<string, number>();
  split.services.forEach((service, i) => shares.set(service, (shares.get(service) ?? 0) + (split.probabilities[i] ?? 0)));
  return [...shares].map(([service, share]) => `${service} ${Math.round(share * REQUESTS)}`).join(', ');
};

/** "Send 1,000 requests": how many new connections each backend gets in one burst, next to what kube-proxy (or a Gateway's weights) aims at. */
export const RequestsChart = memo(function RequestsChart({ targets, affinity, weighted }: Props) {
  const [seed, setSeed] = useState<number | undefined>();
  if (targets.length === 0) return null;
  const landed = seed === undefined ? [] : weighted === undefined ? spreadRequests(targets, REQUESTS, affinity, seed) : spreadWeighted(targets, weighted.probabilities, REQUESTS, seed);
  return (
    <div className="requests">
      <button type="button" onClick={() => setSeed((s) => (s ?? 0) + 1)}>
        {seed === undefined ? 'Send 1,000 requests' : 'Send 1,000 more'}
      </button>
      {seed !== undefined && (
        <figure aria-label="Requests per backend">
          <figcaption>
            {weighted !== undefined
              ? `The Gateway picks each request's backend by the backendRefs' weights (kube-proxy plays no part): on average ${aims(weighted)}.`
              : affinity
                ? 'sessionAffinity ClientIP: all of one client’s connections go to the backend its first one reached.'
                : `Each new connection picks a backend at random: ${(REQUESTS / targets.length).toFixed(0)} each on average.`}
          </figcaption>
          {weighted !== undefined && <Bars landed={totalsBy(landed, weighted.services)} label="Requests per backendRef" />}
          <Bars landed={landed} label="Requests per endpoint" />
        </figure>
      )}
    </div>
  );
});
