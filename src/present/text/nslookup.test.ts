import { describe, expect, it } from 'vitest';
import type { DnsResponse } from '../../model/index.ts';
import { formatNslookup, planNslookupQueries } from './nslookup.ts';

const response = (name: string, rcode: DnsResponse['rcode'], answers: DnsResponse['answers'] = []): DnsResponse => ({
  question: { name: `${name}.`, type: 'A' },
  rcode,
  answers,
  additional: [],
  authority: [],
  tried: [`${name}.`],
  notes: [],
});

// busybox networking/nslookup.c (FEATURE_NSLOOKUP_BIG): add_query_with_search, send_queries, parse_reply.
describe('planNslookupQueries', () => {
  it.each([
    ['web', ['ns.svc.cluster.local', 'svc.cluster.local'], ['A web.ns.svc.cluster.local', 'A web.svc.cluster.local', 'AAAA web.ns.svc.cluster.local', 'AAAA web.svc.cluster.local']],
    ['web.ns', ['ns.svc.cluster.local'], ['A web.ns', 'AAAA web.ns']],
    ['web', [], ['A web', 'AAAA web']],
    ['10.96.0.10', ['ns.svc.cluster.local'], ['PTR 10.0.96.10.in-addr.arpa']],
  ])('%s', (name, search, expected) => {
    expect(planNslookupQueries(name, search).map((q) => `${q.type} ${q.name}`)).toEqual(expected);
  });
});

describe('formatNslookup', () => {
  it('prints the server once, then every reply followed by a blank line', () => {
    const output = formatNslookup('10.96.0.10', [
      { query: { name: 'web.default.svc.cluster.local', type: 'A' }, authoritative: true, response: response('web.default.svc.cluster.local', 'NOERROR', [{ name: 'web.default.svc.cluster.local.', type: 'A', ttl: 30, data: '10.96.0.20' }]) },
      { query: { name: 'web.svc.cluster.local', type: 'A' }, authoritative: true, response: response('web.svc.cluster.local', 'NXDOMAIN') },
    ]);
    expect(output).toEqual({
      stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.20\n\n** server can't find web.svc.cluster.local: NXDOMAIN\n\n",
      exitCode: 1,
    });
  });

  it('marks forwarded answers non-authoritative and lists unanswered queries', () => {
    const output = formatNslookup('10.96.0.10', [
      { query: { name: 'db.example.com', type: 'A' }, authoritative: false, response: response('db.example.com', 'NOERROR', [{ name: 'db.example.com.', type: 'CNAME', ttl: 30, data: 'rds.aws.com.' }]) },
      { query: { name: 'db.example.com', type: 'AAAA' }, authoritative: false },
    ]);
    expect(output.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nNon-authoritative answer:\ndb.example.com\tcanonical name = rds.aws.com\n\n*** Can't find db.example.com: No answer\n\n");
    expect(output.exitCode).toBe(0);
  });

  it('times out when no server answered', () => {
    expect(formatNslookup('10.96.0.10', [{ query: { name: 'google.com', type: 'A' }, authoritative: false }])).toEqual({ stdout: ';; connection timed out; no servers could be reached\n\n', exitCode: 1 });
  });
});
