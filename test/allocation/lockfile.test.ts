import { allocate } from '../../lib/allocation/allocate';
import { LOCKFILE_HEADER, parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { BASIC, lockProblemsOf as problemsOf, request, tenants } from './fixtures';


const sample = () => {
  const first = allocate(request('qinq', { ...tenants('alpha', 'beta'), pinned: { ...BASIC, pins: { number: 40 } } })).lock;
  return allocate(request('qinq', { alpha: { size: 's', segments: { management: 26, servers: 25, clients: 24, dmz: 27 } }, pinned: { ...BASIC, pins: { number: 40 } } }), first).lock;
};

describe('lockfile', () => {
  it('round-trips: parse(serialize(x)) equals x and serialize(parse(text)) === text', () => {
    const lock = sample();
    const text = serializeLockFile(lock);
    expect(text.startsWith(LOCKFILE_HEADER)).toBe(true);
    expect(text).toContain('GENERATED');
    const parsed = parseLockFile(text, 'fleet.lock.yaml');
    expect(parsed).toEqual(lock);
    expect(serializeLockFile(parsed)).toBe(text);
  });

  it('writes a fixed field order, sorted tenants and marks retired tenants', () => {
    const text = serializeLockFile(sample());
    // Line 4 is the seal (count and digest of the entries, lockfile-seal.test.ts).
    expect(text.split('\n')[3]).toMatch(/^# integrity: 3 tenants, sha256:[0-9a-f]{64}$/);
    expect(text.split('\n').slice(4, 26).join('\n')).toBe([
      'version: 1',
      'zoneType: qinq',
      'tenants:',
      '  alpha:',
      '    number: 41',
      '    code: t0015',
      '    zone: z0015',
      '    zoneTag: 2',
      '    block: 10.64.0.0/22',
      '    segments:',
      '      management:',
      '        vnet: t0015mg',
      '        tag: 10',
      '        cidr: 10.64.0.0/26',
      '      servers:',
      '        vnet: t0015sv',
      '        tag: 20',
      '        cidr: 10.64.0.128/25',
      '      clients:',
      '        vnet: t0015cl',
      '        tag: 30',
      '        cidr: 10.64.1.0/24',
    ].join('\n'));
    expect(text).toMatch(/ {2}beta:\n[\s\S]*? {4}retired: true\n {2}pinned:/);
    expect(text).toContain('    pinned:\n      - number\n');
  });

  it('quotes keys that YAML would not read back as strings', () => {
    const lock = allocate(request('vlan', tenants('null', 'yes'))).lock;
    const text = serializeLockFile(lock);
    expect(text).toContain('  "null":\n');
    expect(parseLockFile(text, 'x.yaml')).toEqual(lock);
  });

  it('fails when the YAML is malformed, with file:line:column', () => {
    expect(problemsOf('version: 1\nzoneType: [vlan\n')).toHaveLength(1);
    expect(problemsOf('version: 1\nzoneType: [vlan\n')[0]).toMatch(/^fleet\.lock\.yaml:\d+:\d+: /);
  });

  it.each<[string, string, string[]]>([
    ['the version is wrong', 'version: 2\nzoneType: vlan\ntenants: {}\n', ['fleet.lock.yaml:1:10: version: must be 1, got 2']],
    ['the zone type is unknown', 'version: 1\nzoneType: mpls\ntenants: {}\n', ['fleet.lock.yaml:2:11: zoneType: must be one of vlan, qinq, vxlan, evpn, got "mpls"']],
    ['a top-level field is unknown', 'version: 1\nzoneType: vlan\ntenants: {}\nextra: 1\n', ['fleet.lock.yaml:4:1: lockfile.extra: unknown field; allowed: version, zoneType, tenants']],
    ['a tenant key is invalid', 'version: 1\nzoneType: vlan\ntenants:\n  Bad: {}\n', ['fleet.lock.yaml:4:3: tenants.Bad: tenant key "Bad": only lower-case letters a-z, digits and \'-\' are allowed']],
    ['fields have the wrong type', [
      'version: 1', 'zoneType: vlan', 'tenants:', '  alpha:', '    number: one', '    code: t0001', '    block: 10.64.0.1/22',
      '    segments: {}', '    vmIds: {start: 101000, end: 101999}', '    pbsNamespace: kommunen/alpha', '    retired: false', '',
    ].join('\n'), [
      'fleet.lock.yaml:11:14: tenants.alpha.retired: must be true or absent, got false',
      'fleet.lock.yaml:5:13: tenants.alpha.number: must be an integer >= 0, got "one"',
      'fleet.lock.yaml:7:12: tenants.alpha.block: "10.64.0.1/22" has host bits set; the network is 10.64.0.0/22',
    ]],
  ])('fails when %s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('fails when two tenants hold the same number or overlapping blocks, naming both and the position', () => {
    const lock = allocate(request('vlan', tenants('alpha', 'beta'))).lock;
    const text = serializeLockFile(lock).replace('    number: 2\n    code: t0002', '    number: 1\n    code: t0001').replace(/10\.64\.4\./g, '10.64.0.');
    const problems = problemsOf(text);
    expect(problems).toContain('fleet.lock.yaml:30:13: tenants.beta.number: number 1 is used by tenants "alpha" and "beta"');
    expect(problems).toContain('fleet.lock.yaml:45:15: tenants.beta.segments.clients.cidr: cidr 10.64.5.0/24 of segment "clients" is not inside the tenant block 10.64.0.0/22');
    expect(problems).toContain('fleet.lock.yaml:32:12: tenants.beta.block: block 10.64.0.0/22 of tenant "alpha" overlaps block 10.64.0.0/22 of tenant "beta"');
  });
});
