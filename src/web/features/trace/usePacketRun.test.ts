import { describe, expect, it } from 'vitest';
import type { ServiceSummary } from '../../../worker/protocol.ts';
import { renamedTo } from './usePacketRun.ts';

const service = (namespace: string, name: string): ServiceSummary => ({ id: `svc:${namespace}/${name}`, namespace, name, type: 'ClusterIP', ports: [], dnsNames: [], sessionAffinity: 'None' });

describe('renamedTo', () => {
  const before = [service('monitoring', 'debug-ui'), service('default', 'web')];

  it('follows a Service to its new name', () => {
    expect(renamedTo('monitoring/debug-ui', before, [service('default', 'web'), service('monitoring', 'debug-ui-v2')])).toBe('monitoring/debug-ui-v2');
  });

  it('stays when the Service is still there', () => {
    expect(renamedTo('monitoring/debug-ui', before, [...before, service('monitoring', 'new')])).toBeUndefined();
  });

  it('does not guess between several new Services, or across namespaces', () => {
    expect(renamedTo('monitoring/debug-ui', before, [service('default', 'web'), service('monitoring', 'a'), service('monitoring', 'b')])).toBeUndefined();
    expect(renamedTo('monitoring/debug-ui', before, [service('default', 'web'), service('default', 'api')])).toBeUndefined();
  });

  it('does not take a Service the packet never had for a rename', () => {
    expect(renamedTo('monitoring/gone', before, [service('default', 'web'), service('monitoring', 'debug-ui-v2')])).toBeUndefined();
  });
});
