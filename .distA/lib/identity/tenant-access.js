"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TenantAccess = exports.DEFAULT_SYNC_REMOVE_VANISHED = exports.DEFAULT_AD_GROUP_FILTER = exports.DEFAULT_LDAP_MODE = exports.STORAGE_ROLES = exports.VNET_ROLES = exports.POOL_ROLE_OF = exports.ACCESS_ROLES = void 0;
exports.realmSecretVariableName = realmSecretVariableName;
exports.directoryGroupId = directoryGroupId;
exports.validateTenantAccessProps = validateTenantAccessProps;
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const defaults_1 = require("../config/defaults");
const errors_1 = require("../core/errors");
const acl_1 = require("../providers/proxmox/acl");
const realm_ldap_1 = require("../providers/proxmox/realm-ldap");
const realm_openid_1 = require("../providers/proxmox/realm-openid");
const realm_sync_1 = require("../providers/proxmox/realm-sync");
const user_token_1 = require("../providers/proxmox/user-token");
const virtual_environment_group_1 = require("../providers/proxmox/virtual-environment-group");
const virtual_environment_pool_1 = require("../providers/proxmox/virtual-environment-pool");
const virtual_environment_user_1 = require("../providers/proxmox/virtual-environment-user");
const platform_roles_1 = require("./platform-roles");
const rules_1 = require("./rules");
/** Every access role, in a fixed order. */
exports.ACCESS_ROLES = ['admins', 'operators', 'auditors'];
/** Which platform role each human role gets on the tenant pool. */
exports.POOL_ROLE_OF = { admins: 'admin', operators: 'operator', auditors: 'auditor' };
/** Human roles that may attach guests to the tenant's vnets (role networkUser). */
exports.VNET_ROLES = ['admins', 'operators'];
/** Human roles that may write to and restore from the tenant's backup storages (role backupUser). */
exports.STORAGE_ROLES = ['admins', 'operators'];
/** Default LDAP connection mode: TLS from the first byte. */
exports.DEFAULT_LDAP_MODE = 'ldaps';
/** Default group filter of an Active Directory. */
exports.DEFAULT_AD_GROUP_FILTER = '(objectClass=group)';
/** What a directory sync removes when it vanished from the directory. */
exports.DEFAULT_SYNC_REMOVE_VANISHED = 'acl;entry;properties';
/** Name of the sensitive Terraform variable holding a realm secret (LDAP bind password, OIDC client key). */
function realmSecretVariableName(realm, kind) {
    return `proxmox_realm_${realm.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}_${kind}`;
}
/**
 * A tenant's Proxmox access: its pool, one group per role, ACLs on the tenant's own paths only,
 * its login realm (or the platform's), and a privilege-separated pipeline token.
 */
