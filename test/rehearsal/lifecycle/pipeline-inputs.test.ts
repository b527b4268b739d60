/**
 * Issue #16, "required secret variables are never supplied by the generated jobs": with Vault CI
 * logins a tenant stack declares no PBS or realm secret variable; its plan reads them from the
 * tenant's pipeline-inputs secret in Vault (root namespace, `<shared KV>/<tenant root>/<key>/ci/
 * terraform`, written by the platform engineer; here by the rehearsal's seed), as the identity
 * the pipeline job has (the JWT login with the tenant's CI role), with the datacenter model
 * enforcing: the read is checked against the provisioner policy (ACL `read` on the exact path).
 * A secret that was never written fails the plan with the provider's words.
 *
 * Real terraform 1.11.4 against the shadow providers; the platform stack runs in `record` mode (its
 * own refusals are other findings of the issue), the tenant's plan in `enforce` mode.
 */
import { Scenario, copyExample, describeRehearsal, expectOk } from '../../helpers/rehearsal';

describeRehearsal('rehearsal: a tenant plan reads its secret inputs from Vault (enforced model, pipeline identity)', () => {
  it('path isolation (musterstadt): the PBS password, key and bind password come from Vault; a missing secret fails with "no secret found"', async () => {
    const sc = new Scenario(copyExample('musterstadt'), { datacenterModel: 'record' });
    await sc.synth(['musterstadt']);
    expectOk(await sc.planAndApply('platform'));

    sc.ws.datacenterModel = 'enforce';
    const plan = await sc.plan('musterstadt');
    expectOk(plan);
    const after = (type: string) => sc.changes('musterstadt').find((c) => c.type === type)?.change.after ?? {};
    // Terraform's plan JSON keeps sensitive values (marked in after_sensitive): the seeded values
    // reached the resources, not a TF_VAR_ (the rehearsal sets none for these any more).
    expect({ password: after('proxmox_storage_pbs').password, key: after('proxmox_storage_pbs').encryption_key }).toEqual({
      password: 'rehearsal-vault-pbs-password-musterstadt',
      key: 'rehearsal-vault-pbs-encryption-key-musterstadt',
    });
    expect(after('proxmox_realm_ldap').bind_password).toMatch(/^rehearsal-vault-proxmox-realm-[a-z0-9-]+-bind-password-musterstadt$/);

    sc.ws.deleteVaultSecret({ namespace: '', mount: 'kv-kommunen', name: 'kommunen/musterstadt/ci/terraform' });
    const missing = await sc.plan('musterstadt');
    expect(missing.ok).toBe(false);
    expect(missing.failure?.step).toBe('plan');
    expect(missing.failure?.detail).toContain('no secret found at "kv-kommunen/data/kommunen/musterstadt/ci/terraform"');
    expect(missing.failure?.detail).toContain('data.vault_kv_secret_v2.CiInputs');
  }, 300000);
});
