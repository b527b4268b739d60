import { ALL_PORTS, formatPorts, intersect, isSubset, parsePortList, portSet, subtract, union } from '../../../lib/compliance/reachability/port-set';

describe('port sets', () => {
  it('parses Proxmox port lists and rejects names and bad ranges', () => {
    expect(parsePortList('80,443')).toEqual([{ from: 80, to: 80 }, { from: 443, to: 443 }]);
    expect(parsePortList('6800:7300,7000')).toEqual([{ from: 6800, to: 7300 }]);
    expect(parsePortList('https')).toBeUndefined();
    expect(parsePortList('10:5')).toBeUndefined();
    expect(parsePortList('70000')).toBeUndefined();
  });

  it('merges adjacent ranges and computes union, intersection and difference on ranges', () => {
    expect(portSet([{ from: 5, to: 6 }, { from: 1, to: 4 }])).toEqual([{ from: 1, to: 6 }]);
    const a = parsePortList('1:100')!;
    const b = parsePortList('50:150,200')!;
    expect(formatPorts(union(a, b))).toBe('1:150,200');
    expect(formatPorts(intersect(a, b))).toBe('50:100');
    expect(formatPorts(subtract(a, b))).toBe('1:49');
    expect(formatPorts(subtract(ALL_PORTS, parsePortList('22')!))).toBe('1:21,23:65535');
    expect(isSubset(parsePortList('60:70')!, a)).toBe(true);
    expect(isSubset(b, a)).toBe(false);
    expect(formatPorts(ALL_PORTS)).toBe('any');
    expect(formatPorts([])).toBe('none');
  });
});
