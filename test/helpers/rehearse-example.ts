/**
 * `kommunal rehearse` on one example fleet as users run it (the check of test/rehearsal/rehearse-cli/):
 * every stack of the example rehearses on the real terraform of this machine (platform first, then
 * each tenant: init, validate, plan, show -json, guard, apply, an empty second plan), each stack as
 * its pipeline job's identity against the datacenter model.
 *
 * What the datacenter model still refuses in the examples is listed in
 * test/rehearsal/known-findings.json: open findings of the datacenter issue, each to be fixed in the
 * blueprint. The list must match exactly — a fix removes its line (the test fails until it is
 * removed), and nothing new may appear.
 *
 * One test file per example (they were one `it.each` in rehearse-cli.test.ts): the rehearsal jest
 * project runs on two workers, and the three examples, about 200 s together, were the longest
 * suite of the project, always on one worker.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runKommunal } from './cli';
import { REPO, tempDir } from './rehearsal';
import knownFindings from '../rehearsal/known-findings.json';

interface RehearseJson {
  ok: boolean;
  refusals: { stack: string; action: string; typeName: string; summary: string }[];
  pendingSdn: { kind: string; id: string; state: string }[];
  tool: string;
  toolVersion: string;
  stacks: { stack: string; ok: boolean; counts: { create: number; update: number; delete: number; replace: number }; guard?: { ok: boolean }; applied: boolean; secondPlanChanges: string[]; failure?: { step: string; detail: string } }[];
}

/** The examples the CLI rehearsal covers, each in its own test file. */
export type RehearsedExample = 'musterstadt' | 'verbandsgemeinde' | 'landkreis-fleet';

/** Rehearses `examples/<example>` with the CLI and checks the result (call inside a jest test). */
export function expectExampleRehearses(example: RehearsedExample): void {
  const env = { ...process.env, CI: 'true' };
  const work = tempDir(`kommunal-rehearse-cli-${example}-`);
  const r = runKommunal(['rehearse', '--fleet', path.join(REPO, 'examples', example, 'fleet.yaml'), '--json', '--jobs', '2', '--keep', '--work', work], { env, timeoutMs: 600000 });
  const out = JSON.parse(r.stdout) as RehearseJson;
  const failures = out.stacks.filter((s) => !s.ok).map((s) => `${s.stack} at ${s.failure?.step}: ${s.failure?.detail}`);
  expect(failures).toEqual([]);
  const findings = {
    refusals: out.refusals.map((f) => `${f.stack}: ${f.action} ${f.typeName}: ${f.summary.split('\n')[0].slice(0, 80)}`).sort(),
    pendingSdn: out.pendingSdn.map((p) => `${p.kind} ${p.id} (${p.state})`).sort(),
  };
  expect(findings).toEqual(knownFindings[example]);
  const clean = findings.refusals.length === 0 && findings.pendingSdn.length === 0;
  expect(r.code).toBe(clean ? 0 : 1);
  expect(out.ok).toBe(clean);
  expect(out.tool).toBe('terraform');
  expect(out.stacks[0].stack).toBe('platform');
  for (const s of out.stacks) {
    expect({ stack: s.stack, applied: s.applied, guard: s.guard?.ok, second: s.secondPlanChanges }).toEqual({ stack: s.stack, applied: true, guard: true, second: [] });
    expect(s.counts.create).toBeGreaterThan(0);
    expect(s.counts.delete + s.counts.replace).toBe(0);
  }
  // A confidential OIDC realm's client key (seeded in Vault by the rehearsal, lib/rehearsal/identities.ts)
  // reaches the realm only through the ephemeral read and the write-only client_key_wo: its value is in
  // no state, plan or stack file of the run (issue #14, point 4). `datacenter/` is the servers' side
  // (the model's store, where Vault keeps the secret).
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (['.terraform', 'datacenter'].includes(e.name) ? [] : files(path.join(dir, e.name))) : [path.join(dir, e.name)]));
  const leaking = files(work).filter((f) => fs.readFileSync(f).includes('rehearsal-vault-realm-client-key-'));
  expect(leaking).toEqual([]);
  if (example === 'verbandsgemeinde') {
    const state = fs.readFileSync(path.join(work, 'state', 'vg-musterland.tfstate'), 'utf8');
    expect(state).toMatch(/"client_key_wo_version": 1/);
    expect(state).toMatch(/"client_key_wo": null/);
  }
}
