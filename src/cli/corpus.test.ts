/**
 * `kse check` against 117 published manifests, each with the verdict a v1.31 API server gives it
 * (../shared/corpus/SOURCES.md). Accepted files must pass; rejected ones, and kinds a bare server
 * does not serve, must fail. "Cluster-dependent" files may fail only for a reason of this cluster:
 * an address outside its service CIDR, or an IP family it is not configured for.
 *
 * The verdicts judge each file as created on a fresh cluster, so the files are read with
 * `--input manifest`. Read as they come (`auto`), the three `kubectl edit` buffers refused only for
 * their resourceVersion are `kubectl get -o yaml` output, and load as a cluster's stored state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR as corpus, hasCorpus, NO_CORPUS } from '../../testing/shared.ts';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

interface Verdict {
  readonly number: string;
  readonly file: string;
  readonly verdict: string;
}

const verdicts: Verdict[] = (hasCorpus ? readFileSync(join(corpus, 'SOURCES.md'), 'utf8') : '')
  .split('\n')
  .filter((line) => /^\| \d+ \|/.test(line))
  .map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    return { number: cells[1] ?? '', file: (cells[2] ?? '').replace(/`/g, ''), verdict: cells[8] ?? '' };
  });

const CLUSTER_REASONS = /is not in the valid range|not configured on this cluster/;

interface CheckOutput {
  valid: boolean;
  kubeVersion: string;
  input: string;
  errors: { message: string }[];
}

async function check(file: string, input = 'manifest'): Promise<{ code: number; output: CheckOutput }> {
  const path = `corpus/${file}`;
  const io = createMemoryIO({ [path]: readFileSync(join(corpus, file), 'utf8') });
  // The verdicts are v1.31's, whatever the default version is.
  const code = await run(['check', '-o', 'json', '--kube-version', '1.31', '--input', input, '-f', path], io);
  const output = JSON.parse(io.out()) as CheckOutput;
  expect(output.kubeVersion).toBe('1.31');
  return { code, output };
}

describe.skipIf(!hasCorpus)(`kse check agrees with a v1.31 API server on the published corpus${hasCorpus ? '' : ` (${NO_CORPUS})`}`, () => {
  it('lists all 117 files', () => {
    expect(verdicts).toHaveLength(117);
  });

  it.each(verdicts)('#$number $verdict: $file', async ({ file, verdict }) => {
    const { code, output } = await check(file);
    if (/cluster-dependent/.test(verdict)) {
      for (const error of output.errors) expect(error.message).toMatch(CLUSTER_REASONS);
      return;
    }
    const rejected = /REJECTED|needs add-on CRDs/.test(verdict);
    expect({ code, valid: output.valid }).toEqual({ code: rejected ? 1 : 0, valid: !rejected });
  });

  const storedSnapshots = verdicts.filter(({ verdict, file }) => /REJECTED/.test(verdict) && file.includes('__edit__testdata__'));
  it.each(storedSnapshots)('#$number read as it comes, loads as stored state: $file', async ({ file }) => {
    const { code, output } = await check(file, 'auto');
    expect({ code, valid: output.valid, input: output.input }).toEqual({ code: 0, valid: true, input: 'dump' });
  });
});
