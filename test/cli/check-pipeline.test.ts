/**
 * One check pipeline (issue #15, deliverables 1-3): for every error class, `kommunal validate` and
 * `kommunal synth` exit with the same code and print the same positioned lines; no fixture ever
 * prints "internal error", a stack trace or cdktf's advice to skip validation; and a failed `synth`
 * leaves the fleet folder (lock and output folder included) byte-identical.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { PLATFORM_STACK_NAME } from '../../lib/blueprint/fleet';
import { main } from '../../lib/cli/main';
import { MAX_REPORTED_PROBLEMS } from '../../lib/config/problems';
import { RESERVED_TENANT_KEYS } from '../../lib/config/validate-fleet';

const VALID = path.resolve(__dirname, '../fixtures/config/valid-fleet');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function kommunal(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** Every file below `dir` (relative path -> sha256), so a run that writes anything shows up. */
function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const edit = (file: string, fn: (text: string) => string) => fs.writeFileSync(file, fn(fs.readFileSync(file, 'utf8')));

let tmp: string;
let goodLock: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-check-pipeline-'));
  // A fleet synthesized once: its lock is the base of the lock fixtures.
  fs.cpSync(VALID, path.join(tmp, 'base'), { recursive: true });
  const r = await kommunal(['synth', '--fleet', 'base/fleet.yaml'], tmp);
  if (r.code !== 0) throw new Error(`synthesizing the valid fixture failed: ${r.stderr}`);
  goodLock = fs.readFileSync(path.join(tmp, 'base', 'fleet.lock.yaml'), 'utf8');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** One fixture per error class: a change to a copy of the valid fleet, and the line it must produce. */
