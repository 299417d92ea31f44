import { memo, useState } from 'react';
import type { Reveal } from '../../../present/learn/index.ts';
import type { Learning } from '../../store/index.ts';
import { ChallengePanel } from './ChallengePanel.tsx';
import { loadProgress, saveProgress, type Progress } from './progress.ts';
import { UseCaseAdvisor } from './UseCaseAdvisor.tsx';
import './learn.css';

interface Props {
  readonly learning: Learning | undefined;
  /** The gallery example on screen, unchanged ('' once edited): it decides which interview question is loaded. */
  readonly exampleId: string;
  readonly onLoadExample: (exampleId: string) => void;
  readonly onReveal: (reveal: Reveal) => void;
  readonly onPredicting?: (predicting: boolean) => void;
}

/**
 * Learn: the guide's interview questions, each one a scenario to load and predict on; challenges
 * the model poses about the manifest on screen, graded by the model; and the use-case advisor.
 */
export const LearnPanel = memo(function LearnPanel({ learning, exampleId, onLoadExample, onReveal, onPredicting }: Props) {
  const [progress, setProgress] = useState<Progress>(() => loadProgress());
  const keep = (next: Progress) => {
    setProgress(next);
    saveProgress(next);
  };
  return (
    <section className="learn-panel">
      <h2>Interview questions</h2>
      <ol className="learn-interviews">
        {(learning?.interviews ?? []).map((interview) => {
          const loaded = interview.exampleId === exampleId;
          return (
            <li key={interview.number} className={loaded ? 'loaded' : undefined}>
              <span className="learn-interview-question">{interview.question}</span>{' '}
              {loaded ? (
                <span className="learn-loaded">loaded: {interview.prediction}</span>
              ) : (
                <button type="button" onClick={() => onLoadExample(interview.exampleId)} aria-label={`Load scenario of question ${interview.number}`}>
                  Load scenario
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <h2>Predict, then check</h2>
      <ChallengePanel challenges={learning?.challenges ?? []} onReveal={onReveal} progress={progress} onProgress={keep} onPredicting={onPredicting} />
      <details className="learn-advisor">
        <summary>Which Service type do I need?</summary>
        <UseCaseAdvisor onStart={onLoadExample} />
      </details>
    </section>
  );
});
