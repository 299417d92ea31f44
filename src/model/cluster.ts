/**
 * buildCluster: manifests in, an immutable simulated cluster out. The one entry point of the model.
 */
import type { Cluster } from './cluster-types.ts';
import { buildFromObjects } from './cluster/pipeline.ts';
import { DEFAULT_CONFIG, type ClusterConfig } from './config.ts';
import type { RuntimeEvent } from './events/types.ts';
import { parseManifests, type ManifestSource, type ParseCache } from './manifest/parse.ts';

export interface BuildOptions extends Partial<ClusterConfig> {
  /** Parse results kept between calls: an edit re-parses only the documents it changed. */
  readonly cache?: ParseCache;
  /** Called as each stage ends, so that a benchmark can time them; the model keeps no clock. */
  readonly onStage?: (stage: BuildStage) => void;
  /** Runtime events (a Pod killed, a probe failing, a Node drained) applied on top of the sources, in order. */
  readonly events?: readonly RuntimeEvent[];
}

export type BuildStage = 'parse' | 'admit' | 'controllers';

/**
 * Builds the cluster that applying `sources` in order (as `kubectl apply -f`) to a fresh kubeadm
 * cluster would give: the same sources give the same Cluster, byte for byte.
 */
export function buildCluster(sources: readonly ManifestSource[], options: BuildOptions = {}): Cluster {
  const { cache, onStage, events = [], ...overrides } = options;
  const config: ClusterConfig = { ...DEFAULT_CONFIG, ...overrides };
  const parsed = parseManifests(sources, cache);
  onStage?.('parse');
  return buildFromObjects(parsed.objects, parsed.diagnostics, config, events, onStage);
}
