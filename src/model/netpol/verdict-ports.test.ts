import { describe, it } from 'vitest';
import { allowIngress, checkCase as check, policy, type Case } from './test-fixture.ts';

const CASES: readonly Case[] = [
  // Named ports resolve against the destination Pod's container ports.
  {
    name: 'a named port matches the destination container port of that name',
    policies: [allowIngress('allow-pg', '[{podSelector: {}}]', '[{port: postgres}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  {
    name: 'a named port does not match another number',
    policies: [allowIngress('allow-pg', '[{podSelector: {}}]', '[{port: postgres}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 9187,
    allowed: false,
  },
  {
    name: 'a named port matches only with its protocol',
    policies: [allowIngress('allow-metrics', '[{podSelector: {}}]', '[{port: metrics}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 9187,
    protocol: 'UDP',
    allowed: false,
  },
  {
    name: 'a named port with its protocol stated',
    policies: [allowIngress('allow-metrics', '[{podSelector: {}}]', '[{port: metrics, protocol: UDP}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 9187,
    protocol: 'UDP',
    allowed: true,
  },
  {
    name: 'an egress named port resolves against the destination Pod',
    policies: [policy('web-out', '  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n  egress:\n  - ports: [{port: postgres}]\n')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    egress: { isolated: true, allowingPolicies: ['default/web-out'] },
  },
  {
    name: 'the question may name the port itself',
    policies: [allowIngress('allow-pg', '[{podSelector: {}}]', '[{port: pg}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    portName: 'pg',
    allowed: true,
  },
  // endPort ranges, inclusive.
  ...([4999, 5000, 5432, 6000, 6001] as const).map(
    (port): Case => ({
      name: `port 5000 endPort 6000 ${port >= 5000 && port <= 6000 ? 'allows' : 'drops'} ${port}`,
      policies: [allowIngress('allow-range', '[{podSelector: {}}]', '[{port: 5000, endPort: 6000}]')],
      from: 'default/web-0',
      to: 'default/db-0',
      port,
      allowed: port >= 5000 && port <= 6000,
    }),
  ),
  {
    name: 'protocol defaults to TCP',
    policies: [allowIngress('allow-pg', '[{podSelector: {}}]', '[{port: 5432}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    protocol: 'UDP',
    allowed: false,
  },
];

describe('NetworkPolicyPort', () => {
  it.each(CASES)('$name', check);
});
