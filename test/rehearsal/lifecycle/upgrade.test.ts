/**
 * Lifecycle on real terraform (rehearsal): a blueprint upgrade that moves every resource from the
 * provider's long `proxmox_virtual_environment_*` type to its short `proxmox_*` twin. The tenant was
 * applied with the old types (blueprint version 1 of a test address map); the current stack plus the
 * `moved` blocks that lib/upgrade plans for it must move every object and destroy or create none:
 * terraform asks the shadow provider to move each state (MoveResourceState, the provider's declared
 * state movers).
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_TYPE_MOVES, shortNameRenames } from '../../../lib/upgrade/address-map';
import { movedBlocksFor } from '../../../lib/upgrade/moves';
import { Scenario, copyExample, describeRehearsal, expectOk } from '../../helpers/rehearsal';

type StackJson = { resource?: Record<string, Record<string, unknown>>; moved?: { from: string; to: string }[] };

/** The stack as an older blueprint rendered it: every short type that has a long twin under its long name. */
function withLongTypes(json: StackJson): { json: StackJson; renamed: string[] } {
  let text = JSON.stringify(json);
  const renamed: string[] = [];
  for (const [long, short] of PROVIDER_TYPE_MOVES) {
    if (json.resource?.[short] === undefined) continue;
    renamed.push(short);
    text = text.replace(new RegExp(`(?<![A-Za-z0-9_])${short}(?=[."])`, 'g'), long);
  }
  return { json: JSON.parse(text) as StackJson, renamed };
}

describeRehearsal('rehearsal: blueprint upgrade', () => {
  it('moves every resource from the long to the short type names with zero destroys and zero creates', async () => {
    const sc = new Scenario(copyExample('musterstadt'));
    await sc.synth(['musterstadt']);
    expectOk(await sc.planAndApply('platform'));

    const file = path.join(sc.ws.stackDir('musterstadt'), 'cdk.tf.json');
    const current = JSON.parse(fs.readFileSync(file, 'utf8')) as StackJson;
    const old = withLongTypes(current);
    expect(old.renamed).toEqual(expect.arrayContaining(['proxmox_acl', 'proxmox_sdn_vnet', 'proxmox_sdn_subnet', 'proxmox_storage_pbs']));
    fs.writeFileSync(file, JSON.stringify(old.json, null, 2));
    expectOk(await sc.planAndApply('musterstadt'));
    const applied = sc.changes('musterstadt');
    expect(applied.some((c) => c.type === 'proxmox_virtual_environment_acl')).toBe(true);

    // Version 2 of a test address map: the short-name migration.
    const moves = movedBlocksFor(current, 1, { map: { 1: [], 2: shortNameRenames('bpg/proxmox migrates to short type names') }, currentVersion: 2 });
    const movedTypes = new Set(moves.map((m) => m.to.split('.')[0]));
    expect([...movedTypes].sort()).toEqual([...old.renamed].sort());
    fs.writeFileSync(file, JSON.stringify({ ...current, moved: moves }, null, 2));

    const r = await sc.plan('musterstadt');
    expectOk(r);
    const changes = sc.changes('musterstadt');
    const moved = changes.filter((c) => c.previous_address !== undefined);
    expect(moved.map((c) => `${c.previous_address} -> ${c.address}`).sort()).toEqual(moves.map((m) => `${m.from} -> ${m.to}`).sort());
    expect(changes.filter((c) => c.change.actions.some((a) => a === 'create' || a === 'delete'))).toEqual([]);
    expect(r.counts.create + r.counts.delete + r.counts.replace).toBe(0);
    expectOk(await sc.apply('musterstadt'));
  }, 300000);
});
