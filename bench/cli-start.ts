/**
 * How long `kse` takes as a whole process, start to exit: `kse check` of one guide example from the
 * installed bin (the one-file bundle, dist-cli/kse.mjs, that `npm ci` builds), beside the same
 * command through tsx from the TypeScript sources (`npm run kse`, which compiles on every start),
 * and the floor, a bare `node -e ''`. Each is run several times in turn; the median counts. Run
 * with `npm run bench:cli` (it builds the bundle first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist-cli/kse.mjs';
const EXAMPLE = 'src/examples/guide-03-debug-ui.yaml';
const RUNS = 9;
/** The issue's aim: the bin starts within three bare `node` starts. */
const AIM_TIMES_NODE = 3;

if (!existsSync(`${ROOT}/${BUNDLE}`)) throw new Error(`${BUNDLE} is missing: run \`npm run build:cli\` first`);

const CASES = [
  { name: "node -e ''", args: ['-e', ''] },
  { name: `kse check (bin: ${BUNDLE})`, args: [BUNDLE, 'check', '-f', EXAMPLE] },
  { name: 'kse check (tsx src/cli/main.ts)', args: ['--import', 'tsx', 'src/cli/main.ts', 'check', '-f', EXAMPLE] },
] as const;

function once(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  return ms;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

// Once each first, so the file system cache is warm for every case alike.
for (const entry of CASES) once(entry.args);
const samples: number[][] = CASES.map(() => []);
for (let run = 0; run < RUNS; run++) CASES.forEach((entry, i) => samples[i]?.push(once(entry.args)));

const [floor = NaN, bundle = NaN] = samples.map(median);
console.log(`\nkse check of one guide example, whole process (median of ${RUNS}):`);
CASES.forEach((entry, i) => {
  const ms = median(samples[i] ?? []);
  const ratio = i === 0 ? 'the floor' : `${(ms / floor).toFixed(1)}× node`;
  console.log(`${entry.name.padEnd(42)} ${`${(ms / 1000).toFixed(2)} s`.padStart(8)}  ${ratio}`);
});
console.log(`aim: ≤ ${AIM_TIMES_NODE}× a bare node start (${((AIM_TIMES_NODE * floor) / 1000).toFixed(2)} s here); the bin is ${(bundle / floor).toFixed(1)}×`);
