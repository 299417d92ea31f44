/** One kubectl verb: its flags and what it does to (and prints about) the cluster. */
import type { Cluster } from '../../model/index.ts';
import type { FlagSpec, ParsedLine } from './flags.ts';
import type { KubectlContext, KubectlResult } from './types.ts';

export interface KubectlCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
  readonly run: (cluster: Cluster, parsed: ParsedLine, context: KubectlContext) => KubectlResult;
}

export const ALL_NAMESPACES_FLAG: FlagSpec = { long: 'all-namespaces', short: 'A', kind: 'boolean' };
export const SELECTOR_FLAG: FlagSpec = { long: 'selector', short: 'l', kind: 'string' };
export const OUTPUT_FLAG: FlagSpec = { long: 'output', short: 'o', kind: 'string' };
