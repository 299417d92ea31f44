import { memo, useEffect, useState } from 'react';
import type { BuiltResponse } from '../../worker/protocol.ts';
import { useExplorer, type BuildProgress } from '../store/index.ts';
import { progressMessage } from './worker-messages.ts';

/** Seconds since the build began, counted on screen only: a live region would announce every tick. */
function Elapsed({ since }: { readonly since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span aria-hidden="true"> {Math.max(0, Math.round((now - since) / 1000))} s</span>;
}

function Progress({ progress }: { readonly progress: BuildProgress }) {
  return (
    <span className="build-status build-status--building">
      <span className="build-status__spinner" aria-hidden="true" />
      <span role="status">{progressMessage(progress)}</span>
      <Elapsed since={progress.since} />
    </span>
  );
}

/** How the text was read, when not plainly as manifests: a dump's cluster is its stored state, not one re-created. */
function inputNote(input: BuiltResponse['summary']['input']): string {
  if (input === undefined || input.mode === 'manifest') return '';
  const { dump, manifest } = input.objects;
  if (input.mode === 'dump') return ` · read as a cluster dump (${dump} objects as stored)`;
  return ` · read as a cluster dump (${dump} objects as stored) and manifests (${manifest} applied)`;
}

interface Props {
  /** The build the graph draws: the last one that stood, while the text on screen is refused or broken. */
  readonly shown: BuiltResponse | undefined;
  /** The build of the text on screen. */
  readonly built: BuiltResponse | undefined;
  /** The graph keeps an earlier cluster than `built`, and typing has paused long enough to say so. */
  readonly held: boolean;
}

/**
 * The cluster on screen in numbers and how the text on screen was read, or, while a long build
 * runs, how far it has got. When the graph keeps an earlier cluster (the text read another way
 * is refused, say), the line says so in place of that build's time, which is not the text's: the
 * line keeps about its length, so the toolbar does not gain a row at a half-typed word.
 */
export const BuildStatus = memo(function BuildStatus({ shown, built, held }: Props) {
  const progress = useExplorer((s) => s.progress);
  if (progress !== undefined) return <Progress progress={progress} />;
  if (shown === undefined) return null;
  return (
    <span className="build-status" role="status">
      {shown.summary.services} Services, {shown.summary.pods} Pods, {shown.summary.endpointSlices} EndpointSlices ·{' '}
      {held ? 'showing the last cluster that built' : `built in ${shown.millis.toFixed(1)} ms`}
      {inputNote((built ?? shown).summary.input)}
    </span>
  );
});
