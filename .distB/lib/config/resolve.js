"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.segmentPrefixes = segmentPrefixes;
exports.resolveFleet = resolveFleet;
exports.stableHash = stableHash;
exports.backupSchedule = backupSchedule;
exports.resolveTenant = resolveTenant;
exports.specSegments = specSegments;
/**
 * Resolution: validated parameter files + lockfile -> one frozen TenantSpec per tenant.
 *
 * Defaults are applied only where the user left a value unset (an explicit value is always kept),
 * allocation comes from lib/allocation (stable, recorded in the lock), and every derived name is
 * checked against the target system's identifier rules (lib/naming) before it is handed out.
 */
const catalogue_1 = require("./catalogue");
const D = __importStar(require("./defaults"));
const flows_1 = require("./flows");
const messages_1 = require("./messages");
const spec_1 = require("./spec");
const validate_kommune_1 = require("./validate-kommune");
const allocate_1 = require("../allocation/allocate");
const constants_1 = require("../allocation/constants");
const ipv4_1 = require("../allocation/ipv4");
const naming_1 = require("../naming");
/** Prefix length of every enabled segment (explicit value, else the size profile's default). */
function segmentPrefixes(k) {
    const size = k.size ?? catalogue_1.DEFAULT_SIZE;
    const out = {};
    for (const name of (0, validate_kommune_1.enabledSegments)(k.segments)) {
        out[name] = k.segments?.[name]?.prefixLength ?? catalogue_1.SEGMENT_CATALOGUE[name].prefixLength[size];
    }
    return out;
}
/**
 * Resolves every tenant of a loaded fleet. Allocates tenants missing from `previousLock` (in
 * memory; write the returned lock to record them).
 * @throws AllocationError when allocation fails (e.g. address space exhausted)
 * @throws Error when a derived name breaks an identifier rule (a bug, not a user error)
 */
