import { describe, expect, it } from 'vitest';
import { hasGuide, NO_GUIDE, readGuide } from '../../../testing/shared.ts';
import { EXAMPLES } from '../../examples/index.ts';
import { advise, nextQuestion, USE_CASES, type AdvisorAnswers } from './advisor.ts';

/** The rows of the guide's use-case table: cells trimmed, bold removed. */
const guideRows: readonly (readonly string[])[] = (() => {
  const text = readGuide();
  const section = text.slice(text.indexOf('Real-World Use Cases and Service Selection'));
  const table = section.slice(0, section.indexOf('\n---'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|--'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.replace(/\*\*/g, '').trim()))
    .slice(1);
})();

describe('use cases', () => {
  it.skipIf(!hasGuide)(`are the guide's table, row by row, verbatim${hasGuide ? '' : ` (${NO_GUIDE})`}`, () => {
    expect(guideRows).toHaveLength(7);
    expect(USE_CASES.map((row) => [row.useCase, row.recommended, row.why])).toEqual(guideRows);
  });

  it.each(USE_CASES.map((row) => [row.useCase, row] as const))('%s starts from an example of the catalogue', (_name, row) => {
    expect(EXAMPLES.map((e) => e.id)).toContain(row.exampleId);
    expect(row.inKubernetes.length).toBeGreaterThan(0);
  });
});

describe('advise', () => {
  it.each<[AdvisorAnswers, string]>([
    [{ externalService: true }, 'External managed service'],
    [{ externalService: false, caller: 'pods', stateful: false }, 'Internal microservices'],
    [{ externalService: false, caller: 'pods', stateful: true }, 'Stateful database (e.g., etcd)'],
    [{ externalService: false, caller: 'outside', httpRouting: true, cloudLoadBalancer: true }, 'Public-facing API (cloud)'],
    [{ externalService: false, caller: 'outside', httpRouting: true, cloudLoadBalancer: false }, 'High-traffic API gateway'],
    [{ externalService: false, caller: 'outside', httpRouting: false, cloudLoadBalancer: true }, 'IoT device backend'],
    [{ externalService: false, caller: 'outside', httpRouting: false, cloudLoadBalancer: false }, 'Temporary dev access'],
    [{}, 'Internal microservices'],
  ])('%j → %s', (answers, useCase) => {
    const advice = advise(answers);
    expect(advice.useCase).toBe(useCase);
    expect(advice.because.length).toBeGreaterThan(0);
  });

  it('every row is reachable', () => {
    const reached = new Set<string>();
    for (const externalService of [true, false])
      for (const caller of ['pods', 'outside'] as const)
        for (const flag of [true, false])
          for (const cloud of [true, false]) reached.add(advise({ externalService, caller, stateful: flag, httpRouting: flag, cloudLoadBalancer: cloud }).useCase);
    expect([...reached].sort()).toEqual(USE_CASES.map((row) => row.useCase).sort());
  });

  it('asks only the questions that lead somewhere, then stops', () => {
    expect(nextQuestion({})?.id).toBe('externalService');
    expect(nextQuestion({ externalService: true })).toBeUndefined();
    expect(nextQuestion({ externalService: false })?.id).toBe('caller');
    expect(nextQuestion({ externalService: false, caller: 'pods' })?.id).toBe('stateful');
    expect(nextQuestion({ externalService: false, caller: 'outside' })?.id).toBe('httpRouting');
    expect(nextQuestion({ externalService: false, caller: 'outside', httpRouting: true })?.id).toBe('cloudLoadBalancer');
    expect(nextQuestion({ externalService: false, caller: 'outside', httpRouting: true, cloudLoadBalancer: false })).toBeUndefined();
  });
});
