"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const catalogue_1 = require("../../lib/config/catalogue");
const flows_1 = require("../../lib/config/flows");
const defaults_1 = require("../../lib/config/defaults");
const did_you_mean_1 = require("../../lib/config/did-you-mean");
describe('flow catalogue', () => {
    it('never lets an untrusted segment reach management', () => {
        const untrusted = catalogue_1.SEGMENT_NAMES.filter((s) => catalogue_1.SEGMENT_CATALOGUE[s].neverToManagement);
        expect(untrusted).toEqual(['dmz', 'schools', 'iot']);
        for (const id of flows_1.FLOW_IDS) {
            const f = flows_1.FLOW_CATALOGUE[id];
            if (untrusted.includes(f.from))
                expect([id, f.to]).not.toEqual([id, 'management']);
            if (untrusted.includes(f.from))
                expect([id, f.to]).not.toEqual([id, 'all']);
            expect((0, flows_1.isForbiddenFlow)(f.from, f.to)).toBe(false);
        }
    });
    it('keys entries by their ID, names them from-to-what and gives ports to tcp/udp only', () => {
        for (const [id, f] of Object.entries(flows_1.FLOW_CATALOGUE)) {
            expect(f.id).toBe(id);
            expect(id.startsWith(`${f.from}-to-${f.to}-`)).toBe(true);
            if (f.protocol === 'icmp')
                expect(f.ports).toBeUndefined();
            else {
                expect(f.ports).toMatch(new RegExp(defaults_1.PORTS_PATTERN));
                expect((0, flows_1.parsePorts)(f.ports)).toBeDefined();
            }
            expect(f.from).not.toBe(f.to);
            expect(Object.isFrozen(f)).toBe(true);
        }
    });
    it('forbids untrusted-to-management flows and allows the others', () => {
        expect((0, flows_1.isForbiddenFlow)('iot', 'management')).toBe(true);
        expect((0, flows_1.isForbiddenFlow)('schools', 'all')).toBe(true);
        expect((0, flows_1.isForbiddenFlow)('clients', 'management')).toBe(false);
        expect((0, flows_1.isForbiddenFlow)('management', 'iot')).toBe(false);
    });
    it('parses port lists and ranges, and fails when a port is out of range or reversed', () => {
        expect((0, flows_1.parsePorts)('80,443,8000:8080')).toEqual([
            { from: 80, to: 80 },
            { from: 443, to: 443 },
            { from: 8000, to: 8080 },
        ]);
        expect((0, flows_1.parsePorts)('0')).toBeUndefined();
        expect((0, flows_1.parsePorts)('65536')).toBeUndefined();
        expect((0, flows_1.parsePorts)('9000:8000')).toBeUndefined();
    });
});
describe('did you mean', () => {
    it('computes the edit distance', () => {
        expect((0, did_you_mean_1.editDistance)('kitten', 'sitting')).toBe(3);
        expect((0, did_you_mean_1.editDistance)('size', 'sise')).toBe(1);
        expect((0, did_you_mean_1.editDistance)('', 'abc')).toBe(3);
    });
    it('suggests the closest candidate within distance 2, case-insensitively', () => {
        expect((0, did_you_mean_1.didYouMean)('keepDayly', ['keepLast', 'keepDaily', 'keepWeekly'])).toBe('keepDaily');
        expect((0, did_you_mean_1.didYouMean)('KIND', ['key', 'kind'])).toBe('kind');
    });
    it('fails to suggest anything for far-off input', () => {
        expect((0, did_you_mean_1.didYouMean)('retention', ['size', 'kind', 'key'])).toBeUndefined();
    });
});
