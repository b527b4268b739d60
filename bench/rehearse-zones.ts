/**
 * `npm run rehearse:zones`: a fleet of N tenants in each SDN zone type, rehearsed end to end as the
 * pipeline would apply it (issue #16, "Done when": "a 50-tenant fleet in each zone type rehearses
 * clean through a script outside the default suite").
 *
 *   npm run rehearse:zones -- [--tenants 50] [--zone-types qinq,vlan,vxlan,evpn] [--jobs 2] [--keep]
 *
 * Per zone type it writes a fleet (bench/zone-fleets.ts: the example fleet.yaml of that zone type,
 * N tenants from the municipality register, the lock allocated once) and runs the compiled CLI,
 * `kommunal rehearse --json --datacenter-model enforce --jobs <jobs>`: platform stack first, then
 * every tenant, each as the identity its pipeline job uses (lib/rehearsal/identities.ts); in
 * `enforce` mode the first call the datacenter model refuses fails that stack's apply, as the
 * server would. Then it prints per zone type: tenants, stacks applied, failed stacks, refusals,
 * pending SDN, wall time and seconds per tenant.
 *
 * Exit codes: 0 every zone type rehearsed clean (every stack applied with an empty second plan, no
 * refusal, no SDN left pending); 1 a zone type did not; 2 usage error, or no terraform/tofu (the
 * CLI's own exit code 2).
 *
 * Not part of `npm test`: 50 tenants take minutes per zone type. Each zone type's fleet, rehearsal
 * folder (`<zone>/rehearsal`: stacks, plans, states) and the CLI's JSON (`<zone>/rehearse.json`)
 * go to one folder in the system temp folder; a clean zone type's are removed, unless `--keep`; the
 * path is printed when any is kept.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ZoneType } from '../lib/model/parameters';
import { REPO, s } from './fleets';
import { writeZoneFleet, ZONE_TYPES } from './zone-fleets';

/** Command-line options of the script. */
export interface ZoneRehearsalOptions {
  readonly tenants: number;
  readonly zoneTypes: readonly ZoneType[];
  readonly jobs: number;
  readonly keep: boolean;
}

/** A usage error: printed without a stack, exit code 2. */
export class ZoneUsageError extends Error {}

