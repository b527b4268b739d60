#!/usr/bin/env node
/**
 * Records the real plan JSON fixtures of the plan guard (test/fixtures/plans/real/) once, from real
 * terraform runs against the shadow providers of the rehearsal (datacenter model off):
 *
 *   npm run build && node scripts/record-guard-plans.js
 *
 * - platform-first.json, musterstadt-first.json: the first plans of the musterstadt example
 *   (path isolation), platform then tenant;
 * - vg-musterland-first.json: the first tenant plan of the verbandsgemeinde example (namespace isolation);
 * - musterstadt-keep-all.json: the in-place update every tenant applied before session 5 plans
 *   now: the tenant is applied with the backup job's and the PBS storage's former `prune_backups`
 *   (the tenant's keep counts, written into the synthesized stack JSON before that apply), then
 *   planned with the stack as synthesized today (`keep-all`);
 * - musterstadt-retention-lowered.json: the applied tenant planned after its tenant file lowered
 *   `backup.retention.keepDaily` from 30 to 7.
 *
 * - musterstadt-move-leave.json, musterstadt-move-arrive.json, musterstadt-wrong-endpoint.json
 *   (`node scripts/record-guard-plans.js --only move`): the musterstadt example turned into a fleet
 *   with clusters `nord1` and `sued1` (lock entries on `nord1`, the legacy cluster). The tenant is
 *   applied on nord1; its first plan made with the stack's endpoint default rewritten to sued1's URL
 *   is the wrong-endpoint plan; then `kommunal move-tenant musterstadt --to sued1` (phase 1: the
 *   plan removes its Proxmox objects), applied, `--switch` (phase 2: the plan creates them again).
 *   The shadow providers do not talk to either URL, so both phases run against one store: the
 *   plans show what terraform plans, not what each cluster holds.
 *
 * Each fixture keeps `format_version`, `terraform_version`, `resource_changes` and
 * `output_changes` of `terraform show -json` (the guard reads nothing else); planned values, the
 * prior state and the configuration are left out to keep the files small. The move fixtures also
 * keep `variables.proxmox_endpoint` (the guard's endpoint check reads it; no other variable).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const { Scenario, editFile } = require('../dist/test/helpers/rehearsal');
const { readRawPlan } = require('../dist/lib/rehearsal/stack-run');

const OUT = path.join(__dirname, '../test/fixtures/plans/real');

/** A temporary copy of an example fleet (the compiled test helper's copyExample looks under dist/). */
function copyExample(example) {
  const src = path.join(__dirname, '../examples', example);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kommunal-guard-record-${example}-`));
  for (const f of ['fleet.yaml', 'fleet.lock.yaml']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  fs.cpSync(path.join(src, 'kommunen'), path.join(dir, 'kommunen'), { recursive: true });
  return dir;
}

function keep(raw, withEndpoint) {
  const endpoint = withEndpoint && raw.variables?.proxmox_endpoint !== undefined ? { variables: { proxmox_endpoint: raw.variables.proxmox_endpoint } } : {};
  return { format_version: raw.format_version, terraform_version: raw.terraform_version, ...endpoint, resource_changes: raw.resource_changes ?? [], output_changes: raw.output_changes ?? {} };
}

function save(name, raw, withEndpoint = false) {
  fs.writeFileSync(path.join(OUT, name), `${JSON.stringify(keep(raw, withEndpoint), null, 1)}\n`);
  console.log(`wrote ${name}`);
}

async function step(p, what) {
  const r = await p;
  if (r.failure !== undefined) throw new Error(`${what}: ${r.failure}`);
  return r;
}

/** The approval the move fixtures are planned with (run date 2026-12-05 of Scenario.plan). */
const MOVE_APPROVAL = [
  'approvals:',
  '  move-to-sued1:',
  '    action: move',
  '    from: nord1',
  '    to: sued1',
  '    reason: Cluster nord1 is full; ticket OPS-4711 moves Musterstadt to sued1',
  '    approvedBy: Erika Mustermann',
  '    approvedOn: 2026-12-01',
  '    expires: 2026-12-31',
].join('\n');

/** The move fixtures (see the module comment). */
async function recordMove(made) {
  const { moveTenant } = require('../dist/lib/allocation/move');
  const { serializeLockFile } = require('../dist/lib/allocation/lockfile');
  const dir = copyExample('musterstadt');
  made.push(dir);
  const fleetFile = path.join(dir, 'fleet.yaml');
  const fleetText = fs.readFileSync(fleetFile, 'utf8');
  if (!fleetText.includes('  nodes: [pve1, pve2, pve3]\n')) throw new Error('examples/musterstadt/fleet.yaml changed: no network.nodes line to replace');
  fs.writeFileSync(fleetFile, `${fleetText.replace('  nodes: [pve1, pve2, pve3]\n', '')}${[
    'sites:',
    '  nord: { pbs: { server: pbs-nord.example.org, datastore: kommunen } }',
    '  sued: { pbs: { server: pbs-sued.example.org, datastore: kommunen } }',
    'clusters:',
    '  nord1: { site: nord, endpoint: "https://pve-nord1.example.org:8006/", nodes: [pve1, pve2, pve3] }',
    '  sued1: { site: sued, endpoint: "https://pve-sued1.example.org:8006/", nodes: [pve4, pve5, pve6] }',
    'legacyCluster: nord1',
  ].join('\n')}\n`);
  const s = new Scenario(dir);
  made.push(s.ws.dir);
  await s.synth(['musterstadt']);
  // The lock as placement records it (nord1), so that move-tenant finds the cluster.
  fs.writeFileSync(path.join(dir, 'fleet.lock.yaml'), serializeLockFile(s.model.lock));
  await step(s.plan('platform'), 'plan platform');
  await step(s.apply('platform'), 'apply platform');
  const stackFile = path.join(s.ws.stackDir('musterstadt'), 'cdk.tf.json');
  const today = fs.readFileSync(stackFile, 'utf8');
  const stale = JSON.parse(today);
  if (stale.variable?.proxmox_endpoint?.default !== 'https://pve-nord1.example.org:8006/') throw new Error(`expected the nord1 endpoint as the variable default, got ${JSON.stringify(stale.variable?.proxmox_endpoint)}`);
  stale.variable.proxmox_endpoint.default = 'https://pve-sued1.example.org:8006/';
  fs.writeFileSync(stackFile, JSON.stringify(stale));
  await s.plan('musterstadt');
  save('musterstadt-wrong-endpoint.json', readRawPlan(s.ws, 'musterstadt'), true);
  fs.writeFileSync(stackFile, today);
  await step(s.plan('musterstadt'), 'plan musterstadt on nord1');
  await step(s.apply('musterstadt'), 'apply musterstadt on nord1');
  fs.appendFileSync(path.join(dir, 'kommunen/musterstadt.yaml'), `${MOVE_APPROVAL}\n`);
  const moveStep = (request) => {
    const lockFile = path.join(dir, 'fleet.lock.yaml');
    const { parseLockFile } = require('../dist/lib/allocation/lockfile');
    const r = moveTenant(parseLockFile(fs.readFileSync(lockFile, 'utf8'), lockFile), { tenant: 'musterstadt', clusters: [{ id: 'nord1', maxTenants: 350 }, { id: 'sued1', maxTenants: 350 }], ...request });
    if (r.problems.length > 0 || !r.changed) throw new Error(`move step ${request.step}: ${JSON.stringify(r.problems)}`);
    fs.writeFileSync(lockFile, serializeLockFile(r.lock));
  };
  moveStep({ step: 'start', to: 'sued1' });
  await s.synth(['musterstadt']);
  await s.plan('musterstadt');
  save('musterstadt-move-leave.json', readRawPlan(s.ws, 'musterstadt'), true);
  await step(s.apply('musterstadt'), 'apply musterstadt phase 1');
  moveStep({ step: 'switch' });
  await s.synth(['musterstadt']);
  await s.plan('musterstadt');
  save('musterstadt-move-arrive.json', readRawPlan(s.ws, 'musterstadt'), true);
}

async function main() {
  if (spawnSync('terraform', ['version']).status !== 0) throw new Error('cannot record: terraform is not on PATH');
  fs.mkdirSync(OUT, { recursive: true });
  const made = [];
  if (process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'move') {
    try {
      await recordMove(made);
    } finally {
      for (const d of made) fs.rmSync(d, { recursive: true, force: true });
    }
    return;
  }
  try {
    // Path isolation: musterstadt.
    const dir = copyExample('musterstadt');
    made.push(dir);
    const s = new Scenario(dir);
    made.push(s.ws.dir);
    await s.synth(['musterstadt']);
    await step(s.plan('platform'), 'plan platform');
    save('platform-first.json', readRawPlan(s.ws, 'platform'));
    await step(s.apply('platform'), 'apply platform');
    await step(s.plan('musterstadt'), 'plan musterstadt');
    save('musterstadt-first.json', readRawPlan(s.ws, 'musterstadt'));
    // Apply with the former prune_backups (the keep counts, no keep-all), then plan today's stack.
    const stackFile = path.join(s.ws.stackDir('musterstadt'), 'cdk.tf.json');
    const today = fs.readFileSync(stackFile, 'utf8');
    const former = JSON.parse(today);
    let rewritten = 0;
    for (const r of Object.values(former.resource.proxmox_backup_job ?? {})) {
      if (r.prune_backups !== undefined) {
        r.prune_backups = { 'keep-daily': '30', 'keep-weekly': '8', 'keep-monthly': '12', 'keep-yearly': '1' };
        rewritten += 1;
      }
    }
    for (const r of Object.values(former.resource.proxmox_storage_pbs ?? {})) {
      if (r.backups !== undefined) {
        r.backups = { keep_daily: 30, keep_weekly: 8, keep_monthly: 12, keep_yearly: 1 };
        rewritten += 1;
      }
    }
    if (rewritten !== 2) throw new Error(`expected prune_backups on the backup job and the PBS storage, rewrote ${rewritten}`);
    fs.writeFileSync(stackFile, JSON.stringify(former));
    await step(s.plan('musterstadt'), 'plan musterstadt (former prune_backups)');
    await step(s.apply('musterstadt'), 'apply musterstadt (former prune_backups)');
    fs.writeFileSync(stackFile, today);
    await step(s.plan('musterstadt'), 'plan musterstadt (keep-all)');
    save('musterstadt-keep-all.json', readRawPlan(s.ws, 'musterstadt'));
    await step(s.apply('musterstadt'), 'apply musterstadt (keep-all)');
    editFile(path.join(dir, 'kommunen/musterstadt.yaml'), 'keepDaily: 30', 'keepDaily: 7');
    await s.synth(['musterstadt']);
    await step(s.plan('musterstadt'), 'plan musterstadt (retention lowered)');
    save('musterstadt-retention-lowered.json', readRawPlan(s.ws, 'musterstadt'));

    // Namespace isolation: verbandsgemeinde.
    const vdir = copyExample('verbandsgemeinde');
    made.push(vdir);
    const v = new Scenario(vdir);
    made.push(v.ws.dir);
    await v.synth(['vg-musterland']);
    await step(v.plan('platform'), 'plan platform (verbandsgemeinde)');
    await step(v.apply('platform'), 'apply platform (verbandsgemeinde)');
    await step(v.plan('vg-musterland'), 'plan vg-musterland');
    save('vg-musterland-first.json', readRawPlan(v.ws, 'vg-musterland'));

    await recordMove(made);
  } finally {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
