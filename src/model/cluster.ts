/**
 * buildCluster: manifests in, an immutable simulated cluster out. The one entry point of the model.
 */
import type { Cluster } from './cluster-types.ts';
import type { InputMode } from './cluster/intent.ts';
import { buildFromObjects } from './cluster/pipeline.ts';
import { DEFAULT_CONFIG, type ClusterConfig } from './config.ts';
import type { RuntimeEvent } from './events/types.ts';
import { parseManifests, type ManifestSource, type ParseCache } from './manifest/parse.ts';
import { isBuildCache, type BuildCache } from './cluster/build-cache.ts';

export interface BuildOptions extends Partial<ClusterConfig> {
  /**
   * Results kept between calls. A BuildCache (createBuildCache) keeps every stage's: an edit
   * re-parses only the documents it changed, re-admits only their objects and re-runs only the
   * controllers whose inputs changed, and what did not change stays identical by reference. A bare
   * ParseCache keeps the parse alone.
   */
  readonly cache?: BuildCache | ParseCache;
  /** Called as each stage ends, so that a benchmark can time them; the model keeps no clock. */
  readonly onStage?: (stage: BuildStage) => void;
  /** Runtime events (a Pod killed, a probe failing, a Node drained) applied on top of the sources, in order. */
  readonly events?: readonly RuntimeEvent[];
  /**
   * How to read the input (cluster/intent.ts): `manifest` applies every object as `kubectl apply -f`
   * would on a fresh cluster; `dump` loads every object as the stored state of the running cluster
   * it was read from; `auto` (the default) decides per object, from the fields only a server sets.
   */
  readonly input?: InputMode;
}

export type BuildStage = 'parse' | 'admit' | 'controllers';

/**
 * Builds the cluster that applying `sources` in order (as `kubectl apply -f`) to a fresh kubeadm
 * cluster would give, or, for objects read out of a running cluster, the cluster that stores them:
 * the same sources give the same Cluster, byte for byte.
 */
export function buildCluster(sources: readonly ManifestSource[], options: BuildOptions = {}): Cluster {
  const { cache, onStage, events = [], input = 'auto', ...overrides } = options;
  const config: ClusterConfig = { ...DEFAULT_CONFIG, ...overrides };
  const memo = cache !== undefined && isBuildCache(cache) ? cache : undefined;
  const parseCache = cache === undefined || isBuildCache(cache) ? memo?.parse : cache;
  const parsed = parseManifests(sources, parseCache);
  onStage?.('parse');
  const explicit = { serviceCIDRs: overrides.serviceCIDRs !== undefined, nodePortRange: overrides.nodePortRange !== undefined, now: overrides.now !== undefined };
  return buildFromObjects(parsed.objects, parsed.diagnostics, config, events, onStage, { mode: input, explicit }, memo);
}
