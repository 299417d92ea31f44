// The YAML language worker, as its own entry so that Vite bundles it with `?worker`.
import 'monaco-yaml/yaml.worker.js';
