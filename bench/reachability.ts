/**
 * `npm run bench:reachability` (also part of `npm run bench`): the reachability analysis over the
 * 2,301-tenant Rhineland-Palatinate fleet (bench/fleets.ts), each tenant stack synthesized by the
 * fast path and given the small-town guest set (bench/reachability-guests.ts: edge router, file
 * server, client). Prints the time and memory of reading, of the analysis, and the findings.
 *
 *   node dist/bench/reachability.js [--keep]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { loadFleetModel } from '../lib/blueprint/fleet';
import type { StackJson } from '../lib/compliance/types';
import { assignTenantKeys } from '../lib/model/tenant-key';
import { synthFleet } from '../lib/synth/synth-fleet';
import { analyseTenant, declaredFlowsOf, parsePortList, tenantNetworkFromStack, type ServiceTarget } from '../lib/compliance/reachability';
import { register, mib, s, writeFleet } from './fleets';
import { addGuests, smallTownGuests } from './reachability-guests';

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const { rows, real } = register();
  const rlp = rows.filter((g) => g.ags.startsWith('07'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-reach-'));
  try {
    const fleetFile = writeFleet(path.join(dir, 'fleet'), rlp, assignTenantKeys(rlp), 'qinq', '07');
    const model = loadFleetModel({ fleetFile });
    const out = path.join(dir, 'out');
    const t0 = performance.now();
    await synthFleet({ model, outdir: out, force: true, platform: false, jobs: 1 });
    const t1 = performance.now();
    process.stdout.write(`reachability benchmark: ${Object.keys(model.specs).length} tenants (${real ? 'real register' : 'generated stand-in'}), synthesized in ${s(t1 - t0)}; ${os.cpus().length} cores, Node ${process.version}\n`);
    // Read every stack and add the guest set (not part of the analysis time).
    const inputs: { json: StackJson; key: string }[] = [];
    for (const key of Object.keys(model.specs).sort()) {
      const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', key, 'cdk.tf.json'), 'utf8')) as StackJson;
      addGuests(json, model.specs[key]!, smallTownGuests(json, model.specs[key]!));
      inputs.push({ json, key });
    }
    const t2 = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const collector: ServiceTarget = { name: 'log collector', host: 'collector', address: '192.0.2.10', proto: 'tcp', ports: parsePortList('6514')! };
    let violations = 0;
    let guests = 0;
    let declared = 0;
    let pairs = 0;
    let paths = 0;
    for (const { json, key } of inputs) {
      const spec = model.specs[key]!;
      const r = analyseTenant(tenantNetworkFromStack(json, spec), { flows: declaredFlowsOf(spec), services: [collector], block: spec.network.block });
      violations += r.violations.length;
      guests += r.guests;
      declared += r.checked.declaredFlows;
      pairs += r.checked.segmentPairs;
      paths += r.checked.servicePaths;
    }
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const u = process.resourceUsage();
    process.stdout.write(`  read + add guests   ${s(t2 - t1)}\n`);
    process.stdout.write(`  analysis            ${s(t3 - t2)} for ${inputs.length} tenants, ${guests} guests (${((t3 - t2) / inputs.length).toFixed(2)} ms per tenant; CPU ${s((cpu.user + cpu.system) / 1000)}): ${declared} declared flow targets, ${pairs} segment pairs x protocols, ${paths} service paths; ${violations} counter-examples\n`);
    process.stdout.write(`  memory              RSS ${mib(process.memoryUsage().rss / 2 ** 20)} (before the analysis ${mib(rssBefore / 2 ** 20)}), peak RSS ${mib(u.maxRSS / 1024)}\n`);
    if (violations > 0) process.exitCode = 1;
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    else process.stdout.write(`kept ${dir}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
