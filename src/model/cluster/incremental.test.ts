/**
 * Incremental derivation against a full rebuild: for random edit sequences on the gallery's
 * examples and on generated manifests, the cluster built with one BuildCache across the sequence
 * equals, field for field and diagnostics included, the cluster built afresh, at every step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, type BuildOptions } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RuntimeEvent } from '../events/types.ts';
import type { ManifestSource } from '../manifest/parse.ts';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { createBuildCache } from './build-cache.ts';

const EXAMPLE_TEXTS = EXAMPLES.map((example) => readFileSync(join(import.meta.dirname, '../../examples', example.file), 'utf8'));
const documentsOf = (text: string): string[] => text.split(/^---[^\S\n]*\n/m).filter((doc) => doc.trim() !== '');

/** Small vocabularies, so that edits make selectors match and miss, and names collide. */
const APPS = ['web', 'api', 'db', 'frontend'] as const;
const NAMES = ['alpha', 'beta', 'web'] as const;
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Generated documents: each kind the controllers read, with names and values that collide. */
const TEMPLATES: readonly ((n: number) => string)[] = [
  (n) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${pick(NAMES, n)}\nspec:\n  replicas: ${n % 4}\n  selector:\n    matchLabels:\n      app: ${pick(APPS, n)}\n  template:\n    metadata:\n      labels:\n        app: ${pick(APPS, n)}\n    spec:\n      containers:\n        - name: c\n          image: nginx\n          ports:\n            - name: http\n              containerPort: 8080\n`,
  (n) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${pick(NAMES, n)}\nspec:\n  type: ${pick(['ClusterIP', 'NodePort', 'LoadBalancer'], n)}\n  selector:\n    app: ${pick(APPS, n + 1)}\n  ports:\n    - port: 80\n      targetPort: ${pick(['http', '8080', '9376'], n)}\n${n % 3 === 0 ? '      nodePort: 30007\n' : ''}`,
  (n) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: fixed-${n % 2}\nspec:\n  clusterIP: 10.96.${n % 2}.${10 + (n % 3)}\n  selector:\n    app: ${pick(APPS, n)}\n  ports:\n    - port: 53\n      protocol: UDP\n`,
  (n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${n % 3}\n  namespace: ${pick(['default', 'team-a'], n)}\n  labels:\n    app: ${pick(APPS, n)}\nspec:\n  containers:\n    - name: c\n      image: busybox\n`,
  (n) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: node-${n % 3}\n  labels:\n    topology.kubernetes.io/zone: zone-${n % 2}\n`,
  (n) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: ${1 + (n % 3)}\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n        - name: c\n          image: postgres\n`,
  (n) => `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${pick(['external', 'alpha'], n)}\nsubsets:\n  - addresses:\n      - ip: 192.0.2.${1 + (n % 4)}\n    ports:\n      - port: 5432\n`,
  // Names a Service of another namespace, which edits create and remove: its finding follows them.
  (n) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ext-${n % 2}\n  namespace: team-a\nspec:\n  type: ExternalName\n  externalName: ${pick(NAMES, n)}.default.svc.cluster.local\n`,
  (n) => `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: listed-${n % 2}\n    spec:\n      selector:\n        app: ${pick(APPS, n)}\n      ports:\n        - port: 8080\n`,
];

/** Text edits: the nth match of a pattern, given a value picked by `v`. */
const REPLACEMENTS: readonly (readonly [RegExp, (v: number) => string])[] = [
  [/replicas: \d+/g, (v) => `replicas: ${v % 5}`],
  [/\bport: \d+/g, (v) => `port: ${pick([80, 81, 443, 8080], v)}`],
  [/targetPort: \S+/g, (v) => `targetPort: ${pick(['8080', '80', 'http', '9376'], v)}`],
  [/type: (?:ClusterIP|NodePort|LoadBalancer)\b/g, (v) => `type: ${pick(['ClusterIP', 'NodePort', 'LoadBalancer'], v)}`],
  [/\b(?:app|tier|role): [\w-]+/g, (v) => `app: ${pick(APPS, v)}`],
  [/nodePort: \d+/g, (v) => `nodePort: ${30000 + (v % 3)}`],
];

type Edit =
  | { readonly kind: 'replace'; readonly doc: number; readonly pattern: number; readonly nth: number; readonly value: number }
  | { readonly kind: 'add'; readonly at: number; readonly template: number; readonly seed: number }
  | { readonly kind: 'remove'; readonly doc: number }
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'break'; readonly doc: number }
  | { readonly kind: 'shift'; readonly doc: number }
  | { readonly kind: 'split'; readonly at: number }
  | { readonly kind: 'readiness'; readonly pod: number }
  | { readonly kind: 'version' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), doc: fc.nat(), pattern: fc.nat(REPLACEMENTS.length - 1), nth: fc.nat(), value: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), template: fc.nat(TEMPLATES.length - 1), seed: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('break' as const), doc: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shift' as const), doc: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('readiness' as const), pod: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('version' as const) }) },
);

interface State {
  readonly docs: readonly string[];
  /** Documents before this index go to the first file, the rest to a second one. */
  readonly split: number;
  readonly events: readonly RuntimeEvent[];
  readonly kubeVersion: '1.36' | '1.31';
}

const BROKEN = 'broken: [\n';

const at = <T>(list: readonly T[], n: number): number => (list.length === 0 ? 0 : n % list.length);

function applyEdit(state: State, step: Edit, previous: Cluster): State {
  const docs = [...state.docs];
  switch (step.kind) {
    case 'replace': {
      const i = at(docs, step.doc);
      const [pattern, value] = REPLACEMENTS[step.pattern] as (typeof REPLACEMENTS)[number];
      const count = (docs[i] ?? '').match(pattern)?.length ?? 0;
      let seen = 0;
      docs[i] = (docs[i] ?? '').replace(pattern, (match) => (seen++ === step.nth % Math.max(count, 1) ? value(step.value) : match));
      return { ...state, docs };
    }
    case 'add':
      docs.splice(step.at % (docs.length + 1), 0, (TEMPLATES[step.template] as (n: number) => string)(step.seed));
      return { ...state, docs };
    case 'remove':
      docs.splice(at(docs, step.doc), 1);
      return { ...state, docs };
    case 'move': {
      const [moved] = docs.splice(at(docs, step.from), 1);
      if (moved !== undefined) docs.splice(step.to % (docs.length + 1), 0, moved);
      return { ...state, docs };
    }
    case 'break': {
      // Breaks a document's YAML, or fixes it when it is broken.
      const i = at(docs, step.doc);
      const doc = docs[i] ?? '';
      docs[i] = doc.endsWith(BROKEN) ? doc.slice(0, -BROKEN.length) : `${doc}${BROKEN}`;
      return { ...state, docs };
    }
    case 'shift': {
      // A comment line above a document moves it, and every document after it, one line down.
      const i = at(docs, step.doc);
      docs[i] = `# moved\n${docs[i] ?? ''}`;
      return { ...state, docs };
    }
    case 'split':
      return { ...state, split: step.at % (docs.length + 1) };
    case 'readiness': {
      // Toggles a failing readiness probe on one of the Pods the last build ran.
      const pod = previous.pods[at(previous.pods, step.pod)]?.object.metadata;
      if (pod === undefined) return state;
      const name = `${pod.namespace ?? 'default'}/${pod.name ?? ''}`;
      const has = state.events.some((event) => event.kind === 'readiness' && event.pod === name);
      return { ...state, events: has ? state.events.filter((event) => !(event.kind === 'readiness' && event.pod === name)) : [...state.events, { kind: 'readiness', pod: name, ready: false }] };
    }
    case 'version':
      return { ...state, kubeVersion: state.kubeVersion === '1.36' ? '1.31' : '1.36' };
  }
}