/** Parses the script's arguments; throws ZoneUsageError for anything it does not know. */
export function parseZoneArgs(argv: readonly string[]): ZoneRehearsalOptions {
  let tenants = 50;
  let zoneTypes: readonly ZoneType[] = ZONE_TYPES;
  let jobs = 2;
  let keep = false;
  const wholeNumber = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !/^\d+$/.test(v) || n < 1) throw new ZoneUsageError(`${flag} needs a whole number of at least 1, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tenants') tenants = wholeNumber(a, argv[++i]);
    else if (a === '--jobs') jobs = wholeNumber(a, argv[++i]);
    else if (a === '--keep') keep = true;
    else if (a === '--zone-types') {
      const v = argv[++i];
      const list = (v ?? '').split(',').map((z) => z.trim()).filter((z) => z !== '');
      const unknown = list.filter((z) => !(ZONE_TYPES as readonly string[]).includes(z));
      if (list.length === 0 || unknown.length > 0) throw new ZoneUsageError(`--zone-types takes a comma-separated list of ${ZONE_TYPES.join(', ')}; got ${JSON.stringify(v ?? '')}`);
      zoneTypes = [...new Set(list)] as ZoneType[];
    } else throw new ZoneUsageError(`unknown argument ${JSON.stringify(a)} (known: --tenants N, --zone-types a,b, --jobs N, --keep)`);
  }
  return { tenants, zoneTypes, jobs, keep };
}

/** What `kommunal rehearse --json` prints (lib/cli/commands/rehearse.ts), as far as the script reads it. */
export interface RehearseJson {
  readonly ok: boolean;
  readonly tool: string;
  readonly toolVersion: string;
  readonly synthMs: number;
  readonly ms: number;
  readonly skipped: readonly string[];
  readonly stacks: readonly { stack: string; ok: boolean; applied: boolean; ms: number; failure?: { step: string; detail: string } }[];
  readonly refusals: readonly { stack: string; action: string; typeName: string; summary: string }[];
  readonly pendingSdn: readonly { kind: string; id: string; state: string }[];
}

/** The figures of one zone type. */
export interface ZoneFigures {
  readonly zone: ZoneType;
  readonly tenants: number;
  /** Stacks rehearsed (platform + tenants) and those applied with an empty second plan. */
  readonly stacks: number;
  readonly applied: number;
  /** `<stack> at <step>: <first line>` of each failed stack. */
  readonly failed: readonly string[];
  /** Stacks not rehearsed because the platform stack failed. */
  readonly skipped: number;
  readonly refusals: number;
  readonly pendingSdn: number;
  /** The whole zone type: fleet generation, CLI start, synthesis, every stack. */
  readonly wallMs: number;
  /** The tenant stacks alone (the rehearsal's time minus synthesis and the platform stack). */
  readonly tenantMs: number;
  readonly clean: boolean;
}

/** First line of a terraform error worth showing (skips the box-drawing lines). */
function firstLine(detail: string): string {
  const line = detail.split('\n').find((l) => l.trim() !== '' && !/^[╷│╵]\s*$/.test(l)) ?? '';
  return line.replace(/^│\s*/, '').trim().slice(0, 200);
}

/** The figures of a zone type from the CLI's JSON. Clean means the CLI said ok and exited 0. */
export function zoneFigures(zone: ZoneType, tenants: number, out: RehearseJson, exitCode: number | null, wallMs: number): ZoneFigures {
  const platformMs = out.stacks.find((x) => x.stack === 'platform')?.ms ?? 0;
  return {
    zone,
    tenants,
    stacks: out.stacks.length + out.skipped.length,
    applied: out.stacks.filter((x) => x.ok && x.applied).length,
    failed: out.stacks.filter((x) => !x.ok).map((x) => `${x.stack} at ${x.failure?.step ?? '?'}: ${firstLine(x.failure?.detail ?? '')}`),
    skipped: out.skipped.length,
    refusals: out.refusals.length,
    pendingSdn: out.pendingSdn.length,
    wallMs,
    tenantMs: Math.max(0, out.ms - out.synthMs - platformMs),
    clean: exitCode === 0 && out.ok,
  };
}

/** The summary table, one row per zone type. */
export function formatTable(rows: readonly ZoneFigures[]): string {
  const head = ['zone', 'tenants', 'applied', 'failed', 'refusals', 'pending SDN', 'wall', 's/tenant', 'result'];
  const body = rows.map((r) => [
    r.zone,
    String(r.tenants),
    `${r.applied}/${r.stacks}`,
    String(r.failed.length + r.skipped),
    String(r.refusals),
    String(r.pendingSdn),
    s(r.wallMs),
    (r.tenantMs / 1000 / r.tenants).toFixed(2),
    r.clean ? 'clean' : 'NOT CLEAN',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  return [head, ...body].map((cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function main(): number {
  let opts: ZoneRehearsalOptions;
  try {
    opts = parseZoneArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ZoneUsageError)) throw e;
    process.stderr.write(`rehearse:zones: ${e.message}\n`);
    return 2;
  }
  const bin = path.join(REPO, 'bin', 'kommunal.js');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-rehearse-zones-'));
  process.stdout.write(`kommunal-cdk: ${opts.tenants} tenants per zone type (${opts.zoneTypes.join(', ')}), kommunal rehearse --datacenter-model enforce --jobs ${opts.jobs}\n`);
  process.stdout.write(`machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const rows: ZoneFigures[] = [];
  let keepRoot = opts.keep;
  for (const zone of opts.zoneTypes) {
    const t0 = Date.now();
    const dir = path.join(root, zone);
    const fleet = writeZoneFleet(dir, zone, opts.tenants);
    if (zone === opts.zoneTypes[0] && !fleet.realNames) process.stdout.write('(the municipality register ../shared/data/gemeinden-2021.csv is missing: generated names)\n');
    process.stdout.write(`\n== ${zone}: ${fleet.tenants} tenants + platform (${path.relative(root, fleet.fleetFile)}) ...\n`);
    const args = ['rehearse', '--fleet', fleet.fleetFile, '--json', '--datacenter-model', 'enforce', '--jobs', String(opts.jobs), '--work', path.join(dir, 'rehearsal')];
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, CI: 'true' } });
    const wallMs = Date.now() - t0;
    // The whole result, with terraform's full error text of each failed stack, for a look afterwards.
    fs.writeFileSync(path.join(dir, 'rehearse.json'), r.stdout);
    if (r.status === 2) {
      process.stderr.write(`rehearse:zones: kommunal rehearse could not run (exit code 2):\n${r.stderr}`);
      fs.rmSync(root, { recursive: true, force: true });
      return 2;
    }
    let out: RehearseJson;
    try {
      out = JSON.parse(r.stdout) as RehearseJson;
    } catch {
      process.stderr.write(`rehearse:zones: ${zone}: kommunal rehearse exited with ${r.status ?? r.signal} and printed no JSON:\n${r.stderr.slice(-4000)}\n`);
      rows.push({ zone, tenants: opts.tenants, stacks: opts.tenants + 1, applied: 0, failed: [`kommunal rehearse exited with ${r.status ?? r.signal}`], skipped: 0, refusals: 0, pendingSdn: 0, wallMs, tenantMs: 0, clean: false });
      keepRoot = true;
      continue;
    }
    const f = zoneFigures(zone, opts.tenants, out, r.status, wallMs);
    rows.push(f);
    process.stdout.write(`   ${f.applied}/${f.stacks} stacks applied with ${out.tool} ${out.toolVersion} in ${s(wallMs)} (synthesis ${s(out.synthMs)}, tenants ${s(f.tenantMs)}: ${(f.tenantMs / 1000 / f.tenants).toFixed(2)} s per tenant)\n`);
    for (const line of f.failed) process.stdout.write(`   FAILED ${line}\n`);
    if (f.failed.length > 0) process.stdout.write(`   (terraform's full error text: ${path.join(dir, 'rehearse.json')})\n`);
    if (f.skipped > 0) process.stdout.write(`   not rehearsed (the platform stack failed): ${out.skipped.join(', ')}\n`);
    for (const x of out.refusals) process.stdout.write(`   refused: ${x.stack}: ${x.action} ${x.typeName}: ${x.summary.split('\n')[0]}\n`);
    for (const p of out.pendingSdn) process.stdout.write(`   SDN left pending: ${p.kind} ${p.id} (${p.state})\n`);
    if (!f.clean) keepRoot = true;
    else if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\n${formatTable(rows)}\n`);
  if (keepRoot) process.stdout.write(`\nfleets, rehearsal folders (<zone>/rehearsal) and results (<zone>/rehearse.json) ${opts.keep ? 'kept' : 'of the zone types that were not clean kept'} in ${root}\n`);
  else fs.rmSync(root, { recursive: true, force: true });
  return rows.every((r) => r.clean) ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (e) {
    process.stderr.write(`rehearse:zones failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}
