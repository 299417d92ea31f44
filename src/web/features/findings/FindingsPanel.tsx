import { memo } from 'react';
import type { Finding } from '../../../worker/protocol.ts';
import './findings.css';
import { groupDigits } from '../../../present/text/group-digits.ts';

interface Props {
  readonly findings: readonly Finding[];
  /** Shows the finding: its box in the graph and its line in the editor. */
  readonly onShow: (finding: Finding) => void;
}

/** Findings listed at most: a cluster of thousands of Services can have as many, and the list would hold the page up. */
export const FINDINGS_LISTED = 200;

/** The guide's troubleshooting tips, checked: why a Service would not answer as meant, and how to fix it. */
export const FindingsPanel = memo(function FindingsPanel({ findings, onShow }: Props) {
  return (
    <section className="findings">
      <h2>Troubleshooting</h2>
      {findings.length === 0 ? (
        <p className="empty">No finding: every Service selects ready Pods on ports they declare, and nothing is left dangling.</p>
      ) : (
        <ul>
          {findings.slice(0, FINDINGS_LISTED).map((finding, i) => {
            const { diagnostic } = finding;
            return (
              <li key={i} className={diagnostic.severity}>
                <span className="findings__severity">{diagnostic.severity === 'info' ? 'note' : 'warning'}</span>
                <span className="findings__object">{diagnostic.object}</span>
                {diagnostic.field !== undefined && <code className="field">{diagnostic.field}</code>}
                <p className="findings__message">{diagnostic.message}</p>
                <button type="button" onClick={() => onShow(finding)}>
                  Show (line {diagnostic.range.line})
                </button>
              </li>
            );
          })}
          {findings.length > FINDINGS_LISTED && (
            <li className="more">and {groupDigits(findings.length - FINDINGS_LISTED)} more, not listed: the graph marks their boxes.</li>
          )}
        </ul>
      )}
    </section>
  );
});
