/**
 * Walks every vault resource of the synthesized example stacks through the model: the platform
 * stack with the platform bootstrap token, then each tenant with the token its pipeline gets from
 * `vault write auth/<mount>/login role=<ci role> jwt=...` (lib/pipeline/gitlab.ts: no namespace) on
 * the role the platform stack created. Prints what the blueprint would be refused and asserts the
 * verdicts.
 */
import * as path from 'path';
import { KOMMUNAL_PLATFORM_POLICY_HCL, loginJwt, PLATFORM_TOKEN, seedVault, DEFAULT_VAULT_SEED, vaultModel } from '../../../../lib/rehearsal/model/vault';
import { synthExample } from './synth';
import { create, MemoryStore } from './helpers';

type Json = Record<string, unknown>;

/** Dependency order of the blueprint's vault types (namespaces and mounts before what lives in them). */
const ORDER = ['vault_namespace', 'vault_mount', 'vault_auth_backend', 'vault_jwt_auth_backend', 'vault_ldap_auth_backend', 'vault_audit', 'vault_policy', 'vault_pki_secret_backend_intermediate_cert_request', 'vault_pki_secret_backend_role', 'vault_jwt_auth_backend_role', 'vault_ldap_auth_backend_group'];

interface Res { readonly address: string; readonly type: string; readonly attrs: Json }

/** The stack's vault resources with `${type.name.attr}` references resolved to the referenced literal; other expressions become placeholders. */
function vaultResources(stack: Json): Res[] {
  const res = (stack.resource ?? {}) as Record<string, Record<string, Json>>;
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)\}$/.exec(v);
      if (m) return res[m[1]]?.[m[2]]?.[m[3]];
      return v.includes('${') ? 'rehearsal-placeholder' : v;
    }
    if (Array.isArray(v)) return v.map(resolve);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !['//', 'lifecycle', 'depends_on'].includes(k)).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  const out: Res[] = [];
  for (const type of Object.keys(res).filter((t) => t.startsWith('vault_'))) {
    if (!ORDER.includes(type)) throw new Error(`vault type ${type} of the blueprint has no place in ORDER`);
    for (const [name, body] of Object.entries(res[type])) out.push({ address: `${type}.${name}`, type, attrs: resolve(body) as Json });
  }
  const depth = (r: Res) => String(r.attrs.namespace ?? '').split('/').filter((s) => s !== '').length;
  return out.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || depth(a) - depth(b) || (a.address < b.address ? -1 : 1));
}

const EXAMPLES = ['musterstadt', 'verbandsgemeinde', 'landkreis-fleet'];

