import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { candidateNames, clusterFirstResolvConf, resolve, resolveFrom } from './index.ts';
import type { RRType } from './index.ts';
import { sampleCluster } from './test-fixture.ts';

const cluster = Object.freeze(sampleCluster());
const conf = clusterFirstResolvConf('shop', 'cluster.local');

describe('clusterFirstResolvConf (kubelet dns.go generateSearchesForDNSClusterFirst)', () => {
  it('searches the namespace, svc and the cluster domain, with ndots:5', () => {
    expect(conf).toEqual({ search: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 });
  });
});

describe('candidateNames (glibc __res_context_search, musl name_from_dns_search)', () => {
  it.each<[string, 'glibc' | 'musl', string[]]>([
    ['web', 'glibc', ['web.shop.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.']],
    ['web.', 'glibc', ['web.']],
    ['a.b.c.d.e.f', 'glibc', ['a.b.c.d.e.f.', 'a.b.c.d.e.f.shop.svc.cluster.local.', 'a.b.c.d.e.f.svc.cluster.local.', 'a.b.c.d.e.f.cluster.local.']],
    ['a.b.c.d.e.f', 'musl', ['a.b.c.d.e.f.']],
    ['web', 'musl', ['web.shop.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.']],
  ])('%s (%s)', (name, library, names) => expect(candidateNames(name, conf, library)).toEqual(names));
});

describe('resolveFrom: the search path walk', () => {
  it.each<[string, string, RRType, string[], string, number]>([
    ['web', 'shop', 'A', ['web.shop.svc.cluster.local.'], 'NOERROR', 1],
    ['web.shop', 'default', 'A', ['web.shop.default.svc.cluster.local.', 'web.shop.svc.cluster.local.'], 'NOERROR', 1],
    ['kubernetes.default', 'shop', 'A', ['kubernetes.default.shop.svc.cluster.local.', 'kubernetes.default.svc.cluster.local.'], 'NOERROR', 1],
    ['_http._tcp.web', 'shop', 'SRV', ['_http._tcp.web.shop.svc.cluster.local.'], 'NOERROR', 1],
    // Four dots, fewer than ndots:5: three useless queries before the name as it is.
    [
      'web.shop.svc.cluster.local',
      'shop',
      'A',
      [
        'web.shop.svc.cluster.local.shop.svc.cluster.local.',
        'web.shop.svc.cluster.local.svc.cluster.local.',
        'web.shop.svc.cluster.local.cluster.local.',
        'web.shop.svc.cluster.local.',
      ],
      'NOERROR',
      1,
    ],
    ['example.com', 'shop', 'A', ['example.com.shop.svc.cluster.local.', 'example.com.svc.cluster.local.', 'example.com.cluster.local.', 'example.com.'], 'NOERROR', 0],
    ['web.shop.svc.cluster.local.', 'default', 'A', ['web.shop.svc.cluster.local.'], 'NOERROR', 1],
    // A single label that is a TLD (.app) goes upstream, whose answer is not simulated.
    ['app', 'shop', 'A', ['app.shop.svc.cluster.local.', 'app.svc.cluster.local.', 'app.cluster.local.', 'app.'], 'NOERROR', 0],
  ])('%s from %s (%s)', (name, ns, type, tried, rcode, answers) => {
    const response = resolveFrom(cluster, { name, type }, ns);
    expect(response.tried).toEqual(tried);
    expect(response.rcode).toBe(rcode);
    expect(response.answers).toHaveLength(answers);
    expect(response.question.name).toBe(tried[tried.length - 1]);
  });
  it('glibc goes on after NODATA (got_nodata), and reports NO_DATA when nothing answers', () => {
    const response = resolveFrom(cluster, { name: 'web', type: 'AAAA' }, 'shop');
    expect(response.tried).toEqual(['web.shop.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.']);
    expect(response).toMatchObject({ question: { name: 'web.shop.svc.cluster.local.' }, rcode: 'NOERROR', answers: [] });
    expect(response.simulated).toBeUndefined();
  });
  // A short name that matched nothing ends upstream as a single label that is no TLD: the root
  // zone's NXDOMAIN, marked assumed since the upstream is not simulated.
  it.each(['glibc', 'musl'] as const)('%s ends a failed short name with an assumed NXDOMAIN from upstream', (resolver) => {
    const response = resolveFrom(cluster, { name: 'nope', type: 'A' }, 'shop', { resolver });
    expect(response).toMatchObject({
      question: { name: 'nope.', type: 'A' },
      rcode: 'NXDOMAIN',
      answers: [],
      tried: ['nope.shop.svc.cluster.local.', 'nope.svc.cluster.local.', 'nope.cluster.local.', 'nope.'],
      simulated: ['rcode'],
    });
    expect(response.notes).toContain('nope. A: NXDOMAIN (assumed, from upstream)');
  });
  it('musl stops at the first NODATA', () => {
    const response = resolveFrom(cluster, { name: 'web', type: 'AAAA' }, 'shop', { resolver: 'musl' });
    expect(response).toMatchObject({ rcode: 'NOERROR', answers: [], tried: ['web.shop.svc.cluster.local.'] });
  });
  it('with only NXDOMAIN in the cluster zone, glibc reports the last error', () => {
    const response = resolveFrom(cluster, { name: 'nope.shop.svc.cluster.local.', type: 'A' }, 'shop');
    expect(response).toMatchObject({ rcode: 'NXDOMAIN', tried: ['nope.shop.svc.cluster.local.'] });
  });
  it('writes the resolv.conf and each attempt in the notes', () => {
    const notes = resolveFrom(cluster, { name: 'kubernetes.default', type: 'A' }, 'shop').notes;
    expect(notes[0]).toBe('resolv.conf of a Pod in namespace "shop" (dnsPolicy ClusterFirst): search shop.svc.cluster.local svc.cluster.local cluster.local; options ndots:5.');
    expect(notes).toContain('kubernetes.default.shop.svc.cluster.local. A: NXDOMAIN');
  });
});

describe('never throws', () => {
  const types = fc.constantFrom<RRType>('A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT');
  const label = fc.oneof(fc.stringMatching(/^[-_a-zA-Z0-9]{0,12}$/), fc.constantFrom('svc', 'pod', 'shop', 'web', 'db', 'cluster', 'local', 'in-addr', 'arpa', '_tcp', '_http', '10'));
  const dnsish = fc.array(label, { maxLength: 9 }).map((labels) => labels.join('.'));
  it('resolve and resolveFrom answer any name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dnsish), types, fc.constantFrom('shop', 'default', 'nons', ''), (name, type, ns) => {
        const response = resolve(cluster, { name, type });
        expect(['NOERROR', 'NXDOMAIN', 'SERVFAIL']).toContain(response.rcode);
        const searched = resolveFrom(cluster, { name, type }, ns);
        expect(searched.tried.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: propertyRuns(500) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);
});
