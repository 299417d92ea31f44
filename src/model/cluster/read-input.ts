/**
 * Step 0 of the pipeline: how the input is read. Each object's intent (intent.ts) splits it into
 * the stored state of a running cluster and the manifests applied on top; the stored state then
 * says what the cluster around it looks like: its Service ranges (stored-ranges.ts), the Nodes its
 * Pods run on (implied-nodes.ts), and which built-ins still fit (stored-builtins.ts).
 */
import type { InputSummary } from '../cluster-types.ts';
import type { ClusterConfig } from '../config.ts';
import type { RawObject } from '../manifest/parse.ts';
import { asRecord } from '../resources/guards.ts';
import type { KindInfo } from '../resources/schema/kind-info.ts';
import { declaredCustomKinds } from './custom-kinds.ts';
import { impliedNodes } from './implied-nodes.ts';
import { intentOf, type InputMode } from './intent.ts';
import { builtinsBesideDump } from './stored-builtins.ts';
import { inferStoredRanges, type InferredRanges } from './stored-ranges.ts';

export interface ReadInput {
  readonly mode: InputMode;
  /** The config to build with: the caller's, with the ranges a dump needs. */
  readonly config: ClusterConfig;
  /** Input objects loaded as stored state, and those applied as manifests, each in input order. */
  readonly dumped: readonly RawObject[];
  readonly manifests: readonly RawObject[];
  readonly ranges: InferredRanges;
  /** The clock taken from the dump, when its newest object is younger than the simulation's clock. */
  readonly now: string | undefined;
  /** Nodes the dumped Pods run on that the input does not declare. */
  readonly impliedNodes: readonly RawObject[];
  /** Kinds the input's CustomResourceDefinitions serve. */
  readonly customKinds: ReadonlyMap<string, KindInfo>;
  /** The chosen built-ins, at addresses that fit the dump and clear of what it states. */
  fitBuiltins(builtins: readonly RawObject[]): RawObject[];
}

export function readInput(
  input: readonly RawObject[],
  config: ClusterConfig,
  options: { readonly mode: InputMode; readonly explicit: { readonly serviceCIDRs: boolean; readonly nodePortRange: boolean; readonly now: boolean } },
): ReadInput {
  const dumped: RawObject[] = [];
  const manifests: RawObject[] = [];
  for (const raw of input) (intentOf(raw, options.mode) === 'dump' ? dumped : manifests).push(raw);
  const ranges = dumped.length === 0 ? { config } : inferStoredRanges(config, dumped, options.explicit);
  const now = options.explicit.now ? undefined : dumpTime(dumped, config.now);
  return {
    mode: options.mode,
    config: now === undefined ? ranges.config : { ...ranges.config, now },
    now,
    dumped,
    manifests,
    ranges,
    impliedNodes: dumped.length === 0 ? [] : impliedNodes(dumped, input),
    customKinds: declaredCustomKinds(input),
    fitBuiltins: (builtins) => (dumped.length === 0 ? [...builtins] : builtinsBesideDump(builtins, dumped, ranges.serviceCIDRs)),
  };
}

/**
 * When the dump was taken, as far as it shows: its newest creationTimestamp, so that ages read as
 * `kubectl get` printed them then rather than `<invalid>` (a time in the future). Undefined when
 * the simulation's clock is later already.
 */
function dumpTime(dumped: readonly RawObject[], now: string): string | undefined {
  let latest = Date.parse(now);
  let text: string | undefined;
  for (const raw of dumped) {
    const created = asRecord(raw.value.metadata)?.creationTimestamp;
    if (typeof created !== 'string') continue;
    const at = Date.parse(created);
    if (at > latest) {
      latest = at;
      text = created;
    }
  }
  return text;
}

export function summarizeInput(read: ReadInput, notSimulated: number): InputSummary {
  const manifest = read.manifests.length;
  const dump = read.dumped.length;
  return {
    requested: read.mode,
    mode: dump === 0 ? 'manifest' : manifest === 0 ? 'dump' : 'mixed',
    objects: { manifest, dump },
    notSimulated,
    inferred: {
      ...(read.ranges.serviceCIDRs ? { serviceCIDRs: read.ranges.serviceCIDRs } : {}),
      ...(read.ranges.nodePortRange ? { nodePortRange: read.ranges.nodePortRange } : {}),
      ...(read.now ? { now: read.now } : {}),
    },
  };
}
