import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const files = { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n' };

// Usage errors exit 2 with kubectl's `error: …` line; failures the command reports exit 1.
describe('run: arguments', () => {
  it.each([
    { argv: [], code: 2, err: "error: a command is required\nSee 'kse --help' for usage.\n" },
    { argv: ['frobnicate'], code: 2, err: 'error: unknown command "frobnicate" for "kse"\nSee \'kse --help\' for usage.\n' },
    { argv: ['get', '--bogus'], code: 2, err: "error: unknown flag: --bogus\nSee 'kse get --help' for usage.\n" },
    { argv: ['get'], code: 2, err: "error: Required resource not specified.\nSee 'kse get --help' for usage.\n" },
    { argv: ['get', 'svc', '-o', 'table'], code: 2, err: 'error: unable to match a printer suitable for the output format "table", allowed formats are: json,name,wide,yaml\nSee \'kse get --help\' for usage.\n' },
    { argv: ['get', 'svc', 'web', '-A'], code: 2, err: "error: a resource cannot be retrieved by name across all namespaces\nSee 'kse get --help' for usage.\n" },
    { argv: ['get', 'svc', '-l', 'a in b'], code: 2, err: 'error: unable to parse requirement: "a in b"\nSee \'kse get --help\' for usage.\n' },
    { argv: ['get', 'widgets', '-f', 'svc.yaml'], code: 1, err: 'error: the server doesn\'t have a resource type "widgets"\n' },
    { argv: ['get', 'svc', '-f', 'missing.yaml'], code: 1, err: 'error: the path "missing.yaml" does not exist\n' },
    { argv: ['check'], code: 2, err: "error: must specify -f\nSee 'kse check --help' for usage.\n" },
    { argv: ['check', '-f', 'svc.yaml', '-o', 'yaml'], code: 2, err: 'error: unknown output format "yaml", allowed formats are: json\nSee \'kse check --help\' for usage.\n' },
    { argv: ['describe', 'pods'], code: 2, err: 'error: describe supports services only, not "pods"\nSee \'kse describe --help\' for usage.\n' },
    { argv: ['dns'], code: 2, err: "error: a NAME to resolve is required\nSee 'kse dns --help' for usage.\n" },
    { argv: ['dns', 'x', '--type', 'MX'], code: 2, err: 'error: unsupported record type "MX", supported: A, AAAA, SRV, CNAME, PTR, TXT\nSee \'kse dns --help\' for usage.\n' },
  ])('$argv → exit $code', async ({ argv, code, err }) => {
    const io = createMemoryIO(files);
    expect(await run(argv, io)).toBe(code);
    expect(io.err()).toBe(err);
  });

  it.each(['check', 'get', 'describe', 'dns'])('%s --help lists its usage and flags', async (command) => {
    const io = createMemoryIO(files);
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toContain(`Usage:\n  kse ${command} `);
    expect(io.out()).toContain('-f, --filename FILE|DIR|-');
  });

  it('--help lists every command', async () => {
    const io = createMemoryIO(files);
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Commands:\n {2}check +Validate.*\n {2}get +.*\n {2}describe +.*\n {2}dns +/);
  });
});
