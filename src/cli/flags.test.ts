import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from './flags.ts';

const specs: FlagSpec[] = [
  { long: 'filename', short: 'f', kind: 'strings', help: '' },
  { long: 'namespace', short: 'n', kind: 'string', help: '' },
  { long: 'all-namespaces', short: 'A', kind: 'boolean', help: '' },
];

// pflag's forms: -n NS, -n=NS, -nNS, --namespace NS, --namespace=NS.
describe('parseFlags', () => {
  it.each([
    { argv: ['svc', '-n', 'shop'], positionals: ['svc'], values: { namespace: ['shop'] } },
    { argv: ['-n=shop', 'svc'], positionals: ['svc'], values: { namespace: ['shop'] } },
    { argv: ['-nshop'], positionals: [], values: { namespace: ['shop'] } },
    { argv: ['--namespace', 'shop'], positionals: [], values: { namespace: ['shop'] } },
    { argv: ['--namespace=shop', '--namespace=prod'], positionals: [], values: { namespace: ['prod'] } },
    { argv: ['-f', 'a.yaml', '--filename=b.yaml', '-f', '-'], positionals: [], values: { filename: ['a.yaml', 'b.yaml', '-'] } },
    { argv: ['-A', 'svc'], positionals: ['svc'], values: { 'all-namespaces': ['true'] } },
    { argv: ['--all-namespaces=false'], positionals: [], values: { 'all-namespaces': ['false'] } },
    { argv: ['--', '-n', 'x'], positionals: ['-n', 'x'], values: {} },
  ])('$argv', ({ argv, positionals, values }) => {
    const result = parseFlags(argv, specs);
    expect(result).toEqual({ ok: true, args: { positionals, values: new Map(Object.entries(values)) } });
  });

  it.each([
    { argv: ['--bogus'], error: 'unknown flag: --bogus' },
    { argv: ['-x'], error: "unknown shorthand flag: 'x' in -x" },
    { argv: ['-n'], error: 'flag needs an argument: -n' },
    { argv: ['-A=maybe'], error: 'invalid argument "maybe" for "-A, --all-namespaces" flag' },
  ])('rejects $argv', ({ argv, error }) => {
    expect(parseFlags(argv, specs)).toEqual({ ok: false, error });
  });
});
