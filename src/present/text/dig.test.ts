import { describe, expect, it } from 'vitest';
import type { DnsResponse } from '../../model/index.ts';
import { formatDig } from './dig.ts';

const base: DnsResponse = {
  question: { name: 'google.com.', type: 'A' },
  rcode: 'NOERROR',
  answers: [],
  additional: [],
  authority: [],
  tried: ['google.com.'],
  notes: [],
};

describe('formatDig', () => {
  it('lays records out in BIND columns: tabs up to a column, one space past it', () => {
    const text = formatDig({
      ...base,
      answers: [{ name: 'google.com.', type: 'A', ttl: 300, data: '142.250.72.14' }],
    });
    expect(text).toBe(
      [
        ';; status: NOERROR',
        ';; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0',
        '',
        ';; QUESTION SECTION:',
        ';google.com.\t\t\tIN\tA',
        '',
        ';; ANSWER SECTION:',
        'google.com.\t\t300\tIN\tA\t142.250.72.14',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, string]>([
    ['kubernetes.default.svc.cluster.local.', 'kubernetes.default.svc.cluster.local. 30 IN A\t10.96.0.1'],
    ['web.shop.svc.cluster.local.', 'web.shop.svc.cluster.local. 30\tIN\tA\t10.96.0.1'],
  ])('a long owner name (%s) is followed by single spaces, as dig prints it', (name, line) => {
    const text = formatDig({ ...base, question: { name, type: 'A' }, answers: [{ name, type: 'A', ttl: 30, data: '10.96.0.1' }] });
    expect(text.split('\n')).toContain(line);
  });

  it('marks an rcode the simulator assumed (model DnsResponse.simulated)', () => {
    const text = formatDig({ ...base, question: { name: 'db.', type: 'A' }, rcode: 'NXDOMAIN', simulated: ['rcode'] });
    expect(text).toContain(';; status: NXDOMAIN (assumed: upstream not simulated)\n');
  });

  it('prints NXDOMAIN with the SOA in AUTHORITY, the names tried and the notes', () => {
    const soa = 'ns.dns.cluster.local. hostmaster.cluster.local. 1735732800 7200 1800 86400 30';
    const text = formatDig({
      ...base,
      question: { name: 'nope.default.svc.cluster.local.', type: 'A' },
      rcode: 'NXDOMAIN',
      authority: [{ name: 'cluster.local.', type: 'SOA', ttl: 30, data: soa }],
      tried: ['nope.shop.svc.cluster.local.', 'nope.default.svc.cluster.local.'],
      notes: ['no Service "nope" in namespace "default"'],
    });
    expect(text).toContain(';; Names tried, in order (search path):\n;;   nope.shop.svc.cluster.local.\n;;   nope.default.svc.cluster.local.\n');
    expect(text).toContain(';; status: NXDOMAIN\n;; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n');
    expect(text).toContain(`;; AUTHORITY SECTION:\ncluster.local.\t\t30\tIN\tSOA\t${soa}\n`);
    expect(text).not.toContain('ANSWER SECTION');
    expect(text).toContain(';; NOTES:\n;; no Service "nope" in namespace "default"\n');
  });

  it('prints SRV answers with their additional records', () => {
    const target = 'web.shop.svc.cluster.local.';
    const text = formatDig({
      ...base,
      question: { name: `_http._tcp.${target}`, type: 'SRV' },
      answers: [{ name: `_http._tcp.${target}`, type: 'SRV', ttl: 30, data: `0 100 80 ${target}` }],
      additional: [{ name: target, type: 'A', ttl: 30, data: '10.96.10.20' }],
    });
    expect(text).toContain(`;; ANSWER SECTION:\n_http._tcp.${target} 30 IN SRV 0 100 80 ${target}\n`);
    expect(text).toContain(`;; ADDITIONAL SECTION:\n${target} 30\tIN\tA\t10.96.10.20\n`);
  });
});
