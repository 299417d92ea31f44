import { describe, expect, it } from 'vitest';
import { resolve } from './index.ts';
import type { RRType } from './index.ts';
import { reverseName } from './reverse.ts';
import { sampleCluster } from './test-fixture.ts';

const cluster = Object.freeze(sampleCluster());
const SOA = 'cluster.local. 30 SOA ns.dns.cluster.local. hostmaster.cluster.local. 1735732800 7200 1800 86400 30';

/** `owner ttl TYPE data`, one string a record, for compact tables. */
function rows(records: readonly { name: string; ttl: number; type: string; data: string }[]): string[] {
  return records.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.data}`);
}

function ask(name: string, type: RRType) {
  const response = resolve(cluster, { name, type });
  return { rcode: response.rcode, answers: rows(response.answers), additional: rows(response.additional), authority: rows(response.authority) };
}

describe('resolve: Service A/AAAA (kubernetes.go findServices)', () => {
  it.each<[string, RRType, string[]]>([
    ['web.shop.svc.cluster.local', 'A', ['web.shop.svc.cluster.local. 30 A 10.96.10.20']],
    ['kubernetes.default.svc.cluster.local.', 'A', ['kubernetes.default.svc.cluster.local. 30 A 10.96.0.1']],
    // Dual-stack: one cluster IP per family.
    ['dual.shop.svc.cluster.local', 'A', ['dual.shop.svc.cluster.local. 30 A 10.96.30.40']],
    ['dual.shop.svc.cluster.local', 'AAAA', ['dual.shop.svc.cluster.local. 30 AAAA fd00:10:96::1e']],
    // Headless: the ready endpoints only (db-2 is not ready).
    ['db.shop.svc.cluster.local', 'A', ['db.shop.svc.cluster.local. 30 A 10.244.1.10', 'db.shop.svc.cluster.local. 30 A 10.244.2.11']],
    // publishNotReadyAddresses: the controller marks every endpoint ready.
    ['peers.shop.svc.cluster.local', 'A', ['peers.shop.svc.cluster.local. 30 A 10.244.1.30', 'peers.shop.svc.cluster.local. 30 A 10.244.2.31']],
    ['ring.shop.svc.cluster.local', 'AAAA', ['ring.shop.svc.cluster.local. 30 AAAA fd00:10:244:1::28']],
    // Endpoint names: hostname, else the dashed IP; CoreDNS answers them for ClusterIP Services too.
    ['db-0.db.shop.svc.cluster.local', 'A', ['db-0.db.shop.svc.cluster.local. 30 A 10.244.1.10']],
    ['10-244-1-20.nohosts.shop.svc.cluster.local', 'A', ['10-244-1-20.nohosts.shop.svc.cluster.local. 30 A 10.244.1.20']],
    ['10-244-1-5.web.shop.svc.cluster.local', 'A', ['10-244-1-5.web.shop.svc.cluster.local. 30 A 10.244.1.5']],
    // An A question with port and protocol labels answers for a matching port.
    ['_http._tcp.web.shop.svc.cluster.local', 'A', ['_http._tcp.web.shop.svc.cluster.local. 30 A 10.96.10.20']],
    // ns.go nsAddrs: the Service whose endpoints hold the answering CoreDNS Pod.
    ['ns.dns.cluster.local', 'A', ['ns.dns.cluster.local. 30 A 10.96.0.10']],
  ])('%s %s', (name, type, answers) => {
    expect(ask(name, type)).toEqual({ rcode: 'NOERROR', answers, additional: [], authority: [] });
  });
});

describe('resolve: ExternalName (CNAME)', () => {
  it('answers an A question with the CNAME and says the target is not resolved offline', () => {
    const response = resolve(cluster, { name: 'legacy.shop.svc.cluster.local', type: 'A' });
    expect(rows(response.answers)).toEqual(['legacy.shop.svc.cluster.local. 30 CNAME db.example.com.']);
    expect(response.notes.join(' ')).toMatch(/not simulated offline/);
  });
  it('follows a target inside the cluster domain (backend_lookup.go A recursion)', () => {
    expect(ask('alias.shop.svc.cluster.local', 'A').answers).toEqual([
      'alias.shop.svc.cluster.local. 30 CNAME web.shop.svc.cluster.local.',
      'web.shop.svc.cluster.local. 30 A 10.96.10.20',
    ]);
  });
  it.each<[string, RRType, string, string[]]>([
    ['legacy.shop.svc.cluster.local', 'CNAME', 'NOERROR', ['legacy.shop.svc.cluster.local. 30 CNAME db.example.com.']],
    ['web.shop.svc.cluster.local', 'CNAME', 'NOERROR', []],
    // kubernetes.go Services: "SRV for external services is not yet implemented".
    ['legacy.shop.svc.cluster.local', 'SRV', 'NOERROR', []],
    // findServices skips an ExternalName Service when the request has an endpoint, port or
    // protocol part; parse.go reads two labels below the Service as _port._protocol (handler_test.go
    // "A query for a subdomain of a subdomain of an external service should not resolve").
    ['x.legacy.shop.svc.cluster.local', 'A', 'NXDOMAIN', []],
    ['endpoint.legacy.shop.svc.cluster.local', 'CNAME', 'NXDOMAIN', []],
    ['subdomain.subdomain.legacy.shop.svc.cluster.local', 'CNAME', 'NXDOMAIN', []],
    ['a.b.legacy.shop.svc.cluster.local', 'A', 'NXDOMAIN', []],
    ['_http._tcp.legacy.shop.svc.cluster.local', 'SRV', 'NXDOMAIN', []],
    ['_http._tcp.legacy.shop.svc.cluster.local', 'A', 'NXDOMAIN', []],
    ['_http._tcp.alias.shop.svc.cluster.local', 'A', 'NXDOMAIN', []],
    // "_" strips to the empty string: `_._` asks for no port and no protocol, so the CNAME stands.
    ['_._.legacy.shop.svc.cluster.local', 'CNAME', 'NOERROR', ['_._.legacy.shop.svc.cluster.local. 30 CNAME db.example.com.']],
  ])('%s %s → %s', (name, type, rcode, answers) => {
    const got = ask(name, type);
    expect([got.rcode, got.answers]).toEqual([rcode, answers]);
  });
});

describe('resolve: SRV (backend_lookup.go SRV, weight 100/N)', () => {
  it.each<[string, string[], string[]]>([
    ['_http._tcp.web.shop.svc.cluster.local', ['0 100 80 web.shop.svc.cluster.local.'], ['web.shop.svc.cluster.local. 30 A 10.96.10.20']],
    ['web.shop.svc.cluster.local', ['0 50 80 web.shop.svc.cluster.local.', '0 50 443 web.shop.svc.cluster.local.'], ['web.shop.svc.cluster.local. 30 A 10.96.10.20']],
    [
      '_mysql._tcp.db.shop.svc.cluster.local',
      ['0 50 3306 db-0.db.shop.svc.cluster.local.', '0 50 3306 db-1.db.shop.svc.cluster.local.'],
      ['db-0.db.shop.svc.cluster.local. 30 A 10.244.1.10', 'db-1.db.shop.svc.cluster.local. 30 A 10.244.2.11'],
    ],
    [
      'nohosts.shop.svc.cluster.local',
      ['0 50 8080 10-244-1-20.nohosts.shop.svc.cluster.local.', '0 50 8080 10-244-1-21.nohosts.shop.svc.cluster.local.'],
      ['10-244-1-20.nohosts.shop.svc.cluster.local. 30 A 10.244.1.20', '10-244-1-21.nohosts.shop.svc.cluster.local. 30 A 10.244.1.21'],
    ],
    // Two entries (one per cluster IP) share a target: one SRV, weight 50, an A and an AAAA.
    ['dual.shop.svc.cluster.local', ['0 50 80 dual.shop.svc.cluster.local.'], ['dual.shop.svc.cluster.local. 30 A 10.96.30.40', 'dual.shop.svc.cluster.local. 30 AAAA fd00:10:96::1e']],
    // "_" strips to the empty port name, which matches every port.
    ['_._tcp.ring.shop.svc.cluster.local', ['0 50 80 ring-0.ring.shop.svc.cluster.local.'], ['ring-0.ring.shop.svc.cluster.local. 30 A 10.244.1.40', 'ring-0.ring.shop.svc.cluster.local. 30 AAAA fd00:10:244:1::28']],
  ])('%s', (name, srv, additional) => {
    const got = ask(name, 'SRV');
    expect(got.rcode).toBe('NOERROR');
    expect(got.answers).toEqual(srv.map((data) => `${name}. 30 SRV ${data}`));
    expect(got.additional).toEqual(additional);
  });
  it.each(['_nope._tcp.web.shop.svc.cluster.local', '_http._udp.web.shop.svc.cluster.local', '_http._tcp.db.shop.svc.cluster.local'])(
    'a port the Service does not have is NXDOMAIN: %s',
    (name) => expect(ask(name, 'SRV').rcode).toBe('NXDOMAIN'),
  );
});

describe('resolve: PTR (reverse.go serviceRecordForIP)', () => {
  it.each<[string, string[]]>([
    ['20.10.96.10.in-addr.arpa', ['web.shop.svc.cluster.local.']],
    ['10.1.244.10.in-addr.arpa', ['db-0.db.shop.svc.cluster.local.']],
    // Endpoints of ClusterIP Services get a PTR too, named by their dashed IP.
    ['5.1.244.10.in-addr.arpa', ['10-244-1-5.web.shop.svc.cluster.local.']],
    [reverseName('fd00:10:96::1e')!, ['dual.shop.svc.cluster.local.']],
    [reverseName('fd00:10:244:1::28')!, ['ring-0.ring.shop.svc.cluster.local.']],
  ])('%s', (name, targets) => {
    const got = ask(name, 'PTR');
    expect(got.rcode).toBe('NOERROR');
    expect(got.answers).toEqual(targets.map((t) => `${name.replace(/\.?$/, '.')} 30 PTR ${t}`));
  });
  it.each(['8.8.8.8.in-addr.arpa', '12.3.244.10.in-addr.arpa', '10.in-addr.arpa'])(
    'no record falls through to the upstream (fallthrough in-addr.arpa ip6.arpa): %s',
    (name) => {
      const response = resolve(cluster, { name, type: 'PTR' });
      expect([response.rcode, response.answers, response.authority]).toEqual(['NOERROR', [], []]);
      expect(response.notes.join(' ')).toMatch(/forwarded upstream/);
    },
  );
});

describe('resolve: Pods (pods insecure) and TXT', () => {
  it.each<[string, RRType, string, string[]]>([
    ['10-244-1-5.shop.pod.cluster.local', 'A', 'NOERROR', ['10-244-1-5.shop.pod.cluster.local. 30 A 10.244.1.5']],
    // insecure: no Pod needs to have the address.
    ['1-2-3-4.shop.pod.cluster.local', 'A', 'NOERROR', ['1-2-3-4.shop.pod.cluster.local. 30 A 1.2.3.4']],
    ['fd00--1.shop.pod.cluster.local', 'AAAA', 'NOERROR', ['fd00--1.shop.pod.cluster.local. 30 AAAA fd00::1']],
    ['1-2-3-4.shop.pod.cluster.local', 'AAAA', 'NOERROR', []],
    ['1-2-3-4.nons.pod.cluster.local', 'A', 'NXDOMAIN', []],
    ['not-an-ip.shop.pod.cluster.local', 'A', 'NXDOMAIN', []],
    ['1-2-3-256.shop.pod.cluster.local', 'A', 'NXDOMAIN', []],
    ['dns-version.cluster.local', 'A', 'NXDOMAIN', []],
  ])('%s %s → %s', (name, type, rcode, answers) => {
    const got = ask(name, type);
    expect([got.rcode, got.answers]).toEqual([rcode, answers]);
  });
});

/**
 * kubernetes.go Services, TXT: only dns-version answers; a name with records of another type is an
 * empty NOERROR; anything else is "NXDOMAIN for no match" (handler_test.go "A TXT record does not
 * exist and neither does another record for the same FQDN").
 */
describe('resolve: TXT (kubernetes.go Services)', () => {
  it.each<[string, 'answer' | 'NODATA' | 'NXDOMAIN']>([
    ['dns-version.cluster.local', 'answer'],
    ['web.shop.svc.cluster.local', 'NODATA'],
    ['db.shop.svc.cluster.local', 'NODATA'],
    ['db-0.db.shop.svc.cluster.local', 'NODATA'],
    ['legacy.shop.svc.cluster.local', 'NODATA'], // its CNAME is a record of another type
    ['1-2-3-4.shop.pod.cluster.local', 'NODATA'],
    ['nope.shop.svc.cluster.local', 'NXDOMAIN'],
    ['web.nons.svc.cluster.local', 'NXDOMAIN'],
    ['empty.shop.svc.cluster.local', 'NXDOMAIN'], // headless, no ready endpoint
    ['x.legacy.shop.svc.cluster.local', 'NXDOMAIN'],
    ['foo.cluster.local', 'NXDOMAIN'],
    // Records returns nil, nil here (NODATA for an A question), but no entries still means NXDOMAIN.
    ['shop.svc.cluster.local', 'NXDOMAIN'],
    ['cluster.local', 'NXDOMAIN'],
  ])('%s TXT → %s', (name, outcome) => {
    const got = ask(name, 'TXT');
    if (outcome === 'answer') {
      expect(got).toEqual({ rcode: 'NOERROR', answers: [`${name}. 28800 TXT "1.1.0"`], additional: [], authority: [] });
    } else {
      expect(got).toEqual({ rcode: outcome === 'NXDOMAIN' ? 'NXDOMAIN' : 'NOERROR', answers: [], additional: [], authority: [SOA] });
    }
  });
  it('falls through in a reverse zone, where nothing has a TXT record', () => {
    const response = resolve(cluster, { name: '20.10.96.10.in-addr.arpa', type: 'TXT' });
    expect([response.rcode, response.authority]).toEqual(['NOERROR', []]);
    expect(response.notes.join(' ')).toMatch(/fallthrough/);
  });
  it('says why a TXT question is NXDOMAIN', () => {
    expect(resolve(cluster, { name: 'nope.shop.svc.cluster.local', type: 'TXT' }).notes).toContain('no Service "nope" in namespace "shop"');
  });
});

describe('resolve: NXDOMAIN vs NODATA (SOA in authority)', () => {
  it.each<[string, RRType, 'NXDOMAIN' | 'NODATA']>([
    ['web.shop.svc.cluster.local', 'AAAA', 'NODATA'], // IPv4-only Service
    ['web.shop.svc.cluster.local', 'PTR', 'NODATA'],
    ['nope.shop.svc.cluster.local', 'A', 'NXDOMAIN'],
    ['web.nons.svc.cluster.local', 'A', 'NXDOMAIN'],
    ['shop.svc.cluster.local', 'A', 'NODATA'], // namespace exists
    ['nons.svc.cluster.local', 'A', 'NXDOMAIN'],
    ['svc.cluster.local', 'A', 'NODATA'],
    ['pod.cluster.local', 'A', 'NODATA'],
    ['cluster.local', 'A', 'NODATA'],
    ['shop.pod.cluster.local', 'A', 'NODATA'],
    ['empty.shop.svc.cluster.local', 'A', 'NXDOMAIN'], // headless, no ready endpoint
    ['db-2.db.shop.svc.cluster.local', 'A', 'NXDOMAIN'], // not ready
    ['ghost.shop.svc.cluster.local', 'A', 'NXDOMAIN'], // a slice without its Service
    ['a.b.web.shop.svc.cluster.local', 'A', 'NXDOMAIN'], // too many labels
    ['foo.cluster.local', 'A', 'NXDOMAIN'],
    // CoreDNS 1.9.0 removed wildcard queries (coredns/coredns#5019): '*' is just an unknown name.
    ['*.shop.svc.cluster.local', 'A', 'NXDOMAIN'],
    ['web.*.svc.cluster.local', 'A', 'NXDOMAIN'],
    ['dual.shop.svc.cluster.local', 'CNAME', 'NODATA'],
  ])('%s %s → %s', (name, type, kind) => {
    const got = ask(name, type);
    expect(got).toEqual({ rcode: kind === 'NXDOMAIN' ? 'NXDOMAIN' : 'NOERROR', answers: [], additional: [], authority: [SOA] });
  });
  it('explains an NXDOMAIN', () => {
    expect(resolve(cluster, { name: 'nope.shop.svc.cluster.local', type: 'A' }).notes).toContain('no Service "nope" in namespace "shop"');
  });
});

describe('resolve: case (handler_case_test.go)', () => {
  it('echoes the question case in owners, and the zone case in SRV targets and the SOA', () => {
    expect(ask('WeB.ShOp.SvC.ClUsTeR.LoCaL', 'A').answers).toEqual(['WeB.ShOp.SvC.ClUsTeR.LoCaL. 30 A 10.96.10.20']);
    expect(ask('_HtTp._TcP.web.shop.svc.CLUSTER.local', 'SRV')).toEqual({
      rcode: 'NOERROR',
      answers: ['_HtTp._TcP.web.shop.svc.CLUSTER.local. 30 SRV 0 100 80 web.shop.svc.CLUSTER.local.'],
      additional: ['web.shop.svc.CLUSTER.local. 30 A 10.96.10.20'],
      authority: [],
    });
    expect(ask('nope.shop.svc.ClUsTeR.lOcAl', 'A').authority).toEqual([
      'ClUsTeR.lOcAl. 30 SOA ns.dns.ClUsTeR.lOcAl. hostmaster.ClUsTeR.lOcAl. 1735732800 7200 1800 86400 30',
    ]);
  });
});

describe('resolve: names outside the cluster zone', () => {
  it('forwards them upstream, unanswered offline', () => {
    const response = resolve(cluster, { name: 'example.com', type: 'A' });
    expect(response).toMatchObject({ question: { name: 'example.com.', type: 'A' }, rcode: 'NOERROR', answers: [], authority: [], tried: ['example.com.'] });
    expect(response.notes[0]).toMatch(/forwarded upstream \(forward \. \/etc\/resolv\.conf\); not simulated/);
  });
  // A single label that is no TLD of the root zone: every public resolver answers NXDOMAIN. The
  // answer is assumed (simulated: ['rcode']); TLDs and localhost (RFC 6761 §6.3) stay unknown.
  it.each<[string, 'NXDOMAIN' | 'unknown']>([
    ['db.', 'NXDOMAIN'],
    ['DB', 'NXDOMAIN'],
    ['my-service', 'NXDOMAIN'],
    ['dev.', 'unknown'],
    ['COM', 'unknown'],
    ['xn--p1ai.', 'unknown'],
    ['localhost.', 'unknown'],
    ['db.internal.', 'unknown'],
  ])('the upstream answer for %s is %s', (name, outcome) => {
    const response = resolve(cluster, { name, type: 'A' });
    expect(response.authority).toEqual([]);
    if (outcome === 'NXDOMAIN') {
      expect(response).toMatchObject({ rcode: 'NXDOMAIN', answers: [], simulated: ['rcode'] });
      expect(response.notes[0]).toMatch(/Assumed answer: NXDOMAIN, as "\w[-\w]*" is a single label and no top-level domain of the root zone/);
    } else {
      expect(response).toMatchObject({ rcode: 'NOERROR', answers: [] });
      expect(response.simulated).toBeUndefined();
    }
  });
  it('refuses an illegal name without sending it', () => {
    expect(resolve(cluster, { name: 'a..b', type: 'A' })).toMatchObject({ rcode: 'SERVFAIL', tried: [] });
  });
});
