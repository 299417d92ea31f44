/**
 * A kubectl interpreter over a simulated cluster: the engine of the browser's terminal. Pure: it
 * reads the Cluster and returns kubectl's output plus the runtime events the command causes, which
 * the caller applies afterwards (so the output is computed from the cluster as it is now).
 */
import type { Cluster } from '../../model/index.ts';
import { commandHelp, findCommand, helpText } from './commands.ts';
import { parseFlags } from './flags.ts';
import { tokenize } from './tokenize.ts';
import { fail, ok, type KubectlContext, type KubectlResult } from './types.ts';

export type { KubectlContext, KubectlResult, PortForward } from './types.ts';
export { completeKubectl } from './complete.ts';

export function runKubectl(cluster: Cluster, line: string, context: KubectlContext = {}): KubectlResult {
  const tokenized = tokenize(line);
  if (!tokenized.ok) return fail(`error: ${tokenized.error}`);
  let words = tokenized.tokens.map((token) => token.text);
  if (words[0] === 'kubectl' || words[0] === 'k') words = words.slice(1);
  // Global flags may come before the verb: `kubectl -n shop get svc`.
  const leading: string[] = [];
  while (words[0]?.startsWith('-') === true && !['-h', '--help'].includes(words[0])) {
    const flag = words.shift() ?? '';
    leading.push(flag);
    if (['-n', '--namespace', '--context'].includes(flag) && words[0] !== undefined) leading.push(words.shift() ?? '');
  }
  const [verb, ...afterVerb] = words;
  const rest = [...leading, ...afterVerb];
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
    const named = rest[0] === undefined ? undefined : findCommand(rest[0]);
    return ok(named === undefined ? helpText() : commandHelp(named));
  }
  const command = findCommand(verb);
  if (command === undefined) {
    return fail(`error: unknown command "${verb}" for "kubectl"\n\nRun 'kubectl --help' for usage.`);
  }
  const parsed = parseFlags(rest, command.flags);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'kubectl ${command.name} --help' for usage.`);
  if (parsed.parsed.values.get('help') === 'true') return ok(commandHelp(command));
  return command.run(cluster, parsed.parsed, context);
}
