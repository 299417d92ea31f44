import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/index.ts';
import { findingsOf } from './findings.ts';

const range = { file: 'manifest.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const diagnostic = (code: Diagnostic['code'], severity: Diagnostic['severity'], object?: string): Diagnostic => ({
  code,
  severity,
  message: code,
  range,
  ...(object === undefined ? {} : { object }),
});

describe('findingsOf', () => {
  const outline = [
    { key: 'Service/default/web', startLine: 1, endLine: 9, graphIds: ['svc:default/web'] },
    { key: 'Deployment/default/web', startLine: 10, endLine: 30, graphIds: ['pod:default/web-1', 'pod:default/web-2'] },
  ];

  it('keeps troubleshooting codes, not what the API server refuses, and finds their boxes', () => {
    const findings = findingsOf(
      [
        diagnostic('FIELD_INVALID', 'error', 'Service/default/web'),
        diagnostic('SELECTOR_MATCHES_NOTHING', 'warning', 'Service/default/web'),
        diagnostic('TARGET_PORT_NOT_DECLARED', 'info', 'Deployment/default/web'),
        diagnostic('GUIDE_NOTE', 'info', 'Service/default/web'),
      ],
      outline,
    );
    expect(findings.map((f) => [f.diagnostic.code, f.graphId])).toEqual([
      ['SELECTOR_MATCHES_NOTHING', 'svc:default/web'],
      ['TARGET_PORT_NOT_DECLARED', 'pod:default/web-1'],
    ]);
  });

  it("a drift's Pods are marked with it, those that are drawn", () => {
    const drift: Diagnostic = {
      ...diagnostic('ENDPOINTSLICE_DRIFT', 'warning', 'Service/default/web'),
      related: ['Deployment/default/web', 'Pod/default/gone'],
    };
    expect(findingsOf([drift], outline).map((f) => [f.graphId, f.relatedIds])).toEqual([['svc:default/web', ['pod:default/web-1']]]);
  });
});
