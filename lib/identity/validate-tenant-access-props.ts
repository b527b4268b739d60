/**
 * Validation of TenantAccess props (the aws-cdk `validate-*-props.ts` pattern): every problem is
 * collected before the construct creates a child.
 */
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity } from '../model/tenant-identity';
import { validateRoleIds } from './platform-roles';
import {
  BUILTIN_REALMS, CLAIM_NAME, HOST, isHttpsUrl, LDAP_ATTRIBUTE, LDAP_DN, MAX_GROUP_ID_LENGTH, MAX_SDN_ID_LENGTH, MAX_USER_ID_LENGTH,
  MSG, PROXMOX_GROUP_ID, PROXMOX_REALM_ID, PROXMOX_SDN_ID, PROXMOX_STORAGE_ID, PROXMOX_TOKEN_NAME, PROXMOX_USER_ID,
} from './internal/rules';
import {
  ACCESS_ROLES, directoryGroupId, type LdapRealmSettings, type OidcRealmSettings, type TenantAccessProps,
} from './tenant-access-props';

/** Checks TenantAccess props; returns every problem. */
export function validateTenantAccessProps(props: TenantAccessProps): ProblemCollector {
  const problems = new ProblemCollector();
  const { tenant, identity } = props;

  checkTenantIdentity(problems, tenant, ['key', 'pool', 'displayName', 'code']);

  validateRoleIds(problems, 'roles.roleIds', props.roles.roleIds);

  // Groups: format, length, distinct.
  const seenGroups = new Map<string, string>();
  const checkGroup = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !PROXMOX_GROUP_ID.test(value)) {
      problems.add(path, MSG.pattern(value, 'Proxmox group ID', PROXMOX_GROUP_ID));
      return;
    }
    if (value.length > MAX_GROUP_ID_LENGTH) problems.add(path, MSG.tooLong(value, 'Proxmox group ID', MAX_GROUP_ID_LENGTH));
    const other = seenGroups.get(value);
    if (other !== undefined) problems.add(path, MSG.duplicate(value, other));
    else seenGroups.set(value, path);
  };
  for (const role of ACCESS_ROLES) checkGroup(`groups.${role}`, props.groups[role]);

  // Realm.
  const realmOk = typeof identity.realm === 'string' && PROXMOX_REALM_ID.test(identity.realm);
  if (!realmOk) problems.add('identity.realm', MSG.pattern(identity.realm, 'Proxmox realm ID (2-32 characters, first a letter)', PROXMOX_REALM_ID));
  if (identity.source === 'ldap') {
    if (BUILTIN_REALMS.includes(identity.realm)) problems.add('identity.realm', MSG.builtinRealm(identity.realm));
    validateLdap(problems, identity.ldap);
  } else if (identity.source === 'oidc') {
    if (BUILTIN_REALMS.includes(identity.realm)) problems.add('identity.realm', MSG.builtinRealm(identity.realm));
    validateOidc(problems, identity.oidc);
  } else if ((identity as { source: unknown }).source !== 'platform') {
    problems.add('identity.source', MSG.unknownSource((identity as { source: unknown }).source));
  }

  for (const role of ACCESS_ROLES) {
    const dir = props.directoryGroups?.[role];
    if (dir === undefined) continue;
    const path = `directoryGroups.${role}`;
    if (typeof dir !== 'string' || !PROXMOX_GROUP_ID.test(dir)) {
      problems.add(path, `${MSG.pattern(dir, 'directory group name', PROXMOX_GROUP_ID)} (Proxmox names the synced group <name>-<realm>; rename the directory group or map another one)`);
    } else if (realmOk) {
      checkGroup(path, directoryGroupId(dir, identity.realm));
    }
  }

  validateAclPaths(problems, props);

  if (props.pipeline !== undefined) {
    const { user, tokenName } = props.pipeline;
    if (typeof user !== 'string' || !PROXMOX_USER_ID.test(user)) {
      problems.add('pipeline.user', MSG.pattern(user, 'Proxmox user ID <name>@<realm>', PROXMOX_USER_ID));
    } else {
      if (user.length > MAX_USER_ID_LENGTH) problems.add('pipeline.user', MSG.tooLong(user, 'Proxmox user ID', MAX_USER_ID_LENGTH));
      if (!user.endsWith('@pve')) problems.add('pipeline.user', MSG.pipelineRealm(user));
    }
    if (typeof tokenName !== 'string' || !PROXMOX_TOKEN_NAME.test(tokenName)) {
      problems.add('pipeline.tokenName', MSG.pattern(tokenName, 'Proxmox API token name', PROXMOX_TOKEN_NAME));
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
function validateAclPaths(problems: ProblemCollector, props: TenantAccessProps): void {
  const { tenant } = props;
  const seen = new Set<string>();
  const common = (path: string, value: string): boolean => {
    const normalized = `/${value}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    if (normalized === '/') {
      problems.add(path, MSG.rootAclPath(value));
      return false;
    }
    if (normalized === `/pool/${tenant.pool}`) {
      problems.add(path, MSG.ownPoolInList(value));
      return false;
    }
    if (value !== normalized) {
      problems.add(path, `${show(value)} is not in normal form (${show(normalized)}); write paths with one leading '/' and no trailing '/'`);
      return false;
    }
    if (seen.has(value)) {
      problems.add(path, MSG.duplicate(value, 'another entry of paths'));
      return false;
    }
    seen.add(value);
    return true;
  };

  props.paths.vnets.forEach((value, i) => {
    const path = `paths.vnets[${i}]`;
    if (typeof value !== 'string') {
      problems.add(path, MSG.pattern(value, 'vnet path', '/sdn/zones/<zone>/<vnet>'));
      return;
    }
    if (!common(path, value)) return;
    const m = VNET_PATH.exec(value);
    if (m === null) {
      problems.add(path, MSG.foreignAclPath(value, `the tenant's vnet paths /sdn/zones/<zone>/<vnet> (a whole zone, a pool, /access, /nodes or /vms are never granted)`));
      return;
    }
    const [, zone, vnet] = m;
    for (const [what, id] of [['zone', zone], ['vnet', vnet]] as const) {
      if (!PROXMOX_SDN_ID.test(id) || id.length > MAX_SDN_ID_LENGTH) {
        problems.add(path, MSG.pattern(id, `SDN ${what} ID (at most ${MAX_SDN_ID_LENGTH} characters)`, PROXMOX_SDN_ID));
      }
    }
    if (typeof tenant.code === 'string' && tenant.code !== '' && !vnet.startsWith(tenant.code)) problems.add(path, MSG.vnetNotTenant(vnet, tenant.code));
  });

  const seenGuestStorages = new Map<string, string>();
  (props.guestStorages ?? []).forEach((value, i) => {
    const path = `guestStorages[${i}]`;
    if (typeof value !== 'string' || !PROXMOX_STORAGE_ID.test(value)) {
      problems.add(path, MSG.pattern(value, 'Proxmox storage ID', PROXMOX_STORAGE_ID));
      return;
    }
    // PVE refuses the second add: "Storage '<id>' is already a pool member" (pve-manager PVE/API2/Pool.pm L368-369).
    const other = seenGuestStorages.get(value);
    if (other !== undefined) problems.add(path, MSG.duplicate(value, other));
    else seenGuestStorages.set(value, path);
  });

  props.paths.storages.forEach((value, i) => {
    const path = `paths.storages[${i}]`;
    if (typeof value !== 'string') {
      problems.add(path, MSG.pattern(value, 'storage path', '/storage/<id>'));
      return;
    }
    if (!common(path, value)) return;
    const m = STORAGE_PATH.exec(value);
    if (m === null) {
      problems.add(path, MSG.foreignAclPath(value, "the tenant's storage paths /storage/<id> (a pool, /access, /nodes or /vms are never granted)"));
      return;
    }
    if (!PROXMOX_STORAGE_ID.test(m[1])) problems.add(path, MSG.pattern(m[1], 'Proxmox storage ID', PROXMOX_STORAGE_ID));
  });
}

