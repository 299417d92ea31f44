/**
 * The model's Web Worker: builds clusters and answers DNS questions off the main thread.
 */
import { createModelHost } from './model-host.ts';
import { serveModel, type WorkerScope } from './serve.ts';

/** Workers only, so not in the DOM library the app is typed with. */
declare const FileReaderSync: new () => { readAsText(file: Blob): string };

// The app is typed with the DOM library; inside a dedicated worker `self` is the worker's scope.
const scope: WorkerScope = self;
// As the page's FileReader.readAsText decodes it, so that both hold the same text.
serveModel(scope, createModelHost(), () => performance.now(), (file) => new FileReaderSync().readAsText(file));
