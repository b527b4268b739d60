/**
 * The recorded address map of the library itself: well-formed, complete up to BLUEPRINT_VERSION,
 * type renames only where the provider has an identical short-name alias, and the pinned address
 * inventory of the reference tenants upgrades to the current stacks without a destroy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { ADDRESS_MAP, BLUEPRINT_VERSION, LONG_TYPE_PREFIX, PROVIDER_TYPE_MOVES, SHORT_TYPE_PREFIX, shortTypeName } from '../../lib/upgrade/address-map';
import { addressesFromJson, assertNoDestroys, movedBlocksFor, validateAddressMap } from '../../lib/upgrade/moves';
import * as os from 'os';
import { Fleet } from '../../lib/blueprint/fleet';
import { exampleModel, removeDir } from '../helpers/fleet';

const FACTS = path.resolve(__dirname, '../../lib/providers/facts/proxmox.json');
const INVENTORY = path.resolve(__dirname, '../blueprint/address-inventory.json');

describe('ADDRESS_MAP', () => {
  it('is valid and has an entry for every version up to BLUEPRINT_VERSION', () => {
    expect(validateAddressMap(ADDRESS_MAP)).toEqual([]);
    const versions = Object.keys(ADDRESS_MAP).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: BLUEPRINT_VERSION }, (_, i) => i + 1));
    expect(ADDRESS_MAP[1]).toEqual([]);
  });

  it('fails validation when a rename has no reason, renames nothing, or mixes address with path', () => {
    const problems = validateAddressMap({
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
  const facts = JSON.parse(fs.readFileSync(FACTS, 'utf8')) as { resources: Record<string, unknown> };
  const types = Object.keys(facts.resources);

  it('lists exactly the long types whose short alias has an identical schema', () => {
    const aliased = types
      .filter((t) => t.startsWith(LONG_TYPE_PREFIX))
      .filter((t) => {
        const short = SHORT_TYPE_PREFIX + t.slice(LONG_TYPE_PREFIX.length);
        return facts.resources[short] !== undefined && JSON.stringify(facts.resources[short]) === JSON.stringify(facts.resources[t]);
      })
      .sort();
    expect([...PROVIDER_TYPE_MOVES.keys()].sort()).toEqual(aliased);
    for (const [from, to] of PROVIDER_TYPE_MOVES) expect(facts.resources[to]).toEqual(facts.resources[from]);
  });

  it('knows the short names the blueprint uses and none for SDK-only types', () => {
    expect(shortTypeName('proxmox_virtual_environment_acl')).toBe('proxmox_acl');
    expect(shortTypeName('proxmox_virtual_environment_sdn_vnet')).toBe('proxmox_sdn_vnet');
    expect(shortTypeName('proxmox_virtual_environment_pool')).toBeUndefined();
    expect(shortTypeName('proxmox_virtual_environment_firewall_ipset')).toBeUndefined();
  });
});

describe('reference tenants', () => {
  const pinned = JSON.parse(fs.readFileSync(INVENTORY, 'utf8')) as Record<string, Record<string, string[]>>;
  const model = exampleModel('musterstadt');
  // Synthesized like `cdktf synth` (paths in the metadata); construct validations are other suites' business.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-'));
  const app0 = new App({ outdir, skipValidation: true });
  new Fleet(app0, model);
  app0.synth();
  const synth = {
    outdir,
    stacks: Object.fromEntries(
      fs.readdirSync(path.join(outdir, 'stacks')).sort().map((n) => [n, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', n, 'cdk.tf.json'), 'utf8')) as Record<string, unknown>]),
    ),
  };
  afterAll(() => removeDir(synth.outdir));

  it('upgrade from the pinned inventory to the current stacks without a destroy', () => {
    const from = Math.max(1, BLUEPRINT_VERSION - 1);
    for (const [name, json] of Object.entries(synth.stacks)) {
      // A `removed` block with destroy = false forgets an address (the platform owns the tenant
      // CI role now): terraform drops it from the state without destroying it.
      const removed = ((json as { removed?: { from: string; lifecycle?: { destroy?: boolean } }[] }).removed ?? []).filter((r) => r.lifecycle?.destroy === false).map((r) => r.from);
      const declared = [...addressesFromJson(json), ...removed];
      const moves = movedBlocksFor(json, from);
      const state = (pinned.musterstadt[name] ?? []).filter((a) => !a.startsWith('data.'));
      expect(state.length).toBeGreaterThan(0);
      expect(assertNoDestroys(state, declared, moves).destroy).toEqual([]);
    }
  });

  it('emit no moved blocks for a tenant recorded at the current version', () => {
    expect(synth.stacks.musterstadt.moved).toBeUndefined();
    const app = new App({ outdir: synth.outdir, skipValidation: true });
    const key = Object.keys(model.specs)[0];
    const stack = new KommuneStack(app, key, { spec: model.specs[key], platform: model.platform, recordedBlueprintVersion: BLUEPRINT_VERSION });
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(synth.outdir, 'stacks', key, 'cdk.tf.json'), 'utf8')) as Record<string, unknown>;
    expect(json.moved).toBeUndefined();
    expect(addressesFromJson(json as never)).toEqual(addressesFromJson(synth.stacks[key] as never));
    expect(stack.spec.key).toBe(key);
  });

  it('fails at synthesis when a tenant is recorded with a newer blueprint than the library', () => {
    const app = new App({ outdir: synth.outdir, skipValidation: true });
    const key = Object.keys(model.specs)[0];
    new KommuneStack(app, key, { spec: model.specs[key], platform: model.platform, recordedBlueprintVersion: BLUEPRINT_VERSION + 1 });
    expect(() => app.synth()).toThrow(new RegExp(`recorded blueprint version ${BLUEPRINT_VERSION + 1} is newer than this library`));
  });
});
