import { describe, expect, it } from 'vitest';
import { createModelHost } from './model-host.ts';
import { ALL_NAMESPACES, OVERVIEW_SERVICES } from './graph-scope.ts';
import type { BuiltResponse, WorkerRequest } from './protocol.ts';

/** `count` Services named svc-N, spread over `namespaces` namespaces (the first gets the spare ones). */
function services(count: number, namespaces: readonly string[]): string {
  return Array.from({ length: count }, (_, i) => {
    const namespace = namespaces[i % namespaces.length] ?? 'default';
    return `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  namespace: ${namespace}\nspec:\n  selector:\n    app: a${i}\n  ports:\n  - port: 80\n`;
  }).join('---\n');
}

type Build = Extract<WorkerRequest, { type: 'build' }>;
const request = (text: string, extra: Partial<Build> = {}): Build => ({ type: 'build', id: 1, events: [], sources: [{ name: 'manifest.yaml', text }], ...extra });
const built = (answer: ReturnType<ReturnType<typeof createModelHost>['handle']>): BuiltResponse => {
  if (answer instanceof Promise || answer.type !== 'built') throw new Error('expected a build');
  return answer;
};
const drawnNamespaces = (answer: BuiltResponse): string[] =>
  [...new Set(answer.graph.nodes.filter((n) => n.kind === 'service').map((n) => n.data.namespace ?? ''))].sort();

describe('the namespaces the graph draws', () => {
  it('are all of them for a cluster a screen can show', () => {
    const answer = built(createModelHost().handle(request(services(12, ['shop', 'web'])), () => 0));
    expect(answer.scope.namespace).toBeUndefined();
    expect(answer.scope).toMatchObject({ overview: false, large: false });
    expect(drawnNamespaces(answer)).toEqual(['shop', 'web']);
    // The built-in Services' namespaces can be chosen too.
    expect(answer.scope.namespaces.map((n) => n.name)).toEqual(['default', 'kube-system', 'shop', 'web']);
  });

  it('start with the busiest namespace of a cluster with more Services than a screen shows', () => {
    // team-b has every other Service: the busiest.
    const text = services(OVERVIEW_SERVICES + 2, ['team-b', 'team-a', 'team-b', 'team-c']);
    const answer = built(createModelHost().handle(request(text), () => 0));
    expect(answer.scope).toMatchObject({ namespace: 'team-b', overview: true, large: true });
    expect(drawnNamespaces(answer)).toEqual(['team-b']);
    expect(answer.scope.namespaces.find((n) => n.name === 'team-b')?.services).toBe((OVERVIEW_SERVICES + 2) / 2);
    // The outline still lists every object, so Find object can reach those of other namespaces.
    expect(answer.outline).toHaveLength(OVERVIEW_SERVICES + 2);
  });

  it('are the one the user chose, or all of them, without building the cluster again', () => {
    const host = createModelHost();
    const text = services(OVERVIEW_SERVICES + 2, ['team-b', 'team-a', 'team-c']);
    let stages = 0;
    built(host.handle(request(text), () => 0, () => stages++));
    const builtStages = stages;
    stages = 0;
    const chosen = built(host.handle(request(text, { namespace: 'team-c' }), () => 0, () => stages++));
    expect(stages).toBeLessThan(builtStages);
    expect(chosen.scope).toMatchObject({ namespace: 'team-c', overview: false, large: true });
    expect(drawnNamespaces(chosen)).toEqual(['team-c']);
    const all = built(host.handle(request(text, { namespace: ALL_NAMESPACES }), () => 0));
    expect(all.scope.namespace).toBeUndefined();
    expect(drawnNamespaces(all)).toEqual(['team-a', 'team-b', 'team-c']);
    // A namespace the text no longer has: as if none was chosen.
    const gone = built(host.handle(request(services(3, ['shop']), { namespace: 'team-c' }), () => 0));
    expect(gone.scope.namespace).toBeUndefined();
    expect(drawnNamespaces(gone)).toEqual(['shop']);
  });
});

describe('the pickers of a graph that draws one namespace', () => {
  it('offer that namespace’s client Pods and workloads', () => {
    const deployment = (namespace: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: ${namespace}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: a\n    spec:\n      containers:\n      - name: c\n        image: nginx\n`;
    const text = [services(OVERVIEW_SERVICES + 2, ['team-a', 'team-b', 'team-a']), deployment('team-a'), deployment('team-b')].join('---\n');
    const host = createModelHost();
    const answer = built(host.handle(request(text), () => 0));
    expect(answer.scope.namespace).toBe('team-a');
    expect(answer.summary.clientPods.length).toBe(2);
    expect(answer.summary.clientPods.every((pod) => pod.startsWith('team-a/'))).toBe(true);
    expect(answer.workloads.map((w) => w.key)).toEqual(['Deployment/team-a/app']);
    const all = built(host.handle(request(text, { namespace: ALL_NAMESPACES }), () => 0));
    expect(all.summary.clientPods.filter((pod) => !pod.startsWith('kube-system/')).length).toBe(4);
  });
});