function resolveFleet(fleet, previousLock) {
    const requests = {};
    const byKey = new Map();
    for (const t of [...fleet.tenants].sort((a, b) => (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0))) {
        byKey.set(t.data.key, t);
        requests[t.data.key] = { size: t.data.size ?? catalogue_1.DEFAULT_SIZE, segments: segmentPrefixes(t.data) };
    }
    const allocation = (0, allocate_1.allocate)((0, allocate_1.requestFromFleet)(fleet.data, requests), previousLock);
    const specs = {};
    const problems = [];
    for (const [key, t] of byKey) {
        const a = allocation.lock.tenants[key];
        if (!a) {
            problems.push(messages_1.MSG.allocationMissing(key));
            continue;
        }
        try {
            specs[key] = resolveTenant(fleet.data, t.data, a);
        }
        catch (e) {
            problems.push(e.message);
        }
    }
    if (problems.length > 0)
        throw new Error(`resolution failed:\n  ${problems.join('\n  ')}`);
    return { specs: Object.freeze(specs), lock: allocation.lock, allocation };
}
/** FNV-1a, 32 bit, over the UTF-16 code units of a string: a stable, platform-independent hash. */
function stableHash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
function clock(minutesIntoNightValue) {
    const [eh, em] = D.BACKUP_WINDOW_BOUNDS.earliest.split(':').map(Number);
    const total = (eh * 60 + em + minutesIntoNightValue) % 1440;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
/**
 * The nightly start time of a tenant's backup job: a stable hash of the key picks a minute in the
 * window minus the run reserve, so thousands of tenants do not all start at once.
 */
function backupSchedule(key, windowStart, windowEnd) {
    const start = (0, validate_kommune_1.minutesIntoNight)(windowStart);
    const length = (0, validate_kommune_1.minutesIntoNight)(windowEnd) - start;
    const span = Math.max(1, length - D.BACKUP_RUN_RESERVE_MINUTES);
    return `*-*-* ${clock(start + (stableHash(key) % span))}`;
}
function resolveRetention(k) {
    const r = k.backup?.retention ?? {};
    return {
        ...(r.keepLast !== undefined ? { keepLast: r.keepLast } : {}),
        keepDaily: r.keepDaily ?? D.DEFAULT_RETENTION.keepDaily,
        keepWeekly: r.keepWeekly ?? D.DEFAULT_RETENTION.keepWeekly,
        keepMonthly: r.keepMonthly ?? D.DEFAULT_RETENTION.keepMonthly,
        keepYearly: r.keepYearly ?? D.DEFAULT_RETENTION.keepYearly,
    };
}
const REALM_RULE = { pattern: /^[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]$/, minLength: 2, maxLength: 32, description: 'a Proxmox realm ID' };
const STORAGE_RULE = { pattern: /^[a-z][a-z0-9._-]*[a-z0-9]$/, minLength: 2, maxLength: 64, description: 'a Proxmox storage ID' };
/** Resolves one tenant against its allocation. */
function resolveTenant(fleet, k, a) {
    const problems = [];
    const assert = (what, value, problem) => {
        if (problem !== undefined)
            problems.push(messages_1.MSG.derivedNameInvalid(what, String(value), problem));
    };
    const key = k.key;
    const code = a.code;
    const zoneType = fleet.network.zoneType;
    const size = k.size ?? catalogue_1.DEFAULT_SIZE;
    const enabled = (0, validate_kommune_1.enabledSegments)(k.segments);
    // network
    const segments = {};
    for (const name of enabled) {
        const alloc = a.segments[name];
        if (!alloc) {
            problems.push(messages_1.MSG.allocationSegmentMissing(key, name));
            continue;
        }
        const c = catalogue_1.SEGMENT_CATALOGUE[name];
        const dhcp = k.segments?.[name]?.dhcp ?? c.dhcp;
        const securityGroup = `${code}-${c.code}`;
        const ipSetName = `${code}-${c.code}-net`;
        assert('vnet ID', alloc.vnet, (0, naming_1.checkSdnId)(alloc.vnet));
        assert('segment tag', alloc.tag, zoneType === 'vxlan' || zoneType === 'evpn' ? (0, naming_1.checkVni)(alloc.tag) : (0, naming_1.checkVlanTag)(alloc.tag));
        assert('security group', securityGroup, (0, naming_1.checkSecurityGroupName)(securityGroup));
        assert('IP set', ipSetName, (0, naming_1.checkString)(naming_1.SECURITY_GROUP_RULE, 'firewall IP set', ipSetName));
        segments[name] = {
            name,
            role: c.role,
            trust: c.trust,
            vnetId: alloc.vnet,
            tag: alloc.tag,
            cidr: alloc.cidr,
            gateway: (0, ipv4_1.gatewayOf)(alloc.cidr),
            ...(dhcp ? { dhcpRange: (0, ipv4_1.dhcpRangeOf)(alloc.cidr) } : {}),
            securityGroup,
            ipSetName,
        };
    }
    const zone = (0, constants_1.hasTenantZone)(zoneType)
        ? { id: a.zone ?? '', owner: 'tenant', ...(a.zoneTag !== undefined ? { tag: a.zoneTag } : {}) }
        : { id: D.PLATFORM_ZONE_IDS[zoneType], owner: 'platform' };
    assert('zone ID', zone.id, (0, naming_1.checkSdnId)(zone.id));
    const flows = {};
    for (const [id, input] of Object.entries(k.flows ?? {})) {
        const f = flows_1.FLOW_CATALOGUE[id];
        const targets = f.to === 'all' ? enabled.filter((s) => s !== f.from) : [f.to];
        flows[id] = {
            id,
            from: f.from,
            to: f.to,
            targets,
            protocol: f.protocol,
            ...(f.ports !== undefined ? { ports: f.ports } : {}),
            reason: input?.reason ?? f.description,
            source: 'catalogue',
        };
    }
    for (const [id, e] of Object.entries(k.flowExceptions ?? {})) {
        flows[id] = {
            id,
            from: e.from,
            to: e.to,
            targets: [e.to],
            protocol: e.protocol,
            ...(e.ports !== undefined ? { ports: e.ports } : {}),
            reason: e.reason,
            source: 'exception',
            ...(e.expires !== undefined ? { expires: e.expires } : {}),
        };
    }
    // compute
    const pool = `kom-${key}`;
    assert('pool ID', pool, (0, naming_1.checkPoolId)(pool));
    assert('first VM ID', a.vmIds.start, (0, naming_1.checkVmId)(a.vmIds.start));
    assert('last VM ID', a.vmIds.end, (0, naming_1.checkVmId)(a.vmIds.end));
    // backup
    const windowStart = k.backup?.windowStart ?? D.DEFAULT_BACKUP_WINDOW.start;
    const windowEnd = k.backup?.windowEnd ?? D.DEFAULT_BACKUP_WINDOW.end;
    const storageId = `pbs-${code}`;
    assert('PBS storage ID', storageId, (0, naming_1.checkString)(STORAGE_RULE, 'Proxmox storage ID', storageId));
    assert('PBS namespace', a.pbsNamespace, (0, naming_1.checkPbsNamespace)(a.pbsNamespace));
    // identity
    const identity = resolveIdentity(fleet, k, code, problems);
    for (const g of Object.values(identity.groups))
        assert('group ID', g, (0, naming_1.checkGroupId)(g));
    assert('realm ID', identity.realm.id, (0, naming_1.checkString)(REALM_RULE, 'Proxmox realm ID', identity.realm.id));
    // vault
    const domain = k.domain ?? `${key}.${fleet.namingDomain}`;
    const vault = resolveVault(fleet, key, domain);
    for (const p of [vault.namespace ?? '', vault.pathPrefix, vault.kvMount]) {
        for (const seg of p.split('/').filter((s) => s !== ''))
            assert('Vault path segment', seg, (0, naming_1.checkVaultPathSegment)(seg));
    }
    assert('DNS label', key, (0, naming_1.checkDnsLabel)(key));
    if (problems.length > 0)
        throw new Error(`tenant "${key}": ${problems.join('; ')}`);
    const members = {};
    for (const [slug, m] of Object.entries(k.members ?? {}))
        members[slug] = { name: m.name, ...(m.ags !== undefined ? { ags: m.ags } : {}) };
    const suppressions = {};
    for (const [id, s] of Object.entries(k.suppressions ?? {})) {
        suppressions[id] = { rule: s.rule, reason: s.reason, ...(s.expires !== undefined ? { expires: s.expires } : {}) };
    }
    const spec = {
        key,
        name: k.name,
        kind: k.kind,
        ...(k.ags !== undefined ? { ags: k.ags } : {}),
        ...(k.ars !== undefined ? { ars: k.ars } : {}),
        members,
        domain,
        size,
        state: k.state ?? D.DEFAULT_STATE,
        number: a.number,
        code,
        network: {
            zoneType,
            zone,
            ...(zoneType === 'vlan' || zoneType === 'qinq' ? { bridge: fleet.network.bridge ?? D.DEFAULT_BRIDGE } : {}),
            block: a.block,
            segments,
            flows,
        },
        compute: { pool, vmIds: { start: a.vmIds.start, end: a.vmIds.end } },
        backup: {
            storageId,
            pbsServer: fleet.backup.server,
            datastore: fleet.backup.datastore,
            namespace: a.pbsNamespace,
            schedule: backupSchedule(key, windowStart, windowEnd),
            window: { start: windowStart, end: windowEnd },
            retention: resolveRetention(k),
            mode: D.BACKUP_MODE,
            compress: D.BACKUP_COMPRESS,
            protected: k.backup?.protected ?? D.DEFAULT_BACKUP_PROTECTED,
            notificationTarget: fleet.backup.notificationTarget ?? D.DEFAULT_BACKUP_NOTIFICATION_TARGET,
            secondCopy: { server: fleet.backup.secondCopy.server, datastore: fleet.backup.secondCopy.datastore, namespace: a.pbsNamespace },
        },
        logging: {
            retentionDays: k.logging?.retentionDays ?? D.LOG_RETENTION_DAYS.default,
            firewallLogLevel: D.DEFAULT_FIREWALL_LOG_LEVEL,
            collector: fleet.logging.collector,
            metricsServer: fleet.logging.metricsServer ?? D.DEFAULT_METRICS_SERVER,
        },
        identity,
        vault,
        suppressions,
        ...(k.decommissionedSince !== undefined ? { decommissionedSince: k.decommissionedSince } : {}),
        ...(k.approvals !== undefined && Object.keys(k.approvals).length > 0 ? { approvals: resolveApprovals(k.approvals) } : {}),
    };
    return (0, spec_1.deepFreeze)(spec);
}
function resolveApprovals(input) {
    const out = {};
    for (const [id, a] of Object.entries(input)) {
        out[id] = { address: a.address, action: a.action, reason: a.reason, approvedBy: a.approvedBy, approvedOn: a.approvedOn, expires: a.expires };
    }
    return out;
}
function resolveIdentity(fleet, k, code, problems) {
    const key = k.key;
    const input = k.identity ?? {};
    const source = input.source ?? D.DEFAULT_IDENTITY_SOURCE;
    const groups = { admins: `${key}-admins`, operators: `${key}-operators`, auditors: `${key}-auditors` };
    const directoryGroups = {
        admins: input.groups?.admins ?? groups.admins,
        operators: input.groups?.operators ?? groups.operators,
        auditors: input.groups?.auditors ?? groups.auditors,
    };
    if (source === 'ldap') {
        const l = input.ldap;
        if (!l)
            problems.push(messages_1.MSG.identityBlockRequired('ldap'));
        const ad = l?.activeDirectory ?? false;
        const ldap = l
            ? {
                server: l.server,
                ...(l.server2 !== undefined ? { server2: l.server2 } : {}),
                port: l.port ?? D.DEFAULT_LDAP_PORT,
                baseDn: l.baseDn,
                ...(l.bindDn !== undefined ? { bindDn: l.bindDn } : {}),
                activeDirectory: ad,
                userAttribute: l.userAttribute ?? (ad ? D.DEFAULT_AD_USER_ATTRIBUTE : D.DEFAULT_LDAP_USER_ATTRIBUTE),
                ...(l.groupFilter !== undefined ? { groupFilter: l.groupFilter } : {}),
            }
            : undefined;
        return {
            source,
            realm: { id: `${code}-${ad ? 'ad' : 'ldap'}`, type: ad ? 'ad' : 'ldap', owner: 'tenant' },
            ...(ldap ? { ldap } : {}),
            groups,
            directoryGroups,
        };
    }
    if (source === 'oidc') {
        const o = input.oidc;
        if (!o)
            problems.push(messages_1.MSG.identityBlockRequired('oidc'));
        return {
            source,
            realm: { id: `${code}-oidc`, type: 'openid', owner: 'tenant' },
            ...(o ? { oidc: { issuerUrl: o.issuerUrl, clientId: o.clientId, groupsClaim: o.groupsClaim ?? D.DEFAULT_OIDC_GROUPS_CLAIM } } : {}),
            groups,
            directoryGroups,
        };
    }
    const shared = fleet.identity?.sharedRealm;
    if (!shared)
        problems.push(messages_1.MSG.platformRealmMissing());
    return {
        source,
        realm: { id: shared?.id ?? '', type: 'openid', owner: 'platform' },
        ...(shared ? { oidc: { issuerUrl: shared.issuerUrl, clientId: shared.clientId, groupsClaim: D.DEFAULT_OIDC_GROUPS_CLAIM } } : {}),
        groups,
        directoryGroups,
    };
}
function resolveVault(fleet, key, domain) {
    const root = fleet.vault.tenantRoot ?? D.DEFAULT_VAULT_TENANT_ROOT;
    const tenantPath = `${root}/${key}`;
    const ns = fleet.vault.isolation === 'namespace';
    return {
        isolation: fleet.vault.isolation,
        ...(ns ? { namespace: tenantPath } : {}),
        pathPrefix: ns ? '' : tenantPath,
        // Path mode: no mount per tenant (the mount table must hold the whole fleet); the tenant owns a
        // prefix of the platform's shared KV v2 mount. Namespace mode: a KV mount in the namespace.
        kvMount: ns ? D.NAMESPACE_KV_MOUNT : fleet.vault.sharedKvMount ?? D.DEFAULT_SHARED_KV_MOUNT,
        pkiMount: fleet.vault.pkiIntermediatePath ?? D.DEFAULT_PKI_INTERMEDIATE_PATH,
        pkiRole: `kom-${key}`,
        policies: {
            admin: (0, naming_1.tenantVaultPolicyName)(root, key, 'admin'),
            operator: (0, naming_1.tenantVaultPolicyName)(root, key, 'operator'),
            readonly: (0, naming_1.tenantVaultPolicyName)(root, key, 'readonly'),
            pipeline: (0, naming_1.tenantVaultPolicyName)(root, key, 'pipeline'),
        },
        allowedDomain: domain,
    };
}
/** All segment names in catalogue order that a spec has (helper for renderers and the CLI). */
function specSegments(spec) {
    return catalogue_1.SEGMENT_NAMES.filter((n) => spec.network.segments[n] !== undefined);
}
