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
 * The recorded address map of the library itself: well-formed, complete up to BLUEPRINT_VERSION,
 * type renames only where the provider has an identical short-name alias, and the pinned address
 * inventory of the reference tenants upgrades to the current stacks without a destroy.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const kommune_stack_1 = require("../../lib/blueprint/kommune-stack");
const upgrade_1 = require("../../lib/upgrade");
const os = __importStar(require("os"));
const fleet_1 = require("../../lib/blueprint/fleet");
const fleet_2 = require("../helpers/fleet");
const FACTS = path.resolve(__dirname, '../../lib/providers/facts/proxmox.json');
const INVENTORY = path.resolve(__dirname, '../blueprint/address-inventory.json');
describe('ADDRESS_MAP', () => {
    it('is valid and has an entry for every version up to BLUEPRINT_VERSION', () => {
        expect((0, upgrade_1.validateAddressMap)(upgrade_1.ADDRESS_MAP)).toEqual([]);
        const versions = Object.keys(upgrade_1.ADDRESS_MAP).map(Number).sort((a, b) => a - b);
        expect(versions).toEqual(Array.from({ length: upgrade_1.BLUEPRINT_VERSION }, (_, i) => i + 1));
        expect(upgrade_1.ADDRESS_MAP[1]).toEqual([]);
    });
    it('fails validation when a rename has no reason, renames nothing, or mixes address with path', () => {
        const problems = (0, upgrade_1.validateAddressMap)({
            2: [
                { reason: 'x', path: { from: 'A/{x}', to: 'B/{x}' } },
                { reason: 'renames nothing at all' },
                { reason: 'mixes an exact address with a path', address: { from: 'proxmox_acl.A', to: 'proxmox_acl.B' }, path: { from: 'A', to: 'B' } },
            ],
        });
        expect(problems).toEqual([
            expect.stringMatching(/^ADDRESS_MAP\[2\]\[0\] .*reason "x" is too short/),
            expect.stringMatching(/^ADDRESS_MAP\[2\]\[1\] .*renames nothing/),
            expect.stringMatching(/^ADDRESS_MAP\[2\]\[2\] .*either address or type\/path/),
        ]);
    });
});
describe('provider type moves (bpg/proxmox short names)', () => {
    const facts = JSON.parse(fs.readFileSync(FACTS, 'utf8'));
    const types = Object.keys(facts.resources);
    it('lists exactly the long types whose short alias has an identical schema', () => {
        const aliased = types
            .filter((t) => t.startsWith(upgrade_1.LONG_TYPE_PREFIX))
            .filter((t) => {
            const short = upgrade_1.SHORT_TYPE_PREFIX + t.slice(upgrade_1.LONG_TYPE_PREFIX.length);
            return facts.resources[short] !== undefined && JSON.stringify(facts.resources[short]) === JSON.stringify(facts.resources[t]);
        })
            .sort();
        expect([...upgrade_1.PROVIDER_TYPE_MOVES.keys()].sort()).toEqual(aliased);
        for (const [from, to] of upgrade_1.PROVIDER_TYPE_MOVES)
            expect(facts.resources[to]).toEqual(facts.resources[from]);
    });
    it('knows the short names the blueprint uses and none for SDK-only types', () => {
        expect((0, upgrade_1.shortTypeName)('proxmox_virtual_environment_acl')).toBe('proxmox_acl');
        expect((0, upgrade_1.shortTypeName)('proxmox_virtual_environment_sdn_vnet')).toBe('proxmox_sdn_vnet');
        expect((0, upgrade_1.shortTypeName)('proxmox_virtual_environment_pool')).toBeUndefined();
        expect((0, upgrade_1.shortTypeName)('proxmox_virtual_environment_firewall_ipset')).toBeUndefined();
    });
});
describe('reference tenants', () => {
    const pinned = JSON.parse(fs.readFileSync(INVENTORY, 'utf8'));
    const model = (0, fleet_2.exampleModel)('musterstadt');
    // Synthesized like `cdktf synth` (paths in the metadata); construct validations are other suites' business.
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-'));
    const app0 = new cdktf_1.App({ outdir, skipValidation: true });
    new fleet_1.Fleet(app0, model);
    app0.synth();
    const synth = {
        outdir,
        stacks: Object.fromEntries(fs.readdirSync(path.join(outdir, 'stacks')).sort().map((n) => [n, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', n, 'cdk.tf.json'), 'utf8'))])),
    };
    afterAll(() => (0, fleet_2.removeDir)(synth.outdir));
    it('upgrade from the pinned inventory to the current stacks without a destroy', () => {
        const from = Math.max(1, upgrade_1.BLUEPRINT_VERSION - 1);
        for (const [name, json] of Object.entries(synth.stacks)) {
            const declared = (0, upgrade_1.addressesFromJson)(json);
            const moves = (0, upgrade_1.movedBlocksFor)(json, from);
            const state = (pinned.musterstadt[name] ?? []).filter((a) => !a.startsWith('data.'));
            expect(state.length).toBeGreaterThan(0);
            expect((0, upgrade_1.assertNoDestroys)(state, declared, moves).destroy).toEqual([]);
        }
    });
    it('emit no moved blocks for a tenant recorded at the current version', () => {
        expect(synth.stacks.musterstadt.moved).toBeUndefined();
        const app = new cdktf_1.App({ outdir: synth.outdir, skipValidation: true });
        const key = Object.keys(model.specs)[0];
        const stack = new kommune_stack_1.KommuneStack(app, key, { spec: model.specs[key], platform: model.platform, recordedBlueprintVersion: upgrade_1.BLUEPRINT_VERSION });
        app.synth();
        const json = JSON.parse(fs.readFileSync(path.join(synth.outdir, 'stacks', key, 'cdk.tf.json'), 'utf8'));
        expect(json.moved).toBeUndefined();
        expect((0, upgrade_1.addressesFromJson)(json)).toEqual((0, upgrade_1.addressesFromJson)(synth.stacks[key]));
        expect(stack.spec.key).toBe(key);
    });
    it('fails at synthesis when a tenant is recorded with a newer blueprint than the library', () => {
        const app = new cdktf_1.App({ outdir: synth.outdir, skipValidation: true });
        const key = Object.keys(model.specs)[0];
        new kommune_stack_1.KommuneStack(app, key, { spec: model.specs[key], platform: model.platform, recordedBlueprintVersion: upgrade_1.BLUEPRINT_VERSION + 1 });
        expect(() => app.synth()).toThrow(new RegExp(`recorded blueprint version ${upgrade_1.BLUEPRINT_VERSION + 1} is newer than this library`));
    });
});
