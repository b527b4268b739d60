import {
  cidrContains, cidrEnd, cidrLast, cidrsOverlap, formatCidr, formatIpv4, isHostAddress, parseCidr, parseIpv4Address, prefixSize,
} from '../../lib/core/ipv4';

describe('the one IPv4 module', () => {
  it('parses canonical prefixes and addresses', () => {
    expect(parseCidr('10.64.0.0/12')).toEqual({ ok: true, cidr: { network: 0x0a400000, prefixLength: 12 } });
    expect(parseCidr('0.0.0.0/0')).toEqual({ ok: true, cidr: { network: 0, prefixLength: 0 } });
    expect(parseIpv4Address('255.255.255.255')).toBe(0xffffffff);
    expect(formatIpv4(0x0a400001)).toBe('10.64.0.1');
    expect(prefixSize(24)).toBe(256);
  });

  it.each([
    [42, 'not-string'],
    ['10.0.0.0', 'format'],
    ['10.0.0/8', 'format'],
    [' 10.0.0.0/8', 'format'],
    ['256.0.0.0/8', 'octet'],
    ['010.0.0.0/8', 'octet'],
    ['10.0.0.0/33', 'prefix-length'],
    ['10.0.0.0/08', 'prefix-length'],
  ])('fails when %j is not a prefix (%s)', (text, kind) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe(kind);
  });

  it('fails when host bits are set, naming the network', () => {
    expect(parseCidr('10.0.1.0/22')).toEqual({ ok: false, problem: { kind: 'host-bits', network: 0x0a000000, prefixLength: 22 } });
  });

  it('rejects addresses that are not dotted quads', () => {
    for (const t of ['1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '', undefined]) expect(parseIpv4Address(t)).toBeUndefined();
  });

  it('gives the same answer when asked again (results are remembered, invalid ones too)', () => {
    for (let round = 0; round < 3; round++) {
      expect(parseIpv4Address('10.20.30.40')).toBe(0x0a141e28);
      expect(parseIpv4Address('10.20.30.400')).toBeUndefined();
      expect(parseCidr('10.20.30.0/24')).toEqual({ ok: true, cidr: { network: 0x0a141e00, prefixLength: 24 } });
    }
  });

  it('does CIDR arithmetic on the parsed networks', () => {
    const net = (text: string) => {
      const r = parseCidr(text);
      if (!r.ok) throw new Error(text);
      return r.cidr;
    };
    const block = net('10.0.0.0/22');
    expect(cidrEnd(block)).toBe(0x0a000400);
    expect(cidrLast(block)).toBe(0x0a0003ff);
    expect(formatCidr(block)).toBe('10.0.0.0/22');
    expect(cidrContains(block, net('10.0.3.0/24'))).toBe(true);
    expect(cidrContains(block, net('10.0.4.0/24'))).toBe(false);
    expect(cidrContains(net('10.0.3.0/24'), block)).toBe(false);
    expect(cidrsOverlap(block, net('10.0.3.128/25'))).toBe(true);
    expect(cidrsOverlap(block, net('10.0.4.0/22'))).toBe(false);
    expect(cidrsOverlap(net('10.0.4.0/22'), block)).toBe(false);
    expect(isHostAddress(block, 0x0a000000)).toBe(false);
    expect(isHostAddress(block, 0x0a000001)).toBe(true);
    expect(isHostAddress(block, 0x0a0003fe)).toBe(true);
    expect(isHostAddress(block, 0x0a0003ff)).toBe(false);
  });
});
