import { memo, useState } from 'react';
import { EXAMPLES } from '../../../examples/index.ts';
import { ADVISOR_QUESTIONS, advise, advisorPath, nextQuestion, type AdvisorAnswers, type AdvisorQuestionId } from '../../../present/learn/index.ts';
import './learn.css';

export interface UseCaseAdvisorProps {
  /** Loads the example manifest the advice starts from. */
  readonly onStart: (exampleId: string) => void;
}

function withAnswer(answers: AdvisorAnswers, id: AdvisorQuestionId, value: string): AdvisorAnswers {
  return { ...answers, [id]: id === 'caller' ? value : value === 'yes' };
}

const shown = (answers: AdvisorAnswers, id: AdvisorQuestionId): string => {
  const value = answers[id];
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : (value ?? '');
};

/** The guide's use-case table as a few questions, one at a time, leading to a Service type and an example to start from. */
export const UseCaseAdvisor = memo(function UseCaseAdvisor({ onStart }: UseCaseAdvisorProps) {
  const [answers, setAnswers] = useState<AdvisorAnswers>({});
  const question = nextQuestion(answers);
  const asked = advisorPath(answers).filter((id) => answers[id] !== undefined);
  const advice = question === undefined ? advise(answers) : undefined;
  const example = advice === undefined ? undefined : EXAMPLES.find((e) => e.id === advice.exampleId);
  // Changing an earlier answer drops the later ones: they may no longer be asked.
  const revise = (id: AdvisorQuestionId) => {
    const path = advisorPath(answers);
    const kept = path.slice(0, path.indexOf(id));
    setAnswers(Object.fromEntries(kept.map((k) => [k, answers[k]])));
  };
  return (
    <section className="learn advisor" aria-label="Which Service type?">
      {asked.length > 0 && (
        <ol className="advisor-asked">
          {asked.map((id) => (
            <li key={id}>
              {ADVISOR_QUESTIONS[id].text} <strong>{ADVISOR_QUESTIONS[id].options.find((o) => o.value === shown(answers, id))?.label}</strong>{' '}
              <button type="button" onClick={() => revise(id)} aria-label={`Change: ${ADVISOR_QUESTIONS[id].text}`}>
                Change
              </button>
            </li>
          ))}
        </ol>
      )}
      {question !== undefined && (
        <fieldset className="learn-answer" key={question.id}>
          <legend>{question.text}</legend>
          {question.options.map((option) => (
            <label key={option.value} className="learn-option">
              <input type="radio" name={`advisor-${question.id}`} value={option.value} checked={false} onChange={() => setAnswers(withAnswer(answers, question.id, option.value))} />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
      {advice !== undefined && (
        <div role="status" className="advisor-advice">
          <h3>
            {advice.recommended} <span className="advisor-use-case">({advice.useCase})</span>
          </h3>
          <p className="guide-line">“{advice.why}”</p>
          <p className="truth">In Kubernetes: {advice.inKubernetes}</p>
          <div className="learn-actions">
            <button type="button" onClick={() => onStart(advice.exampleId)}>
              Start from {example?.title ?? advice.exampleId}
            </button>
            <button type="button" onClick={() => setAnswers({})}>
              Start over
            </button>
          </div>
        </div>
      )}
    </section>
  );
});
