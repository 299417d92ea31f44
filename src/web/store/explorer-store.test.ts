import { describe, expect, it } from 'vitest';
import type { RuntimeEvent } from '../../model/index.ts';
import { builtAnswer } from '../app/testing/built-answer.ts';
import { createExplorerStore } from './explorer-store.ts';
import { holdsLastGood, refusedBoxes } from './model-slice.ts';

const setup = () => ({ store: createExplorerStore({ initial: { text: 'example', exampleId: 'guide-03' }, theme: 'light' }) });

describe('the manifest slice', () => {
  it('makes an edited text the user’s own', () => {
    const { store } = setup();
    expect(store.getState().origin).toBe('example');
    store.getState().edit('kind: Service\n');
    expect(store.getState()).toMatchObject({ text: 'kind: Service\n', exampleId: '', origin: 'own' });
  });

  it('counts the texts: every new text is a new revision, and nothing else is', () => {
    const { store } = setup();
    const revisions = [store.getState().textRevision];
    const note = () => revisions.push(store.getState().textRevision);
    store.getState().edit('kind: Service\n');
    note();
    // The same length, one character changed: told apart without reading either text.
    store.getState().edit('kind: Servicf\n');
    note();
    store.getState().openFile('kind: Pod\n', new Blob(['kind: Pod\n']));
    note();
    store.getState().replace('an example', 'guide-01');
    note();
    store.getState().replace('an example', 'guide-01');
    store.getState().selectBox('svc:default/web');
    store.getState().setInputMode('dump');
    note();
    store.getState().restore('kind: Servicf\n');
    note();
    expect(revisions).toEqual([0, 1, 2, 3, 4, 4, 5]);
  });

  it('puts the user’s own text aside when an example replaces it, and gives it back', () => {
    const { store } = setup();
    store.getState().edit('my own work');
    store.getState().replace('an example', 'guide-01');
    expect(store.getState().previous?.text).toBe('my own work');
    store.getState().replace('another example', 'guide-02');
    expect(store.getState().previous?.text).toBe('my own work');
    store.getState().restore('my own work');
    expect(store.getState()).toMatchObject({ text: 'my own work', origin: 'own', previous: undefined });
  });

  it('does not put an unchanged example or shared link aside', () => {
    const { store } = setup();
    store.getState().replace('an example', 'guide-01');
    expect(store.getState().previous).toBeUndefined();
    store.getState().replace('a shared manifest', '', 'shared');
    store.getState().replace('another shared manifest', '', 'shared');
    expect(store.getState().previous).toBeUndefined();
  });

  it('keeps the text a restore replaces one click away', () => {
    const { store } = setup();
    store.getState().edit('today’s work');
    store.getState().restore('yesterday’s work');
    expect(store.getState().previous?.text).toBe('today’s work');
    store.getState().restore('today’s work');
    expect(store.getState().previous?.text).toBe('yesterday’s work');
  });

  it('puts the text aside when an edit replaces most of it, and only then', () => {
    const { store } = setup();
    store.getState().edit('my own work');
    store.getState().edit('my own work, more of it');
    expect(store.getState().previous).toBeUndefined();
    store.getState().edit('pasted over it', true);
    expect(store.getState().previous?.text).toBe('my own work, more of it');
  });

  it('lets the user decline the offer', () => {
    const { store } = setup();
    store.getState().edit('mine');
    store.getState().replace('an example', 'guide-01');
    store.getState().dismissPrevious();
    expect(store.getState().previous).toBeUndefined();
  });
});

