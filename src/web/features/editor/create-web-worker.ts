/**
 * Lets monaco-yaml 5.5.1 start its worker on monaco-editor 0.53 and later.
 *
 * Since 0.53, `editor.createWebWorker` takes a started `{ worker }`. monaco-yaml (through
 * monaco-worker-manager) still passes `{ moduleId, label, createData }`, so no worker starts,
 * validation silently runs nowhere and no schema marker ever appears (monaco-yaml issue #272).
 * This wrapper takes the steps monaco's own JSON and CSS workers take
 * (monaco-editor/esm/vs/internal/common/workers.js): get the worker from MonacoEnvironment, post
 * 'ignore', then the create data. Delete this file once monaco-yaml passes `{ worker }` itself.
 */
import type * as Monaco from 'monaco-editor/editor';

type Options = Monaco.editor.IInternalWebWorkerOptions;

interface LegacyOptions {
  readonly moduleId: string;
  readonly label?: string;
  readonly createData?: unknown;
  readonly host?: Options['host'];
  readonly keepIdleModels?: boolean;
}

/** The Monaco API with a `createWebWorker` that also accepts the pre-0.53 options. */
export function withLegacyWebWorkers(monaco: typeof Monaco): typeof Monaco {
  const create = monaco.editor.createWebWorker;
  function createWebWorker<T extends object>(options: Options | LegacyOptions): Monaco.editor.MonacoWebWorker<T> {
    if ('worker' in options) return create<T>(options);
    const { moduleId, label = moduleId, createData, host, keepIdleModels } = options;
    const environment = self.MonacoEnvironment;
    if (!environment?.getWorker) throw new Error('MonacoEnvironment.getWorker is not set');
    const worker = Promise.resolve(environment.getWorker(moduleId, label)).then((started) => {
      started.postMessage('ignore');
      started.postMessage(createData);
      return started;
    });
    return create<T>({ worker, host, keepIdleModels });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}
