"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KV_OPERATIONS = void 0;
exports.ownershipFromSpec = ownershipFromSpec;
exports.ownershipFromJson = ownershipFromJson;
exports.mergeOwnership = mergeOwnership;
exports.tenantOwnership = tenantOwnership;
exports.grantsFromJson = grantsFromJson;
exports.literalPrefix = literalPrefix;
exports.vaultPatternOwned = vaultPatternOwned;
const path_access_1 = require("../identity/path-access");
const catalogue_1 = require("../config/catalogue");
const stack_json_1 = require("./stack-json");
/** KV v2 operation prefixes a tenant owns below its KV path prefix. */
exports.KV_OPERATIONS = ['data', 'metadata', 'delete', 'undelete', 'destroy'];
/** Ownership from the TenantSpec, mirroring the naming the constructs use (tenant-props.ts). */
function ownershipFromSpec(spec) {
    const zone = spec.network.zone.id;
    const proxmox = [`/pool/${spec.compute.pool}`, `/storage/${spec.backup.storageId}`];
    for (const s of catalogue_1.SEGMENT_NAMES) {
        const seg = spec.network.segments[s];
        if (seg !== undefined)
            proxmox.push(`/sdn/zones/${zone}/${seg.vnetId}`);
    }
    if (spec.network.zone.owner === 'tenant')
        proxmox.push(`/sdn/zones/${zone}`);
    const v = spec.vault;
    const vault = [`${v.pkiMount}/issue/${v.pkiRole}`, `${v.pkiMount}/roles/${v.pkiRole}`];
    if (v.isolation === 'namespace' && v.namespace !== undefined)
        vault.push(`${trim(v.namespace)}/`);
    else
        for (const op of exports.KV_OPERATIONS)
            vault.push(`${v.kvMount}/${op}/${trim(v.pathPrefix)}/`);
    return { proxmoxPaths: proxmox, vmIds: spec.compute.vmIds, vaultPaths: vault, vaultKnown: true };
}
/** Ownership from a synthesized stack: declared pools, vnets, tenant zones, storages, namespaces, mounts, PKI roles. */
function ownershipFromJson(json) {
    const proxmox = [];
    for (const p of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('pool'))) {
        const id = (0, stack_json_1.literal)(p.body.pool_id);
        if (id !== undefined)
            proxmox.push(`/pool/${id}`);
    }
    const zoneTypes = ['simple', 'vlan', 'qinq', 'vxlan', 'evpn'].flatMap((t) => (0, stack_json_1.proxmoxTypes)(`sdn_zone_${t}`));
    for (const z of (0, stack_json_1.resourcesOf)(json, ...zoneTypes)) {
        const id = (0, stack_json_1.literal)(z.body.id);
        if (id !== undefined)
            proxmox.push(`/sdn/zones/${id}`);
    }
    for (const v of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_vnet'))) {
        const id = (0, stack_json_1.literal)(v.body.id);
        const zone = (0, stack_json_1.resolveRef)(json, v.body.zone).value;
        if (id !== undefined && typeof zone === 'string')
            proxmox.push(`/sdn/zones/${zone}/${id}`);
    }
    const storageTypes = Object.keys(json.resource ?? {}).filter((t) => /^proxmox_(virtual_environment_)?storage_/.test(t));
    for (const s of (0, stack_json_1.resourcesOf)(json, ...storageTypes)) {
        const id = (0, stack_json_1.literal)(s.body.id);
        if (id !== undefined)
            proxmox.push(`/storage/${id}`);
    }
    const vault = [];
    for (const n of (0, stack_json_1.resourcesOf)(json, 'vault_namespace')) {
        const p = (0, stack_json_1.literal)(n.body.path);
        if (p !== undefined)
            vault.push(`${(0, path_access_1.qualifyVaultPath)((0, stack_json_1.literal)(n.body.namespace), p)}/`);
    }
    for (const m of (0, stack_json_1.resourcesOf)(json, 'vault_mount')) {
        const p = (0, stack_json_1.literal)(m.body.path);
        if (p !== undefined)
            vault.push(`${(0, path_access_1.qualifyVaultPath)((0, stack_json_1.literal)(m.body.namespace), trim(p))}/`);
    }
    for (const r of (0, stack_json_1.resourcesOf)(json, 'vault_pki_secret_backend_role')) {
        const b = (0, stack_json_1.literal)(r.body.backend);
        const n = (0, stack_json_1.literal)(r.body.name);
        if (b === undefined || n === undefined)
            continue;
        for (const op of ['issue', 'sign', 'roles'])
            vault.push((0, path_access_1.qualifyVaultPath)((0, stack_json_1.literal)(r.body.namespace), `${trim(b)}/${op}/${n}`));
    }
    const vaultKnown = (0, stack_json_1.resourcesOf)(json, 'vault_namespace', 'vault_mount').length > 0;
    return { proxmoxPaths: proxmox, vaultPaths: vault, vaultKnown };
}
/** Union of two ownerships (spec and stack). */
function mergeOwnership(a, b) {
    return {
        proxmoxPaths: [...new Set([...a.proxmoxPaths, ...b.proxmoxPaths])].sort(),
        vmIds: a.vmIds ?? b.vmIds,
        vaultPaths: [...new Set([...a.vaultPaths, ...b.vaultPaths])].sort(),
        vaultKnown: a.vaultKnown || b.vaultKnown,
    };
}
/** Ownership of a stack, with the spec when known. */
function tenantOwnership(json, spec) {
    const fromJson = ownershipFromJson(json);
    return spec === undefined ? fromJson : mergeOwnership(ownershipFromSpec(spec), fromJson);
}
/** The grants of a stack: ACLs, parsed Vault policies, login bindings and declared principals. */
function grantsFromJson(json) {
    const acls = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('acl')).map((a) => ({
        path: String(a.body.path),
        propagate: a.body.propagate !== false,
        principal: String((0, stack_json_1.literal)(a.body.group_id) ?? (0, stack_json_1.literal)(a.body.user_id) ?? (0, stack_json_1.literal)(a.body.token_id) ?? '?'),
        role: (0, stack_json_1.literal)(a.body.role_id),
        address: a.address,
        constructPath: a.constructPath,
    }));
    const policies = (0, stack_json_1.resourcesOf)(json, 'vault_policy').map((p) => ({
        name: String(p.body.name),
        namespace: (0, stack_json_1.literal)(p.body.namespace),
        grants: typeof p.body.policy === 'string' ? (0, path_access_1.vaultGrants)(p.body.policy) : [],
        address: p.address,
        constructPath: p.constructPath,
    }));
    const bindingOf = (r, field) => ({
        namespace: (0, stack_json_1.literal)(r.body.namespace),
        policies: Array.isArray(r.body[field]) ? r.body[field].map(String) : [],
        address: r.address,
    });
    const bindings = [
        ...(0, stack_json_1.resourcesOf)(json, 'vault_jwt_auth_backend_role', 'vault_approle_auth_backend_role', 'vault_kubernetes_auth_backend_role').map((r) => bindingOf(r, 'token_policies')),
        ...(0, stack_json_1.resourcesOf)(json, 'vault_ldap_auth_backend_group', 'vault_ldap_auth_backend_user').map((r) => bindingOf(r, 'policies')),
    ];
    const principals = [];
    for (const g of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('group')))
        principals.push(String(g.body.group_id));
    for (const u of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('user')))
        principals.push(String(u.body.user_id));
    for (const t of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('user_token')))
        principals.push(`${String(t.body.user_id)}!${String(t.body.token_name)}`);
    return { acls, policies, bindings, principals };
}
/** The literal part of a Vault pattern before its first wildcard (`+` segment or trailing `*`). */
function literalPrefix(pattern) {
    const segs = pattern.split('/');
    const plus = segs.indexOf('+');
    let prefix = plus < 0 ? pattern : `${segs.slice(0, plus).join('/')}/`;
    let wildcard = plus >= 0;
    if (plus < 0 && prefix.endsWith('*')) {
        prefix = prefix.slice(0, -1);
        wildcard = true;
    }
    return { prefix, wildcard };
}
/** Is every path a (qualified) Vault pattern can match owned by the tenant? */
function vaultPatternOwned(qualifiedPattern, owned) {
    const { prefix, wildcard } = literalPrefix(qualifiedPattern);
    return owned.some((o) => (o.endsWith('/') ? prefix.startsWith(o) : !wildcard && prefix === o));
}
function trim(s) {
    return s.replace(/^\/+|\/+$/g, '');
}