const joined = (docs: readonly string[]): string => docs.map((doc) => (doc.endsWith('\n') ? doc : `${doc}\n`)).join('---\n');

function sourcesOf(state: State): ManifestSource[] {
  const first = { name: 'first.yaml', text: joined(state.docs.slice(0, state.split)) };
  const second = { name: 'second.yaml', text: joined(state.docs.slice(state.split)) };
  return state.split >= state.docs.length ? [{ ...first, text: joined(state.docs) }] : [first, second];
}

const optionsOf = (state: State): BuildOptions => ({ events: state.events, kubeVersion: state.kubeVersion });

const start = fc.record({
  example: fc.nat(EXAMPLE_TEXTS.length - 1),
  extra: fc.array(fc.tuple(fc.nat(TEMPLATES.length - 1), fc.nat(11)), { maxLength: 2 }),
});

/** Builds each state of the sequence with one cache, and afresh: the two must be equal, field for field. */
function checkSequence(docs: readonly string[], edits: readonly Edit[]): void {
  let state: State = { docs, split: docs.length, events: [], kubeVersion: '1.36' };
  const cache = createBuildCache();
  let previous = buildCluster(sourcesOf(state), { ...optionsOf(state), cache });
  expect(previous).toStrictEqual(buildCluster(sourcesOf(state), optionsOf(state)));
  for (const step of edits) {
    state = applyEdit(state, step, previous);
    const incremental = buildCluster(sourcesOf(state), { ...optionsOf(state), cache });
    expect(incremental).toStrictEqual(buildCluster(sourcesOf(state), optionsOf(state)));
    previous = incremental;
  }
}

const generated = ([template, seed]: readonly [number, number]): string => (TEMPLATES[template] as (n: number) => string)(seed);

