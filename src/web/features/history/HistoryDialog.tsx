import { memo, useEffect, useRef } from 'react';
import { formatSize, formatWhen } from './format.ts';
import { HISTORY_LENGTH, type HistoryEntry } from './history.ts';
import './history.css';

interface Props {
  readonly entries: readonly HistoryEntry[];
  readonly open: boolean;
  readonly onClose: () => void;
  /** Puts the entry's text in the editor; the editor's text is put aside in turn. */
  readonly onRestore: (id: string) => void;
}

/**
 * The user's earlier manifests, newest first, each with when it was put aside and what it holds;
 * one click puts one back.
 */
export const HistoryDialog = memo(function HistoryDialog({ entries, open, onClose, onRestore }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element?.open === false) element.showModal();
    if (!open && element?.open === true) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-label="Your earlier manifests"
      className="history-dialog"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
    >
      <header>
        <h2>Your earlier manifests</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="history-body">
        <p className="empty">
          The last {HISTORY_LENGTH} texts of yours that an example, a share link, a paste or a restore replaced, kept in this browser only. Restoring
          one puts the text now in the editor aside, so it is one click away too.
        </p>
        {entries.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ol className="history-list">
            {entries.map((entry) => {
              const when = formatWhen(entry.savedAt);
              return (
                <li key={entry.id}>
                  <span className="history-when">{when}</span>
                  <span className="history-summary">{entry.summary}</span>
                  <span className="history-size">{formatSize(entry.size)}</span>
                  <button type="button" onClick={() => onRestore(entry.id)} aria-label={`Restore ${entry.summary}, from ${when}`}>
                    Restore
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </dialog>
  );
});
