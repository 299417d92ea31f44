import { useCallback, useMemo, useState } from 'react';
import { DnsPanel } from '../features/dns/DnsPanel.tsx';
import { ManifestEditor, type JumpTarget } from '../features/editor/ManifestEditor.tsx';
import { ExampleGallery } from '../features/gallery/ExampleGallery.tsx';
import { ClusterGraph } from '../features/graph/ClusterGraph.tsx';
import { KubectlOutput } from '../features/output/KubectlOutput.tsx';
import { ProblemsList } from '../features/output/ProblemsList.tsx';
import { DEFAULT_EXAMPLE, exampleText } from './examples.ts';
import { useModelWorker } from './useModelWorker.ts';

const STORAGE_KEY = 'kse.manifest';
const STORAGE_EXAMPLE_KEY = 'kse.example';

function initialState(): { text: string; example: string } {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved !== null) return { text: saved, example: localStorage.getItem(STORAGE_EXAMPLE_KEY) ?? '' };
  return { text: exampleText(DEFAULT_EXAMPLE) ?? '', example: DEFAULT_EXAMPLE };
}

export function App() {
  const [{ text, example }, setState] = useState(initialState);
  const [jump, setJump] = useState<JumpTarget | undefined>();
  const sources = useMemo(() => [{ name: 'manifest.yaml', text }], [text]);
  const { built, dns, askDns } = useModelWorker(sources);

  const edit = useCallback((next: string) => {
    localStorage.setItem(STORAGE_KEY, next);
    localStorage.setItem(STORAGE_EXAMPLE_KEY, '');
    setState({ text: next, example: '' });
  }, []);
  const choose = useCallback((id: string) => {
    const next = exampleText(id);
    if (next === undefined) return;
    localStorage.setItem(STORAGE_KEY, next);
    localStorage.setItem(STORAGE_EXAMPLE_KEY, id);
    setState({ text: next, example: id });
  }, []);
  const jumpTo = useCallback((line: number, column: number) => setJump({ line, column, at: Date.now() }), []);

  const errors = built?.diagnostics.filter((d) => d.severity === 'error' && d.code === 'YAML_SYNTAX') ?? [];
  return (
    <div className="app">
      <header>
        <h1>Kube Service Explorer</h1>
        <p>Services, Endpoints, EndpointSlices and DNS, as a real cluster does them. Nothing leaves your browser.</p>
        <ExampleGallery selected={example} onSelect={choose} />
      </header>
      <main>
        <ManifestEditor text={text} onChange={edit} jumpTo={jump} />
        <div className="results">
          <ProblemsList diagnostics={built?.diagnostics ?? []} onJump={jumpTo} />
          <ClusterGraph graph={built?.graph} stale={errors.length > 0} />
          <KubectlOutput tables={built?.tables ?? ''} stale={errors.length > 0} />
          <DnsPanel answer={dns} namespaces={built?.summary.namespaces ?? []} onAsk={askDns} />
          {built && (
            <p className="status" role="status">
              {built.summary.services} Services, {built.summary.pods} Pods, {built.summary.endpointSlices} EndpointSlices · built in{' '}
              {built.millis.toFixed(1)} ms
            </p>
          )}
        </div>
      </main>
    </div>
  );
}
