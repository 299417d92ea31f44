import { describe, expect, it } from 'vitest';
import { allowIngress, cluster, coreDNS, DENY_ALL, DENY_ALL_INGRESS, checkCase as check, ip, policy, verdict, type Case } from './test-fixture.ts';

const CASES: readonly Case[] = [
  // No policy: every Pod is non-isolated in both directions.
  {
    name: 'no policy allows everything',
    policies: [],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    ingress: { isolated: false, selectingPolicies: [] },
    egress: { isolated: false },
    reason: /^ALLOW: no NetworkPolicy isolates web-0 for egress; no NetworkPolicy isolates db-0 for ingress$/,
  },
  // Default deny ingress.
  {
    name: 'default deny ingress drops a Pod-to-Pod flow',
    policies: [DENY_ALL_INGRESS],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
    ingress: { isolated: true, selectingPolicies: ['default/deny-all'], allowingPolicies: [] },
    egress: { isolated: false },
    reason: /^DROP: default\/deny-all isolates db-0 for ingress and no policy allows 10\.244\.\d+\.\d+ on 5432\/TCP$/,
  },
  {
    name: 'default deny ingress leaves egress open (an external destination)',
    policies: [DENY_ALL_INGRESS],
    from: 'default/web-0',
    to: '203.0.113.7',
    port: 443,
    allowed: true,
    egress: { isolated: false },
  },
  {
    name: 'without policyTypes a policy isolates for Ingress (SetDefaults_NetworkPolicy)',
    policies: [policy('deny-all', '  podSelector: {}\n')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
    ingress: { isolated: true },
    egress: { isolated: false },
  },
  {
    name: 'an isolated Pod still accepts connections from its own node',
    policies: [DENY_ALL_INGRESS],
    from: '172.18.0.4',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    ingress: { isolated: true, allowingPolicies: [] },
    reason: /^ALLOW: 172\.18\.0\.4 is db-0's node/,
  },
  {
    name: 'but not from another node',
    policies: [DENY_ALL_INGRESS],
    from: '172.18.0.3',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
  },
  {
    name: 'a Pod cannot block access to itself',
    policies: [DENY_ALL],
    from: 'default/db-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    reason: /^ALLOW: a Pod can always reach itself$/,
  },
  // policyTypes Egress only.
  {
    name: 'policyTypes [Egress] isolates egress only: the Pod still accepts ingress',
    policies: [policy('web-no-egress', '  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n')],
    from: 'default/db-0',
    to: 'default/web-0',
    port: 8080,
    allowed: true,
    ingress: { isolated: false },
  },
  {
    name: 'policyTypes [Egress] with no egress rules drops all egress',
    policies: [policy('web-no-egress', '  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n')],
    from: 'default/web-0',
    to: '203.0.113.7',
    port: 443,
    allowed: false,
    egress: { isolated: true, selectingPolicies: ['default/web-no-egress'], allowingPolicies: [] },
    reason: /^DROP: default\/web-no-egress isolates web-0 for egress and no policy allows it to reach 203\.0\.113\.7 on 443\/TCP$/,
  },
  {
    name: 'egress rules without policyTypes isolate both directions',
    policies: [policy('web-rules', '  podSelector: {matchLabels: {app: web}}\n  egress:\n  - ports: [{port: 443}]\n')],
    from: 'default/db-0',
    to: 'default/web-0',
    port: 8080,
    allowed: false,
    ingress: { isolated: true, selectingPolicies: ['default/web-rules'] },
  },
  // Union of policies.
  {
    name: 'two policies add up: the first allows one source',
    policies: [
      allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]'),
      allowIngress('allow-team-a', '[{namespaceSelector: {matchLabels: {team: a}}}]'),
    ],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    ingress: { selectingPolicies: ['default/allow-web', 'default/allow-team-a'], allowingPolicies: ['default/allow-web'] },
  },
  {
    name: 'two policies add up: the second allows another',
    policies: [
      allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]'),
      allowIngress('allow-team-a', '[{namespaceSelector: {matchLabels: {team: a}}}]'),
    ],
    from: 'prod/api-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    ingress: { allowingPolicies: ['default/allow-team-a'] },
  },
  {
    name: 'two policies add up: neither allows a third',
    policies: [
      allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]'),
      allowIngress('allow-team-a', '[{namespaceSelector: {matchLabels: {team: a}}}]'),
    ],
    from: 'other/api-1',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
  },
  {
    name: 'an allow-all policy wins over a deny-all one',
    policies: [DENY_ALL_INGRESS, policy('allow-all', '  podSelector: {}\n  ingress: [{}]\n')],
    from: '198.51.100.1',
    to: 'default/db-0',
    port: 1,
    allowed: true,
    ingress: { allowingPolicies: ['default/allow-all'] },
  },
  {
    name: 'policies of another namespace do not select the Pod',
    policies: [policy('deny-all', '  podSelector: {}\n', 'prod')],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
  },
  // Both ends: the source's egress and the destination's ingress must allow.
  {
    name: 'the destination allows but the source’s egress does not',
    policies: [
      policy('web-no-egress', '  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n'),
      allowIngress('allow-web', '[{podSelector: {matchLabels: {app: web}}}]'),
    ],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
    ingress: { allowingPolicies: ['default/allow-web'] },
    reason: /^DROP: default\/web-no-egress isolates web-0 for egress/,
  },
  {
    name: 'both directions drop: both are named',
    policies: [DENY_ALL],
    from: 'default/web-0',
    to: 'default/db-0',
    port: 5432,
    allowed: false,
    reason: /^DROP: default\/deny-all isolates web-0 for egress .*; default\/deny-all isolates db-0 for ingress/,
  },
  {
    name: 'non-Pod ends have no policies',
    policies: [DENY_ALL],
    from: '198.51.100.1',
    to: '203.0.113.7',
    port: 80,
    allowed: true,
    reason: /^ALLOW: NetworkPolicies apply only to Pods on the Pod network, and neither end is one$/,
  },
  // hostNetwork Pods: treated as their node, as most network plugins do.
  {
    name: 'a hostNetwork Pod is not isolated by a policy that selects it',
    policies: [DENY_ALL],
    from: 'default/agent-0',
    to: '203.0.113.7',
    port: 443,
    allowed: true,
    egress: { isolated: false },
    reason: /agent-0 uses hostNetwork: NetworkPolicy behaviour for hostNetwork Pods is undefined/,
  },
  {
    name: 'a hostNetwork Pod is not matched by a podSelector peer',
    policies: [policy('allow-same-namespace', '  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n')],
    from: 'default/agent-0',
    to: 'default/web-0',
    port: 8080,
    allowed: false,
    reason: /^DROP: default\/allow-same-namespace isolates web-0 for ingress and no policy allows 172\.18\.0\.4 on 8080\/TCP\. agent-0 uses hostNetwork/,
  },
  {
    name: 'while a Pod-network Pod of the same namespace is matched',
    policies: [policy('allow-same-namespace', '  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n')],
    from: 'default/db-0',
    to: 'default/web-0',
    port: 8080,
    allowed: true,
  },
  {
    name: 'a hostNetwork Pod reaches isolated Pods on its own node as node traffic',
    policies: [DENY_ALL_INGRESS],
    from: 'default/agent-0',
    to: 'default/db-0',
    port: 5432,
    allowed: true,
    reason: /is db-0's node/,
  },
];

