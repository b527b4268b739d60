"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.iam3TenantScope = void 0;
const path_access_1 = require("../../identity/path-access");
const ownership_1 = require("../ownership");
const types_1 = require("../types");
/**
 * KOM-IAM-3: no grant reaches outside the tenant. Every Proxmox ACL sits on (or below) a path the
 * tenant owns (its pool, vnets, tenant zone, storages, VM IDs); every allowing Vault policy block
 * matches only paths the tenant owns (its namespace or KV prefix, its PKI role).
 */
exports.iam3TenantScope = {
    id: 'KOM-IAM-3',
    level: 'error',
    title: { en: 'No access grant outside the tenant', de: 'Keine Berechtigung außerhalb des Mandanten' },
    cause: 'A Proxmox ACL or Vault policy of the tenant reaches a path the tenant does not own.',
    fix: 'Grant only on the tenant pool, its vnets and storages, and on its Vault namespace or KV prefix; platform-wide rights belong to PlatformRoles.',
    grundschutz: ['ORP.4.A7', 'SYS.1.5.A5'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const owned = (0, ownership_1.tenantOwnership)(json, spec);
        const grants = (0, ownership_1.grantsFromJson)(json);
        const findings = [];
        for (const a of grants.acls) {
            const path = (0, path_access_1.normalizeProxmoxPath)(a.path);
            const vm = /^\/vms\/(\d+)$/.exec(path);
            const inRange = vm !== null && owned.vmIds !== undefined && Number(vm[1]) >= owned.vmIds.start && Number(vm[1]) <= owned.vmIds.end;
            if (!inRange && !owned.proxmoxPaths.some((o) => (0, path_access_1.proxmoxAclCovers)(o, true, path))) {
                findings.push({ address: a.address, constructPath: a.constructPath, message: `ACL on ${path}${a.propagate ? ' (propagating)' : ''} for ${a.principal} is outside the tenant's paths (${owned.proxmoxPaths.join(', ') || 'none declared'})` });
            }
        }
        const undecided = [];
        for (const p of grants.policies) {
            for (const g of p.grants) {
                if (g.capabilities.every((c) => c === 'deny'))
                    continue;
                const q = (0, path_access_1.qualifyVaultPath)(p.namespace, g.path);
                if ((0, ownership_1.vaultPatternOwned)(q, owned.vaultPaths))
                    continue;
                if (!owned.vaultKnown)
                    undecided.push(`${p.name}: ${q}`);
                else
                    findings.push({ address: p.address, constructPath: p.constructPath, message: `policy ${p.name} grants ${g.capabilities.join(',')} on ${q}, outside the tenant's Vault paths (${owned.vaultPaths.join(', ')})` });
            }
        }
        if (findings.length === 0 && undecided.length > 0) {
            return (0, types_1.unknown)(`without the TenantSpec the tenant's Vault paths are unknown; cannot place ${undecided.length} policy path(s): ${undecided.slice(0, 3).join('; ')}`);
        }
        return (0, types_1.failIfAny)(findings);
    },
};
