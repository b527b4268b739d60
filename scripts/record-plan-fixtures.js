#!/usr/bin/env node
/**
 * Records the real plan JSON fixtures of the plan redaction tests (test/pipeline/redact-plan.test.ts):
 * landkreis-fleet's platform and tenant stadt-musterhausen, rehearsed with real terraform and the
 * shadow providers (lib/rehearsal), the tenant's pipeline inputs seeded in the shadow Vault as the
 * platform engineer writes them (fleetCiInputSecrets). Writes
 *   test/fixtures/plans/real/tenant-first.json   `terraform show -json` of the tenant's first plan
 *   test/fixtures/plans/real/tenant-second.json  ... of its second plan after apply (prior_state set)
 * Usage: npm run build && node scripts/record-plan-fixtures.js (needs terraform on PATH). The
 * rehearsal's values are fixed, so a re-recording differs only where terraform's output does.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const REPO = path.resolve(__dirname, '..');
const { loadFleetModel } = require(`${REPO}/dist/lib/blueprint/fleet`);
const { synthFleet } = require(`${REPO}/dist/lib/synth/synth-fleet`);
const { Workspace } = require(`${REPO}/dist/lib/rehearsal/workspace`);
const { planStack, applyStack, readRawPlan } = require(`${REPO}/dist/lib/rehearsal/stack-run`);
const { fleetCiInputSecrets, fleetDatacenterSeed } = require(`${REPO}/dist/lib/rehearsal/identities`);

const TENANT = 'stadt-musterhausen';
const OUT = path.join(REPO, 'test/fixtures/plans/real');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-record-'));
  try {
    const fleetFile = path.join(REPO, 'examples/landkreis-fleet/fleet.yaml');
    const model = loadFleetModel({ fleetFile, displayRoot: path.dirname(fleetFile) });
    const ws = Workspace.open({ dir: path.join(dir, 'ws'), tool: 'terraform', datacenterModel: 'off', proxmoxSeed: fleetDatacenterSeed(model), vaultSecrets: fleetCiInputSecrets(model) });
    const outdir = path.join(dir, 'synth');
    await synthFleet({ model, outdir, tenants: [TENANT], platform: true, force: true, jobs: 1, runner: 'inline', fleetKeys: Object.keys(model.specs) });
    for (const s of ['platform', TENANT]) ws.prepareStack(s, path.join(outdir, 'stacks', s));
    const must = (r) => { if (r.failure !== undefined) throw new Error(`${r.stack}: ${r.failure}`); return r; };
    must(await planStack(ws, 'platform'));
    must(await applyStack(ws, 'platform'));
    must(await planStack(ws, TENANT));
    const first = readRawPlan(ws, TENANT);
    must(await applyStack(ws, TENANT));
    must(await planStack(ws, TENANT));
    const second = readRawPlan(ws, TENANT);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'tenant-first.json'), `${JSON.stringify(first, null, 1)}\n`);
    fs.writeFileSync(path.join(OUT, 'tenant-second.json'), `${JSON.stringify(second, null, 1)}\n`);
    console.log(`wrote ${OUT}/tenant-first.json and tenant-second.json`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