interface Case {
  readonly name: string;
  /** Mutates the fleet folder. */
  readonly make: (dir: string) => void;
  /** The first problem line (file relative to the fleet folder's parent, i.e. the run's cwd). */
  readonly expect: RegExp;
  /** How many problem lines the run prints (a problem is reported once). @default - not checked */
  readonly lines?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'YAML syntax',
    make: (d) => fs.writeFileSync(path.join(d, 'kommunen', 'alpha.yaml'), 'key: alpha\nname: [unclosed\n'),
    expect: /^f\/kommunen\/alpha\.yaml:\d+:\d+ /,
  },
  {
    name: 'schema (unknown field)',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => `${t}sise: m\n`),
    expect: /^f\/kommunen\/alpha\.yaml:5:1 sise: unknown field "sise"; did you mean "size"\?/,
  },
  {
    name: 'fleet rule (duplicate key across tenant files)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => t.replace('key: beta', 'key: alpha')),
    expect: /^f\/kommunen\/beta\.yaml:1:6 key: tenant key "alpha" is already used by f\/kommunen\/alpha\.yaml/,
  },
  {
    name: 'fleet rule (a tenant key that is a stack name of the fleet)',
    make: (d) => {
      fs.renameSync(path.join(d, 'kommunen', 'beta.yaml'), path.join(d, 'kommunen', 'platform.yaml'));
      edit(path.join(d, 'kommunen', 'platform.yaml'), (t) => t.replace('key: beta', 'key: platform'));
    },
    expect: /^f\/kommunen\/platform\.yaml:1:6 key: tenant key "platform" is reserved: it is the name of the fleet's platform stack/,
  },
  {
    name: 'YAML alias bomb',
    make: (d) => {
      const lines = ['key: alpha', 'name: Alpha (Pfalz)', 'kind: gemeinde', 'ags: "07999011"', 'x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 9; i += 1) lines.push(`x${i}: &x${i} [${Array(9).fill(`*x${i - 1}`).join(', ')}]`);
      fs.writeFileSync(path.join(d, 'kommunen', 'alpha.yaml'), `${lines.join('\n')}\n`);
    },
    expect: /^f\/kommunen\/alpha\.yaml:7:10 YAML syntax error: alias \*x1 expands to too many values/,
  },
  {
    name: 'YAML duplicate key',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => `${t}name: Alpha\n`),
    expect: /^f\/kommunen\/alpha\.yaml:5:1 YAML syntax error: duplicate key "name": this mapping already has it on line 2;/,
  },
  {
    name: 'a file of another extension in the tenants folder',
    make: (d) => fs.writeFileSync(path.join(d, 'kommunen', 'gamma.json'), '{"key": "gamma"}\n'),
    expect: /^f\/kommunen\/gamma\.json:1:1 "gamma\.json" is not read: only "\.yaml" files belong in the tenants folder "kommunen"/,
  },
  {
    name: 'tenants folder outside the fleet folder',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => `${t}tenants: ../kommunen\n`),
    expect: /^f\/fleet\.yaml:\d+:10 tenants: the tenants folder "\.\.\/kommunen" is not a subfolder of the fleet folder/,
  },
  {
    name: 'unquoted AGS',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => t.replace('ags: "07999011"', 'ags: 07999011')),
    expect: /^f\/kommunen\/alpha\.yaml:4:6 ags: 07999011 was read as a number, so leading zeros are lost; write it in quotes: "07999011"$/m,
  },
  {
    name: 'tenant key with an umlaut',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => t.replace('key: alpha', 'key: älpha')),
    expect: /^f\/kommunen\/alpha\.yaml:1:6 key: "älpha" is not a valid tenant key: .*; use "aelpha" \(and name the file "aelpha\.yaml"\)$/m,
  },
  {
    name: 'tenant key that is a path',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => t.replace('key: alpha', 'key: ../alpha')),
    expect: /^f\/kommunen\/alpha\.yaml:1:6 key: "\.\.\/alpha" is not a valid tenant key: a tenant key is a name, not a path/,
  },
  {
    name: 'Ortsgemeinde listed twice',
    make: (d) => fs.writeFileSync(path.join(d, 'kommunen', 'vg-test.yaml'), 'key: vg-test\nname: VG Test\nkind: verbandsgemeinde\nars: "079995001000"\nmembers:\n  altdorf: { name: Altdorf, ags: "07999101" }\n  neudorf: { name: Neudorf, ags: "07999101" }\n'),
    expect: /^f\/kommunen\/vg-test\.yaml:7:34 members\.neudorf\.ags: Ortsgemeinde AGS "07999101" is already listed in f\/kommunen\/vg-test\.yaml \(members\.altdorf\)/,
  },
  {
    name: 'Ortsgemeinde that is also a tenant',
    make: (d) => fs.writeFileSync(path.join(d, 'kommunen', 'vg-test.yaml'), 'key: vg-test\nname: VG Test\nkind: verbandsgemeinde\nars: "079995001000"\nmembers:\n  alpha: { name: Alpha, ags: "07999011" }\n'),
    expect: /^f\/kommunen\/vg-test\.yaml:6:30 members\.alpha\.ags: Ortsgemeinde AGS "07999011" is also the AGS of the tenant in f\/kommunen\/alpha\.yaml/,
  },
  {
    name: 'lock format',
    make: (d) => fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), goodLock.replace('version: 1', 'version: 7')),
    expect: /^f\/fleet\.lock\.yaml:5:10 version: must be 1, got 7$/m,
  },
  {
    name: 'lock consistency (two tenants with one number)',
    make: (d) => fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), goodLock.replace(/(beta:\n {4}number: )\d+/, '$11')),
    expect: /^f\/fleet\.lock\.yaml:\d+:\d+ tenants\.beta\.number: number 1 is used by tenants "alpha" and "beta"$/m,
  },
  {
    name: 'lock seal (cut off at an entry boundary)',
    make: (d) => fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), goodLock.slice(0, goodLock.indexOf('  beta:\n'))),
    expect: /^f\/fleet\.lock\.yaml:4:1 fleet\.lock\.yaml was written with 2 tenant entries but holds 1: entries were lost/,
  },
  {
    name: 'lock owner (a retired key comes back for another municipality)',
    make: (d) => {
      const lock = parseLockFile(goodLock, 'fleet.lock.yaml');
      fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), serializeLockFile({ ...lock, tenants: { ...lock.tenants, beta: { ...lock.tenants.beta, retired: true } } }));
      edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => t.replace('name: Beta', 'name: Neu-Beta').replace('ags: "07999012"', 'ags: "07999019"'));
    },
    expect: /^f\/kommunen\/beta\.yaml:4:6 ags: tenant key "beta" was allocated for Beta \(AGS 07999012\), not for Neu-Beta \(AGS 07999019\);/,
  },
  {
    name: 'allocation (size changed against the lock)',
    make: (d) => {
      fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), goodLock);
      edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => t.replace('size: m', 'size: l'));
    },
    expect: /^f\/kommunen\/beta\.yaml:5:7 size: size "l" needs a \/\d+ block but the lock holds /m,
  },
  {
    name: 'allocation (address space exhausted)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => t.replace('supernets: [10.0.0.0/16]', 'supernets: [10.0.0.0/21]')),
    expect: /^f\/fleet\.yaml:\d+:\d+ network\.supernets: address space exhausted/m,
  },
  {
    name: 'platform (snippet node missing)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => t.replace('  snippets: { node: pve1 }\n', '')),
    expect: /^f\/fleet\.yaml:14:3 logging\.snippets\.node: is needed/,
  },
  {
    name: 'compliance rule pack (secret pattern in the tenant name)',
    make: (d) => edit(path.join(d, 'kommunen', 'alpha.yaml'), (t) => t.replace('name: Alpha (Pfalz)', 'name: "Alpha PVEAPIToken=x"')),
    expect: /^f\/kommunen\/alpha\.yaml:2:7 name: looks like a secret \(Proxmox API token header\) and would be written into the stack "alpha" \(compliance rule KOM-SEC-1\); secrets never go in parameter files$/,
  },
  {
    name: 'compliance rule pack (secret pattern in a flow reason)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => t.replace('  clients-to-servers-smb: {}', '  clients-to-servers-smb: { reason: "token hvs.AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }')),
    expect: /^f\/kommunen\/beta\.yaml:9:37 flows\.clients-to-servers-smb\.reason: looks like a secret \(Vault token\) and would be written into the stack "beta"/,
  },
  // Construct prop validation reached by parameters the schema and the fleet rules let through: each
  // is positioned at the parameter that supplied the refused prop (lib/config/prop-sources.ts).
  {
    name: 'construct TenantAccess (a directory group name Proxmox cannot sync)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}identity:\n  groups:\n    admins: "Rathaus Admins"\n`),
    expect: /^f\/kommunen\/beta\.yaml:21:13 identity\.groups\.admins: "Rathaus Admins" is not a valid directory group name; allowed: .* \(TenantAccess prop directoryGroups\.admins\)$/,
    lines: 1,
  },
  {
    name: 'construct TenantAccess (an LDAP group filter without parentheses)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}identity:\n  source: ldap\n  ldap:\n    server: dc1.beta.de\n    baseDn: "dc=beta,dc=de"\n    groupFilter: "objectClass=group"\n`),
    expect: /^f\/kommunen\/beta\.yaml:24:18 identity\.ldap\.groupFilter: "objectClass=group" is not a valid LDAP filter in parentheses; allowed: \(…\)$/,
    lines: 1,
  },
  {
    name: 'construct TenantFirewall (a flow exception whose name is too short for a firewall rule)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}flowExceptions:\n  x:\n    from: clients\n    to: servers\n    protocol: tcp\n    ports: "8080"\n    reason: "Fachverfahren Meldewesen, Ticket 4711"\n    expires: "2030-01-01"\n`),
    expect: /^f\/kommunen\/beta\.yaml:21:5 flowExceptions\.x: flow name "x": has 1 characters, allowed 2-63 .* \(TenantFirewall prop flows\.x\)$/,
    lines: 1,
  },
  {
    name: 'construct TenantVault (path isolation: a directory group that does not name its tenant)',
    make: (d) => {
      edit(path.join(d, 'fleet.yaml'), (t) => t.replace('  isolation: namespace\n', '  isolation: path\n  directoryAuth: { kind: ldap, mount: ldap }\n'));
      edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}identity:\n  groups:\n    admins: Verwaltung\n`);
    },
    expect: /^f\/kommunen\/beta\.yaml:21:13 identity\.groups\.admins: "Verwaltung" does not contain the tenant key "beta"; .* \(TenantVault prop auth\.directory\.groups\.admin\)$/,
    lines: 1,
  },
  {
    name: 'construct NetworkSegments (an empty node list in fleet.yaml that a tenant inherits)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => t.replace('  zoneType: vlan\n', '  zoneType: qinq\n  nodes: []\n')),
    expect: /^f\/fleet\.yaml:6:10 network\.nodes: \[\] is not allowed; allowed: a non-empty list of node names, or leave it unset for all nodes \(NetworkSegments prop zone\.nodes\); tenant "alpha" inherits it from fleet\.yaml$/,
    lines: 1,
  },
  {
    name: 'construct BackupPlan (the second copy on the primary PBS)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => t.replace('server: pbs2.example.org', 'server: pbs1.example.org')),
    expect: /^f\/fleet\.yaml:10:25 backup\.secondCopy\.server: "pbs1\.example\.org" must be a different server than the primary PBS "pbs1\.example\.org" \(BackupPlan prop secondCopy\.server\); tenant "alpha" inherits it from fleet\.yaml$/,
    lines: 1,
  },
  {
    name: 'construct StateBackend (platform stack: a backend setting that is not https)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => `${t}state:\n  backend: http\n  settings:\n    address: "http://gitlab.example.org/api/v4/projects/1/terraform/state"\n`),
    expect: /^f\/fleet\.yaml:21:14 state\.settings\.address: "http:\/\/gitlab\.example\.org\/api\/v4\/projects\/1\/terraform\/state" must be an https URL/,
    lines: 1,
  },
  {
    name: 'construct StateBackend (platform stack: a required backend setting missing)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => `${t}state:\n  backend: s3\n  settings:\n    bucket: tfstate\n`),
    expect: /^f\/fleet\.yaml:21:5 state\.settings\.endpoint: is required for the s3 backend$/,
    lines: 1,
  },
  {
    name: 'compliance rule pack (a suppression of an unknown rule)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}suppressions:\n  dhcp-iot:\n    rule: KOM-NET-9\n    reason: "Altgeraete im IoT-Netz, Ticket 4711"\n`),
    expect: /^f\/kommunen\/beta\.yaml:21:11 suppressions\.dhcp-iot\.rule: rule "KOM-NET-9" is not a rule of the pack.* \(compliance rule pack, stack "beta"\)$/,
    lines: 1,
  },
  {
    name: 'compliance rule pack (a suppression that matches no finding)',
    make: (d) => edit(path.join(d, 'kommunen', 'beta.yaml'), (t) => `${t}suppressions:\n  dhcp-iot:\n    rule: KOM-NET-3\n    reason: "Altgeraete im IoT-Netz, Ticket 4711"\n`),
    expect: /^f\/kommunen\/beta\.yaml:21:11 suppressions\.dhcp-iot\.rule: suppression of KOM-NET-3 matches no finding; remove it \(compliance rule pack, stack "beta"\)$/,
    lines: 1,
  },
  {
    name: 'fleet rule (a Vault path with a reserved segment; was an internal error in resolution)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => t.replace('  isolation: namespace\n', '  isolation: path\n  sharedKvMount: sys\n')),
    expect: /^f\/fleet\.yaml:13:18 vault\.sharedKvMount: "sys" is not a usable Vault path for vault\.sharedKvMount: Vault path segment "sys": is reserved/,
    lines: 1,
  },
  {
    // 692 tenants with all six segments need 4,147 VLAN tags; a vlan zone has 4,093. Validating and
    // synthesizing 694 files takes a few seconds: the one large fixture of the table.
    name: 'allocation (VLAN tags exhausted: more segments than a vlan zone has tags)',
    make: (d) => {
      edit(path.join(d, 'fleet.yaml'), (t) => t.replace('supernets: [10.0.0.0/16]', 'supernets: [10.0.0.0/8]'));
      for (let i = 0; i < 690; i += 1) {
        const key = `t${String(i).padStart(3, '0')}`;
        fs.writeFileSync(path.join(d, 'kommunen', `${key}.yaml`), `key: ${key}\nname: T ${i}\nkind: gemeinde\nags: "07${200000 + i}"\nsize: s\nsegments: { dmz: {}, schools: {}, iot: {} }\n`);
      }
    },
    expect: /^f\/fleet\.yaml:5:13 network\.zoneType: VLAN tags exhausted: 692 tenants × their segments need 4,147 tags, a vlan zone has 4,093 \(2–4094\); use zoneType qinq or evpn in fleet\.yaml$/,
    lines: 1,
  },
  {
    name: 'allocation (VM IDs exhausted)',
    make: (d) => edit(path.join(d, 'fleet.yaml'), (t) => `${t}compute:\n  vmIdBase: 999999000\n  vmIdsPerTenant: 1000\n`),
    expect: /^f\/fleet\.yaml:20:19 compute\.vmIdsPerTenant: VM IDs exhausted: tenant number 2 would get VM IDs up to /,
    lines: 1,
  },
  {
    // Converting a one-cluster fleet to clusters without naming the cluster it ran on would move
    // that cluster's Proxmox part out of the stack `platform` (docs/clusters.md): refused, even with
    // one cluster, before anything is written.
    name: 'placement (clusters without legacyCluster over a lock written before clusters)',
    make: (d) => {
      fs.writeFileSync(path.join(d, 'fleet.lock.yaml'), goodLock);
      edit(path.join(d, 'fleet.yaml'), (t) => `${t}sites:\n  nord:\n    pbs: { server: pbs-nord.example.org, datastore: nord }\nclusters:\n  ka:\n    site: nord\n    endpoint: https://pve-a.example.org:8006/\n    nodes: [pve1, pve2]\n`);
    },
    expect: /^f\/fleet\.yaml:22:3 legacyCluster: 2 tenant entries of fleet\.lock\.yaml record no cluster \("alpha", "beta"\): .*Set `legacyCluster: <id>` to the cluster they run on, the old one \(one of ka; docs\/clusters\.md\)$/,
    lines: 1,
  },
];

