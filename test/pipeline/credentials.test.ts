import { credentialNeeds, missingCredentials } from '../../lib/pipeline/credentials';
import type { FleetModel } from '../../lib/blueprint/fleet';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

/** The fleet without Vault CI logins: its tenant jobs have no Vault identity, so the inputs stay variables. */
function withoutCiLogins(model: FleetModel): FleetModel {
  return { ...model, platform: { ...model.platform, vault: { ...model.platform.vault, ciJwt: undefined }, tenantPipelines: undefined } };
}

describe('credentials a synthesized stack needs', () => {
  const synth = synthModel(exampleModel('landkreis-fleet'));
  const noCi = synthModel(withoutCiLogins(exampleModel('landkreis-fleet')));
  afterAll(() => [synth, noCi].forEach((s) => removeDir(s.outdir)));

  it('reads them from the stack: backend, Vault token, provider fallbacks; a Vault fleet\'s tenant needs no secret variable', () => {
    const needs = credentialNeeds(synth.stacks['stadt-musterhausen']);
    expect(needs).toEqual([
      { what: 'state backend "http"', anyOf: ['TF_HTTP_USERNAME'] },
      { what: 'state backend "http"', anyOf: ['TF_HTTP_PASSWORD'] },
      { what: 'Vault token (the CI job logs in with its ID token)', anyOf: ['VAULT_TOKEN'] },
      { what: 'variable proxmox_api_token', anyOf: ['TF_VAR_proxmox_api_token', 'PROXMOX_VE_API_TOKEN'] },
      // No proxmox_endpoint: the fleet declares clusters, and the variable defaults to the tenant's
      // cluster endpoint (docs/clusters.md); musterstadt below still asks for it.
      { what: 'variable vault_address', anyOf: ['TF_VAR_vault_address', 'VAULT_ADDR'] },
    ]);
    // Namespace mode with an OIDC directory: the client secret of the tenant's own OIDC mount is a
    // field of the pipeline-inputs secret too, no variable.
    expect(JSON.stringify(synth.stacks['stadt-musterhausen'])).toContain('"oidc_client_secret":"${data.vault_kv_secret_v2.CiInputs.data[\\"vault_tenant_oidc_client_secret\\"]}"');
  });

  it('without Vault CI logins the OIDC client secret of the tenant\'s own mount stays a required variable', () => {
    expect(credentialNeeds(noCi.stacks['stadt-musterhausen']).filter((n) => n.what.includes('oidc'))).toEqual([
      { what: 'variable vault_tenant_oidc_client_secret (sensitive)', anyOf: ['TF_VAR_vault_tenant_oidc_client_secret'] },
    ]);
  });

  it('without Vault CI logins the PBS secrets stay required variables', () => {
    expect(credentialNeeds(noCi.stacks['stadt-musterhausen']).filter((n) => n.what.startsWith('variable pbs_'))).toEqual([
      { what: 'variable pbs_encryption_key (sensitive)', anyOf: ['TF_VAR_pbs_encryption_key'] },
      { what: 'variable pbs_password (sensitive)', anyOf: ['TF_VAR_pbs_password'] },
    ]);
  });

  it('fails when a backend, provider or variable credential is missing, and passes when all are set', () => {
    const needs = credentialNeeds(noCi.stacks['stadt-musterhausen']);
    const full = { TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: 'x', VAULT_TOKEN: 'x', TF_VAR_pbs_encryption_key: 'x', TF_VAR_pbs_password: 'x', PROXMOX_VE_API_TOKEN: 'x', PROXMOX_VE_ENDPOINT: 'x', VAULT_ADDR: 'x', TF_VAR_vault_tenant_oidc_client_secret: 'x' };
    expect(missingCredentials(needs, full)).toEqual([]);
    const { TF_HTTP_PASSWORD: _p, PROXMOX_VE_ENDPOINT: _e, ...partial } = full;
    // The fleet declares clusters: the tenant's proxmox_endpoint defaults to its cluster's endpoint,
    // so it is no credential the job must set (docs/clusters.md).
    expect(missingCredentials(needs, { ...partial, TF_VAR_pbs_password: '' }).map((n) => n.what)).toEqual(['state backend "http"', 'variable pbs_password (sensitive)']);
  });

  it('asks the platform stack for the SSH pair of its snippet upload (bpg reads PROXMOX_VE_SSH_*), and tenants for none', () => {
    // The fleet declares clusters: the snippet upload is in each cluster's platform stack, for the
    // legacy cluster dc1 the stack `platform` (docs/clusters.md).
    const platform = credentialNeeds(synth.stacks.platform);
    expect(credentialNeeds(synth.stacks['platform-dr1']).some((n) => n.what === 'variable proxmox_ssh_username')).toBe(true);
    expect(platform).toEqual(expect.arrayContaining([
      { what: 'variable proxmox_ssh_private_key', anyOf: ['TF_VAR_proxmox_ssh_private_key', 'PROXMOX_VE_SSH_PRIVATE_KEY', 'PROXMOX_VE_SSH_PASSWORD', 'PROXMOX_VE_SSH_AGENT'] },
      { what: 'variable proxmox_ssh_username', anyOf: ['TF_VAR_proxmox_ssh_username', 'PROXMOX_VE_SSH_USERNAME'] },
    ]));
    const env = Object.fromEntries(platform.map((n) => [n.anyOf[n.anyOf.length - 1], 'x']));
    expect(missingCredentials(platform, env)).toEqual([]);
    const { PROXMOX_VE_SSH_USERNAME: _u, ...withoutUser } = env;
    expect(missingCredentials(platform, withoutUser).map((n) => n.what)).toEqual(['variable proxmox_ssh_username']);
    expect(credentialNeeds(synth.stacks['stadt-musterhausen']).some((n) => n.what.includes('ssh'))).toBe(false);
  });

  it('needs nothing for odd input', () => {
    expect(credentialNeeds(null)).toEqual([]);
    expect(credentialNeeds({ terraform: 'x', variable: [1] })).toEqual([]);
  });
});

describe('kommunal env-check (spawned)', () => {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const path = require('path') as typeof import('path');
  const bin = path.resolve(__dirname, '../../bin/kommunal.js');
  const synth = synthModel(exampleModel('musterstadt'));
  afterAll(() => removeDir(synth.outdir));
  const run = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [bin, 'env-check', ...args], {
    cwd: synth.outdir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env },
  });

  it('fails with exit 1 naming each missing credential, never a value', () => {
    const r = run({ VAULT_TOKEN: 'hvs.secret-value' }, 'stacks/musterstadt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('stacks/musterstadt/cdk.tf.json: 3 credentials missing:');
    // The tenant's secrets come from Vault (the fleet has CI logins): no TF_VAR_ is asked for.
    expect(r.stderr).not.toContain('pbs_password');
    expect(r.stderr).toContain('  variable proxmox_endpoint: set TF_VAR_proxmox_endpoint or PROXMOX_VE_ENDPOINT\n');
    expect(r.stderr + r.stdout).not.toContain('hvs.secret-value');
  });

  it('passes with exit 0 when everything is set', () => {
    const env = { VAULT_TOKEN: 'x', PROXMOX_VE_API_TOKEN: 'x', PROXMOX_VE_ENDPOINT: 'x', VAULT_ADDR: 'x' };
    const r = run(env, 'stacks/musterstadt');
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: 'ok: stacks/musterstadt/cdk.tf.json: every credential is set\n' });
  });

  it('fails with exit 2 when there is no synthesized stack', () => {
    const r = run({}, 'stacks/nowhere');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no synthesized stack at stacks/nowhere');
  });
});