function validateLdap(problems: ProblemCollector, ldap: LdapRealmSettings | undefined): void {
  if (ldap === undefined) {
    problems.add('identity.ldap', MSG.empty("LDAP connection (server, baseDn) for identity.source 'ldap'"));
    return;
  }
  const host = (path: string, value: unknown, required: boolean) => {
    if (value === undefined || value === '') {
      if (required) problems.add(path, MSG.empty('LDAP server host name'));
      return;
    }
    if (typeof value !== 'string') problems.add(path, MSG.pattern(value, 'host name', HOST));
    else if (/^[a-z]+:\/\//i.test(value) || /:\d+$/.test(value)) problems.add(path, MSG.hostWithScheme(value));
    else if (!HOST.test(value)) problems.add(path, MSG.pattern(value, 'host name or IP address', HOST));
  };
  host('identity.ldap.server', ldap.server, true);
  host('identity.ldap.server2', ldap.server2, false);
  if (ldap.port !== undefined && (!Number.isInteger(ldap.port) || ldap.port < 1 || ldap.port > 65535)) problems.add('identity.ldap.port', MSG.port(ldap.port));
  if (ldap.baseDn === undefined || ldap.baseDn === '') problems.add('identity.ldap.baseDn', MSG.empty('base DN, e.g. "ou=people,dc=musterstadt,dc=de"'));
  else if (!LDAP_DN.test(ldap.baseDn)) problems.add('identity.ldap.baseDn', MSG.pattern(ldap.baseDn, 'LDAP DN (attr=value,attr=value…)', LDAP_DN));
  if (ldap.bindDn !== undefined && !LDAP_DN.test(ldap.bindDn)) problems.add('identity.ldap.bindDn', MSG.pattern(ldap.bindDn, 'LDAP DN (attr=value,attr=value…)', LDAP_DN));
  if (ldap.userAttribute !== undefined && !LDAP_ATTRIBUTE.test(ldap.userAttribute)) {
    problems.add('identity.ldap.userAttribute', MSG.pattern(ldap.userAttribute, 'LDAP attribute name', LDAP_ATTRIBUTE));
  }
  if (ldap.groupFilter !== undefined && !/^\(.*\)$/.test(ldap.groupFilter)) {
    problems.add('identity.ldap.groupFilter', MSG.pattern(ldap.groupFilter, 'LDAP filter in parentheses', '(…)'));
  }
}

function validateOidc(problems: ProblemCollector, oidc: OidcRealmSettings | undefined): void {
  if (oidc === undefined) {
    problems.add('identity.oidc', MSG.empty("OpenID provider (issuerUrl, clientId) for identity.source 'oidc'"));
    return;
  }
  if (oidc.issuerUrl === undefined || oidc.issuerUrl === '') problems.add('identity.oidc.issuerUrl', MSG.empty('issuer URL (https://…)'));
  else if (!isHttpsUrl(oidc.issuerUrl)) problems.add('identity.oidc.issuerUrl', MSG.notHttps(oidc.issuerUrl));
  if (oidc.clientId === undefined || oidc.clientId.trim() === '') problems.add('identity.oidc.clientId', MSG.empty('OpenID client ID'));
  if (oidc.groupsClaim !== undefined && !CLAIM_NAME.test(oidc.groupsClaim)) problems.add('identity.oidc.groupsClaim', MSG.pattern(oidc.groupsClaim, 'claim name', CLAIM_NAME));
}