describe('validate and synth run one check pipeline', () => {
  it('reserves the platform stack name as a tenant key', () => {
    expect(RESERVED_TENANT_KEYS).toContain(PLATFORM_STACK_NAME);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: same exit code and message, positioned, nothing written', async (_name, c) => {
    const dir = path.join(tmp, 'f');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(VALID, dir, { recursive: true });
    c.make(dir);
    const before = treeHash(dir);
    const v = await kommunal(['validate', 'f'], tmp);
    expect(treeHash(dir)).toEqual(before);
    const s = await kommunal(['synth', '--fleet', 'f/fleet.yaml'], tmp);
    // Nothing written on failure: the lock, the tenant files and no output folder.
    expect(treeHash(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'cdktf.out'))).toBe(false);
    expect(v.code).toBe(1);
    expect({ code: s.code, stderr: s.stderr }).toEqual({ code: v.code, stderr: v.stderr });
    expect(v.stderr.split('\n')[0]).toMatch(c.expect);
    if (c.lines !== undefined) expect(v.stderr.trimEnd().split('\n').slice(0, -1)).toHaveLength(c.lines);
    for (const out of [v.stderr, s.stderr]) {
      expect(out).not.toMatch(/internal error/i);
      expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(out).not.toMatch(/skipValidation/);
      expect(out).not.toContain(tmp);
    }
  });
});

