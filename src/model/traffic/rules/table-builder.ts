/**
 * Collects rules chain by chain, in the order kube-proxy writes them, for one table.
 */
import type { ProxyChain, ProxyRule } from './types.ts';

export interface TableBuilder {
  /** Declares a chain (kube-proxy writes its `:CHAIN - [0:0]` line) without adding a rule. */
  declare(chain: string, refs?: readonly string[]): void;
  /** Appends a rule: its words joined with single spaces, as proxyutil.LineBuffer.Write joins them. */
  add(chain: string, refs: readonly string[], words: readonly string[]): void;
  chains(order: (a: string, b: string) => number): ProxyChain[];
}

export function tableBuilder(): TableBuilder {
  const byName = new Map<string, { rules: ProxyRule[]; refs: Set<string> }>();
  const declare = (chain: string, refs: readonly string[] = []): { rules: ProxyRule[]; refs: Set<string> } => {
    const existing = byName.get(chain) ?? { rules: [], refs: new Set<string>() };
    byName.set(chain, existing);
    for (const ref of refs) existing.refs.add(ref);
    return existing;
  };
  return {
    declare,
    add(chain, refs, words) {
      declare(chain, refs).rules.push({ text: words.join(' '), refs: [...refs] });
    },
    chains(order) {
      return [...byName.entries()].sort(([a], [b]) => order(a, b)).map(([name, chain]) => ({ name, rules: chain.rules, refs: [...chain.refs] }));
    },
  };
}
