import { describe, expect, it } from 'vitest';
import { endpointChainName, serviceChainName } from './chain-names.ts';
import { base32, sha256, utf8 } from './sha256.ts';

describe('sha256 and base32', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('sha256(%j) is the FIPS 180-4 test vector', (message, hex) => {
    expect(Buffer.from(sha256(utf8(message))).toString('hex')).toBe(hex);
  });

  it.each([
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foobar', 'MZXW6YTBOI======'],
  ])('base32(%j) is the RFC 4648 test vector', (text, encoded) => {
    expect(base32(utf8(text))).toBe(encoded);
  });
});

describe('kube-proxy chain names (names from pkg/proxy/iptables/proxier_test.go)', () => {
  it.each([
    ['KUBE-SVC-', 'ns1/svc1:p80', 'KUBE-SVC-XPGD46QRK7WJZT7O'],
    ['KUBE-SVC-', 'ns2/svc2:p80', 'KUBE-SVC-GNZBNJ2PO5MGZ6GT'],
    ['KUBE-EXT-', 'ns2/svc2:p80', 'KUBE-EXT-GNZBNJ2PO5MGZ6GT'],
    ['KUBE-FW-', 'ns5/svc5:p80', 'KUBE-FW-NUKIZ6OKUXPJNT4C'],
    ['KUBE-SVL-', 'ns2/svc2:p80', 'KUBE-SVL-GNZBNJ2PO5MGZ6GT'],
  ] as const)('%s %s', (prefix, name, chain) => {
    expect(serviceChainName(prefix, name, 'TCP')).toBe(chain);
  });

  it('hashes the endpoint into KUBE-SEP names', () => {
    expect(endpointChainName('ns1/svc1:p80', 'TCP', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
    expect(endpointChainName('ns5/svc5:p80', 'TCP', '10.180.0.3:80')).toBe('KUBE-SEP-I77PXRDZVX7PMWMN');
  });

  it('names the kube-dns chains every kubeadm cluster has', () => {
    expect(serviceChainName('KUBE-SVC-', 'kube-system/kube-dns:dns', 'UDP')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChainName('KUBE-SVC-', 'default/kubernetes:https', 'TCP')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
  });
});
