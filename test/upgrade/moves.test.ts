/**
 * Upgrades between blueprint versions: a simulated release renames resource types and construct
 * paths; the recorded address map must carry every old address to its new one, with zero destroys.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Acl } from '../../lib/providers/proxmox/acl';
import { ProxmoxProvider } from '../../lib/providers/proxmox/provider';
import { SdnVnet } from '../../lib/providers/proxmox/sdn-vnet';
import { VirtualEnvironmentAcl } from '../../lib/providers/proxmox/virtual-environment-acl';
import { VirtualEnvironmentPool } from '../../lib/providers/proxmox/virtual-environment-pool';
import { AddressMap } from '../../lib/upgrade/address-map';
import { addressesFromJson, assertNoDestroys, inventoryFromJson, movedBlocksFor, planAddresses, UpgradeError } from '../../lib/upgrade/moves';
import { addUpgradeMoves } from '../../lib/upgrade/upgrade-moves';
import { SynthJson, fullSynth, synthJson, synthText, testApp } from '../helpers/synth';

const SEGMENTS = ['clients', 'servers', 'dmz'];
const TARGETS = ['pool-admins', 'pool-operators', 'vnet-t0001cl-admins'];

/** A tiny tenant as blueprint "version 1": long ACL type, flat construct paths. */
function buildV1(stack: TerraformStack): void {
  const access = new Construct(stack, 'Access');
  new VirtualEnvironmentPool(access, 'Pool', { poolId: 'kommune-a' });
  for (const t of TARGETS) new VirtualEnvironmentAcl(access, `Acl-${t}`, { path: `/pool/${t}`, roleId: 'PVEAuditor', groupId: t });
  const network = new Construct(stack, 'Network');
  for (const s of SEGMENTS) new SdnVnet(new Construct(network, s), 'Vnet', { id: `t0001${s.slice(0, 2)}`, zone: 'z0001' });
}

/** The same tenant as "version 2": short ACL type under Access/Acls, vnets under Network/Segments. */
function buildV2(stack: TerraformStack): void {
  const access = new Construct(stack, 'Access');
  new VirtualEnvironmentPool(access, 'Pool', { poolId: 'kommune-a' });
  const acls = new Construct(access, 'Acls');
  for (const t of TARGETS) new Acl(acls, t, { path: `/pool/${t}`, roleId: 'PVEAuditor', groupId: t });
  const segments = new Construct(new Construct(stack, 'Network'), 'Segments');
  for (const s of SEGMENTS) new SdnVnet(new Construct(segments, s), 'Vnet', { id: `t0001${s.slice(0, 2)}`, zone: 'z0001' });
}

/** The renames version 2 records. */
const MAP: AddressMap = {
  1: [],
  2: [
    {
      reason: 'ACLs move to the short type name proxmox_acl and are grouped under Access/Acls',
      type: { from: 'proxmox_virtual_environment_acl', to: 'proxmox_acl' },
      path: { from: 'Access/Acl-{target}', to: 'Access/Acls/{target}' },
    },
    { reason: 'segment constructs are grouped under Network/Segments', path: { from: 'Network/{segment}/Vnet', to: 'Network/Segments/{segment}/Vnet' } },
  ],
};

/** Synthesizes like `cdktf synth` (with the "//" metadata that carries construct paths). */
function synthWith(build: (s: TerraformStack) => void, extra?: (s: TerraformStack) => void): SynthJson {
  const app = testApp();
  const stack = new TerraformStack(app, 'kommune-a');
  new ProxmoxProvider(stack, 'Proxmox', {});
  build(stack);
  extra?.(stack);
  const outdir = fullSynth(stack);
  try {
    return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'kommune-a', 'cdk.tf.json'), 'utf8')) as SynthJson;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** old address -> new address, paired by what the resource is (its pool/ACL target or segment). */
