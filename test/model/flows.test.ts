import { SEGMENT_CATALOGUE, SEGMENT_NAMES } from '../../lib/model/catalogue';
import { FLOW_CATALOGUE, FLOW_IDS, isForbiddenFlow, parsePorts } from '../../lib/model/flows';
import { PORTS_PATTERN } from '../../lib/model/defaults';
import { didYouMean, editDistance } from '../../lib/core/did-you-mean';

describe('flow catalogue', () => {
  it('never lets an untrusted segment reach management', () => {
    const untrusted = SEGMENT_NAMES.filter((s) => SEGMENT_CATALOGUE[s].neverToManagement);
    expect(untrusted).toEqual(['dmz', 'schools', 'iot']);
    for (const id of FLOW_IDS) {
      const f = FLOW_CATALOGUE[id];
      if (untrusted.includes(f.from)) expect([id, f.to]).not.toEqual([id, 'management']);
      if (untrusted.includes(f.from)) expect([id, f.to]).not.toEqual([id, 'all']);
      expect(isForbiddenFlow(f.from, f.to)).toBe(false);
    }
  });

  it('keys entries by their ID, names them from-to-what and gives ports to tcp/udp only', () => {
    for (const [id, f] of Object.entries(FLOW_CATALOGUE)) {
      expect(f.id).toBe(id);
      expect(id.startsWith(`${f.from}-to-${f.to}-`)).toBe(true);
      if (f.protocol === 'icmp') expect(f.ports).toBeUndefined();
      else {
        expect(f.ports).toMatch(new RegExp(PORTS_PATTERN));
        expect(parsePorts(f.ports as string)).toBeDefined();
      }
      expect(f.from).not.toBe(f.to);
      expect(Object.isFrozen(f)).toBe(true);
    }
  });

  it('forbids untrusted-to-management flows and allows the others', () => {
    expect(isForbiddenFlow('iot', 'management')).toBe(true);
    expect(isForbiddenFlow('schools', 'all')).toBe(true);
    expect(isForbiddenFlow('clients', 'management')).toBe(false);
    expect(isForbiddenFlow('management', 'iot')).toBe(false);
  });

  it('parses port lists and ranges, and fails when a port is out of range or reversed', () => {
    expect(parsePorts('80,443,8000:8080')).toEqual([
      { from: 80, to: 80 },
      { from: 443, to: 443 },
      { from: 8000, to: 8080 },
    ]);
    expect(parsePorts('0')).toBeUndefined();
    expect(parsePorts('65536')).toBeUndefined();
    expect(parsePorts('9000:8000')).toBeUndefined();
  });
});

describe('did you mean', () => {
  it('computes the edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('size', 'sise')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest candidate within distance 2, case-insensitively', () => {
    expect(didYouMean('keepDayly', ['keepLast', 'keepDaily', 'keepWeekly'])).toBe('keepDaily');
    expect(didYouMean('KIND', ['key', 'kind'])).toBe('kind');
  });

  it('fails to suggest anything for far-off input', () => {
    expect(didYouMean('retention', ['size', 'kind', 'key'])).toBeUndefined();
  });
});
