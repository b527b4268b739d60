"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Upgrades between blueprint versions: a simulated release renames resource types and construct
 * paths; the recorded address map must carry every old address to its new one, with zero destroys.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const acl_1 = require("../../lib/providers/proxmox/acl");
const provider_1 = require("../../lib/providers/proxmox/provider");
const sdn_vnet_1 = require("../../lib/providers/proxmox/sdn-vnet");
const virtual_environment_acl_1 = require("../../lib/providers/proxmox/virtual-environment-acl");
const virtual_environment_pool_1 = require("../../lib/providers/proxmox/virtual-environment-pool");
const upgrade_1 = require("../../lib/upgrade");
const synth_1 = require("../helpers/synth");
const SEGMENTS = ['clients', 'servers', 'dmz'];
const TARGETS = ['pool-admins', 'pool-operators', 'vnet-t0001cl-admins'];
/** A tiny tenant as blueprint "version 1": long ACL type, flat construct paths. */
function buildV1(stack) {
    const access = new constructs_1.Construct(stack, 'Access');
    new virtual_environment_pool_1.VirtualEnvironmentPool(access, 'Pool', { poolId: 'kommune-a' });
    for (const t of TARGETS)
        new virtual_environment_acl_1.VirtualEnvironmentAcl(access, `Acl-${t}`, { path: `/pool/${t}`, roleId: 'PVEAuditor', groupId: t });
    const network = new constructs_1.Construct(stack, 'Network');
    for (const s of SEGMENTS)
        new sdn_vnet_1.SdnVnet(new constructs_1.Construct(network, s), 'Vnet', { id: `t0001${s.slice(0, 2)}`, zone: 'z0001' });
}
/** The same tenant as "version 2": short ACL type under Access/Acls, vnets under Network/Segments. */
function buildV2(stack) {
    const access = new constructs_1.Construct(stack, 'Access');
    new virtual_environment_pool_1.VirtualEnvironmentPool(access, 'Pool', { poolId: 'kommune-a' });
    const acls = new constructs_1.Construct(access, 'Acls');
    for (const t of TARGETS)
        new acl_1.Acl(acls, t, { path: `/pool/${t}`, roleId: 'PVEAuditor', groupId: t });
    const segments = new constructs_1.Construct(new constructs_1.Construct(stack, 'Network'), 'Segments');
    for (const s of SEGMENTS)
        new sdn_vnet_1.SdnVnet(new constructs_1.Construct(segments, s), 'Vnet', { id: `t0001${s.slice(0, 2)}`, zone: 'z0001' });
}
/** The renames version 2 records. */
const MAP = {
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
function synthWith(build, extra) {
    const app = (0, synth_1.testApp)();
    const stack = new cdktf_1.TerraformStack(app, 'kommune-a');
    new provider_1.ProxmoxProvider(stack, 'Proxmox', {});
    build(stack);
    extra?.(stack);
    const outdir = (0, synth_1.fullSynth)(stack);
    try {
        return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'kommune-a', 'cdk.tf.json'), 'utf8'));
    }
    finally {
        fs.rmSync(outdir, { recursive: true, force: true });
    }
}
/** old address -> new address, paired by what the resource is (its pool/ACL target or segment). */
function expectedPairs(v1, v2) {
    const identity = (path) => path.replace(/^Access\/Acls\//, 'Access/Acl-').replace(/^Network\/Segments\//, 'Network/');
    const byIdentity = new Map((0, upgrade_1.inventoryFromJson)(v2).map((r) => [identity(r.path), `${r.type}.${r.name}`]));
    const out = new Map();
    for (const r of (0, upgrade_1.inventoryFromJson)(v1))
        out.set(`${r.type}.${r.name}`, byIdentity.get(r.path));
    return out;
}
describe('planning moved blocks', () => {
    const v1 = synthWith(buildV1);
    const v2 = synthWith(buildV2);
    const oldAddresses = (0, upgrade_1.addressesFromJson)(v1);
    const newAddresses = (0, upgrade_1.addressesFromJson)(v2);
    it('simulates a real rename: the two versions share only the unchanged pool', () => {
        expect(oldAddresses).toHaveLength(1 + TARGETS.length + SEGMENTS.length);
        expect(oldAddresses.filter((a) => newAddresses.includes(a))).toEqual([oldAddresses.find((a) => a.startsWith('proxmox_virtual_environment_pool.'))]);
        expect((0, upgrade_1.planAddresses)(oldAddresses, newAddresses, []).destroy).toHaveLength(TARGETS.length + SEGMENTS.length);
    });
    it('maps every old address to its new one', () => {
        const moves = (0, upgrade_1.movedBlocksFor)(v2, 1, { map: MAP, currentVersion: 2 });
        const expected = expectedPairs(v1, v2);
        const changed = [...expected].filter(([from, to]) => from !== to);
        expect(changed).toHaveLength(TARGETS.length + SEGMENTS.length);
        expect(new Map(moves.map((m) => [m.from, m.to]))).toEqual(new Map(changed));
        // the type rename really crosses types
        expect(moves.filter((m) => m.from.startsWith('proxmox_virtual_environment_acl.') && m.to.startsWith('proxmox_acl.'))).toHaveLength(TARGETS.length);
    });
    it('leaves zero destroys and zero creates in the address plan', () => {
        const moves = (0, upgrade_1.movedBlocksFor)(v2, 1, { map: MAP, currentVersion: 2 });
        const plan = (0, upgrade_1.assertNoDestroys)(oldAddresses, newAddresses, moves);
        expect(plan).toEqual({ destroy: [], create: [], moved: moves, kept: newAddresses });
    });
    it('emits nothing for a tenant that is already current', () => {
        expect((0, upgrade_1.movedBlocksFor)(v2, 2, { map: MAP, currentVersion: 2 })).toEqual([]);
    });
    it('composes renames over several versions into one move per resource', () => {
        const v3Map = { ...MAP, 3: [{ reason: 'the pool gets a stable construct ID', path: { from: 'Access/Pool', to: 'Access/TenantPool' } }] };
        const v3 = synthWith((s) => {
            buildV2(s);
            const access = s.node.findChild('Access');
            access.node.tryRemoveChild('Pool');
            new virtual_environment_pool_1.VirtualEnvironmentPool(access, 'TenantPool', { poolId: 'kommune-a' });
        });
        const moves = (0, upgrade_1.movedBlocksFor)(v3, 1, { map: v3Map, currentVersion: 3 });
        expect(moves).toHaveLength(1 + TARGETS.length + SEGMENTS.length);
        expect((0, upgrade_1.assertNoDestroys)(oldAddresses, (0, upgrade_1.addressesFromJson)(v3), moves).create).toEqual([]);
        // from version 2 only the pool moves
        const fromV2 = (0, upgrade_1.movedBlocksFor)(v3, 2, { map: v3Map, currentVersion: 3 });
        expect(fromV2.map((m) => m.to)).toEqual((0, upgrade_1.addressesFromJson)(v3).filter((a) => a.includes('TenantPool')));
        expect((0, upgrade_1.assertNoDestroys)(newAddresses, (0, upgrade_1.addressesFromJson)(v3), fromV2).destroy).toEqual([]);
    });
    it('fails when a rename is not recorded: the old address would be destroyed, and that is an error', () => {
        const incomplete = { 1: [], 2: [MAP[2][0]] }; // the vnet rename is missing
        const moves = (0, upgrade_1.movedBlocksFor)(v2, 1, { map: incomplete, currentVersion: 2 });
        expect(() => (0, upgrade_1.assertNoDestroys)(oldAddresses, newAddresses, moves)).toThrow(upgrade_1.UpgradeError);
        try {
            (0, upgrade_1.assertNoDestroys)(oldAddresses, newAddresses, moves);
        }
        catch (e) {
            const problems = e.problems;
            expect(problems).toHaveLength(SEGMENTS.length);
            for (const p of problems)
                expect(p).toMatch(/^proxmox_sdn_vnet\.Network_[a-z]+_Vnet_[0-9A-F]{8} would be destroyed: no rename in ADDRESS_MAP/);
        }
    });
    it('fails when the provider cannot move state across the two types (needs removed + import)', () => {
        const bad = { 1: [], 2: [{ reason: 'pools to a type without a state mover', type: { from: 'proxmox_virtual_environment_pool', to: 'proxmox_pool' } }] };
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: bad, currentVersion: 2 })).toThrow(/cannot move state from proxmox_virtual_environment_pool to proxmox_pool.*removed block.*import block/);
    });
    it('fails when the recorded version is newer than the library, not a version, or has no map entry', () => {
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 3, { map: MAP, currentVersion: 2 })).toThrow(/recorded blueprint version 3 is newer than this library \(version 2\)/);
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 0, { map: MAP, currentVersion: 2 })).toThrow(/recorded blueprint version 0 is not a version/);
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1.5, { map: MAP, currentVersion: 2 })).toThrow(/is not a version/);
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: { 1: [] }, currentVersion: 2 })).toThrow(/ADDRESS_MAP has no entry for blueprint version 2/);
    });
    it('fails when a move would start at an address the stack still declares', () => {
        const clash = { 1: [], 2: [{ reason: 'a rename onto an address that still exists', address: { from: oldAddresses.find((a) => a.includes('pool')), to: newAddresses.find((a) => a.includes('Segments_clients')) } }] };
        // types differ and no state mover exists: reported together with nothing else hiding it
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: clash, currentVersion: 2 })).toThrow(upgrade_1.UpgradeError);
        const sameType = {
            1: [],
            2: [{ reason: 'clients vnet takes the servers address', address: { from: newAddresses.find((a) => a.includes('Segments_servers')), to: newAddresses.find((a) => a.includes('Segments_clients')) } }],
        };
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: sameType, currentVersion: 2 })).toThrow(/is still declared in the stack/);
    });
    it('fails when two renames match the same resource, or placeholders differ', () => {
        const twice = { 1: [], 2: [MAP[2][1], { reason: 'a second rule for the same vnets', path: { from: 'Net/{s}/Vnet', to: 'Network/Segments/{s}/Vnet' } }] };
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: twice, currentVersion: 2 })).toThrow(/is matched by 2 renames/);
        const placeholders = { 1: [], 2: [{ reason: 'placeholder names do not agree', path: { from: 'Network/{a}/Vnet', to: 'Network/Segments/{b}/Vnet' } }] };
        expect(() => (0, upgrade_1.movedBlocksFor)(v2, 1, { map: placeholders, currentVersion: 2 })).toThrow(/path placeholders differ/);
    });
});
describe('JSON without construct paths', () => {
    it('fails when path renames are due but Testing.synth stripped the paths', () => {
        const app = (0, synth_1.testApp)();
        const stack = new cdktf_1.TerraformStack(app, 'kommune-a');
        buildV2(stack);
        const stripped = (0, synth_1.synthJson)(stack);
        expect(() => (0, upgrade_1.movedBlocksFor)(stripped, 1, { map: MAP, currentVersion: 2 })).toThrow(/have no construct path.*synthesize with cdktf metadata/);
    });
});
describe('addUpgradeMoves on a stack', () => {
    it('writes the moved blocks into the synthesized stack and keeps every resource', () => {
        const v1 = synthWith(buildV1);
        let listMoves = () => [];
        const v2 = synthWith(buildV2, (s) => {
            listMoves = (0, upgrade_1.addUpgradeMoves)(s, { fromVersion: 1, map: MAP, currentVersion: 2 });
        });
        const expected = [...expectedPairs(v1, v2)].filter(([a, b]) => a !== b).map(([from, to]) => ({ from, to }));
        const sortByTo = (xs) => [...xs].sort((a, b) => a.to.localeCompare(b.to));
        expect(sortByTo(v2.moved)).toEqual(sortByTo(expected));
        expect(listMoves()).toHaveLength(expected.length);
        expect((0, upgrade_1.addressesFromJson)(v2)).toEqual((0, upgrade_1.addressesFromJson)(synthWith(buildV2)));
    });
    it('fails at synthesis when the recorded version is unknown', () => {
        const app = (0, synth_1.testApp)();
        const stack = new cdktf_1.TerraformStack(app, 'kommune-a');
        buildV2(stack);
        (0, upgrade_1.addUpgradeMoves)(stack, { fromVersion: 7, map: MAP, currentVersion: 2 });
        expect(() => (0, synth_1.synthText)(stack)).toThrow(/recorded blueprint version 7 is newer/);
    });
});