function expectedPairs(v1: SynthJson, v2: SynthJson): Map<string, string> {
  const identity = (path: string) => path.replace(/^Access\/Acls\//, 'Access/Acl-').replace(/^Network\/Segments\//, 'Network/');
  const byIdentity = new Map(inventoryFromJson(v2).map((r) => [identity(r.path), `${r.type}.${r.name}`]));
  const out = new Map<string, string>();
  for (const r of inventoryFromJson(v1)) out.set(`${r.type}.${r.name}`, byIdentity.get(r.path)!);
  return out;
}

describe('planning moved blocks', () => {
  const v1 = synthWith(buildV1);
  const v2 = synthWith(buildV2);
  const oldAddresses = addressesFromJson(v1);
  const newAddresses = addressesFromJson(v2);

  it('simulates a real rename: the two versions share only the unchanged pool', () => {
    expect(oldAddresses).toHaveLength(1 + TARGETS.length + SEGMENTS.length);
    expect(oldAddresses.filter((a) => newAddresses.includes(a))).toEqual([oldAddresses.find((a) => a.startsWith('proxmox_virtual_environment_pool.'))]);
    expect(planAddresses(oldAddresses, newAddresses, []).destroy).toHaveLength(TARGETS.length + SEGMENTS.length);
  });

  it('maps every old address to its new one', () => {
    const moves = movedBlocksFor(v2, 1, { map: MAP, currentVersion: 2 });
    const expected = expectedPairs(v1, v2);
    const changed = [...expected].filter(([from, to]) => from !== to);
    expect(changed).toHaveLength(TARGETS.length + SEGMENTS.length);
    expect(new Map(moves.map((m) => [m.from, m.to]))).toEqual(new Map(changed));
    // the type rename really crosses types
    expect(moves.filter((m) => m.from.startsWith('proxmox_virtual_environment_acl.') && m.to.startsWith('proxmox_acl.'))).toHaveLength(TARGETS.length);
  });

  it('leaves zero destroys and zero creates in the address plan', () => {
    const moves = movedBlocksFor(v2, 1, { map: MAP, currentVersion: 2 });
    const plan = assertNoDestroys(oldAddresses, newAddresses, moves);
    expect(plan).toEqual({ destroy: [], create: [], moved: moves, kept: newAddresses });
  });

  it('emits nothing for a tenant that is already current', () => {
    expect(movedBlocksFor(v2, 2, { map: MAP, currentVersion: 2 })).toEqual([]);
  });

  it('composes renames over several versions into one move per resource', () => {
    const v3Map: AddressMap = { ...MAP, 3: [{ reason: 'the pool gets a stable construct ID', path: { from: 'Access/Pool', to: 'Access/TenantPool' } }] };
    const v3 = synthWith((s) => {
      buildV2(s);
      const access = s.node.findChild('Access') as Construct;
      access.node.tryRemoveChild('Pool');
      new VirtualEnvironmentPool(access, 'TenantPool', { poolId: 'kommune-a' });
    });
    const moves = movedBlocksFor(v3, 1, { map: v3Map, currentVersion: 3 });
    expect(moves).toHaveLength(1 + TARGETS.length + SEGMENTS.length);
    expect(assertNoDestroys(oldAddresses, addressesFromJson(v3), moves).create).toEqual([]);
    // from version 2 only the pool moves
    const fromV2 = movedBlocksFor(v3, 2, { map: v3Map, currentVersion: 3 });
    expect(fromV2.map((m) => m.to)).toEqual(addressesFromJson(v3).filter((a) => a.includes('TenantPool')));
    expect(assertNoDestroys(newAddresses, addressesFromJson(v3), fromV2).destroy).toEqual([]);
  });

  it('fails when a rename is not recorded: the old address would be destroyed, and that is an error', () => {
    const incomplete: AddressMap = { 1: [], 2: [MAP[2][0]] }; // the vnet rename is missing
    const moves = movedBlocksFor(v2, 1, { map: incomplete, currentVersion: 2 });
    expect(() => assertNoDestroys(oldAddresses, newAddresses, moves)).toThrow(UpgradeError);
    try {
      assertNoDestroys(oldAddresses, newAddresses, moves);
    } catch (e) {
      const problems = (e as UpgradeError).problems;
      expect(problems).toHaveLength(SEGMENTS.length);
      for (const p of problems) expect(p).toMatch(/^proxmox_sdn_vnet\.Network_[a-z]+_Vnet_[0-9A-F]{8} would be destroyed: no rename in ADDRESS_MAP/);
    }
  });

  it('fails when the provider cannot move state across the two types (needs removed + import)', () => {
    const bad: AddressMap = { 1: [], 2: [{ reason: 'pools to a type without a state mover', type: { from: 'proxmox_virtual_environment_pool', to: 'proxmox_pool' } }] };
    expect(() => movedBlocksFor(v2, 1, { map: bad, currentVersion: 2 })).toThrow(/cannot move state from proxmox_virtual_environment_pool to proxmox_pool.*removed block.*import block/);
  });

  it('fails when the recorded version is newer than the library, not a version, or has no map entry', () => {
    expect(() => movedBlocksFor(v2, 3, { map: MAP, currentVersion: 2 })).toThrow(/recorded blueprint version 3 is newer than this library \(version 2\)/);
    expect(() => movedBlocksFor(v2, 0, { map: MAP, currentVersion: 2 })).toThrow(/recorded blueprint version 0 is not a version/);
    expect(() => movedBlocksFor(v2, 1.5, { map: MAP, currentVersion: 2 })).toThrow(/is not a version/);
    expect(() => movedBlocksFor(v2, 1, { map: { 1: [] }, currentVersion: 2 })).toThrow(/ADDRESS_MAP has no entry for blueprint version 2/);
  });

  it('fails when a move would start at an address the stack still declares', () => {
    const clash: AddressMap = { 1: [], 2: [{ reason: 'a rename onto an address that still exists', address: { from: oldAddresses.find((a) => a.includes('pool'))!, to: newAddresses.find((a) => a.includes('Segments_clients'))! } }] };
    // types differ and no state mover exists: reported together with nothing else hiding it
    expect(() => movedBlocksFor(v2, 1, { map: clash, currentVersion: 2 })).toThrow(UpgradeError);
    const sameType: AddressMap = {
      1: [],
      2: [{ reason: 'clients vnet takes the servers address', address: { from: newAddresses.find((a) => a.includes('Segments_servers'))!, to: newAddresses.find((a) => a.includes('Segments_clients'))! } }],
    };
    expect(() => movedBlocksFor(v2, 1, { map: sameType, currentVersion: 2 })).toThrow(/is still declared in the stack/);
  });

  it('fails when two renames match the same resource, or placeholders differ', () => {
    const twice: AddressMap = { 1: [], 2: [MAP[2][1], { reason: 'a second rule for the same vnets', path: { from: 'Net/{s}/Vnet', to: 'Network/Segments/{s}/Vnet' } }] };
    expect(() => movedBlocksFor(v2, 1, { map: twice, currentVersion: 2 })).toThrow(/is matched by 2 renames/);
    const placeholders: AddressMap = { 1: [], 2: [{ reason: 'placeholder names do not agree', path: { from: 'Network/{a}/Vnet', to: 'Network/Segments/{b}/Vnet' } }] };
    expect(() => movedBlocksFor(v2, 1, { map: placeholders, currentVersion: 2 })).toThrow(/path placeholders differ/);
  });
});

describe('JSON without construct paths', () => {
  it('fails when path renames are due but Testing.synth stripped the paths', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'kommune-a');
    buildV2(stack);
    const stripped = synthJson(stack);
    expect(() => movedBlocksFor(stripped, 1, { map: MAP, currentVersion: 2 })).toThrow(/have no construct path.*synthesize with cdktf metadata/);
  });
});

describe('addUpgradeMoves on a stack', () => {
  it('writes the moved blocks into the synthesized stack and keeps every resource', () => {
    const v1 = synthWith(buildV1);
    let listMoves: () => readonly unknown[] = () => [];
    const v2 = synthWith(buildV2, (s) => {
      listMoves = addUpgradeMoves(s, { fromVersion: 1, map: MAP, currentVersion: 2 });
    });
    const expected = [...expectedPairs(v1, v2)].filter(([a, b]) => a !== b).map(([from, to]) => ({ from, to }));
    const sortByTo = (xs: readonly { from: string; to: string }[]) => [...xs].sort((a, b) => a.to.localeCompare(b.to));
    expect(sortByTo(v2.moved as { from: string; to: string }[])).toEqual(sortByTo(expected));
    expect(listMoves()).toHaveLength(expected.length);
    expect(addressesFromJson(v2)).toEqual(addressesFromJson(synthWith(buildV2)));
  });

  it('fails at synthesis when the recorded version is unknown', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'kommune-a');
    buildV2(stack);
    addUpgradeMoves(stack, { fromVersion: 7, map: MAP, currentVersion: 2 });
    expect(() => synthText(stack)).toThrow(/recorded blueprint version 7 is newer/);
  });
});
