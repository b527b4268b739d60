/**
 * The isolation proof on synthesized JSON: for two tenants, no Proxmox ACL and no Vault policy of
 * tenant A reaches any resource of tenant B, in both Vault isolation modes. Paths of B are taken
 * from B's synthesized resources, not from the props, so the proof checks what would be applied.
 */
import { TerraformStack } from 'cdktf';
import type { TenantIdentity } from '../../lib/model/tenant-identity';
import { proxmoxAclCovers, vaultGrants, vaultPathMatches } from '../../lib/identity/path-access';
import { TenantAccess } from '../../lib/identity/tenant-access';
import { TenantPipelineLogin, type TenantPipelineLoginProps } from '../../lib/identity/tenant-pipeline-login';
import { TenantVault } from '../../lib/identity/tenant-vault';
import { resourcesOf, SynthJson } from '../helpers/synth';
import { accessProps, identityStack, MAINZ, synthChecked, tenant, vaultProps, WORMS } from './fixtures';

const MAINZ_KASTEL = tenant('mainz-kastel', 't0003', 'Mainz-Kastel');

function tenantStack(t: TenantIdentity, isolation: 'namespace' | 'path'): SynthJson {
  const stack: TerraformStack = identityStack(t.key);
  new TenantAccess(stack, 'Access', accessProps(t));
  new TenantVault(stack, 'TenantVault', vaultProps(t, isolation));
  return synthChecked(stack);
}

interface VaultTarget {
  readonly namespace?: string;
  readonly path: string;
}

/** Every ACL (path, propagate) of a stack. */
function proxmoxAcls(json: SynthJson): Array<{ path: string; propagate: boolean }> {
  return Object.values(resourcesOf(json, 'proxmox_acl')).map((a) => ({ path: a.path as string, propagate: a.propagate === true }));
}

/** Proxmox paths owned by a stack: its pool (and children), its vnets and storages (from its ACLs). */
function proxmoxTargets(json: SynthJson): string[] {
  const pools = Object.values(resourcesOf(json, 'proxmox_virtual_environment_pool')).map((p) => `/pool/${p.pool_id}`);
  const own = proxmoxAcls(json).map((a) => a.path).filter((p) => !p.startsWith('/pool/'));
  return [...new Set([...pools, ...pools.map((p) => `${p}/child`), ...own, ...own.filter((p) => p.startsWith('/sdn/')).map((p) => `${p}/10`)])];
}

/** Every grant of every policy of a stack, with its namespace. */
function vaultPolicyGrants(json: SynthJson): Array<{ namespace?: string; path: string; capabilities: readonly string[]; policy: string }> {
  return Object.values(resourcesOf(json, 'vault_policy')).flatMap((p) =>
    vaultGrants(p.policy as string).map((g) => ({ namespace: p.namespace as string | undefined, path: g.path, capabilities: g.capabilities, policy: p.name as string })),
  );
}

/** Vault paths owned by a stack: its KV prefix (from its own policies), its namespace, its PKI role. */
function vaultTargets(json: SynthJson): VaultTarget[] {
  const out: VaultTarget[] = [];
  for (const g of vaultPolicyGrants(json)) {
    if (g.path.startsWith('kv/')) out.push({ namespace: g.namespace, path: g.path.replace(/\*$/, 'probe/secret') });
  }
  for (const ns of Object.values(resourcesOf(json, 'vault_namespace'))) {
    const full = `${ns.namespace}/${ns.path}`;
    for (const path of ['kv/data/probe', 'kv/metadata/', 'sys/policies/acl/admin', 'sys/mounts/evil', 'auth/token/create', 'identity/entity']) out.push({ namespace: full, path });
    out.push({ namespace: ns.namespace as string, path: `sys/namespaces/${ns.path}` });
  }
  for (const role of Object.values(resourcesOf(json, 'vault_pki_secret_backend_role'))) {
    for (const op of ['issue', 'sign', 'roles']) out.push({ path: `${role.backend}/${op}/${role.name}` });
  }
  return out;
}

/** Login bindings of a stack, qualified by namespace and mount. */
function authBindings(json: SynthJson): string[] {
  const ldap = Object.values(resourcesOf(json, 'vault_ldap_auth_backend_group')).map((g) => `${g.namespace ?? ''}/${g.backend}/groups/${g.groupname}`);
  const jwt = Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role')).map((r) => `${r.namespace ?? ''}/${r.backend}/role/${r.role_name}`);
  return [...ldap, ...jwt];
}

