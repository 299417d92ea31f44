/**
 * The model's Web Worker: builds clusters and answers DNS questions off the main thread.
 */
import { createModelHost } from './model-host.ts';
import { serveModel, type WorkerScope } from './serve.ts';

// The app is typed with the DOM library; inside a dedicated worker `self` is the worker's scope.
const scope: WorkerScope = self;
serveModel(scope, createModelHost(), () => performance.now());
