import { describe, expect, it } from 'vitest';
import { AT_PROMPT, stepHistory } from './history.ts';

describe('stepHistory', () => {
  const history = ['kubectl get svc -A', 'kubectl get ep'];

  it('walks back through the lines and forward to the draft', () => {
    let state = { cursor: AT_PROMPT, line: 'kubectl des' };
    state = stepHistory(history, state.cursor, state.line, -1);
    expect(state.line).toBe('kubectl get ep');
    state = stepHistory(history, state.cursor, state.line, -1);
    expect(state.line).toBe('kubectl get svc -A');
    state = stepHistory(history, state.cursor, state.line, -1);
    expect(state.line).toBe('kubectl get svc -A');
    state = stepHistory(history, state.cursor, state.line, 1);
    state = stepHistory(history, state.cursor, state.line, 1);
    expect(state.line).toBe('kubectl des');
  });
});
