import { memo, useState } from 'react';
import { useExplorer } from '../store/index.ts';

/** Things the user must know about their text: a share link that failed, and their own text kept aside. */
export const Notices = memo(function Notices({ startProblem }: { readonly startProblem: string | undefined }) {
  const previousText = useExplorer((s) => s.previousText);
  const restorePrevious = useExplorer((s) => s.restorePrevious);
  const [problem, setProblem] = useState(startProblem);
  if (problem === undefined && previousText === undefined) return null;
  return (
    <div className="notices">
      {problem !== undefined && (
        <p role="alert">
          {problem} Your saved manifest is shown instead.{' '}
          <button type="button" onClick={() => setProblem(undefined)}>
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
