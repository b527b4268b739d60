"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench`: fleet-scale synthesis on real municipality lists.
 *
 *   node dist/bench/run.js [--with-germany-baseline] [--jobs N] [--sizes 500,2301,10793] [--keep]
 *
 * Builds fleets (one kommune.yaml per Gemeinde, keys from assignTenantKeys) from
 * ../shared/data/gemeinden-2021.csv (or a generated stand-in of the same size), then measures, each
 * in its own child process: the fast path (lib/synth), the plain cdktf path (`new App(); new
 * Fleet(app, model); app.synth()`), and the JSON-write floor (JSON.stringify + write of the same
 * documents). Also: one changed tenant re-synthesized by `kommunal synth --tenant`, validate +
 * allocation + resolution of the Germany fleet, and the isolation analysis of lib/compliance when
 * it is there.
 */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const perf_hooks_1 = require("perf_hooks");
const cdktf_1 = require("cdktf");
const lockfile_1 = require("../lib/allocation/lockfile");
const fleet_1 = require("../lib/blueprint/fleet");
const tenant_key_1 = require("../lib/naming/tenant-key");
const synth_fleet_1 = require("../lib/synth/synth-fleet");
const select_1 = require("../lib/synth/select");
const REPO = path.resolve(__dirname, '..', '..');
const CSV = path.resolve(REPO, '..', 'shared', 'data', 'gemeinden-2021.csv');
const GERMANY = 10_793;
const RLP = 2_301;
function own() {
    const u = process.resourceUsage();
    return { cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024 };
}
function dirBytes(dir) {
    let files = 0;
    let bytes = 0;
    const stacks = path.join(dir, 'stacks');
    for (const s of fs.readdirSync(stacks)) {
        const f = path.join(stacks, s, 'cdk.tf.json');
        if (fs.existsSync(f)) {
            files += 1;
            bytes += fs.statSync(f).size;
        }
    }
    return { files, bytes };
}
async function child(mode, fleetFile, outdir, extra) {
    const t0 = perf_hooks_1.performance.now();
    let result = {};
    if (mode === 'load') {
        const model = (0, fleet_1.loadFleetModel)({ fleetFile });
        result = { tenants: Object.keys(model.specs).length };
    }
    else if (mode === 'fast') {
        const jobs = extra[0] ? Number(extra[0]) : undefined;
        const runner = (extra[1] || undefined);
        // As `kommunal synth` does for a full rebuild: workers load their modules while the fleet loads.
        const cores = os.availableParallelism();
        if ((runner === undefined || runner === 'process') && (jobs ?? cores) > 1)
            (0, synth_fleet_1.prestartSynthWorkers)(jobs ?? cores);
        const model = (0, fleet_1.loadFleetModel)({ fleetFile });
        const tLoad = perf_hooks_1.performance.now();
        const r = await (0, synth_fleet_1.synthFleet)({ model, outdir, jobs, runner, force: true });
        const resources = Object.values(r.stacks).map((s) => s.resources);
        result = {
            loadMs: tLoad - t0, synthMs: perf_hooks_1.performance.now() - tLoad, stacks: r.built.length, runner: r.runner, jobs: r.jobs,
            workers: r.workers, resourcesPerTenant: Math.max(...resources), ...dirBytes(outdir),
        };
    }
    else if (mode === 'one') {
        // One tenant with the light load (lib/synth/select), into an existing output folder.
        const sel = (0, select_1.loadFleetModelForTenants)({ fleetFile }, [extra[0]]);
        const tLoad = perf_hooks_1.performance.now();
        const r = await (0, synth_fleet_1.synthFleet)({ model: sel.model, fleetKeys: sel.fleetKeys, outdir, tenants: [extra[0]], platform: false });
        result = { loadMs: tLoad - t0, synthMs: perf_hooks_1.performance.now() - tLoad, partial: sel.partial, built: r.built };
    }
    else if (mode === 'plain') {
        const model = (0, fleet_1.loadFleetModel)({ fleetFile });
        const tLoad = perf_hooks_1.performance.now();
        const app = new cdktf_1.App({ outdir });
        new fleet_1.Fleet(app, model);
        app.synth();
        result = { loadMs: tLoad - t0, synthMs: perf_hooks_1.performance.now() - tLoad, ...dirBytes(outdir) };
    }
    else if (mode === 'floor') {
        const docs = fs.readdirSync(path.join(fleetFile, 'stacks')).map((s) => ({ s, doc: JSON.parse(fs.readFileSync(path.join(fleetFile, 'stacks', s, 'cdk.tf.json'), 'utf8')) }));
        const t1 = perf_hooks_1.performance.now();
        for (const { s, doc } of docs) {
            fs.mkdirSync(path.join(outdir, s), { recursive: true });
            fs.writeFileSync(path.join(outdir, s, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
        }
        result = { floorMs: perf_hooks_1.performance.now() - t1, files: docs.length };
    }
    const r = { wallMs: perf_hooks_1.performance.now() - t0, ...own(), ...result };
    process.stdout.write(`${JSON.stringify(r)}\n`);
}
function runChild(mode, fleetFile, outdir, ...extra) {
    const t0 = perf_hooks_1.performance.now();
    const r = (0, child_process_1.spawnSync)(process.execPath, ['--max-old-space-size=8192', __filename, '--child', mode, fleetFile, outdir, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0)
        throw new Error(`bench child ${mode} failed (${r.status}):\n${r.stderr}`);
    const line = r.stdout.trim().split('\n').pop();
    return { ...JSON.parse(line), processWallMs: perf_hooks_1.performance.now() - t0 };
}
// ---------------------------------------------------------------------------------------------
// Fleets
// ---------------------------------------------------------------------------------------------
function register() {
    if (fs.existsSync(CSV)) {
        const lines = fs.readFileSync(CSV, 'utf8').split('\n').filter((l) => l !== '');
        const row = /^(\d{8}),("(?:[^"]|"")*"|[^,"]*),/;
        return {
            real: true,
            rows: lines.slice(1).map((l) => {
                const m = row.exec(l);
                return { ags: m[1], name: m[2].startsWith('"') ? m[2].slice(1, -1).replace(/""/g, '"') : m[2] };
            }),
        };
    }
    // Stand-in of the same size and Land split: 2,301 in Land 07, the rest spread over the others.
    const rows = [];
    for (let i = 0; i < GERMANY; i++) {
        const land = i < RLP ? 7 : 1 + (i % 15 >= 6 ? (i % 15) + 2 : (i % 15) + 1);
        const ags = `${String(land).padStart(2, '0')}${String(100000 + i).padStart(6, '0')}`;
        rows.push({ ags, name: `Gemeinde ${i % 4000}` });
    }
    return { real: false, rows };
}
const FLEET_YAML = (zone, land) => `name: bench
namingDomain: kommunen.example.org
${land ? `land: "${land}"\n` : ''}network:
  zoneType: ${zone}
  supernets: [10.0.0.0/8]
${zone === 'evpn' ? '  evpnController: evpn1\n  evpnAsn: 65000\n' : '  bridge: vmbr1\n'}  nodes: [pve1, pve2, pve3]
backup:
  server: pbs1.platform.example.org
  datastore: kommunen
  secondCopy:
    server: pbs2.offsite.example.org
    datastore: kommunen-copy
vault:
  isolation: path
  ci:
    issuer: https://gitlab.platform.example.org
    projectPathPrefix: kommunen
  directoryAuth:
    kind: oidc
    mount: oidc
    discoveryUrl: https://sso.platform.example.org/realms/kommunen
    clientId: vault
    redirectUris: [https://vault.platform.example.org/ui/vault/auth/oidc/oidc/callback]
logging:
  collector: logs.platform.example.org:6514
  metrics:
    server: influx.platform.example.org
    port: 8086
    influxBucket: proxmox
    influxOrganization: platform
identity:
  sharedRealm:
    id: platform-oidc
    issuerUrl: https://sso.platform.example.org/realms/kommunen
    clientId: proxmox-ve
`;
function writeFleet(dir, rows, keys, zone, land) {
    fs.mkdirSync(path.join(dir, 'kommunen'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'fleet.yaml'), FLEET_YAML(zone, land));
    for (const g of rows) {
        const key = keys.get(g.ags);
        const kind = /Stadt|, St\b|kfr\. St\.|Krfr\. St/.test(g.name) ? 'stadt' : 'gemeinde';
        fs.writeFileSync(path.join(dir, 'kommunen', `${key}.yaml`), `key: ${key}\nname: ${JSON.stringify(g.name)}\nkind: ${kind}\nags: "${g.ags}"\n`);
    }
    // Allocate once and commit the lock, as a real fleet would.
    const model = (0, fleet_1.loadFleetModel)({ fleetFile: path.join(dir, 'fleet.yaml') });
    fs.writeFileSync(model.lockPath, (0, lockfile_1.serializeLockFile)(model.lock));
    return path.join(dir, 'fleet.yaml');
}
// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (x) => `${x.toFixed(0)} MiB`;
function line(label, value) {
    process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
}
async function main() {
    const args = process.argv.slice(2);
    if (args[0] === '--child') {
        await child(args[1], args[2], args[3], args.slice(4));
        return;
    }
    const flag = (name) => args.includes(name);
    const opt = (name) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : undefined;
    };
    const jobs = opt('--jobs') ?? String(typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
    const sizes = (opt('--sizes') ?? `500,${RLP},${GERMANY}`).split(',').map(Number);
    const withGermanyBaseline = flag('--with-germany-baseline');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-'));
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    process.stdout.write(`kommunal-cdk fleet synthesis benchmark\n`);
    process.stdout.write(`machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    const { rows, real } = register();
    process.stdout.write(real ? `data: ${CSV} (${rows.length} Gemeinden)\n` : `data: ${CSV} is absent: using a GENERATED stand-in of ${rows.length} municipalities (same size, synthetic names)\n`);
    process.stdout.write(`jobs: ${jobs}; work folder ${root}\n\n`);
    const keys = (0, tenant_key_1.assignTenantKeys)(rows);
    const rlp = rows.filter((g) => g.ags.startsWith('07'));
    const t0 = perf_hooks_1.performance.now();
    const fleets = new Map();
    for (const n of sizes) {
        const pick = n === RLP ? rlp : n === GERMANY ? rows : rlp.slice(0, n);
        const zone = n <= 4093 ? 'qinq' : 'evpn';
        fleets.set(n, writeFleet(path.join(root, `fleet-${n}`), pick, keys, zone, pick.every((g) => g.ags.startsWith('07')) ? '07' : undefined));
    }
    process.stdout.write(`fleets written (one kommune.yaml per tenant, lock allocated) in ${s(perf_hooks_1.performance.now() - t0)}\n\n`);
    const summary = [];
    for (const n of sizes) {
        const fleetFile = fleets.get(n);
        const zone = n <= 4093 ? 'qinq' : 'evpn';
        process.stdout.write(`== ${n.toLocaleString('en-US')} tenants (${zone} zone, full KommuneStack blueprint + platform stack)\n`);
        const fastOut = path.join(root, `out-fast-${n}`);
        const fast = runChild('fast', fleetFile, fastOut, jobs);
        const workers = fast.workers;
        const peakWorker = Math.max(0, ...workers.map((w) => w.maxRssMiB));
        line('fast path wall (load + synth)', `${s(fast.wallMs)}  (load+validate+allocate ${s(fast.loadMs)}, synth ${s(fast.synthMs)}; process incl. start ${s(fast.processWallMs)})`);
        line('fast path peak RSS', `${mib(peakWorker)} per worker (${workers.length} ${fast.runner} workers), parent ${mib(fast.maxRssMiB)}`);
        line('fast path CPU', `${s(workers.reduce((a, w) => a + w.cpuMs, 0) + fast.cpuMs)} total`);
        line('output', `${fast.files} stacks, ${(fast.bytes / 2 ** 20).toFixed(1)} MiB, ${fast.resourcesPerTenant} resources per tenant`);
        const floor = runChild('floor', fastOut, path.join(root, `out-floor-${n}`));
        line('JSON-write floor (stringify + write)', `${s(floor.floorMs)}  → fast synth is ${(fast.synthMs / floor.floorMs).toFixed(1)}× the floor`);
        if (n < GERMANY || withGermanyBaseline) {
            const plain = runChild('plain', fleetFile, path.join(root, `out-plain-${n}`));
            line('plain cdktf (one App, app.synth())', `${s(plain.wallMs)}, peak RSS ${mib(plain.maxRssMiB)}`);
            const same = (0, child_process_1.spawnSync)('diff', ['-rq', '-x', 'kommunal-synth.json', fastOut, path.join(root, `out-plain-${n}`)], { encoding: 'utf8' }).status === 0;
            line('speed-up fast vs plain (same run)', `${(plain.wallMs / fast.wallMs).toFixed(1)}× wall; output ${same ? 'byte-identical' : 'DIFFERENT'}`);
            summary.push(`${n}: fast ${s(fast.wallMs)} / plain ${s(plain.wallMs)} = ${(plain.wallMs / fast.wallMs).toFixed(1)}×, peak ${mib(peakWorker)}/worker vs ${mib(plain.maxRssMiB)}`);
            fs.rmSync(path.join(root, `out-plain-${n}`), { recursive: true, force: true });
        }
        else {
            line('plain cdktf', 'skipped (minutes and GBs; enable with --with-germany-baseline)');
            summary.push(`${n}: fast ${s(fast.wallMs)}, peak ${mib(peakWorker)}/worker (plain baseline skipped)`);
        }
        if (n === RLP || (n === sizes[sizes.length - 1] && !sizes.includes(RLP))) {
            // One changed tenant, re-synthesized into the existing output by the CLI (whole process).
            const kommunen = path.join(path.dirname(fleetFile), 'kommunen');
            const file = fs.readdirSync(kommunen).sort()[Math.floor(fs.readdirSync(kommunen).length / 2)];
            fs.appendFileSync(path.join(kommunen, file), 'logging:\n  retentionDays: 120\n');
            const key = file.replace(/\.yaml$/, '');
            const t1 = perf_hooks_1.performance.now();
            const r = (0, child_process_1.spawnSync)(process.execPath, [path.join(REPO, 'bin', 'kommunal.js'), 'synth', '--fleet', fleetFile, '--out', fastOut, '--tenant', key, '--json'], { encoding: 'utf8' });
            const wall = perf_hooks_1.performance.now() - t1;
            const out = JSON.parse(r.stdout);
            line('one changed tenant (kommunal synth --tenant)', `${s(wall)} process wall (command ${s(out.wallMs)}), rebuilt ${JSON.stringify(out.built)}`);
            fs.appendFileSync(path.join(kommunen, file), 'backup:\n  retention:\n    keepDaily: 21\n');
            const one = runChild('one', fleetFile, fastOut, key);
            line('one changed tenant, light load (lib/synth)', `${s(one.processWallMs)} process wall (in process ${s(one.wallMs)}: load ${s(one.loadMs)}, synth ${s(one.synthMs)}), light=${String(one.partial)}, rebuilt ${JSON.stringify(one.built)}`);
            const t2 = perf_hooks_1.performance.now();
            const r2 = (0, child_process_1.spawnSync)(process.execPath, [path.join(REPO, 'bin', 'kommunal.js'), 'synth', '--fleet', fleetFile, '--out', fastOut, '--json'], { encoding: 'utf8' });
            const out2 = JSON.parse(r2.stdout);
            line('no-op full run (nothing changed)', `${s(perf_hooks_1.performance.now() - t2)} process wall, rebuilt ${out2.built.length}, unchanged ${out2.unchanged.length}`);
        }
        fs.rmSync(path.join(root, `out-floor-${n}`), { recursive: true, force: true });
        process.stdout.write('\n');
    }
    if (fleets.has(GERMANY)) {
        const load = runChild('load', fleets.get(GERMANY), '-');
        process.stdout.write(`== validate + allocation + resolution of the Germany fleet (${GERMANY.toLocaleString('en-US')} tenant files + lock)\n`);
        line('loadFleetModel', `${s(load.wallMs)} (process incl. start ${s(load.processWallMs)}), peak RSS ${mib(load.maxRssMiB)}`);
        process.stdout.write('\n');
    }
    try {
        // Optional: lib/compliance may export benchIsolation (another engineer's module).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const compliance = require('../lib/compliance/isolation');
        if (typeof compliance.benchIsolation === 'function') {
            const t3 = perf_hooks_1.performance.now();
            const b = compliance.benchIsolation({ csvPath: CSV, clock: () => perf_hooks_1.performance.now() });
            process.stdout.write(`== isolation analysis (lib/compliance benchIsolation)\n`);
            if (b)
                line(`${b.tenants} tenants`, `${s(perf_hooks_1.performance.now() - t3)} total (resolve ${s(b.resolveMs)}, build ${s(b.buildMs)}, analyse ${s(b.analyseMs)}), ${b.violations} violations`);
            else
                line('skipped', 'municipality register absent');
            process.stdout.write('\n');
        }
    }
    catch {
        process.stdout.write('(isolation analysis: lib/compliance has no benchIsolation)\n\n');
    }
    process.stdout.write(`summary (one run, ${os.cpus().length} cores):\n  ${summary.join('\n  ')}\n`);
    if (!flag('--keep'))
        fs.rmSync(root, { recursive: true, force: true });
    else
        process.stdout.write(`kept ${root}\n`);
}
main().catch((e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
});
