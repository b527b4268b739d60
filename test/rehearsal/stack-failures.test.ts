/**
 * How a rehearsal reports what goes wrong, on real terraform: a stack that terraform rejects fails at
 * `validate` with terraform's own diagnostic, and a stack whose state lock someone else holds fails
 * at `plan` with terraform's lock error (the rehearsal plans with -lock-timeout=0s, so it never waits).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { planStack } from '../../lib/rehearsal/stack-run';
import { Workspace } from '../../lib/rehearsal/workspace';
import { describeRehearsal, tempDir } from '../helpers/rehearsal';

const STACK = {
  terraform: { required_providers: { proxmox: { source: 'registry.terraform.io/bpg/proxmox', version: '0.111.1' } } },
  provider: { proxmox: [{ endpoint: 'https://pve.rehearsal.invalid:8006/', api_token: 'rehearsal@pve!t=00000000-0000-0000-0000-000000000000' }] },
  resource: { proxmox_virtual_environment_pool: { pool: { pool_id: 'kom-test', comment: 'rehearsal' } } },
};

function stackDir(stack: unknown): string {
  const dir = tempDir('kommunal-rehearsal-stack-');
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(stack, null, 2));
  return dir;
}

describeRehearsal('rehearsal failures', () => {
  it('fails at validate with terraform\'s diagnostic when terraform rejects the stack', async () => {
    const ws = Workspace.open({ dir: tempDir('kommunal-rehearsal-ws-'), tool: 'terraform' });
    const broken = { ...STACK, resource: { proxmox_virtual_environment_pool: { pool: { pool_id: 'kom-test', colour: 'blue' } } } };
    ws.prepareStack('broken', stackDir(broken));
    const r = await planStack(ws, 'broken');
    expect(r.ok).toBe(false);
    expect(r.failure?.step).toBe('validate');
    expect(r.failure?.detail).toMatch(/Error: Extraneous JSON object property/);
    expect(r.failure?.detail).toMatch(/colour/);
  }, 120000);

  it('fails at plan with terraform\'s lock error when another run holds the stack\'s state lock', async () => {
    const ws = Workspace.open({ dir: tempDir('kommunal-rehearsal-ws-'), tool: 'terraform' });
    ws.prepareStack('locked', stackDir(STACK));
    const first = await planStack(ws, 'locked');
    expect(first.failure).toBeUndefined();
    // Another terraform holds the lock: an interactive apply waiting at its approval prompt.
    const holder = spawn('terraform', ['apply', '-no-color'], { cwd: ws.stackDir('locked'), env: ws.env('locked'), stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        holder.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          if (out.includes('Enter a value')) resolve();
        });
        holder.on('exit', (code) => reject(new Error(`the lock holder exited early (${code}): ${out}`)));
      });
      const r = await planStack(ws, 'locked');
      expect(r.ok).toBe(false);
      expect(r.failure?.step).toBe('plan');
      expect(r.failure?.detail).toMatch(/Error acquiring the state lock/);
    } finally {
      holder.stdin.end('no\n');
      await new Promise((resolve) => holder.once('close', resolve));
    }
    // Once the other run is gone, the stack plans again.
    expect((await planStack(ws, 'locked')).failure).toBeUndefined();
  }, 180000);
});
