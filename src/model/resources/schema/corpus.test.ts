/**
 * The published manifests of ../shared/corpus: every object of a file a v1.31 apiserver
 * accepts must decode without error, and the pre-v1.20 dual-stack Service must be refused for
 * its `spec.ipFamily`, as kube-apiserver refuses it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR as CORPUS, hasCorpus, NO_CORPUS } from '../../../../testing/shared.ts';
import { lookupKind, strictDecode } from './index.ts';


function verdicts(): Map<string, string> {
  const rows = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8').split('\n').filter((line) => line.startsWith('| ') && line.includes('`'));
  return new Map(rows.map((line) => {
    const cells = line.split(' | ');
    return [cells[1]!.replaceAll('`', ''), cells[7]!];
  }));
}

function objectsOf(file: string): Record<string, unknown>[] {
  const docs = loadAll(readFileSync(join(CORPUS, file), 'utf8'));
  return docs.flatMap((doc) => {
    if (typeof doc !== 'object' || doc === null) return [];
    const object = doc as Record<string, unknown>;
    return object.kind === 'List' && Array.isArray(object.items) ? (object.items as Record<string, unknown>[]) : [object];
  });
}

describe.skipIf(!hasCorpus)(`the published corpus${hasCorpus ? '' : ` (${NO_CORPUS})`}`, () => {
  const table = hasCorpus ? verdicts() : new Map<string, string>();
  const accepted = [...table].filter(([file, verdict]) => verdict.startsWith('accepted') && readdirSync(CORPUS).includes(file)).map(([file]) => file);

  it('finds the accepted files', () => {
    expect(accepted.length).toBeGreaterThan(0);
  });

  it.each(accepted)('%s decodes with no error', (file) => {
    for (const object of objectsOf(file)) {
      expect(lookupKind(String(object.apiVersion), String(object.kind)).served).toBe(true);
      expect(strictDecode(object)).toEqual([]);
    }
  });

  it.each([
    ['vllm-service-monitor', 'monitoring.coreos.com/v1', 'ServiceMonitor'],
    ['networking__httproute', 'gateway.networking.k8s.io/v1', 'HTTPRoute'],
    ['hack__testdata__ingress', 'extensions/v1beta1', 'Ingress'],
    ['example-ingress', 'networking.k8s.io/v1beta1', 'Ingress'],
    ['cockroachdb-statefulset', 'policy/v1beta1', 'PodDisruptionBudget'],
  ])('does not serve the %s object %s %s', (name, apiVersion, kind) => {
    const file = readdirSync(CORPUS).find((entry) => entry.includes(name))!;
    const object = objectsOf(file).find((o) => o.apiVersion === apiVersion && o.kind === kind)!;
    expect(lookupKind(apiVersion, kind)).toMatchObject({ served: false, message: `no matches for kind "${kind}" in version "${apiVersion}"` });
    expect(object).toBeDefined();
  });

  it('refuses spec.ipFamily in the pre-dual-stack Service', () => {
    const file = readdirSync(CORPUS).find((name) => name.includes('dual-stack-ipv6-lb-svc'))!;
    const errors = objectsOf(file).flatMap((object) => strictDecode(object));
    expect(errors).toEqual([{ type: 'BadRequest', field: 'spec.ipFamily', message: 'unknown field "spec.ipFamily"' }]);
  });
});
