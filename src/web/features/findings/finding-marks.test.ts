import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../model/index.ts';
import { findingMarks } from './finding-marks.ts';

const range = { file: 'manifest.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const finding = (severity: Diagnostic['severity'], graphId: string | undefined) => ({
  diagnostic: { code: 'NO_READY_ENDPOINTS', severity, message: '', range } as const,
  graphId,
});

describe('findingMarks', () => {
  it('marks a box with its worst finding, and skips findings without a box', () => {
    const marks = findingMarks([finding('info', 'svc:default/web'), finding('warning', 'svc:default/web'), finding('info', 'pod:default/a'), finding('warning', undefined)]);
    expect(marks).toEqual(
      new Map([
        ['svc:default/web', 'warning'],
        ['pod:default/a', 'info'],
      ]),
    );
  });
});