describe('the examples against the Vault model', () => {
  const refused: Record<string, string[]> = {};
  const verdicts = new Map<string, string>();

  const synthesized: Record<string, Record<string, Record<string, unknown>>> = {};

  beforeAll(async () => {
    for (const example of EXAMPLES) synthesized[example] = await synthExample(path.join(__dirname, '../../../../examples', example, 'fleet.yaml'));
    for (const example of EXAMPLES) {
      const stacks = synthesized[example];
      const store = new MemoryStore();
      seedVault(store, DEFAULT_VAULT_SEED);
      const report = (stack: string, address: string, message: string) => {
        (refused[example] ??= []).push(`${stack}: ${address}: ${message.split('\n').filter((l) => l.trim() !== '').slice(-1)[0].trim()}`);
        verdicts.set(`${example}/${stack}/${address}`, message);
      };
      // Platform first, with the bootstrap token, as the pipeline's platform jobs (VAULT_TOKEN).
      const platform = vaultModel.authenticate({ token: null, skip_child_token: false, namespace: null }, { VAULT_TOKEN: PLATFORM_TOKEN }, store);
      if ('error' in platform) throw new Error(platform.error.detail);
      for (const r of vaultResources(stacks.platform as Json)) {
        const errors = create(store, platform.caller, r.type, r.attrs);
        if (errors.length > 0) report('platform', r.address, errors[0].detail ?? errors[0].summary);
        else verdicts.set(`${example}/platform/${r.address}`, 'accepted');
      }
      // Tenants only: `platform-<id>` of a fleet with clusters holds no Vault object.
      for (const [tenant, json] of Object.entries(stacks).filter(([k]) => !/^platform(-|$)/.test(k))) {
        const resources = vaultResources(json);
        // The tenant's CI role is the platform's (TenantPipelineLogin), named like its policies.
        const ci = vaultResources(stacks.platform as Json).find((r) => r.type === 'vault_jwt_auth_backend_role' && r.attrs.role_name === `kommunen-${tenant}-ci`);
        if (ci === undefined) {
          report(tenant, 'pipeline login', 'the platform stack has no CI role for the tenant');
          continue;
        }
        // The ID token carries what the role binds (the pipeline is the right project) and the audience.
        const claims = { iss: 'rehearsal-issuer', aud: (ci.attrs.bound_audiences as string[] | undefined)?.[0], ...(ci.attrs.bound_claims as Json) };
        const backend = store.list('vault_jwt_auth_backend').find((o) => o.attributes.path === ci.attrs.backend);
        if (backend) claims.iss = backend.attributes.bound_issuer as string;
        // The generated job logs in at the root namespace (no VAULT_NAMESPACE), before its first apply.
        const login = loginJwt(store, { namespace: '', mount: String(ci.attrs.backend), role: String(ci.attrs.role_name), claims });
        if ('error' in login) {
          report(tenant, 'pipeline login', login.error.detail ?? login.error.summary);
          continue;
        }
        const auth = vaultModel.authenticate({ token: null, skip_child_token: false, namespace: null }, { VAULT_TOKEN: login.token }, store);
        if ('error' in auth) {
          report(tenant, 'provider configuration', auth.error.detail ?? auth.error.summary);
          continue;
        }
        for (const r of resources) {
          const errors = create(store, auth.caller, r.type, r.attrs);
          if (errors.length > 0) report(tenant, r.address, errors[0].detail ?? errors[0].summary);
          else verdicts.set(`${example}/${tenant}/${r.address}`, 'accepted');
        }
        // Deleting them again (offboarding) is allowed as well.
        for (const r of resources) {
          const errors = vaultModel.check({ typeName: r.type, action: 'delete', prior: r.attrs, planned: null }, auth.caller, store);
          if (errors.length > 0) report(tenant, `${r.address} (delete)`, errors[0].detail ?? errors[0].summary);
        }
      }
    }
    // The input for the blueprint fixes.
    console.log(`Vault model: what today's blueprint would be refused\n${Object.entries(refused).map(([e, l]) => `${e}:\n  ${l.join('\n  ')}`).join('\n')}`);
  });

  it('the platform stack applies with the bootstrap policy; the audit device is the server configuration\'s (OpenBao refuses API-created ones)', () => {
    expect(verdicts.get('musterstadt/platform/vault_mount.Base_PkiIntermediate_B82AA40A')).toBe('accepted');
    expect(verdicts.get('musterstadt/platform/vault_jwt_auth_backend.Base_CiJwt_AB1CC28B')).toBe('accepted');
    expect(verdicts.get('verbandsgemeinde/platform/vault_namespace.Base_TenantRoot_B0302612')).toBe('accepted');
    expect(verdicts.get('musterstadt/platform/vault_audit.Base_VaultAudit_5354F123')).toBeUndefined();
    expect((refused.musterstadt ?? []).filter((l) => l.startsWith('platform:'))).toEqual([]);
  });

  it('path mode: the pipeline logs in with the role the platform created and applies and deletes every Vault resource of its stack', () => {
    expect(refused.musterstadt?.filter((l) => l.startsWith('musterstadt:')) ?? []).toEqual([]);
    expect(verdicts.get('musterstadt/musterstadt/vault_pki_secret_backend_role.Vault_PkiRole_A4D98EE5')).toBe('accepted');
  });

  it('namespace mode: the root-namespace login creates the namespace, its KV mount, policies and PKI role; only the directory roles on a mount the namespace lacks are left', () => {
    for (const example of ['verbandsgemeinde', 'landkreis-fleet']) {
      const tenantRefusals = (refused[example] ?? []).filter((l) => !l.startsWith('platform:'));
      expect(tenantRefusals.some((l) => /login|provider configuration/.test(l))).toBe(false);
      // Issue #16 "namespace mode: tenant auth roles point at mounts that exist only in the root
      // namespace" — a separate finding, still open.
      for (const l of tenantRefusals) expect(l).toMatch(/vault_jwt_auth_backend_role\.Vault_DirectoryRole-[a-z]+_[0-9A-F]+: \* no handler for route "auth\/oidc\/role\//);
    }
    expect(verdicts.get('verbandsgemeinde/vg-musterland/vault_namespace.Vault_Namespace_E4357F1F')).toBe('accepted');
  });

  it('every bootstrap-policy block is needed by some platform resource of the examples (the policy is exact)', () => {
    const blocks = KOMMUNAL_PLATFORM_POLICY_HCL.split(/\n(?=path )/).filter((b) => b.startsWith('path '));
    for (const drop of blocks) {
      const reduced = KOMMUNAL_PLATFORM_POLICY_HCL.replace(drop, '');
      let refusedSomething = false;
      for (const example of EXAMPLES) {
        const stacks = synthesized[example];
        const store = new MemoryStore();
        seedVault(store, { ...DEFAULT_VAULT_SEED, server: { unsafeAllowApiAuditCreation: true }, policies: [{ namespace: '', name: 'kommunal-platform', policy: reduced }] });
        const a = vaultModel.authenticate({ token: null, skip_child_token: false }, { VAULT_TOKEN: PLATFORM_TOKEN }, store);
        if ('error' in a) {
          refusedSomething = true;
          break;
        }
        for (const r of vaultResources(stacks.platform as Json)) if (create(store, a.caller, r.type, r.attrs).length > 0) refusedSomething = true;
        // Deletes need their capabilities too.
        for (const r of vaultResources(stacks.platform as Json)) {
          if (vaultModel.check({ typeName: r.type, action: 'delete', prior: r.attrs, planned: null }, a.caller, store).length > 0) refusedSomething = true;
        }
      }
      expect({ drop: drop.split('\n')[0], refusedSomething }).toEqual({ drop: drop.split('\n')[0], refusedSomething: true });
    }
  });
});
