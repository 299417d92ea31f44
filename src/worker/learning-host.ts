/**
 * The answers of the explorer's learning panels: the kubectl terminal, the challenges, and the
 * control-plane cost of runtime events. Loaded by the worker on first use, so that an embedded
 * diagram, which asks none of these, never downloads them.
 */
import { buildCluster, measurePropagation, projectPropagation, type BuildCache, type Cluster, type ManifestSource, type RuntimeEvent } from '../model/index.ts';
import { completeKubectl, runKubectl } from '../present/kubectl/index.ts';
import { generateChallenges, INTERVIEW_SCENARIOS, interviewChallenges } from '../present/learn/index.ts';
import type { LearningRequest, WorkerAnswer } from './protocol.ts';

/** The cluster on screen and what it was built from: the timeline's earlier states are rebuilt from them. */
export interface Built {
  readonly cluster: Cluster;
  readonly sources: readonly ManifestSource[];
  readonly events: readonly RuntimeEvent[];
  readonly cache: BuildCache;
}

export function answerLearning(request: LearningRequest, built: Built): WorkerAnswer {
  const { cluster, sources, events, cache } = built;
  switch (request.type) {
    case 'kubectl':
      return { type: 'kubectl', id: request.id, line: request.line, result: runKubectl(cluster, request.line, { manifest: request.manifest }) };
    case 'complete': {
      const { start, candidates } = completeKubectl(cluster, request.line);
      return { type: 'complete', id: request.id, line: request.line, start, candidates };
    }
    case 'challenges': {
      // "What if this Pod failed its probe?" is answered on the same sources, events included.
      const rebuild = (more: readonly RuntimeEvent[]) => buildCluster(sources, { cache, events: [...events, ...more] });
      return {
        type: 'challenges',
        id: request.id,
        interviews: INTERVIEW_SCENARIOS.map(({ number, question, exampleId, prediction }) => ({ number, question, exampleId, prediction })),
        challenges: [...interviewChallenges(cluster, request.exampleId), ...generateChallenges(cluster, request.seed, rebuild)],
      };
    }
    case 'propagation': {
      // Each event is measured against the cluster just before it: one build per prefix of the timeline.
      const before = events.map((_, k) => buildCluster(sources, { cache, events: events.slice(0, k) }));
      const after = (k: number): Cluster => before[k + 1] ?? cluster;
      return {
        type: 'propagation',
        id: request.id,
        events: cluster.events.map((outcome, k) => ({ summary: outcome.summary, measured: measurePropagation(before[k] ?? cluster, after(k), request.nodes) })),
        projection: projectPropagation({ endpointsPerService: request.endpointsPerService, nodes: request.nodes }),
        nodes: request.nodes,
        endpointsPerService: request.endpointsPerService,
      };
    }
  }
}
