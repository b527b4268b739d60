/**
 * `npm run bench` (second part): the rehearsal on real terraform against the shadow providers.
 *
 *   node dist/bench/rehearse.js [--tenants 100] [--jobs 1,2] [--skip-throughput]
 *
 * 1. One tenant end to end (the musterstadt example: platform stack, then the tenant): wall time,
 *    the part spent in terraform, and per step (init, validate, plan, show, apply, second plan).
 * 2. Plan-only throughput (init, validate, plan, show -json, guard) for a fleet of `--tenants`
 *    tenants of the municipality register, with each of the `--jobs` settings, in one run, so the
 *    figures compare; plus where the time goes (terraform steps, shadow-provider starts).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { loadFleetModel } from '../lib/blueprint/fleet';
import { assignTenantKeys } from '../lib/model/tenant-key';
import { pluginEntry } from '../lib/rehearsal/providers';
import { rehearseFleet } from '../lib/rehearsal/rehearse-fleet';
import type { StackRunResult } from '../lib/rehearsal/stack-run';
import { line, REPO, register, s, writeFleet } from './fleets';

function stepTotals(stacks: readonly StackRunResult[]): Map<string, { ms: number; n: number }> {
  const m = new Map<string, { ms: number; n: number }>();
  for (const r of stacks) {
    for (const st of r.steps) {
      const e = m.get(st.step) ?? { ms: 0, n: 0 };
      e.ms += st.ms;
      e.n += 1;
      m.set(st.step, e);
    }
  }
  return m;
}

/** Median time from spawn to handshake line of one shadow provider process (5 starts). */
function providerStartMs(): number {
  // The entry the rehearsal's launchers start (the bundle after `npm run build`).
  const entry = pluginEntry(REPO);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    // The handshake needs terraform's cookie and a client certificate; without the certificate the
    // server still starts (TLS off), prints its line, and is then stopped by closing it.
    const r = spawnSync(process.execPath, ['-e', `
      const { spawn } = require('child_process');
      const p = spawn(process.execPath, [${JSON.stringify(entry)}, 'proxmox'], { env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2', PLUGIN_PROTOCOL_VERSIONS: '6', TF_DISABLE_PLUGIN_TLS: '1' } });
      p.stdout.once('data', () => { p.kill('SIGTERM'); process.exit(0); });
    `], { encoding: 'utf8', timeout: 30000 });
    if (r.status !== 0) throw new Error(`provider start failed: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const tenants = Number(opt('--tenants') ?? '100');
  const jobsList = (opt('--jobs') ?? '1,2').split(',').map(Number);
  if (spawnSync('terraform', ['version'], { encoding: 'utf8' }).status !== 0) {
    process.stdout.write('rehearsal benchmark skipped: terraform is not on PATH\n');
    return;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-rehearsal-'));
  const date = '2026-12-05';
  process.stdout.write(`kommunal-cdk rehearsal benchmark (terraform + shadow providers)\n`);
  process.stdout.write(`machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`);

  line('shadow provider start (spawn to handshake, median of 5)', s(providerStartMs()));

  // 1. One tenant end to end.
  const model = loadFleetModel({ fleetFile: path.join(REPO, 'examples', 'musterstadt', 'fleet.yaml') });
  const one = await rehearseFleet({ model, workDir: path.join(root, 'one'), tool: 'terraform', date });
  if (!one.ok) throw new Error(`the musterstadt rehearsal failed: ${one.stacks.filter((r) => !r.ok).map((r) => `${r.stack} at ${r.failure?.step}`).join(', ')}`);
  process.stdout.write(`== one tenant end to end (musterstadt: platform stack, then the tenant)\n`);
  for (const r of one.stacks) {
    const steps = r.steps.map((st) => `${st.step} ${s(st.ms)}`).join(', ');
    line(`${r.stack} (${r.counts.create} resources)`, `${s(r.ms)} wall, terraform ${s(r.terraformMs)} (${((r.terraformMs / r.ms) * 100).toFixed(0)} %): ${steps}`);
  }
  line('whole rehearsal', `${s(one.ms)} (synthesis ${s(one.synthMs)})`);
  process.stdout.write('\n');

  // 2. Plan-only throughput.
  if (!args.includes('--skip-throughput')) {
    const { rows, real } = register();
    const keys = assignTenantKeys(rows);
    const pick = rows.filter((g) => g.ags.startsWith('07')).slice(0, tenants);
    const fleetFile = writeFleet(path.join(root, `fleet-${tenants}`), pick, keys, 'qinq', '07');
    const fleet = loadFleetModel({ fleetFile });
    process.stdout.write(`== plan-only throughput: ${tenants} tenants${real ? '' : ' (generated names)'} + platform, init/validate/plan/show/guard per stack\n`);
    const rates: string[] = [];
    for (const jobs of jobsList) {
      const r = await rehearseFleet({ model: fleet, workDir: path.join(root, `throughput-${jobs}`), tool: 'terraform', date, jobs, planOnly: true });
      const failed = r.stacks.filter((x) => !x.ok);
      if (failed.length > 0) throw new Error(`plan-only rehearsal failed for ${failed.map((x) => x.stack).join(', ')}`);
      const tenantMs = r.ms - r.synthMs - r.stacks[0].ms;
      const rate = (tenants / tenantMs) * 60000;
      rates.push(`${jobs} job${jobs === 1 ? '' : 's'}: ${rate.toFixed(1)} tenants/min`);
      line(`--jobs ${jobs}`, `${s(r.ms)} in all (synthesis ${s(r.synthMs)}, platform ${s(r.stacks[0].ms)}, ${tenants} tenants ${s(tenantMs)}) → ${rate.toFixed(1)} tenants/min`);
      const totals = [...stepTotals(r.stacks.slice(1)).entries()].map(([k, v]) => `${k} ${s(v.ms / v.n)}`).join(', ');
      line('  mean per tenant stack and step', totals);
      fs.rmSync(path.join(root, `throughput-${jobs}`), { recursive: true, force: true });
    }
    process.stdout.write(`\nsummary: ${rates.join('; ')}\n`);
  }
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  process.stderr.write(`rehearsal bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
