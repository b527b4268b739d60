/**
 * Issue #16, namespace mode with an OIDC directory (examples/landkreis-fleet): every tenant wrote
 * its directory roles into its namespace on the fleet's `oidc` mount, which existed only in the
 * root namespace (the platform's), so the model refused each role ("no handler for route"). Now
 * the tenant stack mounts the OIDC login in its own namespace (lib/identity/tenant-vault.ts) and
 * its provisioner policy allows exactly that mount's calls (lib/identity/tenant-pipeline-login.ts).
 *
 * One stack pair, platform then the smallest tenant, each as its pipeline job's identity, with the
 * datacenter model enforcing: the tenant's first apply must pass, mount and roles in its namespace.
 */
import * as fs from 'fs';
import { Scenario, copyExample, describeRehearsal, expectOk } from '../../helpers/rehearsal';

const TENANT = 'gemeinde-beispielbach';

describeRehearsal('rehearsal: namespace-mode directory login (OIDC) of a tenant pipeline (enforced model)', () => {
  it('the tenant mounts its OIDC login in its namespace and applies its directory roles there', async () => {
    const sc = new Scenario(copyExample('landkreis-fleet'), { datacenterModel: 'enforce' });
    await sc.synth([TENANT]);
    expectOk(await sc.planAndApply('platform'));

    const plan = await sc.plan(TENANT);
    expectOk(plan);
    expect(plan.guard?.ok).toBe(true);
    const created = sc.changes(TENANT).filter((c) => c.change.actions.join(',') === 'create');
    const mounts = created.filter((c) => c.type === 'vault_jwt_auth_backend');
    expect(mounts.map((m) => [m.change.after?.namespace, m.change.after?.path, m.change.after?.type])).toEqual([[`kommunen/${TENANT}`, 'oidc', 'oidc']]);
    const roles = created.filter((c) => c.type === 'vault_jwt_auth_backend_role');
    expect(roles.map((r) => r.change.after?.role_name).sort()).toEqual([`${TENANT}-admin`, `${TENANT}-operator`, `${TENANT}-readonly`]);
    for (const r of roles) expect({ namespace: r.change.after?.namespace, backend: r.change.after?.backend }).toEqual({ namespace: `kommunen/${TENANT}`, backend: 'oidc' });

    // Before the fix: "no handler for route" for each role (the mount was only in the root namespace).
    expectOk(await sc.apply(TENANT));
    const state = sc.stateAddresses(TENANT);
    for (const c of [...mounts, ...roles]) expect(state).toContain(c.address);
    // The client secret reached the mount from the tenant's own variable, not the platform's.
    const tfstate = JSON.parse(fs.readFileSync(`${sc.ws.stateDir}/${TENANT}.tfstate`, 'utf8')) as { resources: { type: string; instances: { attributes: Record<string, unknown> }[] }[] };
    const mount = tfstate.resources.find((r) => r.type === 'vault_jwt_auth_backend');
    expect(mount?.instances[0].attributes).toMatchObject({ namespace: `kommunen/${TENANT}`, namespace_in_state: true, oidc_client_id: 'vault' });
    expect(typeof mount?.instances[0].attributes.oidc_client_secret).toBe('string');
  }, 300000);
});
