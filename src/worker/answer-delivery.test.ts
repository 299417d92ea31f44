import { describe, expect, it } from 'vitest';
import { answerReceiver, answerSender } from './answer-delivery.ts';
import { createModelHost } from './model-host.ts';
import type { BuiltResponse, WorkerRequest, WorkerResponse } from './protocol.ts';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const POD = '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-1\n  labels: {app: web}\nspec:\n  containers: [{name: web, image: nginx}]\n';

function builds(texts: readonly string[]): BuiltResponse[] {
  const host = createModelHost();
  return texts.map((text, id) => {
    const request: WorkerRequest = { type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', text }] };
    const answer = host.handle(request, () => 0);
    if (answer instanceof Promise || answer.type !== 'built') throw new Error('not a build answer');
    return answer;
  });
}

describe('answer delivery to the page', () => {
  it('gives the page every answer whole, sending only the parts that changed', () => {
    const answers = builds([SERVICE, SERVICE.replace('port: 80', 'port: 81'), SERVICE.replace('port: 80', 'port: 81'), SERVICE + POD, 'kind: [']);
    const send = answerSender();
    const receive = answerReceiver();
    const sent = answers.map(send);
    expect(sent.map((delivery) => receive(delivery))).toEqual(answers);
    expect(sent[0]).not.toHaveProperty('same');
    // The same text again: everything but the id and the time left out, the graph too.
    expect(sent[2]?.type === 'built' ? sent[2].same : []).toEqual(expect.arrayContaining(['outline', 'diagnostics', 'findings', 'services', 'graph']));
    expect(sent[2]).not.toHaveProperty('outline');
    expect(sent[2]).not.toHaveProperty('graph');
    // Another port: the graph changed, and only what changed in it is sent; the rest goes as ids.
    expect(sent[1]).not.toHaveProperty('graph');
    const changes = sent[1]?.type === 'built' ? sent[1].graphChanges : undefined;
    const sentWhole = (changes?.nodes ?? []).filter((node) => typeof node !== 'string');
    expect(sentWhole.map((node) => node.id)).toEqual(['svc:default/web']);
    expect(changes?.nodes.length).toBe(answers[1]?.graph.nodes.length);
    // A Pod more: its outline changed, and is sent.
    expect(sent[3]).toHaveProperty('outline');
  });

  it('gives the page the very graph it had when an edit changes nothing drawn', () => {
    const answers = builds([SERVICE, SERVICE.replace('name: web\n', 'name: web\n  annotations: {note: typed}\n')]);
    const send = answerSender();
    const receive = answerReceiver();
    const [first, second] = answers.map((answer) => receive(send(answer)));
    expect(first?.type === 'built' && second?.type === 'built' && second.graph === first.graph).toBe(true);
  });

  it('gives the page the boxes and edges an edit left alone as the very objects it had', () => {
    // A targetPort of its own: the Pod's box shows it, so another port leaves the Pod as it was.
    const service = SERVICE.replace('{port: 80}', '{port: 80, targetPort: 8080}');
    const answers = builds([service + POD, service.replace('port: 80', 'port: 81') + POD]);
    const send = answerSender();
    const receive = answerReceiver();
    const [first, second] = answers.map((answer) => receive(send(answer)));
    if (first?.type !== 'built' || second?.type !== 'built') throw new Error('not a build answer');
    expect(second).toEqual(answers[1]);
    const pod = (graph: typeof first.graph) => graph.nodes.find((node) => node.id.startsWith('pod:'));
    expect(pod(second.graph)).toBeDefined();
    expect(pod(second.graph)).toBe(pod(first.graph));
    const web = (graph: typeof first.graph) => graph.nodes.find((node) => node.id === 'svc:default/web');
    expect(web(second.graph)).not.toBe(web(first.graph));
    expect(web(second.graph)?.data.subtitle.join(' ')).toContain(':81');
  });

  it('passes every other message as it is', () => {
    const progress: WorkerResponse = { type: 'progress', id: 1, stage: 'started' };
    expect(answerSender()(progress)).toBe(progress);
    expect(answerReceiver()(progress)).toBe(progress);
  });

  it('refuses an answer that refers to one it never got', () => {
    const [first, second, third] = builds([SERVICE, SERVICE, SERVICE.replace('port: 80', 'port: 81')]);
    const send = answerSender();
    send(first!);
    expect(() => answerReceiver()(send(second!))).toThrow(/never got/);
    // A graph's boxes named by id from an answer this page did not get.
    const receive = answerReceiver();
    receive(builds([POD])[0]!);
    expect(() => receive(send(third!))).toThrow(/never got/);
  });
});
