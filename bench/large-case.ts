/**
 * Runs one of LARGE_CASES (by index) in this process and prints, as JSON, the time buildCluster
 * took, the process's peak memory (its input text included, as the CLI holds it too) and what the
 * cluster holds. model.bench.ts runs each case in a process of its own, so each peak is its own.
 */
import { buildCluster } from '../src/model/index.ts';
import { LARGE_CASES } from './large-inputs.ts';

const found = LARGE_CASES[Number(process.argv[2])];
if (!found) throw new Error(`no large case ${process.argv[2] ?? ''}`);
const { sources, events } = found.make();
const bytes = sources.reduce((sum, source) => sum + source.text.length, 0);
const start = performance.now();
const cluster = buildCluster(sources, events ? { events } : {});
const ms = performance.now() - start;
const errors = cluster.diagnostics.filter((d) => d.severity === 'error').length;
console.log(
  JSON.stringify({
    bytes,
    ms,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    pods: cluster.pods.length,
    sampled: cluster.diagnostics.filter((d) => d.code === 'PODS_SAMPLED').length,
    errors,
    diagnostics: cluster.diagnostics.length,
  }),
);
