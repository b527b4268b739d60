/**
 * Issue #14, deliverable 5: a tenant's plan job runs as the tenant's plan role (read-only policy,
 * any branch) and its apply job as the apply role (protected default branch). On real terraform
 * with the datacenter model enforcing: a merge request's plan job logs in with the plan role and
 * plans the tenant's first apply (lookup-self, child token, the pipeline inputs' data source); the
 * same identity is refused at the first Vault write of an apply, and cannot log in with the apply
 * role. One small stack pair (musterstadt: platform + one tenant), the tenant's plan only plus
 * one apply that fails early.
 */
import { FileObjectStore } from '../../../lib/rehearsal/engine/store';
import { pipelineIdentities, type PipelineStage } from '../../../lib/rehearsal/identities';
import { loginJwt } from '../../../lib/rehearsal/model/vault';
import { Scenario, copyExample, describeRehearsal, expectOk } from '../../helpers/rehearsal';

describeRehearsal('rehearsal: plan and apply identities of a tenant pipeline (enforced model)', () => {
  it('the plan identity plans the first apply and is refused when it applies', async () => {
    let stage: PipelineStage = 'apply';
    // The Scenario's model is the fleet as last synthesized; the stage decides the tenant's identity.
    const holder: { sc?: Scenario } = {};
    const sc = new Scenario(copyExample('musterstadt'), { datacenterModel: 'record', identityOf: (stack) => pipelineIdentities(holder.sc!.model, stage)(stack) });
    holder.sc = sc;
    await sc.synth(['musterstadt']);
    // The platform creates both roles and both policies (its own audit-device refusal is recorded, not enforced).
    expectOk(await sc.planAndApply('platform'));
    expect(sc.stateAddresses('platform')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^vault_jwt_auth_backend_role\.Pipeline-musterstadt_PlanRole_[0-9A-F]+$/),
      expect.stringMatching(/^vault_policy\.Pipeline-musterstadt_PlanPolicy_[0-9A-F]+$/),
    ]));

    sc.ws.datacenterModel = 'enforce';
    stage = 'plan';
    // A merge request's job cannot log in with the apply role (unprotected branch, not the default branch).
    const mr = pipelineIdentities(sc.model, 'plan')('musterstadt').vault;
    expect(mr !== undefined && 'jwtLogin' in mr).toBe(true);
    if (mr !== undefined && 'jwtLogin' in mr) {
      expect(mr.jwtLogin.role).toBe('kommunen-musterstadt-ci-plan');
      const asApply = loginJwt(new FileObjectStore(sc.ws.storeDir), { ...mr.jwtLogin, role: 'kommunen-musterstadt-ci' });
      expect('error' in asApply ? asApply.error.detail : 'logged in').toMatch(/claim "[a-z_]+" does not match any associated bound claim values/);
    }

    const plan = await sc.plan('musterstadt');
    expectOk(plan);
    expect(sc.changes('musterstadt').filter((c) => c.type.startsWith('vault_')).length).toBeGreaterThan(2);

    const applied = await sc.apply('musterstadt');
    expect(applied.ok).toBe(false);
    expect(applied.failure?.detail ?? '').toMatch(/jwt login role kommunen-musterstadt-ci-plan[\s\S]*permission denied/);
    expect(sc.stateAddresses('musterstadt').filter((a) => a.startsWith('vault_'))).toEqual([]);
  }, 300000);
});
