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

/** Addresses of `removed` blocks that keep the object (`lifecycle.destroy = false`). */
function forgottenAddresses(json: unknown): string[] {
  const removed = (json as { removed?: { from: string; lifecycle?: { destroy?: boolean } }[] }).removed ?? [];
  return removed.filter((r) => r.lifecycle?.destroy === false).map((r) => r.from);
}

describe('resource-address inventory of the reference tenants', () => {
  const current = currentInventory();
  if (process.env.KOMMUNAL_UPDATE_INVENTORY === '1') fs.writeFileSync(INVENTORY, `${JSON.stringify(current, null, 1)}\n`);
  const pinned = JSON.parse(fs.readFileSync(INVENTORY, 'utf8')) as Record<string, Record<string, string[]>>;

  for (const example of EXAMPLES) {
    it(`keeps every address of ${example}`, () => {
      for (const stack of Object.keys(pinned[example])) {
        const now = new Set(current[example][stack] ?? []);
        const removed = pinned[example][stack].filter((a) => !now.has(a));
        // Anything gone would be destroyed on the next apply.
        expect({ stack, removed }).toEqual({ stack, removed: [] });
      }
      expect(current[example]).toEqual(pinned[example]);
    });
  }

  it('pins a realistic number of resources for the reference tenant', () => {
    expect(pinned.musterstadt.musterstadt.length).toBeGreaterThan(50);
    expect(pinned.musterstadt.platform.length).toBeGreaterThan(10);
  });
});
