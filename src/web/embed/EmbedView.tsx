import { useEffect, useMemo } from 'react';
import { connectModel } from '../app/model-client.ts';
import { ClusterGraph } from '../features/graph/ClusterGraph.tsx';
import { usePacketRun } from '../features/trace/usePacketRun.ts';
import { isBroken, isStopped, useExplorer, useExplorerStore } from '../store/index.ts';
import { explorerHref } from './explorer-link.ts';
import { usePageTheme } from './usePageTheme.ts';

interface Props {
  /** `namespace/name` of the Service whose packet to show (the link's `svc`); else the first one. */
  readonly service: string | undefined;
}

/** The link's cluster, read-only: the graph with its packet, and the way to open it in the explorer. */
export function EmbedView({ service }: Props) {
  const store = useExplorerStore();
  useEffect(() => {
    const connected = connectModel(store);
    return () => connected.dispose();
  }, [store]);

  const built = useExplorer((s) => s.built);
  const lastGood = useExplorer((s) => s.lastGood);
  const stopped = useExplorer((s) => isStopped(s.trouble));
  const theme = usePageTheme();

  const broken = isBroken(built);
  const shown = broken ? lastGood : built;
  const services = useMemo(() => shown?.services ?? [], [shown]);
  const run = usePacketRun(services, service);

  return (
    <div className="kse-embed">
      <ClusterGraph graph={shown?.graph} stale={broken || stopped} packet={run} theme={theme} />
      <a className="kse-embed__open" href={explorerHref(window.location.href)} target="_blank" rel="noopener">
        Open in Kube Service Explorer
      </a>
    </div>
  );
}
