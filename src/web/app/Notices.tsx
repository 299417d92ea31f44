import { memo, useCallback, useState } from 'react';
import { useExplorer, useExplorerStore } from '../store/index.ts';
import { DEFAULT_EXAMPLE, exampleText } from './examples.ts';
import { troubleMessage } from './worker-messages.ts';

/**
 * Things the user must know about their text: a share link that could not be opened (why, what is
 * shown instead, and a working example to start from), the simulator restarted or stopped on it,
 * and their own text kept aside.
 */
export const Notices = memo(function Notices({ startProblem }: { readonly startProblem: string | undefined }) {
  const store = useExplorerStore();
  const previousText = useExplorer((s) => s.previousText);
  const restorePrevious = useExplorer((s) => s.restorePrevious);
  const replace = useExplorer((s) => s.replace);
  const trouble = useExplorer((s) => s.trouble);
  const setTrouble = useExplorer((s) => s.setTrouble);
  const [problem, setProblem] = useState(startProblem);
  // What boot opened instead of the link, read once: later edits do not change what the notice says.
  const [exampleShown] = useState(() => store.getState().exampleId === DEFAULT_EXAMPLE);
  const openExample = useCallback(() => {
    replace(exampleText(DEFAULT_EXAMPLE) ?? '', DEFAULT_EXAMPLE);
    setProblem(undefined);
  }, [replace]);
  if (problem === undefined && previousText === undefined && trouble === undefined) return null;
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
      {previousText !== undefined && (
        <p role="status">
          Your own manifest was kept aside.{' '}
          <button type="button" onClick={restorePrevious}>
            Restore it
          </button>
        </p>
      )}
    </div>
  );
});
