import { describe, expect, it } from 'vitest';
import { fingerprintOf, HISTORY_CHARACTERS, HISTORY_LENGTH, planKeep, planShrink, type HistoryEntry } from './history.ts';

const entry = (id: string, text: string, size = text.length): HistoryEntry => ({ id, savedAt: Number(id.replace(/\D/g, '')), summary: text, size, fingerprint: fingerprintOf(text) });

describe('the history of the user’s manifests', () => {
  it('tells texts apart by content', () => {
    expect(fingerprintOf('kind: Service\n')).toBe(fingerprintOf('kind: Service\n'));
    expect(fingerprintOf('kind: Service\n')).not.toBe(fingerprintOf('kind: Servicf\n'));
    expect(fingerprintOf('ab')).not.toBe(fingerprintOf('ba'));
  });

  it('puts a new text first', () => {
    const plan = planKeep([entry('e1', 'one')], entry('e2', 'two'));
    expect(plan.entries.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(plan.dropped).toEqual([]);
  });

  it('lists a text once, at its newest time', () => {
    const plan = planKeep([entry('e2', 'two'), entry('e1', 'one')], entry('e3', 'one'));
    expect(plan.entries.map((e) => e.id)).toEqual(['e3', 'e2']);
    expect(plan.dropped).toEqual(['e1']);
  });

  it(`keeps the last ${HISTORY_LENGTH}`, () => {
    let entries: readonly HistoryEntry[] = [];
    const dropped: string[] = [];
    for (let i = 1; i <= HISTORY_LENGTH + 2; i++) {
      const plan = planKeep(entries, entry(`e${i}`, `text ${i}`));
      entries = plan.entries;
      dropped.push(...plan.dropped);
    }
    expect(entries).toHaveLength(HISTORY_LENGTH);
    expect(entries[0]?.id).toBe(`e${HISTORY_LENGTH + 2}`);
    expect(dropped).toEqual(['e1', 'e2']);
  });

  it('drops the oldest past the characters it may keep, never the newest', () => {
    const half = HISTORY_CHARACTERS / 2;
    const plan = planKeep([entry('e2', 'b', half), entry('e1', 'a', half)], entry('e3', 'c', half));
    expect(plan.entries.map((e) => e.id)).toEqual(['e3', 'e2']);
    expect(planKeep([], entry('e4', 'd', 2 * HISTORY_CHARACTERS)).entries.map((e) => e.id)).toEqual(['e4']);
  });

  it('makes room by dropping the oldest, down to one entry', () => {
    expect(planShrink([entry('e2', 'b'), entry('e1', 'a')])).toEqual({ entries: [entry('e2', 'b')], dropped: ['e1'] });
    expect(planShrink([entry('e2', 'b')]).dropped).toEqual([]);
  });
});
