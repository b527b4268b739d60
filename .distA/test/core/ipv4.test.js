"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const ipv4_1 = require("../../lib/core/ipv4");
describe('the one IPv4 parser', () => {
    it('parses canonical prefixes and addresses', () => {
        expect((0, ipv4_1.parseIpv4Prefix)('10.64.0.0/12')).toEqual({ ok: true, network: 0x0a400000, prefixLength: 12 });
        expect((0, ipv4_1.parseIpv4Prefix)('0.0.0.0/0')).toEqual({ ok: true, network: 0, prefixLength: 0 });
        expect((0, ipv4_1.parseIpv4Address)('255.255.255.255')).toBe(0xffffffff);
        expect((0, ipv4_1.formatIpv4)(0x0a400001)).toBe('10.64.0.1');
        expect((0, ipv4_1.prefixSize)(24)).toBe(256);
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
        const r = (0, ipv4_1.parseIpv4Prefix)(text);
        expect(r.ok).toBe(false);
        if (!r.ok)
            expect(r.problem.kind).toBe(kind);
    });
    it('fails when host bits are set, naming the network', () => {
        expect((0, ipv4_1.parseIpv4Prefix)('10.0.1.0/22')).toEqual({ ok: false, problem: { kind: 'host-bits', network: 0x0a000000, prefixLength: 22 } });
    });
    it('rejects addresses that are not dotted quads', () => {
        for (const t of ['1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '', undefined])
            expect((0, ipv4_1.parseIpv4Address)(t)).toBeUndefined();
    });
    it('gives the same answer when asked again (results are remembered, invalid ones too)', () => {
        for (let round = 0; round < 3; round++) {
            expect((0, ipv4_1.parseIpv4Address)('10.20.30.40')).toBe(0x0a141e28);
            expect((0, ipv4_1.parseIpv4Address)('10.20.30.400')).toBeUndefined();
            expect((0, ipv4_1.parseIpv4Prefix)('10.20.30.0/24')).toEqual({ ok: true, network: 0x0a141e00, prefixLength: 24 });
        }
    });
});