/** Everything of `a` that reaches something of `b`. */
function violations(a: SynthJson, b: SynthJson): string[] {
  const out: string[] = [];
  for (const acl of proxmoxAcls(a)) {
    for (const target of proxmoxTargets(b)) if (proxmoxAclCovers(acl.path, acl.propagate, target)) out.push(`ACL ${acl.path} covers ${target}`);
  }
  for (const g of vaultPolicyGrants(a)) {
    if (g.capabilities.includes('deny')) continue;
    for (const t of vaultTargets(b)) {
      if (vaultPathMatches(g.path, t.path, { policyNamespace: g.namespace, pathNamespace: t.namespace })) out.push(`policy ${g.policy} path ${g.path} reaches ${t.namespace ?? ''}:${t.path}`);
    }
  }
  const bBindings = new Set(authBindings(b));
  for (const binding of authBindings(a)) if (bBindings.has(binding)) out.push(`login binding ${binding} shared`);
  return out;
}

describe('tenant isolation (synthesized JSON)', () => {
  for (const isolation of ['path', 'namespace'] as const) {
    describe(`${isolation} isolation`, () => {
      const stacks = Object.fromEntries([MAINZ, WORMS, MAINZ_KASTEL].map((t) => [t.key, tenantStack(t, isolation)]));

      it('the analysis has something to check', () => {
        expect(proxmoxAcls(stacks.mainz).length).toBeGreaterThan(10);
        expect(vaultPolicyGrants(stacks.mainz).length).toBeGreaterThan(5);
        expect(vaultTargets(stacks.worms).length).toBeGreaterThan(5);
        expect(proxmoxTargets(stacks.worms)).toEqual(expect.arrayContaining(['/pool/kom-worms', '/sdn/zones/kzone/t0002srv', '/storage/pbs-worms']));
        // Each tenant reaches its own resources (the helpers are not vacuous).
        expect(violations(stacks.mainz, stacks.mainz).length).toBeGreaterThan(0);
      });

      for (const [a, b] of [['mainz', 'worms'], ['worms', 'mainz'], ['mainz', 'mainz-kastel'], ['mainz-kastel', 'mainz']]) {
        it(`nothing of ${a} reaches ${b}`, () => {
          expect(violations(stacks[a], stacks[b])).toEqual([]);
        });
      }

      it('detects a deliberately wrong policy and ACL (negative control)', () => {
        const wrong = identityStack('wrong');
        new TenantAccess(wrong, 'Access', accessProps(MAINZ));
        new TenantVault(wrong, 'TenantVault', vaultProps(MAINZ, isolation));
        const json = synthChecked(wrong) as { resource: Record<string, Record<string, Record<string, unknown>>> };
        json.resource.vault_policy.too_wide = { name: 'too-wide', policy: 'path "kv/data/kommunen/*" { capabilities = ["read"] }' };
        json.resource.vault_policy.ns_too_wide = { name: 'ns-too-wide', namespace: 'kommunen', policy: 'path "+/kv/data/*" { capabilities = ["read"] }' };
        json.resource.proxmox_acl.zone = { path: '/sdn/zones/kzone', propagate: true, role_id: 'KommunalNetworkUser', group_id: 'mainz-admins' };
        const found = violations(json, stacks.worms);
        expect(found).toContain('ACL /sdn/zones/kzone covers /sdn/zones/kzone/t0002srv');
        if (isolation === 'path') expect(found.some((v) => v.startsWith('policy too-wide path kv/data/kommunen/* reaches :kv/data/kommunen/worms/'))).toBe(true);
        else expect(found.some((v) => v.startsWith('policy ns-too-wide path +/kv/data/* reaches kommunen/worms:kv/data/probe'))).toBe(true);
      });
    });
  }

  it('detects a shared login binding (negative control)', () => {
    // Both names contain their tenant's key, so each passes validation on its own; only the
    // analysis over both stacks sees that they are the same role on the shared mount.
    const ci = { jwtMount: 'gitlab', role: 'ci-mainz-worms', boundClaims: { project_id: '7' } };
    // The CI logins are the platform's (TenantPipelineLogin); rendered in two stacks here so that
    // only the analysis over both sees the shared role.
    const a = identityStack('a');
    new TenantPipelineLogin(a, 'Login', vaultProps(MAINZ, 'path', { auth: { ci } }) as TenantPipelineLoginProps);
    const b = identityStack('b');
    new TenantPipelineLogin(b, 'Login', vaultProps(WORMS, 'path', { auth: { ci } }) as TenantPipelineLoginProps);
    expect(violations(synthChecked(a), synthChecked(b))).toEqual(['login binding /gitlab/role/ci-mainz-worms shared']);
  });
});
