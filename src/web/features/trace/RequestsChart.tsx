import { memo, useState } from 'react';
import { spreadRequests } from './requests.ts';

const REQUESTS = 1000;

interface Props {
  readonly targets: readonly string[];
  readonly affinity: boolean;
}

/** "Send 1,000 requests": how many new connections each backend gets in one burst, next to the 1/n kube-proxy aims at. */
export const RequestsChart = memo(function RequestsChart({ targets, affinity }: Props) {
  const [seed, setSeed] = useState<number | undefined>();
  if (targets.length === 0) return null;
  const landed = seed === undefined ? [] : spreadRequests(targets, REQUESTS, affinity, seed);
  const most = Math.max(1, ...landed.map((l) => l.count));
  return (
    <div className="requests">
      <button type="button" onClick={() => setSeed((s) => (s ?? 0) + 1)}>
        {seed === undefined ? 'Send 1,000 requests' : 'Send 1,000 more'}
      </button>
      {seed !== undefined && (
        <figure aria-label="Requests per backend">
          <figcaption>
            {affinity
              ? 'sessionAffinity ClientIP: all of one client’s connections go to the backend its first one reached.'
              : `Each new connection picks a backend at random: ${(REQUESTS / targets.length).toFixed(0)} each on average.`}
          </figcaption>
          {landed.map((l) => (
            <div key={l.target} className="bar">
              <span className="bar-label">{l.target}</span>
              <span className="bar-track">
                <span className="bar-fill" style={{ width: `${(100 * l.count) / most}%` }} />
              </span>
              <span className="bar-count">{l.count}</span>
            </div>
          ))}
        </figure>
      )}
    </div>
  );
});
