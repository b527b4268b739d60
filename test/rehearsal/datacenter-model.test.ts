/**
 * The datacenter model under real terraform (enforce mode): a refusal of the model fails the
 * apply with the server's words, and the rehearsal sees the order of stacks across states — a
 * tenant stack applied before its platform names roles that do not exist yet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { PLATFORM_STACK_NAME } from '../../lib/blueprint/fleet';
import { identityApiToken, TENANT_IDENTITY } from '../../lib/rehearsal/model/proxmox';
import { PLATFORM_TOKEN } from '../../lib/rehearsal/model/vault';
import { Scenario, copyExample, describeRehearsal, expectOk } from '../helpers/rehearsal';

describeRehearsal('rehearsal: datacenter model (enforce)', () => {
  it('refuses a tenant applied before its platform: its ACLs grant roles only the platform creates', async () => {
    const dir = copyExample('musterstadt');
    // Without Vault CI logins: the tenant's inputs are variables then, not the Vault secret whose KV
    // mount the platform creates (with it the plan would stop at Vault before Proxmox is asked).
    const fleetFile = path.join(dir, 'fleet.yaml');
    const fleet = parseDocument(fs.readFileSync(fleetFile, 'utf8'));
    fleet.deleteIn(['vault', 'ci']);
    fs.writeFileSync(fleetFile, fleet.toString());
    // The tenant runs with its Proxmox identity; Vault gets the platform token so that only the
    // Proxmox side decides here.
    const sc = new Scenario(dir, {
      datacenterModel: 'enforce',
      identityOf: (stack) => (stack === PLATFORM_STACK_NAME ? {} : { proxmoxToken: identityApiToken(TENANT_IDENTITY), vault: { token: PLATFORM_TOKEN } }),
    });
    await sc.synth(['musterstadt']);
    expectOk(await sc.plan('musterstadt'));
    const r = await sc.apply('musterstadt');
    expect(r.ok).toBe(false);
    expect(r.failure?.step).toBe('apply');
    // pve-access-control API2/ACL.pm: the role of an ACL entry must exist.
    expect(r.failure?.detail).toMatch(/role 'Kommunal[A-Za-z]+' does not exist/);
    expect(r.failure?.detail).toContain('proxmox_acl');
  }, 300000);
});