describe('the model slice', () => {
  it('keeps the last good build while the YAML is broken', () => {
    const { store } = setup();
    const good = builtAnswer({ id: 1 });
    store.getState().receiveBuilt(good);
    const broken = builtAnswer({
      id: 2,
      diagnostics: [{ code: 'YAML_SYNTAX', severity: 'error', message: 'bad', range: { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2 } }],
    });
    store.getState().receiveBuilt(broken);
    expect(store.getState().built).toBe(broken);
    expect(store.getState().lastGood).toBe(good);
  });

  const range = { file: 'f', line: 21, column: 3, endLine: 21, endColumn: 20 };
  const box = (id: string, objectKey: string) => ({ id, kind: 'service' as const, x: 0, y: 0, width: 10, height: 10, data: { title: id, subtitle: [], badges: [], simulated: false, objectKey } });
  const onScreen = builtAnswer({ id: 1, graph: { nodes: [box('svc:monitoring/debug-ui', 'Service/monitoring/debug-ui')], edges: [], width: 10, height: 10 } });
  const refusal = (object: string) =>
    builtAnswer({ id: 2, diagnostics: [{ code: 'FIELD_INVALID', severity: 'error', message: 'Unsupported value: "NodePortt"', object, field: 'spec.type', range }] });

  it('keeps the last good graph, its box marked, while the API server refuses an object it drew', () => {
    const { store } = setup();
    store.getState().receiveBuilt(onScreen);
    store.getState().receiveBuilt(refusal('Service/monitoring/debug-ui'));
    expect(store.getState().lastGood).toBe(onScreen);
    expect(refusedBoxes(store.getState().built, store.getState().lastGood)).toEqual(['svc:monitoring/debug-ui']);
    expect(holdsLastGood(store.getState().built, store.getState().lastGood)).toBe(true);
  });

  it('draws the new graph when the refused object was never on screen', () => {
    const { store } = setup();
    store.getState().receiveBuilt(onScreen);
    const other = refusal('Service/monitoring/other');
    store.getState().receiveBuilt(other);
    expect(store.getState().lastGood).toBe(other);
  });

  it('keeps the last good graph while a name is half-typed: the refused new name takes the old one off', () => {
    const { store } = setup();
    const outlined = builtAnswer({ ...onScreen, outline: [{ key: 'Service/monitoring/debug-ui', startLine: 15, endLine: 28, graphIds: ['svc:monitoring/debug-ui'] }] });
    store.getState().receiveBuilt(outlined);
    const renamed = { ...refusal('Service/monitoring/debug-ui-'), diagnostics: [{ code: 'FIELD_INVALID' as const, severity: 'error' as const, message: 'Invalid value: "debug-ui-"', object: 'Service/monitoring/debug-ui-', field: 'metadata.name', range: { ...range, line: 18 } }] };
    store.getState().receiveBuilt(renamed);
    expect(refusedBoxes(store.getState().built, store.getState().lastGood)).toEqual(['svc:monitoring/debug-ui']);
    expect(store.getState().lastGood).toBe(outlined);
    // A refusal of another kind on those lines, or of the same kind elsewhere, is not this object's.
    const elsewhere = { ...renamed, diagnostics: [{ ...renamed.diagnostics[0]!, range: { ...range, line: 40 } }] };
    expect(refusedBoxes(elsewhere, outlined)).toEqual([]);
    const otherKind = { ...renamed, diagnostics: [{ ...renamed.diagnostics[0]!, object: 'Pod/monitoring/debug-ui-' }] };
    expect(refusedBoxes(otherKind, outlined)).toEqual([]);
  });

  it('forgets the last good graph when another manifest is loaded', () => {
    const { store } = setup();
    store.getState().receiveBuilt(onScreen);
    store.getState().replace('another example', 'guide-04');
    expect(store.getState().lastGood).toBeUndefined();
    store.getState().receiveBuilt(refusal('Service/monitoring/debug-ui'));
    expect(holdsLastGood(store.getState().built, store.getState().lastGood)).toBe(false);
  });
});

