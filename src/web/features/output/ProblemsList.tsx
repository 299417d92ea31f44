import { memo } from 'react';
import type { Diagnostic } from '../../../model/index.ts';

interface Props {
  readonly diagnostics: readonly Diagnostic[];
  readonly onJump: (line: number, column: number) => void;
}

/** What the API server (and the YAML parser) say about the manifest, each one a jump to its line. */
export const ProblemsList = memo(function ProblemsList({ diagnostics, onJump }: Props) {
  const shown = diagnostics.filter((d) => d.range.file === 'manifest.yaml');
  const errors = shown.filter((d) => d.severity === 'error').length;
  return (
    <section className="problems" role="region" aria-label="Problems">
      <h2>
        Problems <span className="count">{errors === 1 ? '1 error' : `${errors} errors`}</span>
      </h2>
      {shown.length === 0 ? (
        <p className="empty">The API server would accept every object.</p>
      ) : (
        <ul>
          {shown.map((d, i) => (
            <li key={i} className={d.severity}>
              <button type="button" onClick={() => onJump(d.range.line, d.range.column)}>
                <span className="where">
                  {d.range.line}:{d.range.column}
                </span>
                {d.field && <code className="field">{d.field}</code>}
                <span className="message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
