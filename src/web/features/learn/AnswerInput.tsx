import { memo, useId } from 'react';
import type { ChallengeAnswer, GivenAnswer } from '../../../present/learn/index.ts';

interface Props {
  readonly answer: ChallengeAnswer;
  readonly value: GivenAnswer | undefined;
  readonly onChange: (value: GivenAnswer) => void;
  /** The question, as the inputs' accessible name. */
  readonly label: string;
}

/** The input an answer kind takes: a radio group, checkboxes, or a number field. */
export const AnswerInput = memo(function AnswerInput({ answer, value, onChange, label }: Props) {
  const id = useId();
  if (answer.kind === 'number') {
    return (
      <div className="learn-answer">
        <label htmlFor={`${id}-n`}>Your answer</label>{' '}
        <input
          id={`${id}-n`}
          type="number"
          inputMode="numeric"
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    );
  }
  if (answer.kind === 'choice') {
    return (
      <fieldset className="learn-answer">
        <legend className="visually-hidden">{label}</legend>
        {answer.options.map((option, i) => (
          <label key={option} className="learn-option">
            <input type="radio" name={`${id}-choice`} value={option} checked={value === option} onChange={() => onChange(option)} data-option={i} /> {option}
          </label>
        ))}
      </fieldset>
    );
  }
  const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
  const toggle = (option: string, on: boolean) => onChange(on ? [...chosen, option] : chosen.filter((o) => o !== option));
  return (
    <fieldset className="learn-answer">
      <legend className="visually-hidden">{label} (choose every one that applies, or none)</legend>
      {answer.options.map((option) => (
        <label key={option} className="learn-option">
          <input type="checkbox" checked={chosen.includes(option)} onChange={(event) => toggle(option, event.target.checked)} /> {option}
        </label>
      ))}
    </fieldset>
  );
});
