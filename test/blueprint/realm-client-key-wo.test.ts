import { tenantRealmClientKeyOf } from '../../lib/blueprint/tenant-ci-inputs';
import { tenantPlannerRules, tenantProvisionerRules } from '../../lib/identity/tenant-pipeline-login';
import { tenantPipelineLogins } from '../../lib/blueprint/internal/tenant-props';
import { fleetCiInputSecrets } from '../../lib/rehearsal/identities';
import { SynthJson } from '../helpers/synth';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

// Issue #14, deliverable 4: the client key of a tenant's confidential OIDC realm reaches terraform
// only as an ephemeral value in the write-only `client_key_wo`, never through the data source whose
// values land in plan and state.
describe('OIDC realm client key: ephemeral read into client_key_wo (verbandsgemeinde, vg-musterland)', () => {
  const model = exampleModel('verbandsgemeinde');
  const synth = synthModel(model);
  afterAll(() => removeDir(synth.outdir));
  const key = 'vg-musterland';
  const spec = model.specs[key];
  const tenant = synth.stacks[key] as SynthJson & { ephemeral?: Record<string, Record<string, Record<string, unknown>>> };
  const at = tenantRealmClientKeyOf(spec, model.platform)!;

  it('the example tenant is a confidential OIDC client with CI logins', () => {
    expect(spec.identity.source).toBe('oidc');
    expect(spec.identity.oidc?.clientKeyVersion).toBe(1);
    expect(at).toEqual({ mount: 'kv-kommunen', name: `${model.platform.vault.tenantRoot}/${key}/ci/realm-client-key`, dataPath: `kv-kommunen/data/${model.platform.vault.tenantRoot}/${key}/ci/realm-client-key` });
  });

  it('sets client_key_wo from the ephemeral read and the version from the tenant file, and no client_key', () => {
    const [realm] = Object.values(tenant.resource?.proxmox_realm_openid ?? {});
    expect(realm).toBeDefined();
    expect(realm).not.toHaveProperty('client_key');
    expect(realm.client_key_wo).toBe('${ephemeral.vault_kv_secret_v2.realm_client_key.data["client_key"]}');
    expect(realm.client_key_wo_version).toBe(1);
    expect(tenant.ephemeral?.vault_kv_secret_v2).toEqual({ realm_client_key: { mount: at.mount, name: at.name } });
  });

  it('the non-ephemeral data source no longer carries the client key, and no variable does', () => {
    const text = JSON.stringify(tenant);
    expect(text).not.toMatch(/CiInputs\.data, "proxmox_realm_[a-z0-9_]+_client_key"/);
    expect(Object.keys(tenant.variable ?? {}).filter((n) => /client_key/.test(n))).toEqual([]);
  });

  it('both pipeline identities may read the key secret, exactly; other tenants may not', () => {
    const logins = tenantPipelineLogins(model.specs, model.platform)!;
    for (const props of logins) {
      const mine = props.tenant.key === key;
      for (const rules of [tenantProvisionerRules(props), tenantPlannerRules(props)]) {
        const reads = rules.filter((r) => r.path.endsWith('/ci/realm-client-key'));
        expect(reads).toEqual(mine ? [expect.objectContaining({ path: at.dataPath, capabilities: ['read'] })] : []);
      }
    }
  });

  it('the rehearsal seeds the key secret with the field the stack reads', () => {
    const seeded = fleetCiInputSecrets(model).find((s) => s.name === at.name);
    expect(seeded).toMatchObject({ namespace: '', mount: at.mount, data: { client_key: `rehearsal-vault-realm-client-key-${key}` } });
    const inputs = fleetCiInputSecrets(model).find((s) => s.name.endsWith(`/${key}/ci/terraform`));
    expect(Object.keys(inputs!.data).filter((f) => f.includes('client_key'))).toEqual([]);
  });
});
