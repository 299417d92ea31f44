import { describe, it } from 'vitest';
import { allowIngress, checkCase as check, DENY_ALL_INGRESS, policy, type Case } from './test-fixture.ts';

const CASES: readonly Case[] = [
  // podSelector peers: the policy's own namespace only.
  {
    name: 'podSelector allows a matching Pod of the same namespace',
    policies: [DENY_ALL_INGRESS, allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    ingress: { selectingPolicies: ['default/deny-all', 'default/allow-web'], allowingPolicies: ['default/allow-web'] },
    reason: /^ALLOW: no NetworkPolicy isolates web-0 for egress; default\/allow-web allows 10\.244\.\d+\.\d+ into db-0 on 5432\/TCP$/,
  },
  {
    name: 'podSelector does not reach into other namespaces',
    policies: [DENY_ALL_INGRESS, allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]')],
    from: 'prod/api-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
    reason: /^DROP: default\/deny-all and default\/allow-web isolate db-0 for ingress/,
  },
  {
    name: 'a rule allows only its ports',
    policies: [allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5433,
    allowed: false,
  },
  {
    name: 'a rule without from matches every source',
    policies: [policy('open-5432', '  podSelector: {}\n  ingress:\n  - ports: [{port: 5432}]\n')],
    from: '198.51.100.1',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  // namespaceSelector peers, by namespace labels.
  {
    name: 'namespaceSelector allows every Pod of a matching namespace',
    policies: [allowIngress('allow-team-a', '[{namespaceSelector: {matchLabels: {team: a}}}]')],
    from: 'prod/api-2',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  {
    name: 'namespaceSelector does not match the policy’s own namespace unless its labels do',
    policies: [allowIngress('allow-team-a', '[{namespaceSelector: {matchLabels: {team: a}}}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
  },
  {
    name: 'namespaceSelector by the kubernetes.io/metadata.name label',
    policies: [allowIngress('allow-prod', '[{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: prod}}}]')],
    from: 'prod/api-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  {
    name: 'an empty namespaceSelector selects every namespace',
    policies: [allowIngress('allow-all-ns', '[{namespaceSelector: {}}]')],
    from: 'other/api-1',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  // Both selectors in one peer: AND.
  {
    name: 'namespaceSelector and podSelector in one peer: both must match (yes)',
    policies: [allowIngress('allow-clients', '[{namespaceSelector: {matchLabels: {team: a}}, podSelector: {matchLabels: {role: client}}}]')],
    from: 'prod/api-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  {
    name: 'namespaceSelector and podSelector in one peer: both must match (wrong Pod)',
    policies: [allowIngress('allow-clients', '[{namespaceSelector: {matchLabels: {team: a}}, podSelector: {matchLabels: {role: client}}}]')],
    from: 'prod/api-2',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
  },
  {
    name: 'namespaceSelector and podSelector in one peer: both must match (wrong namespace)',
    policies: [allowIngress('allow-clients', '[{namespaceSelector: {matchLabels: {team: a}}, podSelector: {matchLabels: {role: client}}}]')],
    from: 'other/api-1',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
  },
  {
    name: 'the same selectors as two peers are an OR',
    policies: [allowIngress('allow-either', '[{namespaceSelector: {matchLabels: {team: a}}}, {podSelector: {matchLabels: {role: client}}}]')],
    from: 'prod/api-2',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  // ipBlock with except.
  ...(
    [
      ['203.0.113.7', true],
      ['203.0.113.200', false],
      ['198.51.100.1', false],
    ] as const
  ).map(
    ([from, allowed]): Case => ({
      name: `ipBlock 203.0.113.0/24 except 203.0.113.128/25 ${allowed ? 'allows' : 'drops'} ${from}`,
      policies: [allowIngress('allow-office', '[{ipBlock: {cidr: 203.0.113.0/24, except: [203.0.113.128/25]}}]')],
      from,
      to: 'default/db-0',
      port: 5432,
      allowed,
    }),
  ),
  {
    name: 'an ipBlock containing a Pod IP allows it, with a note that plugins differ',
    policies: [allowIngress('allow-pod-cidr', '[{ipBlock: {cidr: 10.244.0.0/16}}]')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    reason: /^ALLOW: .*default\/allow-pod-cidr allows .*\. Ingress is allowed only because an ipBlock contains the Pod IP 10\.244\./,
  },
];

describe('NetworkPolicyPeer', () => {
  it.each(CASES)('$name', check);
});
