import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../model/index.ts';
import { MARKERS_SET, toMarkers } from './markers.ts';

// Monaco's values of MarkerSeverity; the real module needs a browser.
vi.mock('monaco-editor/editor', () => ({ MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 } }));

const range = { file: 'manifest.yaml', line: 7, column: 7, endLine: 7, endColumn: 18 };

describe('toMarkers', () => {
  it.each<[Diagnostic, object]>([
    [
      {
        code: 'FIELD_INVALID',
        severity: 'error',
        type: 'Invalid',
        field: 'spec.ports[0].port',
        message: 'Invalid value: 99999: must be between 1 and 65535, inclusive',
        object: 'Service/default/x',
        range,
      },
      { severity: 8, source: 'kube-apiserver', code: 'FIELD_INVALID', message: 'spec.ports[0].port: Invalid value: 99999: must be between 1 and 65535, inclusive' },
    ],
    [
      { code: 'SELECTOR_MATCHES_NOTHING', severity: 'warning', message: 'the selector app=web matches no Pod', range },
      { severity: 4, source: 'kse', code: 'SELECTOR_MATCHES_NOTHING', message: 'the selector app=web matches no Pod' },
    ],
    [
      { code: 'NAMESPACE_IMPLICIT', severity: 'info', message: 'namespace shop is created implicitly', range },
      { severity: 2, source: 'kse', message: 'namespace shop is created implicitly' },
    ],
  ])('words and places %#', (diagnostic, expected) => {
    const [marker] = toMarkers(Object.freeze([Object.freeze(diagnostic)]));
    expect(marker).toMatchObject({ ...expected, startLineNumber: 7, startColumn: 7, endLineNumber: 7, endColumn: 18 });
  });

  it('sets at most MARKERS_SET markers, the first ones', () => {
    const many: Diagnostic[] = Array.from({ length: MARKERS_SET + 5 }, (_, i) => ({ code: 'YAML_SYNTAX', severity: 'error', message: `line ${i + 1}`, range: { ...range, line: i + 1, endLine: i + 1 } }));
    const markers = toMarkers(many);
    expect(markers).toHaveLength(MARKERS_SET);
    expect(markers.at(-1)?.startLineNumber).toBe(MARKERS_SET);
  });
});
