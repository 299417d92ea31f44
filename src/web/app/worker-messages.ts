/**
 * What the page says about the model worker, in plain words: what happened, that the user's text
 * is safe, and what to do. Never a JavaScript error: those go to the developer console.
 */
import type { WorkerRequest, WorkStage } from '../../worker/protocol.ts';
import type { BuildProgress, WorkerTrouble } from '../store/index.ts';

/** The panel whose question it was. */
const PANEL: Readonly<Record<WorkerRequest['type'], string>> = {
  build: 'the graph',
  dns: 'the DNS panel',
  details: 'the Details panel',
  trace: 'the Packet path panel',
  rules: 'the kube-proxy rules panel',
  tables: 'the kubectl terminal',
  kubectl: 'the kubectl terminal',
  complete: 'the kubectl terminal',
  challenges: 'the Learn panel',
  propagation: 'the What if panel',
};

const TEXT_SAFE = 'Your manifest is unchanged';

export function troubleMessage(trouble: WorkerTrouble): string {
  switch (trouble.kind) {
    case 'restarted':
      return `The simulator stopped unexpectedly, so it was restarted and the graph rebuilt from your manifest. ${TEXT_SAFE}.`;
    case 'build-stopped':
      return trouble.hung
        ? `Building this manifest made no progress for ${trouble.seconds} s, so the simulator stopped it. ${TEXT_SAFE}; the graph shows the last cluster that built. Edit the manifest to try again.`
        : `The simulator cannot build this manifest yet: it stopped on it twice. ${TEXT_SAFE}; the graph shows the last cluster that built. Edit the manifest to try again.`;
    case 'question-stopped':
      return `The simulator stopped twice on a question from ${PANEL[trouble.question]}, so it is left unanswered. ${TEXT_SAFE}, and so is the graph.`;
    case 'halted':
      return `The simulator stopped several times in a row, so it is paused. ${TEXT_SAFE}. Edit the manifest to try again.`;
  }
}

const STAGE: Readonly<Record<WorkStage | 'queued', string>> = {
  queued: 'waiting for the simulator',
  started: 'reading the YAML',
  admitting: 'checking the objects as the API server would',
  controllers: 'running the controllers',
  views: 'drawing the graph',
  answering: 'drawing the graph',
};

/** `9.7 MB`: sizes as people read them, in the same unit as the share-link limit. */
export function formatMegabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}

/** `Building the cluster (9.7 MB): running the controllers…` */
export function progressMessage(progress: BuildProgress): string {
  const size = progress.size >= 1_000_000 ? ` (${formatMegabytes(progress.size)})` : '';
  return `Building the cluster${size}: ${STAGE[progress.stage]}…`;
}
