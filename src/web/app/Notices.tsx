import { memo, useCallback, useMemo, useState } from 'react';
import { flushPendingEdit } from '../features/editor/pending-edit.ts';
import { formatWhen } from '../features/history/format.ts';
import { summarize } from '../features/history/summary.ts';
import { useExplorer, useExplorerStore } from '../store/index.ts';
import { DEFAULT_EXAMPLE, exampleText } from './examples.ts';
import { storageMessage } from './storage-messages.ts';
import { troubleMessage } from './worker-messages.ts';

interface Props {
  readonly startProblem: string | undefined;
  /** Opens the list of the user's earlier manifests. */
  readonly onShowHistory: () => void;
}

/** The user's own text, put aside: what it was and when, one click from coming back. */
function PreviousNotice({ onShowHistory }: Pick<Props, 'onShowHistory'>) {
  const previous = useExplorer((s) => s.previous);
  const restore = useExplorer((s) => s.restore);
  const dismiss = useExplorer((s) => s.dismissPrevious);
  const summary = useMemo(() => (previous === undefined ? '' : summarize(previous.text)), [previous]);
  if (previous === undefined) return null;
  return (
    <p role="status" className="notice--previous">
      Your own manifest ({summary}, {formatWhen(previous.savedAt)}) was put aside.{' '}
      <button
        type="button"
        onClick={() => {
          flushPendingEdit();
          restore(previous.text);
        }}
      >
        Restore it
      </button>{' '}
      <button type="button" onClick={onShowHistory}>
        Earlier manifests…
      </button>{' '}
      <button type="button" onClick={dismiss} aria-label="Dismiss: keep it in the history">
        Dismiss
      </button>
    </p>
  );
}

/**
 * Things the user must know about their text: a share link that could not be opened (why, what is
 * shown instead, and a working example to start from), the simulator restarted or stopped on it,
 * a text that could not be saved, and their own text put aside.
 */
export const Notices = memo(function Notices({ startProblem, onShowHistory }: Props) {
  const store = useExplorerStore();
  const replace = useExplorer((s) => s.replace);
  const trouble = useExplorer((s) => s.trouble);
  const setTrouble = useExplorer((s) => s.setTrouble);
  const storageProblem = useExplorer((s) => s.storageProblem);
  const setStorageProblem = useExplorer((s) => s.setStorageProblem);
  const hasPrevious = useExplorer((s) => s.previous !== undefined);
  const [problem, setProblem] = useState(startProblem);
  // What boot opened instead of the link, read once: later edits do not change what the notice says.
  const [exampleShown] = useState(() => store.getState().exampleId === DEFAULT_EXAMPLE);
  const openExample = useCallback(() => {
    flushPendingEdit();
    replace(exampleText(DEFAULT_EXAMPLE) ?? '', DEFAULT_EXAMPLE);
    setProblem(undefined);
  }, [replace]);
  if (problem === undefined && trouble === undefined && storageProblem === undefined && !hasPrevious) return null;
  return (
    <div className="notices">
      {problem !== undefined && (
        <p role="alert">
          {problem} {exampleShown ? 'An example is shown instead.' : 'Your saved manifest is shown instead.'}{' '}
          {!exampleShown && (
            <button type="button" onClick={openExample}>
              Open the example
            </button>
          )}{' '}
          <button type="button" onClick={() => setProblem(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {trouble !== undefined && (
        <p role="status" className="notice--worker">
          {troubleMessage(trouble)}{' '}
          <button type="button" onClick={() => setTrouble(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {storageProblem !== undefined && (
        <p role="alert" className="notice--storage">
          {storageMessage(storageProblem)}{' '}
          <button type="button" onClick={() => setStorageProblem(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      <PreviousNotice onShowHistory={onShowHistory} />
    </div>
  );
});