describe('incremental derivation (BuildCache)', () => {
  it('equals a full rebuild at every step of random edit sequences (property)', () => {
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 8 }), ({ example, extra }, edits) => {
        checkSequence([...documentsOf(EXAMPLE_TEXTS[example] ?? ''), ...extra.map(generated)], edits);
      }),
      { numRuns: propertyRuns(120) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('equals a full rebuild where Services contend for the same addresses and nodePorts (property)', () => {
    // Allocation is order-dependent: Services that request the same clusterIP or nodePort, moved,
    // removed, retyped and renamed, so that the one that wins changes under the memo.
    const contending = fc.array(fc.tuple(fc.constantFrom(1, 2, 7), fc.nat(11)), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(contending, fc.array(edit, { minLength: 1, maxLength: 8 }), (services, edits) => {
        checkSequence(services.map(generated), edits);
      }),
      { numRuns: propertyRuns(200) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('keeps every object of an unchanged rebuild identical by reference', () => {
    const text = EXAMPLE_TEXTS[EXAMPLES.findIndex((e) => e.id === 'guide-01-fraud-detection')] ?? '';
    const cache = createBuildCache();
    const first = buildCluster([{ name: 'm.yaml', text }], { cache });
    const again = buildCluster([{ name: 'm.yaml', text }], { cache });
    for (const collection of ['namespaces', 'nodes', 'services', 'pods', 'deployments', 'replicaSets', 'daemonSets', 'endpoints', 'endpointSlices', 'others'] as const) {
      expect(again[collection].every((entry, i) => entry === first[collection][i]), collection).toBe(true);
    }
  });

  it('re-derives only the edited Service and its slices when its port changes', () => {
    const text = EXAMPLE_TEXTS[EXAMPLES.findIndex((e) => e.id === 'guide-01-fraud-detection')] ?? '';
    const cache = createBuildCache();
    const first = buildCluster([{ name: 'm.yaml', text }], { cache });
    const edited = buildCluster([{ name: 'm.yaml', text: text.replace(/\bport: (\d+)/, 'port: 1$1') }], { cache });
    const changed = (collection: 'services' | 'pods' | 'endpointSlices' | 'endpoints') => edited[collection].filter((entry, i) => entry !== first[collection][i]).map((entry) => entry.key);
    expect(changed('pods')).toEqual([]);
    expect(changed('services')).toHaveLength(1);
    const [service] = changed('services');
    const name = service?.split('/').at(-1) ?? '';
    expect(changed('endpointSlices').length).toBeGreaterThan(0);
    expect(changed('endpointSlices').every((key) => key.includes(`/${name}-`))).toBe(true);
    expect(changed('endpoints')).toEqual([`Endpoints/${service?.split('/').slice(1).join('/') ?? ''}`]);
  });

  it('checks a Service again when what it names in another namespace comes and goes, and keeps the others’ findings', () => {
    const pointer = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ext\n  namespace: team-a\nspec:\n  type: ExternalName\n  externalName: db.default.svc.cluster.local\n';
    const lonely = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: lonely\n  namespace: team-b\nspec:\n  selector:\n    app: nobody\n  ports:\n  - port: 80\n';
    const target = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: db.example.com\n';
    const cache = createBuildCache();
    const build = (...docs: string[]) => {
      const sources = [{ name: 'm.yaml', text: docs.join('---\n') }];
      const incremental = buildCluster(sources, { cache });
      expect(incremental).toStrictEqual(buildCluster(sources));
      return incremental.diagnostics;
    };
    const codes = (diagnostics: readonly Diagnostic[], object: string) => diagnostics.filter((d) => d.object === object).map((d) => d.code);
    expect(codes(build(pointer, lonely), 'Service/team-a/ext')).toContain('EXTERNAL_NAME_SERVICE_NOT_FOUND');
    const after = build(pointer, lonely, target);
    expect(codes(after, 'Service/team-a/ext')).not.toContain('EXTERNAL_NAME_SERVICE_NOT_FOUND');
    // An edit that adds no Service and touches no namespace's Pods: the others' findings are the very ones of the last build.
    const edited = build(pointer, lonely, target.replace('db.example.com', 'db2.example.com'));
    const lonelyFinding = (diagnostics: readonly Diagnostic[]) => diagnostics.find((d) => d.object === 'Service/team-b/lonely' && d.code === 'SELECTOR_MATCHES_NOTHING');
    expect(lonelyFinding(edited)).toBeDefined();
    expect(lonelyFinding(edited)).toBe(lonelyFinding(after));
  });

  it('keeps the other workloads’ Pods, and their Services’ slices, when one workload is scaled', () => {
    const text = [TEMPLATES[0]?.(0), TEMPLATES[1]?.(3), TEMPLATES[0]?.(1), TEMPLATES[1]?.(0)].join('---\n');
    const cache = createBuildCache();
    const first = buildCluster([{ name: 'm.yaml', text }], { cache });
    const scaled = buildCluster([{ name: 'm.yaml', text: text.replace('replicas: 0', 'replicas: 2') }], { cache });
    const kept = (collection: 'pods' | 'endpointSlices'): Set<string> => {
      const before = new Set<object>(first[collection]);
      return new Set(scaled[collection].filter((entry) => before.has(entry)).map((entry) => entry.key));
    };
    expect(first.pods.filter((entry) => entry.key.startsWith('Pod/default/beta-')).every((entry) => kept('pods').has(entry.key))).toBe(true);
    expect(scaled.pods.filter((entry) => entry.key.startsWith('Pod/default/alpha-'))).toHaveLength(2);
    expect(first.endpointSlices.filter((entry) => entry.key.startsWith('EndpointSlice/default/alpha-')).every((entry) => kept('endpointSlices').has(entry.key))).toBe(true);
  });
});
