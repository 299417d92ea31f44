import { useEffect, useMemo } from 'react';
import { connectModel } from '../app/model-client.ts';
import { ClusterGraph } from '../features/graph/ClusterGraph.tsx';
import { packetRun } from '../features/trace/packet-run.ts';
import { isBroken, useExplorer, useExplorerStore } from '../store/index.ts';
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
  const packet = useExplorer((s) => s.packet);
  const trace = useExplorer((s) => s.trace);
  const sendPacket = useExplorer((s) => s.sendPacket);
  const theme = usePageTheme();

  const broken = isBroken(built);
  const shown = broken ? lastGood : built;
  const services = useMemo(() => shown?.services ?? [], [shown]);
  useEffect(() => {
    if (packet !== undefined || services.length === 0) return;
    const first = services[0];
    const named = services.some((s) => `${s.namespace}/${s.name}` === service);
    const chosen = named ? service : first && `${first.namespace}/${first.name}`;
    if (chosen !== undefined) sendPacket({ service: chosen });
  }, [services, packet, service, sendPacket]);
  const run = useMemo(() => packetRun(trace, packet === undefined ? '' : JSON.stringify(packet)), [trace, packet]);

  return (
    <div className="kse-embed">
      <ClusterGraph graph={shown?.graph} stale={broken} packet={run} theme={theme} />
      <a className="kse-embed__open" href={explorerHref(window.location.href)} target="_blank" rel="noopener">
        Open in Kube Service Explorer
      </a>
    </div>
  );
}