class TenantAccess extends constructs_1.Construct {
    /** The tenant pool (primary resource). */
    resource;
    poolId;
    /** Proxmox group IDs of the roles. */
    groupIds;
    /** Proxmox group IDs of the mapped directory groups. */
    directoryGroupIds;
    /** The realm tenant users log in with. */
    realm;
    /** Full token ID `<user>!<token>` of the pipeline, when configured. */
    pipelineTokenId;
    /** Every ACL entry created, in creation order. */
    aclEntries;
    constructor(scope, id, props) {
        super(scope, id);
        validateTenantAccessProps(props).throwIfAny('TenantAccess', this.node.path);
        const { tenant, identity } = props;
        const roleIds = props.roles.roleIds;
        const poolPath = `/pool/${tenant.pool}`;
        this.poolId = tenant.pool;
        this.realm = identity.realm;
        this.resource = new virtual_environment_pool_1.VirtualEnvironmentPool(this, 'Resource', {
            poolId: tenant.pool,
            comment: `${tenant.displayName} (${tenant.key})`,
        });
        // Groups: one per role, plus one per mapped directory group.
        const principals = {};
        const dirIds = {};
        for (const role of exports.ACCESS_ROLES) {
            const groupId = props.groups[role];
            const group = new virtual_environment_group_1.VirtualEnvironmentGroup(this, `Group-${role}`, {
                groupId,
                comment: `${tenant.displayName}: ${role} (${roleIds[exports.POOL_ROLE_OF[role]]} on ${poolPath})`,
            });
            principals[role] = [{ id: groupId, key: role, dependency: group }];
            const dir = props.directoryGroups?.[role];
            if (dir !== undefined) {
                const dirId = directoryGroupId(dir, identity.realm);
                const dirGroup = new virtual_environment_group_1.VirtualEnvironmentGroup(this, `DirectoryGroup-${role}`, {
                    groupId: dirId,
                    comment: `${tenant.displayName}: ${role} from directory group ${dir} of realm ${identity.realm}`,
                });
                principals[role].push({ id: dirId, key: `directory-${role}`, dependency: dirGroup });
                dirIds[role] = dirId;
            }
        }
        const entries = [];
        const acl = (aclId, entry, dependsOn) => {
            new acl_1.Acl(this, aclId, {
                path: entry.path,
                roleId: entry.roleId,
                propagate: entry.propagate,
                groupId: entry.principal.kind === 'group' ? entry.principal.id : undefined,
                userId: entry.principal.kind === 'user' ? entry.principal.id : undefined,
                tokenId: entry.principal.kind === 'token' ? entry.principal.id : undefined,
                dependsOn: dependsOn,
            });
            entries.push(entry);
        };
        for (const role of exports.ACCESS_ROLES) {
            for (const p of principals[role]) {
                acl(`Acl-pool-${p.key}`, { path: poolPath, roleId: roleIds[exports.POOL_ROLE_OF[role]], propagate: true, principal: { kind: 'group', id: p.id } }, [this.resource, p.dependency]);
            }
        }
        for (const vnetPath of props.paths.vnets) {
            const vnet = vnetPath.split('/')[4];
            for (const role of exports.VNET_ROLES) {
                for (const p of principals[role]) {
                    acl(`Acl-vnet-${vnet}-${p.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: { kind: 'group', id: p.id } }, [p.dependency]);
                }
            }
        }
        for (const storagePath of props.paths.storages) {
            const storage = storagePath.split('/')[2];
            for (const role of exports.STORAGE_ROLES) {
                for (const p of principals[role]) {
                    acl(`Acl-storage-${storage}-${p.key}`, { path: storagePath, roleId: roleIds.backupUser, propagate: false, principal: { kind: 'group', id: p.id } }, [p.dependency]);
                }
            }
        }
        // Realm.
        if (identity.source === 'ldap') {
            const ldap = identity.ldap;
            const ad = ldap.activeDirectory === true;
            let bindPassword;
            if (ldap.bindDn !== undefined) {
                bindPassword = new cdktf_1.TerraformVariable(cdktf_1.TerraformStack.of(this), realmSecretVariableName(identity.realm, 'bind_password'), {
                    type: 'string',
                    sensitive: true,
                    description: `Bind password of ${ldap.bindDn} for the LDAP realm ${identity.realm} (${tenant.displayName}); set it from the CI secret store, never in code.`,
                }).stringValue;
            }
            const realm = new realm_ldap_1.RealmLdap(this, 'Realm', {
                realm: identity.realm,
                server1: ldap.server,
                server2: ldap.server2,
                port: ldap.port,
                mode: exports.DEFAULT_LDAP_MODE,
                verify: true,
                baseDn: ldap.baseDn,
                bindDn: ldap.bindDn,
                bindPassword,
                userAttr: ldap.userAttribute ?? (ad ? defaults_1.DEFAULT_AD_USER_ATTRIBUTE : defaults_1.DEFAULT_LDAP_USER_ATTRIBUTE),
                groupFilter: ldap.groupFilter ?? (ad ? exports.DEFAULT_AD_GROUP_FILTER : undefined),
                groupClasses: ad ? 'group' : undefined,
                caseSensitive: ad ? false : undefined,
                comment: `${tenant.displayName}: ${ad ? 'Active Directory' : 'LDAP directory'}`,
            });
            const groupDeps = exports.ACCESS_ROLES.flatMap((r) => principals[r].map((p) => p.dependency));
            new realm_sync_1.RealmSync(this, 'RealmSync', {
                realm: identity.realm,
                scope: 'both',
                enableNew: true,
                removeVanished: exports.DEFAULT_SYNC_REMOVE_VANISHED,
                dependsOn: [realm, ...groupDeps],
            });
        }
        else if (identity.source === 'oidc') {
            const oidc = identity.oidc;
            const clientKey = new cdktf_1.TerraformVariable(cdktf_1.TerraformStack.of(this), realmSecretVariableName(identity.realm, 'client_key'), {
                type: 'string',
                sensitive: true,
                nullable: true,
                description: `Client secret of ${oidc.clientId} for the OpenID realm ${identity.realm} (${tenant.displayName}); null for a public client.`,
            });
            clientKey.addOverride('default', null);
            new realm_openid_1.RealmOpenid(this, 'Realm', {
                realm: identity.realm,
                issuerUrl: oidc.issuerUrl,
                clientId: oidc.clientId,
                clientKey: clientKey.stringValue,
                groupsClaim: oidc.groupsClaim ?? defaults_1.DEFAULT_OIDC_GROUPS_CLAIM,
                // Only the groups created here (which carry the ACLs) receive members; memberships follow
                // the provider at every login.
                groupsAutocreate: false,
                groupsOverwrite: true,
                autocreate: true,
                comment: `${tenant.displayName}: OpenID Connect`,
            });
        }
        // Pipeline: a local user and a privilege-separated token. With privilege separation the token's
        // rights are the intersection of the user's and the token's ACLs, so both get the same grants.
        if (props.pipeline !== undefined) {
            const { user: userId, tokenName } = props.pipeline;
            const tokenId = `${userId}!${tokenName}`;
            const user = new virtual_environment_user_1.VirtualEnvironmentUser(this, 'PipelineUser', {
                userId,
                enabled: true,
                comment: `${tenant.displayName}: pipeline service account (Terraform), API token only`,
            });
            const token = new user_token_1.UserToken(this, 'PipelineToken', {
                userId,
                tokenName,
                privilegesSeparation: true,
                comment: `${tenant.displayName}: Terraform pipeline`,
                dependsOn: [user],
            });
            const who = [
                { key: 'pipeline-user', principal: { kind: 'user', id: userId }, dep: user },
                { key: 'pipeline-token', principal: { kind: 'token', id: tokenId }, dep: token },
            ];
            for (const w of who) {
                acl(`Acl-pool-${w.key}`, { path: poolPath, roleId: roleIds.pipeline, propagate: true, principal: w.principal }, [this.resource, w.dep]);
            }
            for (const vnetPath of props.paths.vnets) {
                const vnet = vnetPath.split('/')[4];
                for (const w of who) {
                    acl(`Acl-vnet-${vnet}-${w.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: w.principal }, [w.dep]);
                }
            }
            this.pipelineTokenId = tokenId;
        }
        this.groupIds = Object.freeze({ ...props.groups });
        this.directoryGroupIds = Object.freeze(dirIds);
        this.aclEntries = Object.freeze(entries);
    }
}
exports.TenantAccess = TenantAccess;
/** The Proxmox group ID that a directory group gets in a realm (sync and OIDC group claims). */
function directoryGroupId(directoryGroup, realm) {
    return `${directoryGroup}-${realm}`;
}
/** Checks TenantAccess props; returns every problem. */
function validateTenantAccessProps(props) {
    const problems = new errors_1.ProblemCollector();
    const { tenant, identity } = props;
    if (typeof tenant.pool !== 'string' || !rules_1.PROXMOX_POOL_ID.test(tenant.pool)) {
        problems.add('tenant.pool', rules_1.MSG.pattern(tenant.pool, 'Proxmox pool ID', rules_1.PROXMOX_POOL_ID));
    }
    if (typeof tenant.displayName !== 'string' || tenant.displayName.trim() === '')
        problems.add('tenant.displayName', rules_1.MSG.empty('display name'));
    if (typeof tenant.code !== 'string' || tenant.code === '')
        problems.add('tenant.code', rules_1.MSG.empty('tenant code'));
    (0, platform_roles_1.validateRoleIds)(problems, 'roles.roleIds', props.roles.roleIds);
    // Groups: format, length, distinct.
    const seenGroups = new Map();
    const checkGroup = (path, value) => {
        if (typeof value !== 'string' || !rules_1.PROXMOX_GROUP_ID.test(value)) {
            problems.add(path, rules_1.MSG.pattern(value, 'Proxmox group ID', rules_1.PROXMOX_GROUP_ID));
            return;
        }
        if (value.length > rules_1.MAX_GROUP_ID_LENGTH)
            problems.add(path, rules_1.MSG.tooLong(value, 'Proxmox group ID', rules_1.MAX_GROUP_ID_LENGTH));
        const other = seenGroups.get(value);
        if (other !== undefined)
            problems.add(path, rules_1.MSG.duplicate(value, other));
        else
            seenGroups.set(value, path);
    };
    for (const role of exports.ACCESS_ROLES)
        checkGroup(`groups.${role}`, props.groups[role]);
    // Realm.
    const realmOk = typeof identity.realm === 'string' && rules_1.PROXMOX_REALM_ID.test(identity.realm);
    if (!realmOk)
        problems.add('identity.realm', rules_1.MSG.pattern(identity.realm, 'Proxmox realm ID (2-32 characters, first a letter)', rules_1.PROXMOX_REALM_ID));
    if (identity.source === 'ldap') {
        if (rules_1.BUILTIN_REALMS.includes(identity.realm))
            problems.add('identity.realm', rules_1.MSG.builtinRealm(identity.realm));
        validateLdap(problems, identity.ldap);
    }
    else if (identity.source === 'oidc') {
        if (rules_1.BUILTIN_REALMS.includes(identity.realm))
            problems.add('identity.realm', rules_1.MSG.builtinRealm(identity.realm));
        validateOidc(problems, identity.oidc);
    }
    else if (identity.source !== 'platform') {
        problems.add('identity.source', rules_1.MSG.unknownSource(identity.source));
    }
    for (const role of exports.ACCESS_ROLES) {
        const dir = props.directoryGroups?.[role];
        if (dir === undefined)
            continue;
        const path = `directoryGroups.${role}`;
        if (typeof dir !== 'string' || !rules_1.PROXMOX_GROUP_ID.test(dir)) {
            problems.add(path, `${rules_1.MSG.pattern(dir, 'directory group name', rules_1.PROXMOX_GROUP_ID)} (Proxmox names the synced group <name>-<realm>; rename the directory group or map another one)`);
        }
        else if (realmOk) {
            checkGroup(path, directoryGroupId(dir, identity.realm));
        }
    }
    validateAclPaths(problems, props);
    if (props.pipeline !== undefined) {
        const { user, tokenName } = props.pipeline;
        if (typeof user !== 'string' || !rules_1.PROXMOX_USER_ID.test(user)) {
            problems.add('pipeline.user', rules_1.MSG.pattern(user, 'Proxmox user ID <name>@<realm>', rules_1.PROXMOX_USER_ID));
        }
        else {
            if (user.length > rules_1.MAX_USER_ID_LENGTH)
                problems.add('pipeline.user', rules_1.MSG.tooLong(user, 'Proxmox user ID', rules_1.MAX_USER_ID_LENGTH));
            if (!user.endsWith('@pve'))
                problems.add('pipeline.user', rules_1.MSG.pipelineRealm(user));
        }
        if (typeof tokenName !== 'string' || !rules_1.PROXMOX_TOKEN_NAME.test(tokenName)) {
            problems.add('pipeline.tokenName', rules_1.MSG.pattern(tokenName, 'Proxmox API token name', rules_1.PROXMOX_TOKEN_NAME));
        }
    }
    return problems;
}
const VNET_PATH = /^\/sdn\/zones\/([^/]+)\/([^/]+)$/;
const STORAGE_PATH = /^\/storage\/([^/]+)$/;
/**
 * ACL paths: only the tenant's own vnets (`/sdn/zones/<zone>/<vnet>`, vnet ID starting with the
 * tenant code) and storages (`/storage/<id>`); never `/`, a pool, `/access`, `/nodes`, `/vms`, a
 * whole zone or anything else.
 */
