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
    // Another port: the graph changed, and is sent.
    expect(sent[1]).toHaveProperty('graph');
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

  it('passes every other message as it is', () => {
    const progress: WorkerResponse = { type: 'progress', id: 1, stage: 'started' };
    expect(answerSender()(progress)).toBe(progress);
    expect(answerReceiver()(progress)).toBe(progress);
  });

  it('refuses an answer that refers to one it never got', () => {
    const [first, second] = builds([SERVICE, SERVICE]);
    const send = answerSender();
    send(first!);
    expect(() => answerReceiver()(send(second!))).toThrow(/never got/);
  });
});
