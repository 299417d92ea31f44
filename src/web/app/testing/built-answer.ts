import type { BuiltResponse } from '../../../worker/protocol.ts';

/** A build's answer with nothing in it but what the test gives. */
export function builtAnswer(partial: Partial<BuiltResponse> = {}): BuiltResponse {
  return {
    type: 'built',
    id: 1,
    diagnostics: [],
    summary: { services: 0, pods: 0, endpointSlices: 0, namespaces: [], clientPods: [], nodes: [], ingressEntries: [], gatewayEntries: [], gatewayApi: { installed: false, inText: false } },
    graph: { nodes: [], edges: [], width: 0, height: 0 },
    scope: { overview: false, large: false, namespaces: [] },
    services: [],
    outline: [],
    findings: [],
    events: [],
    workloads: [],
    millis: 0,
    ...partial,
  };
}