function validateAclPaths(problems, props) {
    const { tenant } = props;
    const seen = new Set();
    const common = (path, value) => {
        const normalized = `/${value}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
        if (normalized === '/') {
            problems.add(path, rules_1.MSG.rootAclPath(value));
            return false;
        }
        if (normalized === `/pool/${tenant.pool}`) {
            problems.add(path, rules_1.MSG.ownPoolInList(value));
            return false;
        }
        if (value !== normalized) {
            problems.add(path, `${(0, errors_1.show)(value)} is not in normal form (${(0, errors_1.show)(normalized)}); write paths with one leading '/' and no trailing '/'`);
            return false;
        }
        if (seen.has(value)) {
            problems.add(path, rules_1.MSG.duplicate(value, 'another entry of paths'));
            return false;
        }
        seen.add(value);
        return true;
    };
    props.paths.vnets.forEach((value, i) => {
        const path = `paths.vnets[${i}]`;
        if (typeof value !== 'string') {
            problems.add(path, rules_1.MSG.pattern(value, 'vnet path', '/sdn/zones/<zone>/<vnet>'));
            return;
        }
        if (!common(path, value))
            return;
        const m = VNET_PATH.exec(value);
        if (m === null) {
            problems.add(path, rules_1.MSG.foreignAclPath(value, `the tenant's vnet paths /sdn/zones/<zone>/<vnet> (a whole zone, a pool, /access, /nodes or /vms are never granted)`));
            return;
        }
        const [, zone, vnet] = m;
        for (const [what, id] of [['zone', zone], ['vnet', vnet]]) {
            if (!rules_1.PROXMOX_SDN_ID.test(id) || id.length > rules_1.MAX_SDN_ID_LENGTH) {
                problems.add(path, rules_1.MSG.pattern(id, `SDN ${what} ID (at most ${rules_1.MAX_SDN_ID_LENGTH} characters)`, rules_1.PROXMOX_SDN_ID));
            }
        }
        if (typeof tenant.code === 'string' && tenant.code !== '' && !vnet.startsWith(tenant.code))
            problems.add(path, rules_1.MSG.vnetNotTenant(vnet, tenant.code));
    });
    props.paths.storages.forEach((value, i) => {
        const path = `paths.storages[${i}]`;
        if (typeof value !== 'string') {
            problems.add(path, rules_1.MSG.pattern(value, 'storage path', '/storage/<id>'));
            return;
        }
        if (!common(path, value))
            return;
        const m = STORAGE_PATH.exec(value);
        if (m === null) {
            problems.add(path, rules_1.MSG.foreignAclPath(value, "the tenant's storage paths /storage/<id> (a pool, /access, /nodes or /vms are never granted)"));
            return;
        }
        if (!rules_1.PROXMOX_STORAGE_ID.test(m[1]))
            problems.add(path, rules_1.MSG.pattern(m[1], 'Proxmox storage ID', rules_1.PROXMOX_STORAGE_ID));
    });
}
function validateLdap(problems, ldap) {
    if (ldap === undefined) {
        problems.add('identity.ldap', rules_1.MSG.empty("LDAP connection (server, baseDn) for identity.source 'ldap'"));
        return;
    }
    const host = (path, value, required) => {
        if (value === undefined || value === '') {
            if (required)
                problems.add(path, rules_1.MSG.empty('LDAP server host name'));
            return;
        }
        if (typeof value !== 'string')
            problems.add(path, rules_1.MSG.pattern(value, 'host name', rules_1.HOST));
        else if (/^[a-z]+:\/\//i.test(value) || /:\d+$/.test(value))
            problems.add(path, rules_1.MSG.hostWithScheme(value));
        else if (!rules_1.HOST.test(value))
            problems.add(path, rules_1.MSG.pattern(value, 'host name or IP address', rules_1.HOST));
    };
    host('identity.ldap.server', ldap.server, true);
    host('identity.ldap.server2', ldap.server2, false);
    if (ldap.port !== undefined && (!Number.isInteger(ldap.port) || ldap.port < 1 || ldap.port > 65535))
        problems.add('identity.ldap.port', rules_1.MSG.port(ldap.port));
    if (ldap.baseDn === undefined || ldap.baseDn === '')
        problems.add('identity.ldap.baseDn', rules_1.MSG.empty('base DN, e.g. "ou=people,dc=musterstadt,dc=de"'));
    else if (!rules_1.LDAP_DN.test(ldap.baseDn))
        problems.add('identity.ldap.baseDn', rules_1.MSG.pattern(ldap.baseDn, 'LDAP DN (attr=value,attr=value…)', rules_1.LDAP_DN));
    if (ldap.bindDn !== undefined && !rules_1.LDAP_DN.test(ldap.bindDn))
        problems.add('identity.ldap.bindDn', rules_1.MSG.pattern(ldap.bindDn, 'LDAP DN (attr=value,attr=value…)', rules_1.LDAP_DN));
    if (ldap.userAttribute !== undefined && !rules_1.LDAP_ATTRIBUTE.test(ldap.userAttribute)) {
        problems.add('identity.ldap.userAttribute', rules_1.MSG.pattern(ldap.userAttribute, 'LDAP attribute name', rules_1.LDAP_ATTRIBUTE));
    }
    if (ldap.groupFilter !== undefined && !/^\(.*\)$/.test(ldap.groupFilter)) {
        problems.add('identity.ldap.groupFilter', rules_1.MSG.pattern(ldap.groupFilter, 'LDAP filter in parentheses', '(…)'));
    }
}
function validateOidc(problems, oidc) {
    if (oidc === undefined) {
        problems.add('identity.oidc', rules_1.MSG.empty("OpenID provider (issuerUrl, clientId) for identity.source 'oidc'"));
        return;
    }
    if (oidc.issuerUrl === undefined || oidc.issuerUrl === '')
        problems.add('identity.oidc.issuerUrl', rules_1.MSG.empty('issuer URL (https://…)'));
    else if (!(0, rules_1.isHttpsUrl)(oidc.issuerUrl))
        problems.add('identity.oidc.issuerUrl', rules_1.MSG.notHttps(oidc.issuerUrl));
    if (oidc.clientId === undefined || oidc.clientId.trim() === '')
        problems.add('identity.oidc.clientId', rules_1.MSG.empty('OpenID client ID'));
    if (oidc.groupsClaim !== undefined && !rules_1.CLAIM_NAME.test(oidc.groupsClaim))
        problems.add('identity.oidc.groupsClaim', rules_1.MSG.pattern(oidc.groupsClaim, 'claim name', rules_1.CLAIM_NAME));
}
