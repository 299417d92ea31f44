/**
 * The model's throughput on a 50,714-object cluster dump in `kubectl get -o yaml` form (about
 * 140 MiB): each stage of buildCluster, the whole `kse check` as the built bin runs it, and the bare parse of the same text
 * by js-yaml and by `yaml` for comparison. Then the inputs that once took the tool down through
 * size (large-inputs.ts), each in a process of its own: buildCluster's time and the peak memory.
 * Run with `npm run bench:model` (`-- --small` for a 1/10 dump, `-- --full-yaml` to parse the
 * whole dump with `yaml` rather than a tenth of it, `-- --large` for the large inputs alone,
 * `-- --managed-fields` to dump managedFields too, `-- --no-server-fields` to leave resourceVersion
 * and uid out, so that the objects are applied as manifests rather than loaded as stored state).
 * First, the model's share of a keystroke (model-keystrokes.ts); `-- --keystrokes` prints only that.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { buildCluster, type BuildStage } from '../src/model/index.ts';
import { toGraph } from '../src/present/graph/index.ts';
import { median, timeDumpCheck } from './check-dump.ts';
import { countObjects, FULL_SHAPE, generateDump, SMALL_SHAPE, type DumpShape, type ServerFields } from './generate-dump.ts';
import { LARGE_CASES } from './large-inputs.ts';
import { measureModelKeystrokes, printModelKeystrokes } from './model-keystrokes.ts';

const small = process.argv.includes('--small');
const largeOnly = process.argv.includes('--large');
const fullYaml = process.argv.includes('--full-yaml');
const serverFields: ServerFields = process.argv.includes('--no-server-fields') ? 'none' : process.argv.includes('--managed-fields') ? 'managed' : 'kubectl';
const shape: DumpShape = small
  ? SMALL_SHAPE
  : FULL_SHAPE;

/** Each takes the three commands about 40 s on 2 cores: enough for a median, short enough for a bench. */
const CHECK_ROUNDS = 3;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string, string][] = [];
const time = <T>(label: string, fn: () => T, note = ''): T => {
  const start = performance.now();
  const result = fn();
  rows.push([label, seconds(performance.now() - start), note]);
  return result;
};

if (!largeOnly) {
  printModelKeystrokes(measureModelKeystrokes(30));
  console.log('');
}
if (process.argv.includes('--keystrokes')) process.exit(0);

if (!largeOnly) benchDump();

function benchDump(): void {
  const text = time('generate the dump', () => generateDump(shape, { serverFields }));
  const mib = text.length / 2 ** 20;
  const objects = countObjects(shape);
  console.log(`dump: ${objects.toLocaleString('en')} objects, ${mib.toFixed(1)} MiB, server-set fields: ${serverFields}\n`);

  const parseStart = performance.now();
  jsyaml.loadAll(text);
  const floor = performance.now() - parseStart;
  rows.push(['js-yaml loadAll (bare parse)', seconds(floor), `${mib.toFixed(0)} MiB; in this warm process`]);
  if (fullYaml) {
    time('yaml parseAllDocuments (bare parse)', () => parseAllDocuments(text));
  } else {
    // `yaml` reads about 3 MiB/s: the whole dump would take a minute, so a tenth is timed and scaled.
    const tenth = text.slice(0, text.indexOf('\n- apiVersion', Math.floor(text.length / 10)) + 1);
    const start = performance.now();
    parseAllDocuments(tenth);
    const ms = ((performance.now() - start) * text.length) / tenth.length;
    rows.push(['yaml parseAllDocuments (bare parse)', seconds(ms), 'scaled from a tenth of the dump']);
  }

  const marks: [BuildStage | 'start', number][] = [['start', performance.now()]];
  const cluster = buildCluster([{ name: 'dump.yaml', text }], { onStage: (stage) => marks.push([stage, performance.now()]) });
  for (let i = 1; i < marks.length; i++) {
    const [stage, at] = marks[i]!;
    rows.push([`buildCluster: ${stage}`, seconds(at - marks[i - 1]![1]), '']);
  }
  rows.push(['buildCluster: total', seconds(marks.at(-1)![1] - marks[0]![1]), `${cluster.pods.length} Pods, ${cluster.endpointSlices.length} EndpointSlices, ${cluster.diagnostics.filter((d) => d.severity === 'error').length} errors`]);

  const out = join(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'dump.yaml');
  writeFileSync(file, text);
  // The floor's parse above ran in this warm process; the check and its floor are timed each in a fresh one.
  const times = timeDumpCheck(file, CHECK_ROUNDS);
  const parse = median(times.floor);
  const range = (values: readonly number[]) => `${values.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`;
  rows.push(['js-yaml loadAll of dump.yaml, own process', seconds(parse), `the floor; rounds: ${range(times.floor)}`]);
  const one = median(times.oneThread);
  rows.push(['kse check -f dump.yaml, one thread', seconds(one), `exit ${times.exitCode}; ${(one / parse).toFixed(2)}× the floor; aim ≤ 1.3× the parse, single-threaded; rounds: ${range(times.oneThread)}`]);
  const all = median(times.defaultThreads);
  rows.push([`kse check -f dump.yaml, as run (${times.threads} threads)`, seconds(all), `${(all / parse).toFixed(2)}× the floor; aim < 6.71 s (kubeconform, 8 workers); rounds: ${range(times.defaultThreads)}`]);
}

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value, note] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(9)}  ${note}`);

/** Each large input in a child process: its time in buildCluster, its peak memory, what it holds. */
console.log('\nLarge inputs (each in its own process; peak memory includes the input text):');
const largeRows = LARGE_CASES.map((entry, index) => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'large-case.ts'), String(index)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { bytes: number; ms: number; peakMiB: number; pods: number; sampled: number; errors: number };
  const size = result.bytes >= 1e6 ? `${(result.bytes / 1e6).toFixed(0)} MB` : `${(result.bytes / 1e3).toFixed(0)} kB`;
  return [entry.name, size, seconds(result.ms), `${result.peakMiB.toFixed(0)} MiB`, `${result.pods} Pods, ${result.sampled} sampled, ${result.errors} errors`, `before: ${entry.before}`];
});
const widths = largeRows[0]?.map((_, column) => Math.max(...largeRows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of largeRows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : column < 4 ? cell.padStart(widths[column] ?? 0) : cell)).join('  '));

/** What generated Pods cost, by count: buildCluster and toGraph, warm, in CPU time (pod-budget.ts chose its limits from this). */
console.log('\nGenerated Pods (Deployments of 100 replicas with a Service each, 60 Nodes; CPU time, warm):');
const nodes = Array.from({ length: 60 }, (_, i) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: node-${i}}\n`).join('');
const cpu = <T>(fn: () => T): [T, number] => {
  const before = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1000];
};
for (const count of [10, 10, 25, 50]) {
  const manifest = nodes + Array.from({ length: count }, (_, i) => large100(`app-${i}`)).join('');
  const [cluster, build] = cpu(() => buildCluster([{ name: 'pods.yaml', text: manifest }]));
  const [graph, draw] = cpu(() => toGraph(cluster));
  console.log(`${String(cluster.pods.length).padStart(6)} Pods  buildCluster ${seconds(build).padStart(7)}  toGraph ${seconds(draw).padStart(7)}  (${graph.nodes.length} boxes)`);
}

function large100(name: string): string {
  return `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  replicas: 100\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers: [{name: app, image: nginx, ports: [{containerPort: 8080}]}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec:\n  selector: {app: ${name}}\n  ports: [{port: 80, targetPort: 8080}]\n`;
}
