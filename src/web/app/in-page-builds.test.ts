import { describe, expect, it } from 'vitest';
import { createModelHost, type ModelHost } from '../../worker/model-host.ts';
import type { BuildRequest, WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';
import { IN_PAGE_BUILD_MS, isTyping, TYPING_CHANGE, withInPageBuilds, type PageModel } from './in-page-builds.ts';
import { builtAnswer } from './testing/built-answer.ts';
import { fakeWorker } from './testing/fake-worker.ts';

const SERVICE = (port: number) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - port: ${port}\n`;
const build = (id: number, text: string): BuildRequest => ({ type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', text }] });

/** The worker's port behind the lane, the page's model (none while `host` is undefined), and what the page hears. */
function lane(host: ModelHost | undefined) {
  const worker = fakeWorker();
  let closed = false;
  const model: PageModel = {
    get host() {
      return closed ? undefined : host;
    },
    close() {
      closed = true;
    },
  };
  const port = withInPageBuilds(worker, model, () => 0);
  const heard: WorkerResponse[] = [];
  port.onmessage = (event) => void heard.push(event.data);
  const builds = () => worker.received.filter((request) => request.type === 'build');
  /** Sends a build the worker answers at `millis`. */
  const builtByWorker = (request: BuildRequest, millis = 1): void => {
    port.postMessage(request);
    worker.reply(builtAnswer({ id: request.id, millis }));
  };
  return { worker, port, heard, builds, builtByWorker, isClosed: () => closed };
}

/** A host whose builds cost the model what the test says, or throw. */
function stubHost(): ModelHost & { millis: number; throws: boolean } {
  const stub = {
    millis: 1,
    throws: false,
    handle(request: WorkerRequest) {
      if (stub.throws) throw new TypeError('type is not iterable');
      return builtAnswer({ id: request.id, millis: stub.millis });
    },
  };
  return stub;
}

describe('builds on the page', () => {
  it('builds typing in the keystroke’s own task, and its answer is the worker’s', async () => {
    const { port, heard, builds, builtByWorker } = lane(createModelHost());
    builtByWorker(build(1, SERVICE(808)));
    expect(builds()).toHaveLength(1);

    port.postMessage(build(3, SERVICE(8080)));
    // Not inside the caller's call: in a microtask of the same task.
    expect(heard).toHaveLength(1);
    await Promise.resolve();
    expect(builds()).toHaveLength(1);
    const answer = heard.at(-1);
    if (answer?.type !== 'built') throw new Error('no build was answered on the page');
    expect(answer.id).toBe(3);
    const fromWorker = createModelHost().handle(build(3, SERVICE(8080)), () => 0);
    if (fromWorker.type !== 'built') throw new Error('the worker’s host did not build');
    expect(answer.graph.nodes.map((node) => node.id)).toEqual(fromWorker.graph.nodes.map((node) => node.id));
    expect(answer.graph.edges.find((edge) => edge.id.startsWith('svc:default/web'))?.label).toContain('8080');
    expect(answer.diagnostics).toEqual(fromWorker.diagnostics);
  });

  it('sends everything but cheap typing to the worker: before the model loads, a new text, a file, and after a slow build', async () => {
    const unloaded = lane(undefined);
    unloaded.builtByWorker(build(1, SERVICE(8080)));
    unloaded.builtByWorker(build(2, SERVICE(808)));
    expect(unloaded.builds()).toHaveLength(2);

    const host = stubHost();
    const { port, worker, heard, builds, builtByWorker } = lane(host);
    builtByWorker(build(1, SERVICE(808)));
    port.postMessage(build(3, SERVICE(8080)));
    await Promise.resolve();
    expect(builds()).toHaveLength(1);

    // Another example: more than typing changes.
    builtByWorker(build(4, `${SERVICE(8080)}---\n${'# another text\n'.repeat(20)}`));
    expect(builds()).toHaveLength(2);
    // A file the worker reads itself.
    port.postMessage({ ...build(5, SERVICE(8080)), sources: [{ name: 'manifest.yaml', text: SERVICE(8080), file: new Blob([SERVICE(8080)]) }] });
    worker.reply(builtAnswer({ id: 5 }));
    expect(builds()).toHaveLength(3);

    // Typing built on the page again; the build costs more than a frame allows, so the next goes to the worker.
    host.millis = IN_PAGE_BUILD_MS + 1;
    port.postMessage(build(6, SERVICE(808)));
    await Promise.resolve();
    expect(builds()).toHaveLength(3);
    builtByWorker(build(7, SERVICE(80)), IN_PAGE_BUILD_MS + 1);
    expect(builds()).toHaveLength(4);
    // Still slow in the worker: still the worker's.
    builtByWorker(build(8, SERVICE(8)), 1);
    expect(builds()).toHaveLength(5);
    // Cheap again: back on the page.
    host.millis = 1;
    port.postMessage(build(9, SERVICE(80)));
    await Promise.resolve();
    expect(builds()).toHaveLength(5);
    expect(heard.filter((message) => message.type === 'built').map((message) => message.id)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('brings the worker up to the text built on the page, quietly, before it answers a question', async () => {
    const { port, worker, builtByWorker } = lane(stubHost());
    builtByWorker(build(1, SERVICE(808)));
    port.postMessage(build(3, SERVICE(8080)));
    await Promise.resolve();
    port.postMessage({ type: 'dns', id: 4, name: 'web', qtype: 'A' });
    port.postMessage({ type: 'details', id: 5, key: 'Service/default/web' });
    expect(worker.received.slice(-3)).toEqual([{ ...build(3, SERVICE(8080)), quiet: true }, { type: 'dns', id: 4, name: 'web', qtype: 'A' }, { type: 'details', id: 5, key: 'Service/default/web' }]);
  });

  it('stops building on the page when its model throws, and gives the build to the worker, whose supervisor recovers', async () => {
    const host = stubHost();
    const { port, builds, builtByWorker, isClosed } = lane(host);
    builtByWorker(build(1, SERVICE(808)));
    host.throws = true;
    port.postMessage(build(3, SERVICE(8080)));
    await Promise.resolve();
    expect(isClosed()).toBe(true);
    expect(builds().at(-1)).toEqual(build(3, SERVICE(8080)));
    // Not quietly: the worker owes this answer.
    port.postMessage({ type: 'dns', id: 4, name: 'web', qtype: 'A' });
    expect(builds()).toHaveLength(2);
  });
});

describe('typing', () => {
  it('is one place where at most TYPING_CHANGE characters were replaced', () => {
    const text = SERVICE(8080);
    expect(isTyping(text, text)).toBe(true);
    expect(isTyping(text, SERVICE(808))).toBe(true);
    expect(isTyping(text, `#${text}`)).toBe(true);
    expect(isTyping(text, `${text}${'x'.repeat(TYPING_CHANGE)}`)).toBe(true);
    expect(isTyping(text, `${text}${'x'.repeat(TYPING_CHANGE + 1)}`)).toBe(false);
    expect(isTyping(`${'a'.repeat(TYPING_CHANGE + 1)}${text}`, text)).toBe(false);
    // Two places far apart: everything between them changed.
    expect(isTyping(`a${'b'.repeat(TYPING_CHANGE)}c`, `x${'b'.repeat(TYPING_CHANGE)}y`)).toBe(false);
    // A repeated character is not counted twice.
    expect(isTyping('aaaa', 'aaa')).toBe(true);
  });
});
