import { memo, useEffect, useState, type FormEvent } from 'react';
import { grade, type Challenge, type GivenAnswer, type Reveal } from '../../../present/learn/index.ts';
import { AnswerInput } from './AnswerInput.tsx';
import { countProgress, recordAnswer, type Progress } from './progress.ts';
import './learn.css';

export interface ChallengePanelProps {
  readonly challenges: readonly Challenge[];
  /** "Show me": the explorer opens the tab, sends the packet or asks DNS as the challenge says. */
  readonly onReveal: (reveal: Reveal) => void;
  /** Answers so far, by challenge id (see progress.ts to load and save them). */
  readonly progress: Progress;
  readonly onProgress: (progress: Progress) => void;
  /** True while the challenge on screen waits for its answer: the graph then holds back what gives it away. */
  readonly onPredicting?: (predicting: boolean) => void;
}

const noAnswer = (given: GivenAnswer | undefined, kind: Challenge['answer']['kind']): boolean =>
  given === undefined || (kind !== 'multi' && typeof given === 'string' && given.trim() === '');

/**
 * One challenge at a time: the question, the input its answer takes, Check, then the verdict with
 * the expected answer and the model's explanation, and "Show me".
 */
export const ChallengePanel = memo(function ChallengePanel({ challenges, onReveal, progress, onProgress, onPredicting }: ChallengePanelProps) {
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Readonly<Record<string, GivenAnswer>>>({});
  const current = challenges[Math.min(index, challenges.length - 1)];
  const predicting = current !== undefined && progress[current.id] === undefined;
  useEffect(() => {
    onPredicting?.(predicting);
    return () => onPredicting?.(false);
  }, [predicting, onPredicting]);
  if (challenges.length === 0) return <p className="empty">No challenge fits this manifest yet: add a Service with Pods behind it.</p>;
  const at = Math.min(index, challenges.length - 1);
  const challenge = challenges[at]!;
  const saved = progress[challenge.id];
  const draft = drafts[challenge.id] ?? saved?.given ?? (challenge.answer.kind === 'multi' ? [] : undefined);
  const verdict = saved === undefined ? undefined : grade(challenge, saved.given);
  const count = countProgress(
    progress,
    challenges.map((c) => c.id),
  );
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (noAnswer(draft, challenge.answer.kind) || draft === undefined) return;
    onProgress(recordAnswer(progress, challenge.id, { given: draft, correct: grade(challenge, draft).correct }));
  };
  const headingId = `learn-q-${at}`;
  return (
    <section className="learn" aria-labelledby={headingId}>
      <p className="learn-count" aria-live="polite">
        {count.answered} of {count.total} answered, {count.right} right
      </p>
      <form onSubmit={check}>
        <h3 id={headingId}>
          <span className="learn-index">
            {at + 1}/{challenges.length}
          </span>{' '}
          {challenge.title}
        </h3>
        <p className="learn-question">{challenge.question}</p>
        <AnswerInput key={challenge.id} answer={challenge.answer} value={draft} label={challenge.question} onChange={(value) => setDrafts({ ...drafts, [challenge.id]: value })} />
        <div className="learn-actions">
          <button type="submit" disabled={noAnswer(draft, challenge.answer.kind)}>
            Check
          </button>
          <button type="button" onClick={() => setIndex(at - 1)} disabled={at === 0}>
            Previous
          </button>
          <button type="button" onClick={() => setIndex(at + 1)} disabled={at === challenges.length - 1}>
            Next
          </button>
        </div>
      </form>
      <div role="status" className="learn-verdict">
        {verdict !== undefined && (
          <>
            <p className={verdict.correct ? 'outcome delivered' : 'outcome dropped'}>
              {verdict.correct ? 'Correct.' : 'Not quite.'} Expected: <strong>{verdict.expected}</strong>
            </p>
            <p className="learn-explanation">{challenge.explanation}</p>
            <button type="button" onClick={() => onReveal(challenge.reveal)}>
              Show me
            </button>
          </>
        )}
      </div>
    </section>
  );
});
