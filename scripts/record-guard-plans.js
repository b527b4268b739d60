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
 * Each fixture keeps `format_version`, `terraform_version`, `resource_changes` and
 * `output_changes` of `terraform show -json` (the guard reads nothing else); planned values, the
 * prior state and the configuration are left out to keep the files small.
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

function keep(raw) {
  return { format_version: raw.format_version, terraform_version: raw.terraform_version, resource_changes: raw.resource_changes ?? [], output_changes: raw.output_changes ?? {} };
}

function save(name, raw) {
  fs.writeFileSync(path.join(OUT, name), `${JSON.stringify(keep(raw), null, 1)}\n`);
  console.log(`wrote ${name}`);
}

async function step(p, what) {
  const r = await p;
  if (r.failure !== undefined) throw new Error(`${what}: ${r.failure}`);
  return r;
}

async function main() {
  if (spawnSync('terraform', ['version']).status !== 0) throw new Error('cannot record: terraform is not on PATH');
  fs.mkdirSync(OUT, { recursive: true });
  const made = [];
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
  } finally {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
