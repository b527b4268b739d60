/**
 * Bad input, one case per error class, with the exact message including file:line:column.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkFleetWithTenants, checkKommuneFile, loadFleet, loadKommuneFile } from '../../lib/config/load';
import { formatProblem, isValidationError, MAX_REPORTED_PROBLEMS, ValidationError } from '../../lib/config/problems';
import { cleanup, fleetWith, tempDir, writeFiles, yaml } from './fixtures';

const HEAD = ['key: testkom', 'name: Test', 'kind: gemeinde'];
const ALLOWED_TOP =
  'key, name, kind, ags, ars, members, domain, size, segments, flows, flowExceptions, backup, logging, identity, suppressions, state, decommissionedSince, approvals, cluster, cell, guests';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly file?: string;
  readonly expected: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'unknown field with a near miss',
    text: yaml(...HEAD, 'sise: m'),
    expected: [`testkom.yaml:4:1 sise: unknown field "sise"; did you mean "size"? (allowed here: ${ALLOWED_TOP})`],
  },
  {
    name: 'unknown nested field with a near miss',
    text: yaml(...HEAD, 'backup:', '  retention:', '    keepDayly: 10'),
    expected: [
      'testkom.yaml:6:5 backup.retention.keepDayly: unknown field "keepDayly"; did you mean "keepDaily"? (allowed here: keepLast, keepDaily, keepWeekly, keepMonthly, keepYearly)',
    ],
  },
  {
    name: 'value above the vetted maximum',
    text: yaml(...HEAD, 'backup:', '  retention:', '    keepDaily: 400'),
    expected: ['testkom.yaml:6:16 backup.retention.keepDaily: 400 is above the vetted maximum 90'],
  },
  {
    name: 'value below the vetted minimum',
    text: yaml(...HEAD, 'logging:', '  retentionDays: 10'),
    expected: ['testkom.yaml:5:18 logging.retentionDays: 10 is below the vetted minimum 30'],
  },
  {
    name: 'wrong type',
    text: yaml(...HEAD, 'backup:', '  protected: "yes"'),
    expected: ['testkom.yaml:5:14 backup.protected: "yes" is not true or false'],
  },
  {
    name: 'AGS without quotes',
    text: yaml(...HEAD, 'ags: 07315000'),
    expected: ['testkom.yaml:4:6 ags: 07315000 was read as a number, so leading zeros are lost; write it in quotes: "07315000"'],
  },
  {
    name: 'enum value with a near miss',
    text: yaml('key: testkom', 'name: Test', 'kind: stadtt'),
    expected: [
      'testkom.yaml:3:7 kind: "stadtt" is not allowed; did you mean "stadt"? (allowed: gemeinde, stadt, verbandsgemeinde, landkreis, zweckverband)',
    ],
  },
  {
    name: 'pattern mismatch',
    text: yaml(...HEAD, 'ags: "0731500"'),
    expected: ['testkom.yaml:4:6 ags: "0731500" is not valid: expected 8 digits in quotes, e.g. "07315000"'],
  },
  {
    name: 'required field missing',
    text: yaml('key: testkom', 'kind: gemeinde'),
    expected: ['testkom.yaml:1:1 name: required field "name" is missing'],
  },
  {
    name: 'required nested field missing',
    text: yaml(...HEAD, 'identity:', '  source: ldap', '  ldap:', '    server: dc1.example.org'),
    expected: ['testkom.yaml:6:3 identity.ldap.baseDn: required field "baseDn" is missing'],
  },
  {
    name: 'YAML duplicate key',
    text: yaml(...HEAD, 'key: other'),
    expected: ['testkom.yaml:4:1 YAML syntax error: duplicate key "key": this mapping already has it on line 1; write each key once (YAML would silently keep only the last)'],
  },
  {
    name: 'YAML syntax error',
    text: yaml(...HEAD, 'ags: "07999011'),
    expected: ['testkom.yaml:5:1 YAML syntax error: Missing closing "quote'],
  },
  {
    name: 'not a mapping',
    text: yaml('- key: testkom'),
    expected: ['testkom.yaml:1:1 a Kommune file must be a mapping of fields, got [{"key":"testkom"}]'],
  },
  {
    name: 'empty file',
    text: '# nothing yet\n',
    expected: ['testkom.yaml:1:1 the file is empty; a Kommune file needs at least the required fields'],
  },
  {
    name: 'unknown flow ID',
    text: yaml(...HEAD, 'flows:', '  clients-to-servers-smbb: {}'),
    expected: [
      'testkom.yaml:5:3 flows.clients-to-servers-smbb: unknown flow "clients-to-servers-smbb": not in the vetted flow catalogue; did you mean "clients-to-servers-smb"? (see docs/parameters.md; anything else needs a flowExceptions entry with a reason)',
    ],
  },
  {
    name: 'unknown segment',
    text: yaml(...HEAD, 'segments:', '  dmzz: {}'),
    expected: [
      'testkom.yaml:5:3 segments.dmzz: unknown segment "dmzz"; did you mean "dmz"? (catalogue segments: management, servers, clients, dmz, schools, iot)',
    ],
  },
  {
    name: 'flow needs a segment the tenant does not enable',
    text: yaml(...HEAD, 'flows:', '  servers-to-iot-bacnet: {}'),
    expected: [
      'testkom.yaml:5:3 flows.servers-to-iot-bacnet: flow "servers-to-iot-bacnet" needs segment "iot", which this tenant does not enable; add "segments.iot: {}" or remove the flow',
    ],
  },
  {
    name: 'exception reason too short',
    text: yaml(...HEAD, 'segments:', '  iot: {}', 'flowExceptions:', '  heating:', '    from: clients', '    to: iot', '    protocol: tcp', '    ports: "443"', '    reason: needed'),
    expected: ['testkom.yaml:12:13 flowExceptions.heating.reason: "needed" is too short: at least 20 characters'],
  },
  {
    name: 'exception from an untrusted segment into management',
    text: yaml(...HEAD, 'segments:', '  iot: {}', 'flowExceptions:', '  iot-admin:', '    from: iot', '    to: management', '    protocol: tcp', '    ports: "22"', '    reason: Vendor wants SSH into the admin network'),
    expected: [
      'testkom.yaml:9:9 flowExceptions.iot-admin.to: a flow from the untrusted segment "iot" to "management" is never allowed, not even as an exception (the management segment is reachable only from itself)',
    ],
  },
  {
    name: 'exception within one segment',
    text: yaml(...HEAD, 'flowExceptions:', '  loop:', '    from: servers', '    to: servers', '    protocol: icmp', '    reason: Servers ping each other for clustering'),
    expected: ['testkom.yaml:7:9 flowExceptions.loop.to: a flow exception connects two different segments; "servers" to "servers" is not an inter-segment flow'],
  },
  {
    name: 'tcp exception without ports',
    text: yaml(...HEAD, 'flowExceptions:', '  print:', '    from: clients', '    to: servers', '    protocol: tcp', '    reason: Printing to the legacy print server in the Rathaus'),
    expected: ['testkom.yaml:5:3 flowExceptions.print: a tcp flow exception needs "ports" (allowing every port is not a safe default)'],
  },
  {
    name: 'icmp exception with ports',
    text: yaml(...HEAD, 'flowExceptions:', '  ping:', '    from: clients', '    to: servers', '    protocol: icmp', '    ports: "7"', '    reason: Helpdesk checks server reachability'),
    expected: ['testkom.yaml:9:12 flowExceptions.ping.ports: icmp has no ports; remove the field'],
  },
  {
    name: 'port out of range',
    text: yaml(...HEAD, 'flowExceptions:', '  app:', '    from: clients', '    to: servers', '    protocol: tcp', '    ports: "70000"', '    reason: Fachverfahren client talks to its server'),
    expected: ['testkom.yaml:9:12 flowExceptions.app.ports: "70000" has a port outside 1-65535 or a reversed range (write "low:high")'],
  },
  {
    name: 'exception ID that is a catalogue flow ID',
    text: yaml(...HEAD, 'flowExceptions:', '  clients-to-servers-smb:', '    from: clients', '    to: servers', '    protocol: tcp', '    ports: "445"', '    reason: File shares on the old NAS in the basement'),
    expected: [
      'testkom.yaml:5:3 flowExceptions.clients-to-servers-smb: "clients-to-servers-smb" is a catalogue flow ID; enable it under "flows" instead, or give the exception another ID',
    ],
  },
  {
    name: 'impossible calendar date',
    text: yaml(...HEAD, 'suppressions:', '  legacy:', '    rule: KOM-NET-1', '    reason: Legacy appliance replaced in the next budget year', '    expires: "2027-02-30"'),
    expected: ['testkom.yaml:8:14 suppressions.legacy.expires: "2027-02-30" is not a calendar date (YYYY-MM-DD)'],
  },
  {
    name: 'rule ID with the wrong shape',
    text: yaml(...HEAD, 'suppressions:', '  legacy:', '    rule: NET-1', '    reason: Legacy appliance replaced in the next budget year'),
    expected: ['testkom.yaml:6:11 suppressions.legacy.rule: "NET-1" is not valid: expected a rule ID like "KOM-NET-1"'],
  },
  {
    name: 'members for a kind other than verbandsgemeinde',
    text: yaml(...HEAD, 'members:', '  altdorf:', '    name: Altdorf'),
    expected: ['testkom.yaml:4:1 members: members (Ortsgemeinden) are only allowed for kind "verbandsgemeinde", not for "gemeinde"'],
  },
  {
    name: 'Verbandsgemeinde without members',
    text: yaml('key: testkom', 'name: VG Test', 'kind: verbandsgemeinde'),
    expected: ['testkom.yaml:3:7 kind: a Verbandsgemeinde lists its Ortsgemeinden under "members"'],
  },
  {
    name: 'member key that is not a slug',
    text: yaml('key: testkom', 'name: VG Test', 'kind: verbandsgemeinde', 'members:', '  Altdorf:', '    name: Altdorf'),
    expected: [
      'testkom.yaml:5:3 members.Altdorf: "Altdorf" is not valid: expected a lower-case slug: letters, digits and hyphens, starting with a letter (e.g. "ortsgemeinde-a")',
    ],
  },
  {
    name: 'member AGS outside the Kreis of the Verbandsgemeinde',
    text: yaml('key: testkom', 'name: VG Test', 'kind: verbandsgemeinde', 'ars: "079995001000"', 'members:', '  altdorf:', '    name: Altdorf', '    ags: "07888101"'),
    expected: ['testkom.yaml:8:10 members.altdorf.ags: Ortsgemeinde AGS "07888101" is not in the Kreis of this Verbandsgemeinde (AGS must start with 07999)'],
  },
  {
    name: 'ARS that does not match the AGS',
    text: yaml(...HEAD, 'ags: "07999011"', 'ars: "079995001012"'),
    expected: [
      'testkom.yaml:5:6 ars: ARS "079995001012" does not match AGS "07999011": the ARS is the AGS\'s first 5 digits, a 4-digit Verband code, then the AGS\'s last 3 digits',
    ],
  },
  {
    name: 'AGS for a Zweckverband',
    text: yaml('key: testkom', 'name: Zweckverband Wasser', 'kind: zweckverband', 'ags: "07999011"'),
    expected: ['testkom.yaml:4:6 ags: a Zweckverband has no AGS of its own; remove the field (use "ars" if it has a Regionalschluessel)'],
  },
  {
    name: 'file name that does not follow the key',
    file: 'other.yaml',
    text: yaml(...HEAD),
    expected: [
      'other.yaml:1:6 key: the file is named "other.yaml" but the key is "testkom"; rename the file to "testkom.yaml" (the key is the stable identity, the file name follows it)',
    ],
  },
  {
    name: 'key that breaks the naming rules',
    file: 'ab--cd.yaml',
    text: yaml('key: ab--cd', 'name: Test', 'kind: gemeinde'),
    expected: ['ab--cd.yaml:1:6 key: "ab--cd" is not a valid tenant key: must not contain \'--\'; use "ab-cd" (and name the file "ab-cd.yaml")'],
  },
  {
    name: 'key with an umlaut (transliterated suggestion, reported once)',
    file: 'böhl-iggelheim.yaml',
    text: yaml('key: böhl-iggelheim', 'name: Böhl-Iggelheim', 'kind: gemeinde'),
    expected: [
      'böhl-iggelheim.yaml:1:6 key: "böhl-iggelheim" is not a valid tenant key: only lower-case letters a-z, digits and \'-\' are allowed; use "boehl-iggelheim" (and name the file "boehl-iggelheim.yaml")',
    ],
  },
  {
    name: 'key with an sharp s',
    file: 'weißenthurm.yaml',
    text: yaml('key: weißenthurm', 'name: Weißenthurm', 'kind: stadt'),
    expected: [
      'weißenthurm.yaml:1:6 key: "weißenthurm" is not a valid tenant key: only lower-case letters a-z, digits and \'-\' are allowed; use "weissenthurm" (and name the file "weissenthurm.yaml")',
    ],
  },
  {
    name: 'key that is a path leading out of the folder (no file name offered)',
    file: 'x.yaml',
    text: yaml('key: ../x', 'name: Test', 'kind: gemeinde'),
    expected: [
      'x.yaml:1:6 key: "../x" is not a valid tenant key: a tenant key is a name, not a path ("/", "\\" and ".." are not allowed); use lower-case letters a-z, digits and \'-\' only',
    ],
  },
  {
    name: 'key that is a path into a subfolder (no file name offered)',
    file: 'ab.yaml',
    text: yaml('key: ab/cd', 'name: Test', 'kind: gemeinde'),
    expected: [
      'ab.yaml:1:6 key: "ab/cd" is not a valid tenant key: a tenant key is a name, not a path ("/", "\\" and ".." are not allowed); use lower-case letters a-z, digits and \'-\' only',
    ],
  },
  {
    name: 'AGS without quotes and without a leading zero',
    text: yaml(...HEAD, 'ags: 11000000'),
    expected: ['testkom.yaml:4:6 ags: 11000000 was read as a number, but this field is text; write it in quotes: "11000000"'],
  },
  {
    name: 'member AGS without quotes',
    text: yaml('key: testkom', 'name: Test', 'kind: verbandsgemeinde', 'ars: "079995001000"', 'members:', '  altdorf: { name: Altdorf, ags: 07999101 }'),
    expected: ['testkom.yaml:6:34 members.altdorf.ags: 07999101 was read as a number, so leading zeros are lost; write it in quotes: "07999101"'],
  },
  {
    name: 'segment prefix larger than the tenant block',
    text: yaml(...HEAD, 'segments:', '  servers:', '    prefixLength: 21'),
    expected: [
      'testkom.yaml:6:19 segments.servers.prefixLength: /21 is larger than the tenant block /22 of size profile "s"; use /22 or a longer prefix, or a larger size profile',
    ],
  },
  {
    name: 'segments that do not fit the tenant block',
    text: yaml(...HEAD, 'segments:', '  clients:', '    prefixLength: 22'),
    expected: [
      'testkom.yaml:4:1 segments: the segments need 1216 addresses but the tenant block /22 of size profile "s" has 1024; use longer prefix lengths or a larger size profile',
    ],
  },
  {
    name: 'backup window outside the night',
    text: yaml(...HEAD, 'backup:', '  windowStart: "12:00"'),
    expected: ['testkom.yaml:5:16 backup.windowStart: "12:00" is outside the vetted backup window 18:00-06:00 (backups run at night)'],
  },
  {
    name: 'backup window that ends before it starts',
    text: yaml(...HEAD, 'backup:', '  windowStart: "03:00"', '  windowEnd: "01:00"'),
    expected: ['testkom.yaml:6:14 backup.windowEnd: the window 03:00-01:00 ends before it starts (counted from 18:00); swap the times'],
  },
  {
    name: 'backup window that is too short',
    text: yaml(...HEAD, 'backup:', '  windowStart: "23:00"', '  windowEnd: "00:30"'),
    expected: ['testkom.yaml:6:14 backup.windowEnd: the window 23:00-00:30 is 90 minutes long; the vetted minimum is 120 minutes'],
  },
  {
    name: 'identity source without its block',
    text: yaml(...HEAD, 'identity:', '  source: ldap'),
    expected: ['testkom.yaml:5:11 identity.source: identity.source is "ldap", so the "ldap" block with its connection facts is required'],
  },
  {
    name: 'identity block that the source does not use',
    text: yaml(...HEAD, 'identity:', '  source: platform', '  oidc:', '    issuerUrl: https://login.example.org', '    clientId: pve'),
    expected: ['testkom.yaml:6:3 identity.oidc: the "oidc" block is not used because identity.source is "platform"; remove it or set source: oidc'],
  },
  {
    name: 'OIDC issuer without https',
    text: yaml(...HEAD, 'identity:', '  source: oidc', '  oidc:', '    issuerUrl: http://login.example.org', '    clientId: pve'),
    expected: ['testkom.yaml:7:16 identity.oidc.issuerUrl: "http://login.example.org" must be an https:// URL (OIDC issuer)'],
  },
  {
    name: 'LDAP base DN that is not a DN',
    text: yaml(...HEAD, 'identity:', '  source: ldap', '  ldap:', '    server: dc1.example.org', '    baseDn: musterstadt.de'),
    expected: ['testkom.yaml:8:13 identity.ldap.baseDn: "musterstadt.de" is not a distinguished name like "dc=musterstadt,dc=de"'],
  },
];

describe('kommune file errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it.each(CASES.map((c) => [c.name, c] as const))('fails when: %s', (_name, c) => {
    const file = c.file ?? 'testkom.yaml';
    const sub = path.join(dir, String(CASES.indexOf(c)));
    writeFiles(sub, { [file]: c.text });
    const check = checkKommuneFile(path.join(sub, file), { displayRoot: sub });
    expect(check.problems.map(formatProblem)).toEqual(c.expected);
  });

  it('fails with every problem of a file at once, sorted by position', () => {
    const sub = writeFiles(path.join(dir, 'many'), {
      'testkom.yaml': yaml(
        'key: testkom',
        'name: Test',
        'kind: gemeinde',
        'ags: 07999011',
        'sise: m',
        'flows:',
        '  servers-to-iot-bacnet: {}',
        'backup:',
        '  windowStart: "12:00"',
        '  retention:',
        '    keepDaily: 400',
        'logging:',
        '  retentionDays: 10',
      ),
    });
    const problems = checkKommuneFile(path.join(sub, 'testkom.yaml'), { displayRoot: sub }).problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual([
      '4:6 ags',
      '5:1 sise',
      '7:3 flows.servers-to-iot-bacnet',
      '9:16 backup.windowStart',
      '11:16 backup.retention.keepDaily',
      '13:18 logging.retentionDays',
    ]);
  });

  it('fails with a ValidationError that carries the problems and a formatted message', () => {
    const sub = writeFiles(path.join(dir, 'throws'), { 'testkom.yaml': yaml(...HEAD, 'size: xl', 'logging:', '  retentionDays: 400') });
    let caught: unknown;
    try {
      loadKommuneFile(path.join(sub, 'testkom.yaml'), { displayRoot: sub });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(isValidationError(caught)).toBe(true);
    const err = caught as ValidationError;
    expect(err.problems).toHaveLength(2);
    expect(err.message).toBe(
      [
        '2 problems in 1 parameter file:',
        '  testkom.yaml:4:7 size: "xl" is not allowed; did you mean "l"? (allowed: s, m, l)',
        '  testkom.yaml:6:18 logging.retentionDays: 400 is above the vetted maximum 180',
      ].join('\n'),
    );
  });

  it('fails when the file does not exist', () => {
    const check = checkKommuneFile(path.join(dir, 'missing.yaml'), { displayRoot: dir });
    expect(check.problems.map(formatProblem)).toEqual(['missing.yaml:1:1 cannot read the file: no such file']);
  });
});

describe('fleet errors', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(cleanup));
  const problemsOf = (files: Record<string, string | null>): string[] => {
    const dir = fleetWith(files);
    dirs.push(dir);
    return checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem);
  };
  const FLEET = (...extra: string[]) =>
    yaml(
      'name: testfleet',
      'namingDomain: kommunen.example.org',
      'land: "07"',
      'network:',
      '  zoneType: vlan',
      '  supernets: [10.0.0.0/16]',
      'backup:',
      '  server: pbs1.example.org',
      '  datastore: store1',
      '  secondCopy: { server: pbs2.example.org, datastore: store2 }',
      'vault:',
      '  isolation: namespace',
      'logging:',
      '  collector: logs.example.org:6514',
      ...extra,
    );
  const REALM = ['identity:', '  sharedRealm: { id: platform-oidc, issuerUrl: "https://sso.example.org/realms/k", clientId: pve }'];

  it('loads the valid fixture fleet with tenants sorted by file name', () => {
    const dir = fleetWith();
    dirs.push(dir);
    const fleet = loadFleet(path.join(dir, 'fleet.yaml'), { displayRoot: dir });
    expect(fleet.tenants.map((t) => t.file)).toEqual(['kommunen/alpha.yaml', 'kommunen/beta.yaml']);
    expect(fleet.position(['network', 'zoneType'])).toEqual({ file: 'fleet.yaml', line: 5, column: 13 });
  });

  it('fails when two tenant files use the same key', () => {
    expect(problemsOf({ 'kommunen/gamma.yaml': yaml('key: alpha', 'name: Gamma', 'kind: gemeinde', 'ags: "07999013"') })).toEqual([
      'kommunen/gamma.yaml:1:6 key: tenant key "alpha" is already used by kommunen/alpha.yaml; every tenant needs its own key',
      'kommunen/gamma.yaml:1:6 key: the file is named "gamma.yaml" but the key is "alpha"; rename the file to "alpha.yaml" (the key is the stable identity, the file name follows it)',
    ]);
  });

  it('fails when two tenants share an AGS', () => {
    expect(problemsOf({ 'kommunen/gamma.yaml': yaml('key: gamma', 'name: Gamma', 'kind: gemeinde', 'ags: "07999011"') })).toEqual([
      'kommunen/gamma.yaml:4:6 ags: AGS "07999011" is already used by kommunen/alpha.yaml',
    ]);
  });

  it('fails when an AGS belongs to another Land than the fleet', () => {
    expect(problemsOf({ 'kommunen/alpha.yaml': yaml('key: alpha', 'name: Alpha', 'kind: gemeinde', 'ags: "06999011"') })).toEqual([
      'kommunen/alpha.yaml:4:6 ags: "06999011" belongs to Land 06, but the fleet is for Land 07 (the first two digits of every AGS and ARS)',
    ]);
  });

  it('fails when a tenant needs the platform realm and the fleet has none', () => {
    expect(problemsOf({ 'fleet.yaml': FLEET() })).toEqual([
      'kommunen/alpha.yaml:1:1 identity.source: identity.source "platform" needs the fleet\'s identity.sharedRealm, which fleet.yaml does not define; set source to ldap or oidc, or ask the platform team',
      'kommunen/beta.yaml:1:1 identity.source: identity.source "platform" needs the fleet\'s identity.sharedRealm, which fleet.yaml does not define; set source to ldap or oidc, or ask the platform team',
    ]);
  });

  it('fails when the tenants folder does not exist', () => {
    expect(problemsOf({ 'fleet.yaml': FLEET(...REALM, 'tenants: nowhere') })).toEqual([
      'fleet.yaml:17:10 tenants: the tenants folder "nowhere" does not exist (relative to fleet.yaml)',
    ]);
  });

  it('fails when supernets overlap or are not networks', () => {
    const text = FLEET(...REALM).replace('[10.0.0.0/16]', '[10.0.0.0/16, 10.0.128.0/17, 10.1.0.1/16]');
    expect(problemsOf({ 'fleet.yaml': text })).toEqual([
      'fleet.yaml:6:28 network.supernets[1]: supernet 10.0.128.0/17 overlaps 10.0.0.0/16',
      'fleet.yaml:6:43 network.supernets[2]: "10.1.0.1/16" is not an IPv4 network in CIDR notation with host bits zero (e.g. "10.64.0.0/12")',
    ]);
  });

  it('fails at the position of a repeated, malformed or backup-only guest storage', () => {
    const text = FLEET(...REALM, 'compute:', '  guestStorages: [local-lvm, ceph-vm, local-lvm, "Bad Id", pbs-t001]');
    expect(problemsOf({ 'fleet.yaml': text })).toEqual([
      'fleet.yaml:18:39 compute.guestStorages[2]: "local-lvm" is listed twice',
      'fleet.yaml:18:50 compute.guestStorages[3]: "Bad Id" is not valid: expected a lower-case Proxmox storage ID (letters, digits, ., -, _; starts with a letter)',
      'fleet.yaml:18:60 compute.guestStorages[4]: "pbs-t001" is named like a tenant PBS storage (pbs-<code>), which holds backups only; name a storage for guest disks',
    ]);
    expect(problemsOf({ 'fleet.yaml': FLEET(...REALM, 'compute:', '  guestStorages: [local-lvm, ceph-vm]') })).toEqual([]);
  });

  it('fails when a vxlan zone has no peers', () => {
    expect(problemsOf({ 'fleet.yaml': FLEET(...REALM).replace('zoneType: vlan', 'zoneType: vxlan') })).toEqual([
      'fleet.yaml:5:13 network.zoneType: zone type "vxlan" needs "network.vxlanPeers"',
    ]);
  });

  it('fails with the position when a host firewall network is malformed or too wide, or a peer is no address', () => {
    const text = FLEET(...REALM).replace('  supernets: [10.0.0.0/16]\n', [
      '  supernets: [10.0.0.0/16]',
      '  managementCidrs: [192.0.2.0/24, 0.0.0.0/0]',
      '  ciRunnerCidrs: [198.51.100.1/24]',
      '  ceph: { publicNetwork: 0.0.0.0/4, clusterNetwork: ceph-net }',
      '',
    ].join('\n'));
    expect(problemsOf({ 'fleet.yaml': text })).toEqual([
      'fleet.yaml:7:35 network.managementCidrs[1]: "0.0.0.0/0" is wider than /8: it would open the API and SSH of every node to every address; list the networks that need access',
      'fleet.yaml:8:19 network.ciRunnerCidrs[0]: "198.51.100.1/24" has host bits set; write the network address of the /24',
      'fleet.yaml:9:26 network.ceph.publicNetwork: "0.0.0.0/4" is wider than /8: it would open the API and SSH of every node to a large part of the internet; list the networks that need access',
      'fleet.yaml:9:53 network.ceph.clusterNetwork: "ceph-net" is not valid: expected an IPv4 CIDR like "10.64.0.0/12"',
    ]);
    const vxlan = FLEET(...REALM).replace('zoneType: vlan', 'zoneType: vxlan').replace('  supernets: [10.0.0.0/16]\n', '  supernets: [10.0.0.0/16]\n  vxlanPeers: [192.0.2.11, pve2.example.org]\n');
    expect(problemsOf({ 'fleet.yaml': vxlan })).toEqual([
      'fleet.yaml:7:28 network.vxlanPeers[1]: "pve2.example.org" is not an IPv4 address (Proxmox takes peers as an IP list, and the firewall rule between the peers needs addresses)',
    ]);
  });

  it('fails when the Vault CI settings name both or neither of projectPathPrefix and projectPath', () => {
    const ci = (fields: string) => FLEET(...REALM).replace('  isolation: namespace\n', `  isolation: namespace\n  ci: { issuer: "https://gitlab.example.org"${fields} }\n`);
    const message = 'vault.ci: needs exactly one of "projectPathPrefix" (one GitLab project per tenant) and "projectPath" (one fleet repository)';
    expect(problemsOf({ 'fleet.yaml': ci('') })).toEqual([`fleet.yaml:13:7 ${message}`]);
    expect(problemsOf({ 'fleet.yaml': ci(', projectPath: infra/fleet, projectPathPrefix: kommunen') })).toEqual([`fleet.yaml:13:7 ${message}`]);
    expect(problemsOf({ 'fleet.yaml': ci(', projectPath: infra/fleet') })).toEqual([]);
  });

  it('fails when an OIDC directory login lacks what Vault needs for its roles', () => {
    const fleet = FLEET(...REALM).replace('  isolation: namespace\n', '  isolation: namespace\n  directoryAuth: { kind: oidc, mount: oidc }\n');
    expect(problemsOf({ 'fleet.yaml': fleet })).toEqual(['clientId', 'discoveryUrl', 'redirectUris'].map((f) => `fleet.yaml:13:18 vault.directoryAuth: kind "oidc" needs "vault.directoryAuth.${f}"`));
  });

  it('fails when the collector is not host:port', () => {
    expect(problemsOf({ 'fleet.yaml': FLEET(...REALM).replace('logs.example.org:6514', 'logs.example.org') })).toEqual([
      'fleet.yaml:14:14 logging.collector: "logs.example.org" is not host:port (e.g. "logs.platform.example:6514")',
    ]);
  });

  it('fails when a tenant file ends in .yml', () => {
    expect(problemsOf({ 'kommunen/alpha.yaml': null, 'kommunen/alpha.yml': yaml('key: alpha', 'name: Alpha', 'kind: gemeinde') })).toEqual([
      'kommunen/alpha.yml:1:1 tenant files end in ".yaml"; rename "alpha.yml"',
      'kommunen/alpha.yml:1:6 key: the file is named "alpha.yml" but the key is "alpha"; rename the file to "alpha.yaml" (the key is the stable identity, the file name follows it)',
    ]);
  });

  it('fails on a file of another extension in the tenants folder, naming it, and ignores hidden files', () => {
    const message = (name: string) =>
      `kommunen/${name}:1:1 "${name}" is not read: only ".yaml" files belong in the tenants folder "kommunen"; if it is a tenant file, rename it to end in ".yaml", else move it out of the folder`;
    expect(problemsOf({ 'kommunen/gamma.json': '{"key": "gamma"}', 'kommunen/beta.yml.bak': 'key: beta', 'kommunen/.gitkeep': '', 'kommunen/.alpha.yaml.swp': 'x' })).toEqual([
      message('beta.yml.bak'),
      message('gamma.json'),
    ]);
  });

  it('fails when the tenants folder is not a subfolder of the fleet folder, without reading it', () => {
    const message = (folder: string) =>
      `fleet.yaml:17:10 tenants: the tenants folder ${JSON.stringify(folder)} is not a subfolder of the fleet folder; tenant files live in a folder inside it, next to fleet.yaml (e.g. "kommunen"), so the fleet, its lock and its tenants stay together`;
    for (const folder of ['../kommunen', '/etc', '.', 'kommunen/../..', 'C:\\kommunen', '..\\x']) {
      expect(problemsOf({ 'fleet.yaml': FLEET(...REALM, `tenants: ${JSON.stringify(folder)}`) })).toEqual([message(folder)]);
    }
    // A subfolder written with "./" or a trailing slash is fine.
    expect(problemsOf({ 'fleet.yaml': FLEET(...REALM, 'tenants: ./kommunen/') })).toEqual([]);
  });

  it('fails when the tenants folder is a symbolic link out of the fleet folder', () => {
    const outside = tempDir();
    dirs.push(outside);
    const dir = fleetWith({ 'fleet.yaml': FLEET(...REALM, 'tenants: linked') });
    dirs.push(dir);
    fs.cpSync(path.join(dir, 'kommunen'), path.join(outside, 'kommunen'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'kommunen'), path.join(dir, 'linked'));
    expect(checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem)).toEqual([
      'fleet.yaml:17:10 tenants: the tenants folder "linked" is not a subfolder of the fleet folder; tenant files live in a folder inside it, next to fleet.yaml (e.g. "kommunen"), so the fleet, its lock and its tenants stay together',
    ]);
  });

  const VG = (...members: string[]) =>
    yaml('key: vg-test', 'name: VG Test', 'kind: verbandsgemeinde', 'ars: "079995001000"', 'members:', ...members);

  it('fails when a Verbandsgemeinde lists one member AGS twice, or two list the same member', () => {
    expect(problemsOf({ 'kommunen/vg-test.yaml': VG('  altdorf: { name: Altdorf, ags: "07999101" }', '  neudorf: { name: Neudorf, ags: "07999101" }') })).toEqual([
      'kommunen/vg-test.yaml:7:34 members.neudorf.ags: Ortsgemeinde AGS "07999101" is already listed in kommunen/vg-test.yaml (members.altdorf); every member AGS appears once in the fleet',
    ]);
    expect(problemsOf({
      'kommunen/vg-test.yaml': VG('  altdorf: { name: Altdorf, ags: "07999101" }'),
      'kommunen/vg-zwei.yaml': VG('  altdorf: { name: Altdorf, ags: "07999101" }').replace('vg-test', 'vg-zwei').replace('079995001000', '079995002000'),
    })).toEqual([
      'kommunen/vg-zwei.yaml:6:34 members.altdorf.ags: Ortsgemeinde AGS "07999101" is already listed in kommunen/vg-test.yaml (members.altdorf); every member AGS appears once in the fleet',
    ]);
  });

  it('fails when a member of a Verbandsgemeinde is also a tenant of its own', () => {
    expect(problemsOf({ 'kommunen/vg-test.yaml': VG('  altdorf: { name: Alpha, ags: "07999011" }') })).toEqual([
      'kommunen/vg-test.yaml:6:32 members.altdorf.ags: Ortsgemeinde AGS "07999011" is also the AGS of the tenant in kommunen/alpha.yaml; a municipality is either a tenant of its own or a member of a Verbandsgemeinde, not both',
    ]);
  });

  it('caps the ValidationError text at MAX_REPORTED_PROBLEMS lines and says how many more there are', () => {
    const extra = Array.from({ length: MAX_REPORTED_PROBLEMS + 7 }, (_, i) => `x${String(i).padStart(3, '0')}: 1`);
    const dir = fleetWith({ 'kommunen/alpha.yaml': yaml('key: alpha', 'name: Alpha', 'kind: gemeinde', 'ags: "07999011"', ...extra) });
    dirs.push(dir);
    let caught: unknown;
    try {
      loadFleet(path.join(dir, 'fleet.yaml'), { displayRoot: dir });
    } catch (e) {
      caught = e;
    }
    const err = caught as ValidationError;
    expect(err.problems).toHaveLength(MAX_REPORTED_PROBLEMS + 7);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe(`${MAX_REPORTED_PROBLEMS + 7} problems in 1 parameter file:`);
    expect(lines).toHaveLength(1 + MAX_REPORTED_PROBLEMS + 1);
    expect(lines[MAX_REPORTED_PROBLEMS]).toMatch(/^ {2}kommunen\/alpha\.yaml:\d+:1 x049: unknown field "x049"/);
    expect(lines[MAX_REPORTED_PROBLEMS + 1]).toBe(`  ... and 7 more problems (${MAX_REPORTED_PROBLEMS + 7} in all; the first ${MAX_REPORTED_PROBLEMS} are shown)`);
  });

  it('fails with problems of the fleet and of several tenant files at once', () => {
    const problems = problemsOf({
      'fleet.yaml': FLEET(...REALM).replace('isolation: namespace', 'isolation: namespaces'),
      'kommunen/alpha.yaml': yaml('key: alpha', 'name: Alpha', 'kind: gemeinde', 'size: xl'),
      'kommunen/beta.yaml': yaml('key: beta', 'name: Beta', 'kind: stadt', 'logging:', '  retentionDays: 365'),
    });
    expect(problems).toEqual([
      'fleet.yaml:12:14 vault.isolation: "namespaces" is not allowed; did you mean "namespace"? (allowed: namespace, path)',
      'kommunen/alpha.yaml:4:7 size: "xl" is not allowed; did you mean "l"? (allowed: s, m, l)',
      'kommunen/beta.yaml:5:18 logging.retentionDays: 365 is above the vetted maximum 180',
    ]);
  });

  it('fails with a ValidationError from loadFleet', () => {
    const dir = fleetWith({ 'kommunen/beta.yaml': yaml('key: beta', 'name: Beta', 'kind: stadt', 'state: retired') });
    dirs.push(dir);
    expect(() => loadFleet(path.join(dir, 'fleet.yaml'), { displayRoot: dir })).toThrow(
      'kommunen/beta.yaml:4:8 state: "retired" is not allowed (allowed: active, decommissioning)',
    );
  });
});
