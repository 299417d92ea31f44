/**
 * Monaco as the manifest editor uses it: the core, the editor features a YAML editor needs, the
 * YAML tokenizer, the workers (bundled by Vite, never fetched from elsewhere) and monaco-yaml with
 * the Kubernetes schema. The plain `monaco-editor` entry would bundle every language and its worker.
 */
import * as monaco from 'monaco-editor/editor';
// Typing, cursor moves and selection: no feature entry registers them on its own.
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
// Quick fixes from monaco-yaml: a misspelt enum value (`type: NodePortt`) offers the valid ones.
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself: features/suggest/register brings only the inline-completion bridge.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { withLegacyWebWorkers } from './create-web-worker.ts';
import kubernetesSchema from './kubernetes.schema.json';
import YamlWorker from './yaml.worker.ts?worker';

/** The editor's one model; a file URI so that the schema's `fileMatch` applies to it. */
export const MODEL_URI = monaco.Uri.parse('file:///manifest.yaml');

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string): Worker {
    switch (label) {
      case 'editorWorkerService':
        return new EditorWorker();
      case 'yaml':
        return new YamlWorker();
      default:
        throw new Error(`no worker is bundled for the label ${label}`);
    }
  },
};

configureMonacoYaml(withLegacyWebWorkers(monaco), {
  // Bundled, never fetched: the app makes no request to another origin.
  enableSchemaRequest: false,
  isKubernetes: true,
  // The schema's URI names no page a reader could open.
  hoverSchemaSource: false,
  // Formatting would rewrite the learner's YAML (and pull Prettier into the worker).
  format: { enable: false },
  schemas: [
    {
      // An identifier only; it must end like a file name.
      uri: 'file:///kubernetes-v1.31.json',
      fileMatch: [MODEL_URI.toString()],
      schema: kubernetesSchema,
    },
  ],
});

export { monaco };
