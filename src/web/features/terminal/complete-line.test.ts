import { describe, expect, it } from 'vitest';
import { applyCompletion } from './complete-line.ts';

describe('applyCompletion', () => {
  it.each([
    { line: 'kubectl get sv', start: 12, candidates: ['svc'], want: 'kubectl get svc ', listed: [] },
    { line: 'kubectl get po', start: 12, candidates: ['pods', 'poddisruptionbudgets'], want: 'kubectl get pod', listed: ['pods', 'poddisruptionbudgets'] },
    { line: 'kubectl describe svc ', start: 21, candidates: ['web', 'api'], want: 'kubectl describe svc ', listed: ['web', 'api'] },
    { line: 'kubectl get x', start: 12, candidates: [], want: 'kubectl get x', listed: [] },
  ])('$line → $want', ({ line, start, candidates, want, listed }) => {
    expect(applyCompletion(line, start, candidates)).toEqual({ line: want, listed });
  });
});
