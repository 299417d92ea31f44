import { memo } from 'react';
import type { Diagnostic } from '../../../model/index.ts';
import { groupDigits } from '../../../present/text/group-digits.ts';

interface Props {
  readonly diagnostics: readonly Diagnostic[];
  /** The troubleshooting findings among the diagnostics: their own panel lists them. */
  readonly findings: readonly { readonly diagnostic: Diagnostic }[];
  readonly onJump: (line: number, column: number) => void;
  readonly onShowFindings: () => void;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Problems listed at most: a broken dump can have hundreds of thousands (one per line), and a list
 * that long would hold the page up for seconds while saying nothing more than its first lines do.
 */
export const PROBLEMS_LISTED = 200;

/** `2 warnings, 1 note`: warnings say traffic fails or goes astray, notes what a validator would flag. */
function findingCount(findings: readonly { readonly diagnostic: Diagnostic }[]): string {
  const warnings = findings.filter((f) => f.diagnostic.severity !== 'info').length;
  const notes = findings.length - warnings;
  return [warnings > 0 ? plural(warnings, 'warning') : '', notes > 0 ? plural(notes, 'note') : ''].filter(Boolean).join(', ');
}

/**
 * What the API server (and the YAML parser) say about the manifest, each one a jump to its line.
 * Troubleshooting findings are counted here and listed in their own panel.
 */
export const ProblemsList = memo(function ProblemsList({ diagnostics, findings, onJump, onShowFindings }: Props) {
  const findingCodes = new Set(findings.map((f) => f.diagnostic.code));
  const shown = diagnostics.filter((d) => d.range.file === 'manifest.yaml' && !findingCodes.has(d.code));
  const errors = shown.filter((d) => d.severity === 'error').length;
  return (
    <section className="problems" role="region" aria-label="Problems">
      <h2>
        Problems <span className="count">{errors === 1 ? '1 error' : `${errors} errors`}</span>
      </h2>
      {findings.length > 0 && (
        <button type="button" className="problems__findings" onClick={onShowFindings}>
          Troubleshooting: {findingCount(findings)}
        </button>
      )}
      {shown.length === 0 ? (
        <p className="empty">The API server would accept every object.</p>
      ) : (
        <ul>
          {shown.slice(0, PROBLEMS_LISTED).map((d, i) => (
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
          {shown.length > PROBLEMS_LISTED && (
            <li className="more">
              and {groupDigits(shown.length - PROBLEMS_LISTED)} more, not listed: the first {PROBLEMS_LISTED} are the place to start.
            </li>
          )}
        </ul>
      )}
    </section>
  );
});
