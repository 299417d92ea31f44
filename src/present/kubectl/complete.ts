/**
 * Tab completion for the terminal: the verb, resource types (short and long names), object names
 * of the typed resource in the chosen namespace, Node names after cordon/uncordon/drain, and flag
 * names. `start` is where the replaced word begins in the line.
 */
import type { Cluster } from '../../model/index.ts';
import { compareStrings } from '../text/label-selector.ts';
import { findResourceType, metadataOf, RESOURCE_TYPES } from '../text/resources.ts';
import { COMMANDS, findCommand } from './commands.ts';
import { GLOBAL_FLAGS } from './flags.ts';
import { nameOf } from './lookup.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Completion {
  readonly start: number;
  readonly candidates: readonly string[];
}

const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'label', 'scale', 'port-forward']);
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain']);
const TYPE_NAMES = [...new Set(RESOURCE_TYPES.flatMap((type) => [...type.shortNames, type.singular, type.resource]))].sort(compareStrings);

export function completeKubectl(cluster: Cluster, line: string): Completion {
  const tokenized = tokenize(line);
  if (!tokenized.ok) return { start: line.length, candidates: [] };
  const endsInBlank = line.length === 0 || /\s$/.test(line);
  const tokens: Token[] = [...tokenized.tokens];
  const current: Token = endsInBlank || tokens.length === 0 ? { text: '', start: line.length } : tokens.pop()!;
  const words = tokens.map((t) => t.text);
  if (words[0] === 'kubectl' || words[0] === 'k') words.shift();
  const done = (candidates: readonly string[]): Completion => ({ start: current.start, candidates: candidates.filter((c) => c.startsWith(current.text)) });
  const [verb, ...args] = words;
  if (verb === undefined) return done(COMMANDS.map((c) => c.name));
  const command = findCommand(verb);
  if (command === undefined) return done([]);
  if (current.text.startsWith('-')) {
    return done([...command.flags, ...GLOBAL_FLAGS].map((flag) => `--${flag.long}`).filter((flag) => flag !== '--v' && flag !== '--context'));
  }
  const previous = words.at(-1);
  if (previous === '-n' || previous === '--namespace') return done(cluster.namespaces.map((entry) => nameOf(entry.object)).sort(compareStrings));
  const namespace = namespaceIn(words);
  const positionals = positionalsOf(args, [...command.flags, ...GLOBAL_FLAGS]);
  if (NODE_VERBS.has(verb)) return done(positionals.length === 0 ? cluster.nodes.map((entry) => nameOf(entry.object)).sort(compareStrings) : []);
  if (!TYPED_VERBS.has(verb)) return done([]);
  const slash = current.text.indexOf('/');
  if (slash >= 0) {
    const typeWord = current.text.slice(0, slash);
    return done(objectNames(cluster, typeWord, namespace).map((name) => `${typeWord}/${name}`));
  }
  if (positionals.length === 0) return done(TYPE_NAMES);
  const typeWord = positionals[0] ?? '';
  if (typeWord.includes('/')) return done([]);
  return done(objectNames(cluster, typeWord.split(',')[0] ?? '', namespace));
}

function objectNames(cluster: Cluster, typeWord: string, namespace: string): string[] {
  const type = findResourceType(typeWord);
  if (type === undefined) return [];
  return type
    .list(cluster)
    .filter((entry) => !type.namespaced || metadataOf(entry.object).namespace === namespace)
    .map((entry) => nameOf(entry.object))
    .sort(compareStrings);
}

function namespaceIn(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if ((word === '-n' || word === '--namespace') && words[i + 1] !== undefined) return words[i + 1] ?? 'default';
    if (word.startsWith('--namespace=')) return word.slice('--namespace='.length);
    if (word.startsWith('-n') && word.length > 2 && !word.startsWith('--')) return word.slice(2).replace(/^=/, '');
  }
  return 'default';
}

/** The words that are not flags or flag values. */
function positionalsOf(args: readonly string[], flags: readonly { long: string; short?: string; kind: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (word === '--') break;
    if (!word.startsWith('-')) {
      out.push(word);
      continue;
    }
    if (word.includes('=')) continue;
    const spec = word.startsWith('--') ? flags.find((f) => f.long === word.slice(2)) : flags.find((f) => f.short === word.slice(1));
    if (spec?.kind === 'string' && (word.startsWith('--') || word.length === 2)) i++;
  }
  return out;
}
