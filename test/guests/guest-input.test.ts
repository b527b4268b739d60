/**
 * Bad input of the guest catalogue (issue #18): every problem positioned (file:line:column, field
 * path, bad value, what is allowed), reported before any output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { writeLockFile } from '../../lib/allocation/lockfile';
import { checkFleetWithTenants } from '../../lib/config/load';
import { formatProblem } from '../../lib/config/problems';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { isValidationError } from '../../lib/config/problems';
import { cleanup, fleetWith, yaml } from '../config/fixtures';
import { guestFleet } from './fixtures';

const FLEET = (...compute: string[]) => guestFleet(['  zoneType: vlan', '  supernets: [10.0.0.0/16]', '  nodes: [pve1, pve2]'], compute);
const TEMPLATES = ['compute:', '  vmIdsPerTenant: 10', '  guestStorages: [local-lvm, ceph-vm]', '  templates:', '    edge: { vmId: 9000 }', '    directory: { vmId: 9001 }', '    app: { vmId: 9002 }'];
const ALPHA = ['key: alpha', 'name: Alpha (Pfalz)', 'kind: gemeinde', 'ags: "07999011"'];

function problemsOf(fleet: string, alpha: string): string[] {
  const dir = fleetWith({ 'fleet.yaml': fleet, 'kommunen/alpha.yaml': alpha });
  try {
    return checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem);
  } finally {
    cleanup(dir);
  }
}

describe('guests: bad input', () => {
  it('accepts a valid guest set', () => {
    expect(problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  dc: { profile: directory, size: m }', '  fw: { profile: edge }'))).toEqual([]);
  });

  it('refuses a guest in a segment the tenant does not have', () => {
    expect(problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  dc: { profile: directory, segment: dmz }'))).toEqual([
      'kommunen/alpha.yaml:6:38 guests.dc.segment: guest "dc" is placed in segment "dmz", which the tenant does not have (its segments: management, servers, clients); enable it under "segments" or choose one of these',
    ]);
  });

  it('refuses more guests than the VM ID range', () => {
    expect(problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  app: { profile: app, count: 8 }', '  dc: { profile: directory, count: 3 }'))).toEqual([
      'kommunen/alpha.yaml:5:1 guests: the guests need 11 VM IDs, more than the 10 of the tenant\'s VM ID range (fleet compute.vmIdsPerTenant); lower the counts',
    ]);
  });

  it('refuses a size outside the catalogue and an unknown profile, naming what is allowed', () => {
    const problems = problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  dc: { profile: directory, size: xl }', '  db: { profile: database }'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('kommunen/alpha.yaml:6:35 guests.dc.size: "xl" is not allowed; did you mean "l"? (allowed: s, m, l)');
    expect(problems[1]).toBe('kommunen/alpha.yaml:7:18 guests.db.profile: "database" is not allowed (allowed: edge, directory, file, app, container)');
  });

  it('refuses a disk storage outside the tenant pool', () => {
    expect(problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  dc:', '    profile: directory', '    override: { storage: nfs-backup, reason: "needs the NFS box until the SAN migration in Q3" }'))).toEqual([
      'kommunen/alpha.yaml:8:26 guests.dc.override.storage: storage "nfs-backup" is not one of the fleet\'s guest storages, the members of the tenant pool (allowed: local-lvm, ceph-vm); disks go only on pool storages',
    ]);
  });

  it('refuses a profile whose template the fleet does not define', () => {
    expect(problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  files: { profile: file }'))).toEqual([
      'kommunen/alpha.yaml:6:21 guests.files.profile: the fleet defines no template for profile "file" (fleet compute.templates.file; templates exist for: app, directory, edge); the platform team adds it to fleet.yaml first',
    ]);
  });

  it('refuses a profile whose platform services have no addresses in the fleet, naming the fields and what is allowed', () => {
    // The fleet's collector is a host name (logs.example.org:6514): no address is guessed from it.
    const fleet = guestFleet(['  zoneType: vlan', '  supernets: [10.0.0.0/16]', '  nodes: [pve1, pve2]'], [...TEMPLATES, '  platformServices:', '    dns: [192.0.2.53/32]', '    ntp: [192.0.2.123/32]'], false);
    expect(problemsOf(fleet, yaml(...ALPHA, 'guests:', '  fv: { profile: app }', '  dc: { profile: directory }'))).toEqual([
      'kommunen/alpha.yaml:6:18 guests.fv.profile: profile "app" needs platform services whose addresses the fleet does not give (fleet compute.platformServices.vault, compute.platformServices.mirror, compute.platformServices.logCollector); allowed: a list of IPv4 networks in CIDR notation, a host as /32 (e.g. [10.0.0.53/32]); a host name cannot go into a firewall rule, so none is guessed',
      'kommunen/alpha.yaml:7:18 guests.dc.profile: profile "directory" needs platform services whose addresses the fleet does not give (fleet compute.platformServices.mirror, compute.platformServices.logCollector); allowed: a list of IPv4 networks in CIDR notation, a host as /32 (e.g. [10.0.0.53/32]); a host name cannot go into a firewall rule, so none is guessed',
    ]);
  });

  it('takes the log collector address from logging.collector when that is an IPv4 address, and refuses a host name as a service address', () => {
    const fleet = (services: string[]) => guestFleet(['  zoneType: vlan', '  supernets: [10.0.0.0/16]', '  nodes: [pve1, pve2]'], [...TEMPLATES, '  platformServices:', ...services], false)
      .replace('collector: logs.example.org:6514', 'collector: 192.0.2.14:6514');
    const full = ['    dns: [192.0.2.53/32]', '    ntp: [192.0.2.123/32]', '    mirror: [192.0.2.80/32]'];
    expect(problemsOf(fleet(full), yaml(...ALPHA, 'guests:', '  dc: { profile: directory }'))).toEqual([]);
    const bad = problemsOf(fleet([...full.slice(0, 2), '    mirror: [mirror.example.org]']), yaml(...ALPHA, 'guests:', '  dc: { profile: directory }'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^fleet\.yaml:\d+:\d+ compute\.platformServices\.mirror\[0\]: "mirror\.example\.org"/);
  });

  it('refuses a second edge, an edge with count > 1, and a data disk on a profile without one', () => {
    const problems = problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  fw: { profile: edge, count: 2 }', '  fw2:', '    profile: edge', '    override: { dataDiskGiB: 10, reason: "logs of the appliance need their own disk" }'));
    expect(problems).toEqual([
      'kommunen/alpha.yaml:6:31 guests.fw.count: an edge appliance owns the segment gateways and runs once: count must be 1, got 2',
      'kommunen/alpha.yaml:8:14 guests.fw2.profile: guest "fw2" is a second edge appliance (the first is "fw"); a tenant has one edge, which owns its segment gateways',
      'kommunen/alpha.yaml:9:17 guests.fw2.override.dataDiskGiB: profile "edge" has no data disk; remove "dataDiskGiB" (allowed: cores, memoryMiB, diskGiB, storage)',
    ]);
  });

  it('refuses guests in a fleet that names no nodes', () => {
    const noNodes = FLEET(...TEMPLATES).replace("  nodes: [pve1, pve2]\n", '');
    expect(problemsOf(noNodes, yaml(...ALPHA, 'guests:', '  dc: { profile: directory }'))).toEqual([
      'kommunen/alpha.yaml:5:1 guests: the fleet names no Proxmox nodes (network.nodes, or clusters) to create guests on; the platform team adds them to fleet.yaml first',
    ]);
  });

  it('refuses an override without a reason', () => {
    const problems = problemsOf(FLEET(...TEMPLATES), yaml(...ALPHA, 'guests:', '  dc: { profile: directory, override: { cores: 12 } }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kommunen\/alpha\.yaml:6:.* guests\.dc\.override.*reason/);
  });

  it('positions a range exhausted by reserved IDs (lock) at the guest, before any output', () => {
    const dir = fleetWith({ 'fleet.yaml': FLEET(...TEMPLATES), 'kommunen/alpha.yaml': yaml(...ALPHA, 'guests:', '  app: { profile: app, count: 9 }') });
    try {
      const first = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
      expect(first.specs.alpha.guests!.app.instances).toHaveLength(9);
      writeLockFile(first.lockPath, first.lock);
      // 2 + 3 instances fit the static check, but the 7 IDs of the lowered count stay reserved.
      fs.writeFileSync(path.join(dir, 'kommunen/alpha.yaml'), yaml(...ALPHA, 'guests:', '  app: { profile: app, count: 2 }', '  dc: { profile: directory, count: 3 }'));
      let caught: unknown;
      try {
        loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
      } catch (e) {
        caught = e;
      }
      expect(isValidationError(caught)).toBe(true);
      expect((caught as { problems: Parameters<typeof formatProblem>[0][] }).problems.map(formatProblem)).toEqual([
        expect.stringMatching(/^kommunen\/alpha\.yaml:7:7 guests\.dc: no free VM ID left in the tenant's range 100010-100019 for instance 1 of guest "dc"/),
      ]);
    } finally {
      cleanup(dir);
    }
  });
});
