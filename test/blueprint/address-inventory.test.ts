/**
 * The address contract (STYLE 10): every Terraform resource address of the reference tenants is
 * pinned. A changed address means destroy-and-recreate of a municipality's network or backups, so a
 * rename must ship `moved` blocks and an upgrade note (docs/upgrades.md) before this file is
 * updated with `KOMMUNAL_UPDATE_INVENTORY=1 npx jest test/blueprint/address-inventory`.
 *
 * An address a stack no longer declares but `forget`s (a `removed` block with `destroy = false`:
 * terraform drops it from the state and leaves the object, as for the tenant CI role the platform
 * owns now) is destroyed by nothing, so it stays in the inventory, marked by the block.
 */
import * as fs from 'fs';
import * as path from 'path';
import { resourceAddresses, SynthJson } from '../helpers/synth';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

const INVENTORY = path.join(__dirname, 'address-inventory.json');
const EXAMPLES = ['landkreis-fleet', 'musterstadt', 'verbandsgemeinde'];

function currentInventory(): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const example of EXAMPLES) {
    const synth = synthModel(exampleModel(example));
    out[example] = Object.fromEntries(Object.entries(synth.stacks).map(([name, json]) => [name, [...resourceAddresses(json as SynthJson), ...forgottenAddresses(json)].sort()]));
    removeDir(synth.outdir);
  }
  return out;
}

/** Per example and stack, the addresses of `before` that `after` no longer has in that stack. */
function removedAddresses(before: Record<string, Record<string, string[]>>, after: Record<string, Record<string, string[]>>): { example: string; stack: string; removed: string[] }[] {
  const out: { example: string; stack: string; removed: string[] }[] = [];
  for (const [example, stacks] of Object.entries(before)) {
    for (const [stack, addresses] of Object.entries(stacks)) {
      const now = new Set(after[example]?.[stack] ?? []);
      const removed = addresses.filter((a) => !now.has(a));
      if (removed.length > 0) out.push({ example, stack, removed });
    }
  }
  return out;
}

/** Addresses of `removed` blocks that keep the object (`lifecycle.destroy = false`). */
function forgottenAddresses(json: unknown): string[] {
  const removed = (json as { removed?: { from: string; lifecycle?: { destroy?: boolean } }[] }).removed ?? [];
  return removed.filter((r) => r.lifecycle?.destroy === false).map((r) => r.from);
}

describe('resource-address inventory of the reference tenants', () => {
  const current = currentInventory();
  // The inventory as committed: the update mode may only add to it. An address that disappears (or
  // moves to another stack, i.e. another state) fails the test in both modes, and the update mode
  // then leaves the file as it was, so an update can never hide a removal.
  const previous = JSON.parse(fs.readFileSync(INVENTORY, 'utf8')) as Record<string, Record<string, string[]>>;
  const removals = removedAddresses(previous, current);
  if (process.env.KOMMUNAL_UPDATE_INVENTORY === '1' && removals.length === 0) fs.writeFileSync(INVENTORY, `${JSON.stringify(current, null, 1)}\n`);
  const pinned = JSON.parse(fs.readFileSync(INVENTORY, 'utf8')) as Record<string, Record<string, string[]>>;

  for (const example of EXAMPLES) {
    it(`keeps every address of ${example}`, () => {
      // Anything gone would be destroyed on the next apply.
      expect(removals.filter((r) => r.example === example)).toEqual([]);
      expect(current[example]).toEqual(pinned[example]);
    });
  }

  it('finds an address that moved to another stack (state) as removed', () => {
    const before = { fleet: { platform: ['a.x', 'b.y'] } };
    expect(removedAddresses(before, { fleet: { platform: ['a.x', 'b.y', 'c.z'] } })).toEqual([]);
    expect(removedAddresses(before, { fleet: { platform: ['a.x'], 'platform-dc1': ['b.y'] } })).toEqual([{ example: 'fleet', stack: 'platform', removed: ['b.y'] }]);
    expect(removedAddresses(before, {})).toEqual([{ example: 'fleet', stack: 'platform', removed: ['a.x', 'b.y'] }]);
  });

  it('pins a realistic number of resources for the reference tenant', () => {
    expect(pinned.musterstadt.musterstadt.length).toBeGreaterThan(50);
    expect(pinned.musterstadt.platform.length).toBeGreaterThan(10);
  });
});
