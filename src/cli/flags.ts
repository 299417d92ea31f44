/**
 * A small pflag-style parser: `-n NS`, `-n=NS`, `-nNS`, `--namespace NS`, `--namespace=NS`,
 * boolean flags, repeatable flags, and `--` to end flags.
 */

export interface FlagSpec {
  /** Long name without dashes: `namespace`. */
  readonly long: string;
  readonly short?: string;
  /** `string`: last value wins; `strings`: repeatable; `boolean`: takes no value. */
  readonly kind: 'string' | 'strings' | 'boolean';
  /** Placeholder shown in help: `NS`. */
  readonly value?: string;
  readonly help: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Values by long name, in the order given. */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export type ParseResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: string };

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParseResult {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const record = (spec: FlagSpec, value: string): void => {
    const previous = spec.kind === 'strings' ? (values.get(spec.long) ?? []) : [];
    values.set(spec.long, [...previous, value]);
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const parsed = splitFlag(arg, specs);
    if (parsed === undefined) return { ok: false, error: `unknown ${arg.startsWith('--') ? 'flag' : 'shorthand flag'}: ${describeFlag(arg)}` };
    const { spec, inline } = parsed;
    if (spec.kind === 'boolean') {
      if (inline !== undefined && inline !== 'true' && inline !== 'false') return { ok: false, error: `invalid argument "${inline}" for "${flagName(spec)}" flag` };
      record(spec, inline ?? 'true');
      continue;
    }
    if (inline !== undefined) {
      record(spec, inline);
      continue;
    }
    const next = argv[index + 1];
    if (next === undefined) return { ok: false, error: `flag needs an argument: ${arg}` };
    record(spec, next);
    index++;
  }
  return { ok: true, args: { positionals, values } };
}

/** The last value of a flag. */
export function flagValue(args: ParsedArgs, long: string): string | undefined {
  return args.values.get(long)?.at(-1);
}

export function flagValues(args: ParsedArgs, long: string): readonly string[] {
  return args.values.get(long) ?? [];
}

export function flagSet(args: ParsedArgs, long: string): boolean {
  return flagValue(args, long) === 'true';
}

/** `-n, --namespace NS` as help lists it. */
export function flagName(spec: FlagSpec): string {
  return spec.short === undefined ? `--${spec.long}` : `-${spec.short}, --${spec.long}`;
}

function splitFlag(arg: string, specs: readonly FlagSpec[]): { spec: FlagSpec; inline: string | undefined } | undefined {
  if (arg.startsWith('--')) {
    const [name, ...rest] = arg.slice(2).split('=');
    const spec = specs.find((s) => s.long === name);
    return spec && { spec, inline: rest.length > 0 ? rest.join('=') : undefined };
  }
  const spec = specs.find((s) => s.short === arg[1]);
  if (spec === undefined) return undefined;
  const tail = arg.slice(2);
  if (tail === '') return { spec, inline: undefined };
  return { spec, inline: tail.startsWith('=') ? tail.slice(1) : tail };
}

function describeFlag(arg: string): string {
  return arg.startsWith('--') ? (arg.split('=')[0] ?? arg) : `'${arg[1] ?? ''}' in ${arg}`;
}