describe('networkPolicyVerdict', () => {
  it.each(CASES)('$name', check);

  it('allows DNS on 53/UDP under a default deny egress, and nothing else', () => {
    const c = cluster(
      policy('default-deny-egress', '  podSelector: {}\n  policyTypes: [Egress]\n'),
      policy(
        'allow-dns',
        `  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`,
      ),
    );
    const dns = coreDNS(c);
    expect(verdict(c, 'default/web-0', dns, 53, 'UDP')).toMatchObject({
      allowed: true,
      egress: { isolated: true, selectingPolicies: ['default/default-deny-egress', 'default/allow-dns'], allowingPolicies: ['default/allow-dns'] },
      ingress: { isolated: false },
    });
    expect(verdict(c, 'default/web-0', dns, 53, 'TCP').allowed).toBe(true);
    expect(verdict(c, 'default/web-0', dns, 80, 'TCP').allowed).toBe(false);
    expect(verdict(c, 'default/web-0', '8.8.8.8', 53, 'UDP').allowed).toBe(false);
    expect(verdict(c, 'default/web-0', 'default/db-0', 5432).reason).toBe(
      `DROP: default/default-deny-egress and default/allow-dns isolate web-0 for egress and no policy allows it to reach ${ip(c, 'default/db-0')} on 5432/TCP`,
    );
  });

  it('names the ingress drop exactly', () => {
    const c = cluster(DENY_ALL_INGRESS);
    expect(verdict(c, 'default/web-0', 'default/db-0', 5432).reason).toBe(
      `DROP: default/deny-all isolates db-0 for ingress and no policy allows ${ip(c, 'default/web-0')} on 5432/TCP`,
    );
  });

  it('notes egress to the Pod’s own node, which the docs leave to the plugin', () => {
    const c = cluster(DENY_ALL);
    const result = verdict(c, 'default/db-0', '172.18.0.4', 10250);
    expect(result.allowed).toBe(false);
    expect(result.notes).toEqual([expect.stringMatching(/^172\.18\.0\.4 is the source Pod's own node/)]);
  });
});
