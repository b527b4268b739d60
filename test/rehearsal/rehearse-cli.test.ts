/**
 * `kommunal rehearse` as users run it, when something fails: a failing apply names the stack and
 * shows terraform's error, and a fleet that fails synthesis is reported at the parameter.
 *
 * Every example fleet rehearsing cleanly (each stack as its pipeline job's identity against the
 * datacenter model, only the known findings of known-findings.json) is checked by one file per
 * example under rehearse-cli/ (test/helpers/rehearse-example.ts), so that the two workers of the
 * rehearsal project share the examples.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runKommunal } from '../helpers/cli';
import { copyExample, describeRehearsal, REPO, tempDir } from '../helpers/rehearsal';

const env = { ...process.env, CI: 'true' };

describeRehearsal('kommunal rehearse', () => {
  it('fails naming the stack and the step, with the provider error terraform printed, when an apply fails', () => {
    const dir = copyExample('musterstadt');
    const r = runKommunal(['rehearse', '--fleet', path.join(dir, 'fleet.yaml'), '--tenant', 'musterstadt', '--fail-apply', 'proxmox_backup_job', '--datacenter-model', 'off'], { env, timeoutMs: 600000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^platform\s+ok\s/m);
    expect(r.stdout).toMatch(/^musterstadt\s+FAILED\s+at apply: /m);
    expect(r.stdout).toMatch(/rehearsal FAILED \(musterstadt\)/);
    expect(r.stderr).toMatch(/musterstadt: apply failed:\n[\s\S]*Error: [\s\S]*proxmox_backup_job/);
    // A failed rehearsal keeps its folder for inspection and says where.
    expect(r.stdout).toMatch(/rehearsal folder: /);
  }, 600000);

  it('reports a stack that fails synthesis (a compliance rule) at the parameter, as synth does, never as an internal error', () => {
    const dir = tempDir('kommunal-rehearse-bad-fleet-');
    fs.cpSync(path.join(REPO, 'test/fixtures/config/valid-fleet'), dir, { recursive: true });
    const alpha = path.join(dir, 'kommunen/alpha.yaml');
    fs.writeFileSync(alpha, fs.readFileSync(alpha, 'utf8').replace('name: Alpha (Pfalz)', 'name: "Alpha PVEAPIToken=x"'));
    const r = runKommunal(['rehearse', '--fleet', 'fleet.yaml'], { cwd: dir, env, timeoutMs: 120000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kommunen\/alpha\.yaml:2:7 name: looks like a secret \(Proxmox API token header\)/m);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 120000);
});
