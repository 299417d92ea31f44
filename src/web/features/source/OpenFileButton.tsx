import { memo, useRef, type ChangeEvent } from 'react';
import type { ReadProgress } from './read-file.ts';
import './source.css';

interface Props {
  readonly reading: ReadProgress | undefined;
  readonly problem: string | undefined;
  readonly onFile: (file: File) => void;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** "Open file…": a manifest or a `kubectl get -o yaml|json` dump from disk, with the read's progress. */
export const OpenFileButton = memo(function OpenFileButton({ reading, problem, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file chosen again is a fresh open.
    event.target.value = '';
    if (file !== undefined) onFile(file);
  };
  return (
    <span className="open-file">
      {/* The visible words are the accessible name, as screen-reader users who speak the label need. */}
      <button type="button" title="Open a manifest or a kubectl get -o yaml dump (or drop it on the editor)" onClick={() => input.current?.click()}>
        Open manifest file<span aria-hidden="true">…</span>
      </button>
      <input ref={input} type="file" accept=".yaml,.yml,.json,.txt,application/json,application/yaml,text/yaml,text/plain" hidden onChange={chosen} data-testid="open-file-input" />
      {reading && (
        <span className="open-file__progress">
          <progress aria-label={`Reading ${reading.name}`} max={reading.total || 1} value={reading.loaded} />
          <span aria-hidden="true">
            {reading.name}: {mb(reading.loaded)} of {mb(reading.total)}
          </span>
        </span>
      )}
      {problem && (
        <span className="open-file__problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
});
