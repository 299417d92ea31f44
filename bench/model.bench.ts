/**
 * The model's throughput on a 50,714-object cluster dump in `kubectl get -o yaml` form (about
 * 140 MiB): each stage of buildCluster, the whole `kse check`, and the bare parse of the same text
 * by js-yaml and by `yaml` for comparison. Run with `npm run bench` (`-- --small` for a 1/10 dump,
 * `-- --full-yaml` to parse the whole dump with `yaml` rather than a tenth of it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { run } from '../src/cli/run.ts';
import { createNodeIO } from '../src/cli/node-io.ts';
import { buildCluster, type BuildStage } from '../src/model/index.ts';
import { countObjects, FULL_SHAPE, generateDump, type DumpShape } from './generate-dump.ts';

const small = process.argv.includes('--small');
const fullYaml = process.argv.includes('--full-yaml');
const shape: DumpShape = small
  ? { namespaces: 10, nodes: 12, services: 1_010, deployments: 505, podsPerDeployment: 7 }
  : FULL_SHAPE;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string, string][] = [];
const time = <T>(label: string, fn: () => T, note = ''): T => {
  const start = performance.now();
  const result = fn();
  rows.push([label, seconds(performance.now() - start), note]);
  return result;
};

const text = time('generate the dump', () => generateDump(shape));
const mib = text.length / 2 ** 20;
const objects = countObjects(shape);
console.log(`dump: ${objects.toLocaleString('en')} objects, ${mib.toFixed(1)} MiB\n`);

time('js-yaml loadAll (bare parse)', () => jsyaml.loadAll(text), `${(mib / 1).toFixed(0)} MiB`);
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
const io = createNodeIO({ quiet: true });
const start = performance.now();
const code = await run(['check', '-f', file], io);
rows.push(['kse check -f dump.yaml (whole command)', seconds(performance.now() - start), `exit ${code}; kubeconform: 6.71 s with 8 workers`]);

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value, note] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(9)}  ${note}`);
