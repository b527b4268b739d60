/**
 * Issue #16, "the tenant pipeline cannot apply its own Vault resources": a tenant's first apply,
 * on real terraform with the datacenter model enforcing, as the identity its pipeline job has
 * (lib/rehearsal/identities.ts: a JWT login at the root namespace with the tenant's CI role, then
 * the provider's child token). Before the platform owned the CI logins the login itself failed
 * (the role came from the tenant's own stack) and, with the role in place, the token could neither
 * create the child token nor write anything but read `…/ci/*`.
 *
 * The platform stack runs in `record` mode: OpenBao's refusal of its API-created audit device is a
 * separate finding of the issue. Refusals of the tenant apply that are not Vault's (the logging
 * snippet's SSH upload, another finding) may still fail the apply; the test asserts that none of
 * them is Vault's and that every Vault resource of the stack reached the state.
 */
import { RehearsalStepError } from '../../../lib/rehearsal/workspace';
import { Scenario, copyExample, describeRehearsal, expectOk } from '../../helpers/rehearsal';

async function firstTenantApply(example: string, tenant: string): Promise<void> {
  const sc = new Scenario(copyExample(example), { datacenterModel: 'record' });
  await sc.synth([tenant]);
  expectOk(await sc.planAndApply('platform'));
  // The platform created the tenant's CI role (root namespace, CI mount) and its provisioner policy.
  expect(sc.stateAddresses('platform')).toEqual(expect.arrayContaining([
    expect.stringMatching(new RegExp(`^vault_jwt_auth_backend_role\\.Pipeline-${tenant}_Role_[0-9A-F]+$`)),
    expect.stringMatching(new RegExp(`^vault_policy\\.Pipeline-${tenant}_Policy_[0-9A-F]+$`)),
  ]));

  sc.ws.datacenterModel = 'enforce';
  let plan;
  try {
    plan = await sc.plan(tenant);
  } catch (e) {
    // A refused login stops the job before terraform (RehearsalStepError 'vault login').
    if (e instanceof RehearsalStepError) throw new Error(`the tenant pipeline could not log in: ${e.message}`);
    throw e;
  }
  // The plan configures the Vault provider: lookup-self and the child token pass.
  expectOk(plan);
  const vaultAddresses = sc.changes(tenant).filter((c) => c.type.startsWith('vault_')).map((c) => c.address).sort();
  expect(vaultAddresses.length).toBeGreaterThan(4);
  // The former CI role is not in the plan: a new tenant's state never had it (the removed block is a no-op).
  expect(vaultAddresses.some((a) => a.startsWith('vault_jwt_auth_backend_role.Vault_CiRole_'))).toBe(false);
  expect(plan.guard?.ok).toBe(true);

  const applied = await sc.apply(tenant);
  if (!applied.ok) {
    // Only refusals that are not Vault's may remain (see the module comment).
    expect(applied.failure?.detail ?? '').not.toMatch(/vault_|Vault|auth\/token/);
  }
  const state = sc.stateAddresses(tenant);
  expect(vaultAddresses.filter((a) => !state.includes(a))).toEqual([]);
}

describeRehearsal('rehearsal: the tenant pipeline identity applies its Vault resources (enforced model)', () => {
  it('path isolation (musterstadt): first apply', async () => {
    await firstTenantApply('musterstadt', 'musterstadt');
  }, 300000);

  it('namespace isolation (verbandsgemeinde): first apply, namespace and KV mount created from a root-namespace login', async () => {
    await firstTenantApply('verbandsgemeinde', 'vg-musterland');
  }, 300000);
});
