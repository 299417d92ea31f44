import { memo } from 'react';

interface Props {
  readonly tables: string;
  readonly stale: boolean;
}

/** `kubectl get svc,endpoints,endpointslices -A -o wide`, as the simulated cluster answers it. */
export const KubectlOutput = memo(function KubectlOutput({ tables, stale }: Props) {
  return (
    <section className={stale ? 'kubectl stale' : 'kubectl'} role="region" aria-label="kubectl output">
      <h2>
        <code>kubectl get svc,endpoints,endpointslices -A -o wide</code>
      </h2>
      {/* Focusable, so that keyboard users can scroll a wide table. */}
      <pre tabIndex={0}>{tables}</pre>
    </section>
  );
});