describe('the selection slice', () => {
  const outline = [
    { key: 'Service/default/web', startLine: 1, endLine: 10, graphIds: ['svc:default/web', 'slice:default/web-abcde'] },
    { key: 'Deployment/default/web', startLine: 12, endLine: 30, graphIds: ['pod:default/web-1', 'pod:default/web-2'] },
  ];

  it('highlights the lines of a clicked box, including boxes a controller made', () => {
    const { store } = setup();
    store.getState().receiveBuilt(builtAnswer({ outline }));
    store.getState().selectBox('pod:default/web-2');
    expect(store.getState().highlight).toMatchObject({ startLine: 12, endLine: 30 });
    store.getState().selectBox(undefined);
    expect(store.getState().highlight).toBeUndefined();
  });

  it('selects the object’s own box for a line of the editor, and keeps it on lines between objects', () => {
    const { store } = setup();
    store.getState().receiveBuilt(builtAnswer({ outline }));
    store.getState().selectLine(3);
    expect(store.getState().selected).toBe('svc:default/web');
    store.getState().selectLine(11);
    expect(store.getState().selected).toBe('svc:default/web');
    store.getState().selectLine(20);
    expect(store.getState().selected).toBe('pod:default/web-1');
  });
});

describe('the events slice', () => {
  const kill = { kind: 'delete-pod', pod: 'default/web-1' } as const;
  const drain = { kind: 'drain', node: 'node-2' } as const;

  it('adds events in order and rewinds to before one', () => {
    const { store } = setup();
    store.getState().addEvents([kill]);
    store.getState().addEvents([drain]);
    expect(store.getState().events).toEqual([kill, drain]);
    store.getState().rewindTo(1);
    expect(store.getState().events).toEqual([kill]);
    store.getState().rewindTo(0);
    expect(store.getState().events).toEqual([]);
  });

  it('starts a new timeline with a new manifest, and keeps it while the same text is edited', () => {
    const { store } = setup();
    store.getState().addEvents([kill]);
    store.getState().edit('example, edited');
    expect(store.getState().events).toEqual([kill]);
    store.getState().replace('another example', 'guide-01');
    expect(store.getState().events).toEqual([]);
  });
});

describe('the terminal slice', () => {
  const result = (events: RuntimeEvent[] = []) => ({ stdout: 'ok\n', stderr: '', exitCode: 0, events });

  it('keeps each command with its output, and the history without repeats', () => {
    const { store } = setup();
    for (const line of ['kubectl get svc', 'kubectl get svc', 'kubectl get ep']) {
      store.getState().typed(line);
      store.getState().receiveKubectl({ line, result: result() });
    }
    expect(store.getState().history).toEqual(['kubectl get svc', 'kubectl get ep']);
    expect(store.getState().terminal).toHaveLength(3);
    store.getState().clearTerminal();
    expect(store.getState().terminal).toEqual([]);
    expect(store.getState().history).toHaveLength(2);
  });

  it('adds the events a command causes to the timeline', () => {
    const { store } = setup();
    const scale = { kind: 'scale', workload: 'Deployment/default/web', replicas: 5 } as const;
    store.getState().receiveKubectl({ line: 'kubectl scale deploy web --replicas=5', result: result([scale]) });
    expect(store.getState().events).toEqual([scale]);
  });
});

describe('the answers of the panels', () => {
  it('keeps the state when an answer asked again after a build is the same', () => {
    const { store } = setup();
    store.getState().receiveDetails({ type: 'details', id: 1, key: 'Service/default/web', yaml: 'kind: Service\n' });
    const held = store.getState();
    store.getState().receiveDetails({ type: 'details', id: 2, key: 'Service/default/web', yaml: 'kind: Service\n' });
    store.getState().receiveDns('web.default.svc.cluster.local. 30 IN A 10.96.0.20');
    const answered = store.getState();
    store.getState().receiveDns('web.default.svc.cluster.local. 30 IN A 10.96.0.20');
    expect(store.getState()).toBe(answered);
    expect(answered.details).toBe(held.details);
  });

  it('takes an answer that changed', () => {
    const { store } = setup();
    store.getState().receiveDetails({ type: 'details', id: 1, key: 'Service/default/web', yaml: 'port: 80\n' });
    store.getState().receiveDetails({ type: 'details', id: 2, key: 'Service/default/web', yaml: 'port: 8080\n' });
    expect(store.getState().details?.yaml).toBe('port: 8080\n');
    store.getState().receiveChallenges({ interviews: [], challenges: [] });
    const learning = store.getState().learning;
    store.getState().receiveChallenges({ interviews: [], challenges: [] });
    expect(store.getState().learning).toBe(learning);
  });
});
