"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tenantFacts = tenantFacts;
exports.checkTenantScope = checkTenantScope;
const ipv4_1 = require("../network/ipv4");
const tenant_scope_guard_1 = require("../network/tenant-scope-guard");
const path_access_1 = require("../identity/path-access");
const s = (v, k) => (typeof v[k] === 'string' && v[k] !== '' ? v[k] : undefined);
const n = (v, k) => (typeof v[k] === 'number' ? v[k] : undefined);
/** Derives the comparison facts from a resolved tenant. */
function tenantFacts(spec) {
    const vnets = new Set(Object.values(spec.network.segments).map((seg) => seg.vnetId));
    const adminPolicy = spec.vault.policies.admin;
    return {
        key: spec.key,
        code: spec.code,
        pool: spec.compute.pool,
        zoneId: spec.network.zone.id,
        zoneOwned: spec.network.zone.owner === 'tenant',
        vnets,
        block: spec.network.block,
        storageId: spec.backup.storageId,
        pbsNamespace: spec.backup.namespace,
        vmIds: spec.compute.vmIds,
        groups: new Set(Object.values(spec.identity.groups)),
        ...(spec.identity.realm.owner === 'tenant' ? { realm: spec.identity.realm.id } : {}),
        pipelineUser: `ci-${spec.key}@pve`,
        ...(spec.vault.namespace !== undefined ? { vaultNamespace: spec.vault.namespace } : {}),
        vaultPathPrefix: spec.vault.pathPrefix,
        policyPrefix: adminPolicy.endsWith('admin') ? adminPolicy.slice(0, -'admin'.length) : `${adminPolicy}-`,
        pkiRole: spec.vault.pkiRole,
    };
}
/** A vnet of the tenant: one of its segments, or a retired one (vnet IDs are the tenant code plus a 2-letter segment code). */
function ownsVnet(f, id) {
    return f.vnets.has(id) || new RegExp(`^${f.code}[a-z]{2}$`).test(id);
}
function ownsGroup(f, id) {
    return f.groups.has(id) || id.startsWith(`${f.key}-`) || (f.realm !== undefined && id.endsWith(`-${f.realm}`));
}
function ownsUser(f, id) {
    if (id === f.pipelineUser)
        return true;
    const at = id.lastIndexOf('@');
    return f.realm !== undefined && at >= 0 && id.slice(at + 1) === f.realm;
}
/** The Proxmox ACL paths the tenant may hold permissions on. */
function ownsAclPath(f, raw) {
    const p = (0, path_access_1.normalizeProxmoxPath)(raw);
    if (p === `/pool/${f.pool}` || p === `/storage/${f.storageId}`)
        return true;
    const sdn = /^\/sdn\/zones\/([^/]+)(?:\/([^/]+))?$/.exec(p);
    if (sdn)
        return sdn[1] === f.zoneId && (sdn[2] === undefined ? f.zoneOwned : ownsVnet(f, sdn[2]));
    const vm = /^\/vms\/([0-9]+)$/.exec(p);
    if (vm)
        return Number(vm[1]) >= f.vmIds.start && Number(vm[1]) <= f.vmIds.end;
    return false;
}
function insideBlock(f, cidr) {
    const outer = (0, ipv4_1.parseCidr)(f.block);
    const inner = (0, ipv4_1.parseCidr)(cidr);
    return outer.ok && inner.ok && (0, ipv4_1.cidrContains)(outer.cidr, inner.cidr);
}
function vaultNamespaceOk(f, ns) {
    if (f.vaultNamespace === undefined)
        return ns === undefined;
    return ns !== undefined && (ns === f.vaultNamespace || ns.startsWith(`${f.vaultNamespace}/`));
}
/** Checks of one resource type; each returns true when it compared at least one attribute. */
function checksFor(type, f) {
    const vmCheck = (v, add) => {
        let c = false;
        const id = n(v, 'vm_id') ?? n(v, 'vmid');
        if (id !== undefined) {
            c = true;
            if (id < f.vmIds.start || id > f.vmIds.end)
                add('vm_id', String(id), `${f.vmIds.start}-${f.vmIds.end}`);
        }
        const pool = s(v, 'pool_id');
        if (pool !== undefined) {
            c = true;
            if (pool !== f.pool)
                add('pool_id', pool, f.pool);
        }
        return c;
    };
    const vault = (v, add) => {
        const ns = s(v, 'namespace');
        if (!vaultNamespaceOk(f, ns))
            add('namespace', ns ?? '(none)', f.vaultNamespace ?? '(none: path isolation)');
        return true;
    };
    if (/^proxmox_(virtual_environment_)?sdn_zone_/.test(type)) {
        return (v, add) => {
            const id = s(v, 'id');
            if (id === undefined)
                return false;
            if (!f.zoneOwned || id !== f.zoneId)
                add('id', id, f.zoneOwned ? f.zoneId : '(none: the zone is platform-owned)');
            return true;
        };
    }
    switch (type) {
        case 'proxmox_virtual_environment_pool':
        case 'proxmox_pool':
            return (v, add) => {
                const id = s(v, 'pool_id');
                if (id === undefined)
                    return false;
                if (id !== f.pool)
                    add('pool_id', id, f.pool);
                return true;
            };
        case 'proxmox_sdn_vnet':
        case 'proxmox_virtual_environment_sdn_vnet':
            return (v, add) => {
                let c = false;
                const id = s(v, 'id');
                const zone = s(v, 'zone');
                if (id !== undefined) {
                    c = true;
                    if (!ownsVnet(f, id))
                        add('id', id, `${f.code}<segment code>`);
                }
                if (zone !== undefined) {
                    c = true;
                    if (zone !== f.zoneId)
                        add('zone', zone, f.zoneId);
                }
                return c;
            };
        case 'proxmox_sdn_subnet':
        case 'proxmox_virtual_environment_sdn_subnet':
            return (v, add) => {
                let c = false;
                const vnet = s(v, 'vnet');
                const cidr = s(v, 'cidr');
                if (vnet !== undefined) {
                    c = true;
                    if (!ownsVnet(f, vnet))
                        add('vnet', vnet, `${f.code}<segment code>`);
                }
                if (cidr !== undefined) {
                    c = true;
                    if (!insideBlock(f, cidr))
                        add('cidr', cidr, `inside ${f.block}`);
                }
                return c;
            };
        case 'proxmox_storage_pbs':
            return (v, add) => {
                let c = false;
                const id = s(v, 'id');
                const ns = s(v, 'namespace');
                if (id !== undefined) {
                    c = true;
                    if (id !== f.storageId)
                        add('id', id, f.storageId);
                }
                if (ns !== undefined) {
                    c = true;
                    if (ns !== f.pbsNamespace)
                        add('namespace', ns, f.pbsNamespace);
                }
                return c;
            };
        case 'proxmox_backup_job':
            return (v, add) => {
                let c = false;
                const pool = s(v, 'pool');
                const storage = s(v, 'storage');
                if (pool !== undefined) {
                    c = true;
                    if (pool !== f.pool)
                        add('pool', pool, f.pool);
                }
                if (storage !== undefined) {
                    c = true;
                    if (storage !== f.storageId)
                        add('storage', storage, f.storageId);
                }
                if (v.all === true) {
                    c = true;
                    add('all', 'true', 'false (a tenant job selects its pool only)');
                }
                return c;
            };
        case 'proxmox_acl':
        case 'proxmox_virtual_environment_acl':
            return (v, add) => {
                let c = false;
                const p = s(v, 'path');
                if (p !== undefined) {
                    c = true;
                    if (!ownsAclPath(f, p))
                        add('path', p, `/pool/${f.pool}, /storage/${f.storageId}, /sdn/zones/${f.zoneId}/<tenant vnet> or /vms/<tenant VM ID>`);
                }
                const g = s(v, 'group_id');
                if (g !== undefined) {
                    c = true;
                    if (!ownsGroup(f, g))
                        add('group_id', g, `a group of ${f.key}`);
                }
                const u = s(v, 'user_id');
                if (u !== undefined) {
                    c = true;
                    if (!ownsUser(f, u))
                        add('user_id', u, `a user of ${f.key}`);
                }
                const t = s(v, 'token_id');
                if (t !== undefined) {
                    c = true;
                    if (!ownsUser(f, t.split('!')[0]))
                        add('token_id', t, `a token of ${f.pipelineUser}`);
                }
                return c;
            };
        case 'proxmox_virtual_environment_group':
        case 'proxmox_group':
            return (v, add) => {
                const g = s(v, 'group_id');
                if (g === undefined)
                    return false;
                if (!ownsGroup(f, g))
                    add('group_id', g, `a group of ${f.key}`);
                return true;
            };
        case 'proxmox_virtual_environment_user':
        case 'proxmox_user':
        case 'proxmox_user_token':
        case 'proxmox_virtual_environment_user_token':
            return (v, add) => {
                const u = s(v, 'user_id');
                if (u === undefined)
                    return false;
                if (!ownsUser(f, u))
                    add('user_id', u, `a user of ${f.key}`);
                return true;
            };
        case 'proxmox_realm_ldap':
        case 'proxmox_realm_openid':
        case 'proxmox_realm_sync':
        case 'proxmox_virtual_environment_realm_ldap':
        case 'proxmox_virtual_environment_realm_openid':
        case 'proxmox_virtual_environment_realm_sync':
            return (v, add) => {
                const r = s(v, 'realm');
                if (r === undefined)
                    return false;
                if (r !== f.realm)
                    add('realm', r, f.realm ?? '(none: the tenant uses the platform realm)');
                return true;
            };
        case 'proxmox_virtual_environment_cluster_firewall_security_group':
        case 'proxmox_virtual_environment_firewall_ipset':
            return (v, add) => {
                const name = s(v, 'name');
                if (name === undefined)
                    return false;
                if (!name.startsWith(`${f.code}-`))
                    add('name', name, `${f.code}-...`);
                return true;
            };
        case 'proxmox_virtual_environment_vm':
        case 'proxmox_vm':
        case 'proxmox_cloned_vm':
        case 'proxmox_virtual_environment_cloned_vm':
        case 'proxmox_virtual_environment_container':
        case 'proxmox_container':
            return vmCheck;
        case 'vault_namespace':
            return (v, add) => {
                const p = s(v, 'path');
                if (p === undefined)
                    return false;
                const parent = s(v, 'namespace');
                const full = parent !== undefined ? `${parent}/${p}` : p;
                if (f.vaultNamespace === undefined || !(full === f.vaultNamespace || full.startsWith(`${f.vaultNamespace}/`))) {
                    add('path', full, f.vaultNamespace ?? '(none: path isolation)');
                }
                return true;
            };
        case 'vault_mount':
            return (v, add) => {
                vault(v, add);
                const p = s(v, 'path');
                if (p !== undefined && f.vaultNamespace === undefined && !p.startsWith(`${f.vaultPathPrefix}/`)) {
                    add('path', p, `${f.vaultPathPrefix}/...`);
                }
                return true;
            };
        case 'vault_policy':
            return (v, add) => {
                vault(v, add);
                const name = s(v, 'name');
                if (name !== undefined && f.vaultNamespace === undefined && !name.startsWith(f.policyPrefix))
                    add('name', name, `${f.policyPrefix}...`);
                return true;
            };
        case 'vault_jwt_auth_backend_role':
            return (v, add) => {
                vault(v, add);
                const name = s(v, 'role_name');
                if (name !== undefined && f.vaultNamespace === undefined && !name.startsWith(f.policyPrefix))
                    add('role_name', name, `${f.policyPrefix}...`);
                return true;
            };
        case 'vault_pki_secret_backend_role':
            return (v, add) => {
                vault(v, add);
                const name = s(v, 'name');
                if (name !== undefined && name !== f.pkiRole)
                    add('name', name, f.pkiRole);
                return true;
            };
        default:
            return type.startsWith('vault_') ? vault : undefined;
    }
}
/** Judges one resource change against the tenant. */
function checkTenantScope(type, before, after, facts) {
    if (type in tenant_scope_guard_1.CLUSTER_SINGLETON_REASONS) {
        return { checked: true, findings: [{ side: 'after', attribute: 'type', value: type, expected: `not in a tenant plan: it ${tenant_scope_guard_1.CLUSTER_SINGLETON_REASONS[type]}` }] };
    }
    const check = checksFor(type, facts);
    if (!check)
        return { checked: false, findings: [] };
    const findings = [];
    let checked = false;
    for (const side of ['before', 'after']) {
        const v = side === 'before' ? before : after;
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            continue;
        const seen = new Set(findings.map((x) => `${x.attribute}=${x.value}`));
        checked = check(v, (attribute, value, expected) => {
            if (!seen.has(`${attribute}=${value}`))
                findings.push({ side, attribute, value, expected });
        }) || checked;
    }
    return { checked, findings };
}
