"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const path_access_1 = require("../../lib/identity/path-access");
const tenant_access_1 = require("../../lib/identity/tenant-access");
const tenant_vault_1 = require("../../lib/identity/tenant-vault");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
const MAINZ_KASTEL = (0, fixtures_1.tenant)('mainz-kastel', 't0003', 'Mainz-Kastel');
function tenantStack(t, isolation) {
    const stack = (0, fixtures_1.identityStack)(t.key);
    new tenant_access_1.TenantAccess(stack, 'Access', (0, fixtures_1.accessProps)(t));
    new tenant_vault_1.TenantVault(stack, 'TenantVault', (0, fixtures_1.vaultProps)(t, isolation));
    return (0, fixtures_1.synthChecked)(stack);
}
/** Every ACL (path, propagate) of a stack. */
function proxmoxAcls(json) {
    return Object.values((0, synth_1.resourcesOf)(json, 'proxmox_acl')).map((a) => ({ path: a.path, propagate: a.propagate === true }));
}
/** Proxmox paths owned by a stack: its pool (and children), its vnets and storages (from its ACLs). */
function proxmoxTargets(json) {
    const pools = Object.values((0, synth_1.resourcesOf)(json, 'proxmox_virtual_environment_pool')).map((p) => `/pool/${p.pool_id}`);
    const own = proxmoxAcls(json).map((a) => a.path).filter((p) => !p.startsWith('/pool/'));
    return [...new Set([...pools, ...pools.map((p) => `${p}/child`), ...own, ...own.filter((p) => p.startsWith('/sdn/')).map((p) => `${p}/10`)])];
}
/** Every grant of every policy of a stack, with its namespace. */
function vaultPolicyGrants(json) {
    return Object.values((0, synth_1.resourcesOf)(json, 'vault_policy')).flatMap((p) => (0, path_access_1.vaultGrants)(p.policy).map((g) => ({ namespace: p.namespace, path: g.path, capabilities: g.capabilities, policy: p.name })));
}
/** Vault paths owned by a stack: its KV prefix (from its own policies), its namespace, its PKI role. */
function vaultTargets(json) {
    const out = [];
    for (const g of vaultPolicyGrants(json)) {
        if (g.path.startsWith('kv/'))
            out.push({ namespace: g.namespace, path: g.path.replace(/\*$/, 'probe/secret') });
    }
    for (const ns of Object.values((0, synth_1.resourcesOf)(json, 'vault_namespace'))) {
        const full = `${ns.namespace}/${ns.path}`;
        for (const path of ['kv/data/probe', 'kv/metadata/', 'sys/policies/acl/admin', 'sys/mounts/evil', 'auth/token/create', 'identity/entity'])
            out.push({ namespace: full, path });
        out.push({ namespace: ns.namespace, path: `sys/namespaces/${ns.path}` });
    }
    for (const role of Object.values((0, synth_1.resourcesOf)(json, 'vault_pki_secret_backend_role'))) {
        for (const op of ['issue', 'sign', 'roles'])
            out.push({ path: `${role.backend}/${op}/${role.name}` });
    }
    return out;
}
/** Login bindings of a stack, qualified by namespace and mount. */
function authBindings(json) {
    const ldap = Object.values((0, synth_1.resourcesOf)(json, 'vault_ldap_auth_backend_group')).map((g) => `${g.namespace ?? ''}/${g.backend}/groups/${g.groupname}`);
    const jwt = Object.values((0, synth_1.resourcesOf)(json, 'vault_jwt_auth_backend_role')).map((r) => `${r.namespace ?? ''}/${r.backend}/role/${r.role_name}`);
    return [...ldap, ...jwt];
}
/** Everything of `a` that reaches something of `b`. */
function violations(a, b) {
    const out = [];
    for (const acl of proxmoxAcls(a)) {
        for (const target of proxmoxTargets(b))
            if ((0, path_access_1.proxmoxAclCovers)(acl.path, acl.propagate, target))
                out.push(`ACL ${acl.path} covers ${target}`);
    }
    for (const g of vaultPolicyGrants(a)) {
        if (g.capabilities.includes('deny'))
            continue;
        for (const t of vaultTargets(b)) {
            if ((0, path_access_1.vaultPathMatches)(g.path, t.path, { policyNamespace: g.namespace, pathNamespace: t.namespace }))
                out.push(`policy ${g.policy} path ${g.path} reaches ${t.namespace ?? ''}:${t.path}`);
        }
    }
    const bBindings = new Set(authBindings(b));
    for (const binding of authBindings(a))
        if (bBindings.has(binding))
            out.push(`login binding ${binding} shared`);
    return out;
}
describe('tenant isolation (synthesized JSON)', () => {
    for (const isolation of ['path', 'namespace']) {
        describe(`${isolation} isolation`, () => {
            const stacks = Object.fromEntries([fixtures_1.MAINZ, fixtures_1.WORMS, MAINZ_KASTEL].map((t) => [t.key, tenantStack(t, isolation)]));
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
                const wrong = (0, fixtures_1.identityStack)('wrong');
                new tenant_access_1.TenantAccess(wrong, 'Access', (0, fixtures_1.accessProps)(fixtures_1.MAINZ));
                new tenant_vault_1.TenantVault(wrong, 'TenantVault', (0, fixtures_1.vaultProps)(fixtures_1.MAINZ, isolation));
                const json = (0, fixtures_1.synthChecked)(wrong);
                json.resource.vault_policy.too_wide = { name: 'too-wide', policy: 'path "kv/data/kommunen/*" { capabilities = ["read"] }' };
                json.resource.vault_policy.ns_too_wide = { name: 'ns-too-wide', namespace: 'kommunen', policy: 'path "+/kv/data/*" { capabilities = ["read"] }' };
                json.resource.proxmox_acl.zone = { path: '/sdn/zones/kzone', propagate: true, role_id: 'KommunalNetworkUser', group_id: 'mainz-admins' };
                const found = violations(json, stacks.worms);
                expect(found).toContain('ACL /sdn/zones/kzone covers /sdn/zones/kzone/t0002srv');
                if (isolation === 'path')
                    expect(found.some((v) => v.startsWith('policy too-wide path kv/data/kommunen/* reaches :kv/data/kommunen/worms/'))).toBe(true);
                else
                    expect(found.some((v) => v.startsWith('policy ns-too-wide path +/kv/data/* reaches kommunen/worms:kv/data/probe'))).toBe(true);
            });
        });
    }
    it('detects a shared login binding (negative control)', () => {
        // Both names contain their tenant's key, so each passes validation on its own; only the
        // analysis over both stacks sees that they are the same role on the shared mount.
        const ci = { jwtMount: 'gitlab', role: 'ci-mainz-worms', boundClaims: { project_id: '7' } };
        const a = (0, fixtures_1.identityStack)('a');
        new tenant_vault_1.TenantVault(a, 'TenantVault', (0, fixtures_1.vaultProps)(fixtures_1.MAINZ, 'path', { auth: { ci } }));
        const b = (0, fixtures_1.identityStack)('b');
        new tenant_vault_1.TenantVault(b, 'TenantVault', (0, fixtures_1.vaultProps)(fixtures_1.WORMS, 'path', { auth: { ci } }));
        expect(violations((0, fixtures_1.synthChecked)(a), (0, fixtures_1.synthChecked)(b))).toEqual(['login binding /gitlab/role/ci-mainz-worms shared']);
    });
});