describe('nothing is written unless the whole run succeeds', () => {
  it('validate of a valid fleet says ok and writes nothing (no lock, no output folder)', async () => {
    const dir = path.join(tmp, 'ok');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(VALID, dir, { recursive: true });
    const before = treeHash(dir);
    const v = await kommunal(['validate', 'ok'], tmp);
    expect(v).toEqual({ code: 0, stdout: 'ok: 3 files valid (1 fleet, 2 Kommune files)\n', stderr: '' });
    expect(treeHash(dir)).toEqual(before);
  });

  it('a synth that fails in a stack leaves the lock and the output folder of the last good run byte-identical', async () => {
    const dir = path.join(tmp, 'staged');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(VALID, dir, { recursive: true });
    const first = await kommunal(['synth', '--fleet', 'staged/fleet.yaml'], tmp);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('allocation changed: wrote staged/fleet.lock.yaml');
    expect(fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', 'alpha', 'cdk.tf.json'))).toBe(true);
    // A new tenant (the lock would gain an entry), a changed tenant (its stack would be rebuilt) and
    // a tenant whose stack fails the rule pack: the failing run must not write any of it.
    fs.writeFileSync(path.join(dir, 'kommunen', 'gamma.yaml'), 'key: gamma\nname: Gamma\nkind: gemeinde\nags: "07999013"\n');
    edit(path.join(dir, 'kommunen', 'alpha.yaml'), (t) => t.replace('name: Alpha (Pfalz)', 'name: Alpha an der Pfalz'));
    edit(path.join(dir, 'kommunen', 'beta.yaml'), (t) => t.replace('  clients-to-servers-smb: {}', '  clients-to-servers-smb: { reason: "token hvs.AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }'));
    const before = treeHash(dir);
    const failed = await kommunal(['synth', '--fleet', 'staged/fleet.yaml', '--runner', 'inline'], tmp);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^staged\/kommunen\/beta\.yaml:9:37 flows\.clients-to-servers-smb\.reason: looks like a secret \(Vault token\)/);
    expect(treeHash(dir)).toEqual(before);
    // Worker processes report the same. They run the built code (dist/, made by `npm test` before
    // jest), so this run uses the built CLI as well.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(path.resolve(__dirname, '../../dist/lib/cli/main.js')) as typeof import('../../lib/cli/main');
    let workerErr = '';
    const workerCode = await built.main(['synth', '--fleet', 'staged/fleet.yaml', '--runner', 'process', '--jobs', '2'], { cwd: tmp, stdout: () => undefined, stderr: (t) => void (workerErr += t) });
    const viaWorkers = { code: workerCode, stderr: workerErr };
    expect({ code: viaWorkers.code, stderr: viaWorkers.stderr }).toEqual({ code: failed.code, stderr: failed.stderr });
    expect(treeHash(dir)).toEqual(before);
    // The cdktf app (runFleetApp, what an example's main.ts runs) fails the same way and writes nothing.
    const appRun = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.resolve(__dirname, '../../dist/lib/index.js'))}).runFleetApp({ dir: process.cwd() })`], { cwd: dir, encoding: 'utf8' });
    expect(appRun.status).not.toBe(0);
    expect(appRun.stderr).toContain('KOM-SEC-1');
    expect(treeHash(dir)).toEqual(before);
    // No staging folder is left next to the output folder.
    expect(fs.readdirSync(dir).sort()).toEqual(['cdktf.out', 'fleet.lock.yaml', 'fleet.yaml', 'kommunen']);
    // Fixed, the same run succeeds and only then records gamma in the lock.
    edit(path.join(dir, 'kommunen', 'beta.yaml'), (t) => t.replace('{ reason: "token hvs.AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }', '{}'));
    const fixed = await kommunal(['synth', '--fleet', 'staged/fleet.yaml'], tmp);
    expect(fixed.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8')).toContain('  gamma:\n');
    expect(fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', 'gamma', 'cdk.tf.json'))).toBe(true);
    // Three synth runs and two worker process starts: ~1.5 s idle, more on a loaded machine.
  }, 60000);
});

describe('error output is capped', () => {
  it(`validate and synth show the first ${MAX_REPORTED_PROBLEMS} problems, then how many more, then the full count`, async () => {
    const dir = path.join(tmp, 'many');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(VALID, dir, { recursive: true });
    const n = MAX_REPORTED_PROBLEMS + 25;
    edit(path.join(dir, 'kommunen', 'alpha.yaml'), (t) => t + Array.from({ length: n }, (_, i) => `ags: "0799901${i}"\n`).join(''));
    const v = await kommunal(['validate', 'many'], tmp);
    const s = await kommunal(['synth', '--fleet', 'many/fleet.yaml'], tmp);
    expect({ code: s.code, stderr: s.stderr }).toEqual({ code: v.code, stderr: v.stderr });
    const lines = v.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_REPORTED_PROBLEMS + 2);
    expect(lines.slice(0, MAX_REPORTED_PROBLEMS).every((l) => /^many\/kommunen\/alpha\.yaml:\d+:1 YAML syntax error: duplicate key "ags"/.test(l))).toBe(true);
    expect(lines[MAX_REPORTED_PROBLEMS]).toBe(`... and 25 more problems (${n} in all; the first ${MAX_REPORTED_PROBLEMS} are shown)`);
    expect(lines[MAX_REPORTED_PROBLEMS + 1]).toBe(`${n} problems in 1 of 3 files`);
  });
});

describe('commands outside the pipeline report lock problems positioned and relative', () => {
  it('explain with a cut-off lock names the seal line relative to the working directory', async () => {
    const dir = path.join(tmp, 'explain');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(VALID, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'fleet.lock.yaml'), goodLock.slice(0, goodLock.indexOf('  beta:\n')));
    const r = await kommunal(['explain', 'alpha', '--fleet', 'explain/fleet.yaml'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^explain\/fleet\.lock\.yaml:4:1 fleet\.lock\.yaml was written with 2 tenant entries but holds 1: entries were lost/);
    expect(r.stderr).toMatch(/\n1 problem found\n$/);
    expect(r.stderr).not.toContain(tmp);
    expect(r.stderr).not.toMatch(/internal error/i);
  });
});
