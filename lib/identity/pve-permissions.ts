/**
 * Proxmox VE's permission computation, as pve-access-control computes it, on plain data.
 *
 * Sources (read at these commits; the repositories carry no release tags in the mirror used):
 * - proxmox/pve-access-control @ 5ccd07d9302562b73374d331b63d25b04b86766c (PVE 9 series):
 *   `src/PVE/AccessControl.pm` — privilege groups and built-in roles (L1057-1206), `roles()`
 *   (L1788-1896), `normalize_path` (L1263-1279), `check_path` (L1281-1321), token IDs (L289-324),
 *   `check_user_enabled` (L683-703), `verify_token` (L487-516);
 *   `src/PVE/RPCEnvironment.pm` — `$compile_acl_path` (L19-119: pool roles, role->privilege
 *   derivation, privilege-separated token intersection), `permissions` (L136-176), `check`
 *   (L291-305), `check_any` (L307-326), `check_perm_modify` (L442-457).
 * - proxmox/pve-common @ f665029eac78022e81810ab2e44eace57ade13fb: `src/PVE/Exception.pm`
 *   `raise_perm_exc` (L53-70) words the refusal `Permission check failed (<what>)`.
 *
 * Modelled version: PVE 9 (the privilege list includes `VM.GuestAgent.*`, `Sys.AccessNetwork`,
 * `Mapping.*`; PVE 8 had `VM.Monitor` instead of the `VM.GuestAgent.*` privileges). Where the
 * rehearsal needs PVE 8 behaviour, that difference is the only one this module knows of.
 *
 * Deterministic: no clock. Expiry is evaluated against the `now` the caller passes.
 */

/** Privilege groups of AccessControl.pm `$privgroups` (L1057-1164): root-only, admin, user and audit privileges per category. */
const PRIV_GROUPS: Readonly<Record<string, { root: readonly string[]; admin: readonly string[]; user: readonly string[]; audit: readonly string[] }>> = {
  VM: {
    root: [],
    admin: [
      'VM.Config.Disk',
      'VM.Config.CPU',
      'VM.Config.Memory',
      'VM.Config.Network',
      'VM.Config.HWType',
      'VM.Config.Options',
      'VM.Allocate',
      'VM.Clone',
      'VM.GuestAgent.Unrestricted',
      'VM.Migrate',
      'VM.Replicate',
      'VM.Snapshot',
      'VM.Snapshot.Rollback',
    ],
    user: [
      'VM.Config.CDROM',
      'VM.Config.Cloudinit',
      'VM.Console',
      'VM.Backup',
      'VM.GuestAgent.FileRead',
      'VM.GuestAgent.FileSystemMgmt',
      'VM.GuestAgent.FileWrite',
      'VM.PowerMgmt',
    ],
    audit: ['VM.Audit', 'VM.GuestAgent.Audit'],
  },
  Sys: {
    root: ['Sys.PowerMgmt', 'Sys.Modify', 'Sys.Incoming', 'Sys.AccessNetwork'],
    admin: ['Sys.Console', 'Sys.Syslog'],
    user: [],
    audit: ['Sys.Audit'],
  },
  Datastore: {
    root: [],
    admin: ['Datastore.Allocate', 'Datastore.AllocateTemplate'],
    user: ['Datastore.AllocateSpace'],
    audit: ['Datastore.Audit'],
  },
  SDN: {
    root: [],
    admin: ['SDN.Allocate', 'SDN.Audit'],
    user: ['SDN.Use'],
    audit: ['SDN.Audit'],
  },
  User: {
    root: ['Realm.Allocate'],
    admin: ['User.Modify', 'Group.Allocate', 'Realm.AllocateUser'],
    user: [],
    audit: [],
  },
  Pool: {
    root: [],
    admin: ['Pool.Allocate'],
    user: ['Pool.Audit'],
    audit: ['Pool.Audit'],
  },
  Mapping: {
    root: [],
    admin: ['Mapping.Modify'],
    user: ['Mapping.Use'],
    audit: ['Mapping.Audit'],
  },
};

function buildBuiltins(): { valid: ReadonlySet<string>; roles: ReadonlyMap<string, ReadonlySet<string>> } {
  // AccessControl.pm L1166-1168: Permissions.Modify is valid but in no group.
  const valid = new Set<string>(['Permissions.Modify']);
  const roles = new Map<string, Set<string>>();
  const role = (name: string): Set<string> => {
    let r = roles.get(name);
    if (r === undefined) roles.set(name, (r = new Set()));
    return r;
  };
  // L1170-1173: NoAccess has no privileges; Administrator holds every valid privilege (filled below).
  role('NoAccess');
  role('Administrator');
  // create_roles, L1175-1203.
  for (const cat of Object.keys(PRIV_GROUPS).sort()) {
    const g = PRIV_GROUPS[cat];
    for (const p of [...g.root, ...g.admin, ...g.user, ...g.audit]) valid.add(p);
    for (const p of [...g.admin, ...g.user, ...g.audit]) {
      role(`PVE${cat}Admin`).add(p);
      role('PVEAdmin').add(p);
    }
    if (g.user.length > 0) for (const p of [...g.user, ...g.audit]) role(`PVE${cat}User`).add(p);
    for (const p of g.audit) role('PVEAuditor').add(p);
  }
  // L1199-1201: Mapping.Modify is removed from PVEAdmin.
  role('PVEAdmin').delete('Mapping.Modify');
  // L1203: PVETemplateUser.
  roles.set('PVETemplateUser', new Set(['VM.Clone', 'VM.Audit']));
  for (const p of valid) role('Administrator').add(p);
  return { valid, roles };
}

const BUILTINS = buildBuiltins();

/** Every privilege name PVE knows (`$valid_privs`, AccessControl.pm L1166 and create_roles). */
export const PVE_PRIVILEGES: ReadonlySet<string> = BUILTINS.valid;

/**
 * The built-in ("special") roles and their privileges: NoAccess, Administrator, PVEAdmin, PVEAuditor,
 * PVE<Category>Admin, PVE<Category>User (for categories with user privileges), PVETemplateUser.
 */
export const PVE_BUILTIN_ROLES: ReadonlyMap<string, ReadonlySet<string>> = BUILTINS.roles;

/** One ACL entry (`acl:<propagate>:<path>:<ugid list>:<roles>:` in user.cfg). Exactly one of user, group, token is set. */
export interface PveAclEntry {
  readonly path: string;
  readonly roleId: string;
  /** Propagate to the path's descendants (AccessControl.pm L1512-1514; the API default is 1, API2/ACL.pm L177-181). */
  readonly propagate: boolean;
  readonly user?: string;
  readonly group?: string;
  /** Full token ID, `user@realm!tokenid`. */
  readonly token?: string;
}

/** A user of user.cfg. */
export interface PveUser {
  /** `name@realm`. */
  readonly id: string;
  readonly enabled: boolean;
  /** Epoch seconds; 0 or undefined = never. */
  readonly expire?: number;
}

/** An API token of a user. */
export interface PveToken {
  /** Full token ID, `user@realm!tokenid`. */
  readonly id: string;
  /** Privilege separation: the token's own ACLs, intersected with the user's privileges. */
  readonly privsep: boolean;
  /** Epoch seconds; 0 or undefined = never. */
  readonly expire?: number;
}

/** A resource pool with the members that carry pool ACLs onto other paths. */
export interface PvePool {
  readonly id: string;
  /** Storage IDs that are pool members (pool ACLs then apply on `/storage/<id>`). */
  readonly storages?: readonly string[];
  /** Guest IDs that are pool members (pool ACLs then apply on `/vms/<id>`). */
  readonly vms?: readonly number[];
}

/** The access configuration (what /etc/pve/user.cfg holds), as plain data. */
export interface PveAccessConfig {
  /** Custom roles (built-in roles are always present and cannot be redefined). */
  readonly roles: ReadonlyMap<string, ReadonlySet<string>> | Readonly<Record<string, readonly string[]>>;
  readonly users: readonly PveUser[];
  /** Group ID -> member user IDs. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  readonly tokens: readonly PveToken[];
  readonly acl: readonly PveAclEntry[];
  readonly pools?: readonly PvePool[];
}

/** Effective privileges of an auth ID on a path: privilege -> propagate flag (informational, as PVE returns it). */
export type PvePrivileges = ReadonlyMap<string, boolean>;

interface AclNode {
  readonly children: Map<string, AclNode>;
  readonly users: Map<string, Map<string, boolean>>;
  readonly groups: Map<string, Map<string, boolean>>;
  readonly tokens: Map<string, Map<string, boolean>>;
}

function newNode(): AclNode {
  return { children: new Map(), users: new Map(), groups: new Map(), tokens: new Map() };
}

/**
 * Normalizes an ACL path like AccessControl.pm `normalize_path` (L1263-1279): collapses repeated
 * slashes, drops a trailing slash, adds a leading one; undefined when the path has other characters
 * than alphanumerics, `.`, `-`, `_`, `/`.
 */
export function normalizePvePath(path: string): string | undefined {
  if (path === '') return undefined;
  let p = path.replace(/\/+/g, '/').replace(/\/$/, '');
  if (p === '') p = '/';
  if (!p.startsWith('/')) p = `/${p}`;
  return /^[A-Za-z0-9.\-_/]+$/.test(p) ? p : undefined;
}

const CHECK_PATH = new RegExp(
  '^(' +
    [
      '/',
      '/access',
      '/access/groups',
      '/access/groups/[A-Za-z0-9.\\-_]+',
      '/access/realm',
      '/access/realm/[A-Za-z0-9.\\-_]+',
      '/nodes',
      '/nodes/[A-Za-z0-9.\\-_]+',
      '/pool',
      '/pool/[A-Za-z0-9.\\-_]+(?:/[A-Za-z0-9.\\-_]+){0,2}',
      '/sdn',
      '/sdn/controllers',
      '/sdn/controllers/[A-Za-z0-9_\\-]+',
      '/sdn/dns',
      '/sdn/dns/[A-Za-z0-9]+',
      '/sdn/fabrics',
      '/sdn/fabrics/[A-Za-z0-9]+',
      '/sdn/ipams',
      '/sdn/ipams/[A-Za-z0-9]+',
      '/sdn/prefix-lists',
      '/sdn/prefix-lists/[A-Za-z0-9]+',
      '/sdn/route-maps',
      '/sdn/route-maps/[A-Za-z0-9]+',
      '/sdn/zones',
      '/sdn/zones/[A-Za-z0-9.\\-_]+',
      '/sdn/zones/[A-Za-z0-9.\\-_]+/[A-Za-z0-9.\\-_]+',
      '/sdn/zones/[A-Za-z0-9.\\-_]+/[A-Za-z0-9.\\-_]+/[1-9][0-9]{0,3}',
      '/storage',
      '/storage/[A-Za-z0-9.\\-_]+',
      '/vms',
      '/vms/[1-9][0-9]{2,}',
      '/mapping',
      '/mapping/[A-Za-z0-9.\\-_]+',
      '/mapping/[A-Za-z0-9.\\-_]+/[A-Za-z0-9.\\-_]+',
    ].join('|') +
    ')$',
);

/** Is this a path an ACL may be set on (AccessControl.pm `check_path`, L1281-1321)? */
export function isValidPveAclPath(path: string): boolean {
  return CHECK_PATH.test(path);
}

// AccessControl.pm L280-287: token IDs are `<user>@<realm>!<tokenid>`, the token sub ID using the
// realm regex of PVE::Auth::Plugin (`[A-Za-z][A-Za-z0-9.\-_]+`, so at least two characters). The
// user part is simplified to "no whitespace, `:`, `/`, `@`, `!`" (Auth/Plugin.pm's user_regex was not read: guess).
const TOKEN_ID = /^([^\s:/@!]+@[A-Za-z][A-Za-z0-9.\-_]+)!([A-Za-z][A-Za-z0-9.\-_]+)$/;

/** Splits a full token ID into user ID and token name (AccessControl.pm `split_tokenid`, L289-300); undefined when it is no token ID. */
export function splitPveTokenId(tokenId: string): { readonly userId: string; readonly tokenName: string } | undefined {
  const m = TOKEN_ID.exec(tokenId);
  return m === null ? undefined : { userId: m[1], tokenName: m[2] };
}

/**
 * The compiled form of a `PveAccessConfig`: the ACL tree of user.cfg (AccessControl.pm
 * `parse_user_config`, L1512-1550, builds `acl_root` with `children`, `users`, `groups`, `tokens`).
 */
export class PveAccess {
  private readonly root: AclNode = newNode();
  private readonly roleDefs = new Map<string, ReadonlySet<string>>();
  private readonly users = new Map<string, PveUser>();
  private readonly tokens = new Map<string, PveToken>();
  private readonly members = new Map<string, ReadonlySet<string>>();
  private readonly pools: readonly PvePool[];

  constructor(cfg: PveAccessConfig) {
    for (const [id, privs] of PVE_BUILTIN_ROLES) this.roleDefs.set(id, privs);
    const custom = cfg.roles instanceof Map ? [...cfg.roles.entries()] : Object.entries(cfg.roles as Record<string, readonly string[]>);
    for (const [id, privs] of custom) {
      if (!PVE_BUILTIN_ROLES.has(id)) this.roleDefs.set(id, new Set(privs));
    }
    for (const u of cfg.users) this.users.set(u.id, u);
    for (const t of cfg.tokens) this.tokens.set(t.id, t);
    for (const [g, ms] of Object.entries(cfg.groups)) this.members.set(g, new Set(ms));
    this.pools = cfg.pools ?? [];
    for (const e of cfg.acl) {
      const path = normalizePvePath(e.path);
      if (path === undefined) continue;
      const node = this.node(path);
      const [map, key] = e.token !== undefined ? [node.tokens, e.token] : e.user !== undefined ? [node.users, e.user] : [node.groups, e.group ?? ''];
      let ri = map.get(key);
      if (ri === undefined) map.set(key, (ri = new Map()));
      ri.set(e.roleId, e.propagate);
    }
  }

  private node(path: string): AclNode {
    let n = this.root;
    for (const part of path.split('/').filter((s) => s !== '')) {
      let c = n.children.get(part);
      if (c === undefined) n.children.set(part, (c = newNode()));
      n = c;
    }
    return n;
  }

  /** Does the role exist (built-in or custom)? */
  hasRole(roleId: string): boolean {
    return this.roleDefs.has(roleId);
  }

  /** The privileges of a role, or undefined when it does not exist. */
  rolePrivileges(roleId: string): ReadonlySet<string> | undefined {
    return this.roleDefs.get(roleId);
  }

  /** The user, or undefined. */
  user(userId: string): PveUser | undefined {
    return this.users.get(userId);
  }

  /** The token, or undefined. */
  token(tokenId: string): PveToken | undefined {
    return this.tokens.get(tokenId);
  }

  /** Is the group defined? */
  hasGroup(groupId: string): boolean {
    return this.members.has(groupId);
  }

  /** Every group ID, sorted. */
  groupIds(): string[] {
    return [...this.members.keys()].sort();
  }

  /** Is the user a member of the group? */
  isGroupMember(groupId: string, userId: string): boolean {
    return this.members.get(groupId)?.has(userId) ?? false;
  }

  /**
   * Roles of an auth ID on a path, with their propagate flag: AccessControl.pm `roles()` (L1788-1896).
   * root@pam is Administrator (L1795). A token without privilege separation has its user's roles
   * (L1802-1815). The tree is walked from `/` to the path; at each node the first of token ACLs,
   * user ACLs, group ACLs that applies (propagated, or set on the final node) replaces everything
   * found above (L1829-1885): the more specific path wins, and user ACLs win over group ACLs on the
   * same node. A NoAccess among the result leaves only NoAccess (L1888). Pools are not considered
   * here (L1791).
   */
  roles(authId: string, path: string): ReadonlyMap<string, boolean> {
    if (authId === 'root@pam') return new Map([['Administrator', true]]);
    const tok = splitPveTokenId(authId);
    if (tok !== undefined) {
      const info = this.tokens.get(authId);
      if (info === undefined) return new Map();
      if (!info.privsep) return this.roles(tok.userId, path);
    }
    const parts = path === '/' ? [''] : path.split('/');
    let roles = new Map<string, boolean>();
    let node: AclNode | undefined = this.root;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const final = i === parts.length - 1;
      if (p !== '') node = node?.children.get(p);
      if (node === undefined) continue;
      const pick = (ri: ReadonlyMap<string, boolean> | undefined, into?: Map<string, boolean>): Map<string, boolean> | undefined => {
        let out = into;
        for (const [role, propagate] of ri ?? []) {
          if (final || propagate) {
            out = out ?? new Map();
            out.set(role, propagate);
          }
        }
        return out;
      };
      const fromToken = pick(node.tokens.get(authId));
      if (fromToken) {
        roles = fromToken;
        continue;
      }
      const fromUser = pick(node.users.get(authId));
      if (fromUser) {
        roles = fromUser;
        continue;
      }
      let fromGroups: Map<string, boolean> | undefined;
      for (const [g, ri] of node.groups) {
        if (!this.isGroupMember(g, authId)) continue;
        fromGroups = pick(ri, fromGroups);
      }
      if (fromGroups) roles = fromGroups;
    }
    if (roles.has('NoAccess')) return new Map([['NoAccess', roles.get('NoAccess') ?? false]]);
    return roles;
  }

  /**
   * Effective privileges of an auth ID on a path: RPCEnvironment.pm `permissions` (L136-176) and
   * `$compile_acl_path` (L19-119). root@pam has every privilege (L139-142). A token that does not
   * exist has none (L154); a token without privilege separation has its user's privileges (L159-160);
   * with it, the token's privileges are intersected with its user's on the same path (L99-107). Roles
   * set on `/pool/<pool>` also apply to the pool's guests and storages (`/vms/<id>`, `/storage/<id>`),
   * without propagation, unless the path's own roles hold NoAccess; a pool NoAccess trumps the
   * path's own roles (L38-75). A role's privileges are set when the role is (L80-92).
   *
   * This does not check that the user is enabled: PVE does that when it authenticates the request
   * (see `pveAuthError`); `effectivePveAccess` combines both.
   */
  privileges(authId: string, path: string): PvePrivileges {
    if (authId === 'root@pam') return new Map([...(PVE_BUILTIN_ROLES.get('Administrator') ?? [])].map((p) => [p, true]));
    const tok = splitPveTokenId(authId);
    if (tok !== undefined) {
      const info = this.tokens.get(authId);
      if (info === undefined) return new Map();
      const userPrivs = this.privileges(tok.userId, path);
      if (!info.privsep) return userPrivs;
      const own = this.compile(authId, path);
      const out = new Map<string, boolean>();
      for (const [p, prop] of own) {
        if (userPrivs.has(p)) out.set(p, (userPrivs.get(p) ?? false) && prop);
      }
      return out;
    }
    return this.compile(authId, path);
  }

  private compile(authId: string, path: string): Map<string, boolean> {
    const poolRoles = new Map<string, Map<string, boolean>>();
    for (const pool of [...this.pools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const pr = this.roles(authId, `/pool/${pool.id}`);
      if (pr.size === 0) continue;
      const targets = [...(pool.vms ?? []).map((v) => `/vms/${v}`), ...(pool.storages ?? []).map((s) => `/storage/${s}`)];
      for (const t of targets) {
        let m = poolRoles.get(t);
        if (m === undefined) poolRoles.set(t, (m = new Map()));
        for (const r of pr.keys()) m.set(r, true);
      }
    }
    let roles = new Map(this.roles(authId, path));
    const fromPool = poolRoles.get(path);
    if (fromPool !== undefined && !roles.has('NoAccess')) {
      if (fromPool.has('NoAccess')) roles = new Map([['NoAccess', false]]);
      else for (const r of fromPool.keys()) if (!roles.has(r)) roles.set(r, false);
    }
    const privs = new Map<string, boolean>();
    for (const [role, prop] of roles) {
      for (const p of this.roleDefs.get(role) ?? []) privs.set(p, (privs.get(p) ?? false) || prop);
    }
    return privs;
  }

  /**
   * Why PVE would not authenticate this auth ID at `now` (epoch seconds), or undefined when it would:
   * the user must exist, be enabled and not expired (AccessControl.pm `check_user_enabled`, L683-703,
   * which `verify_token` calls, L500); a token must exist (`check_token_exist`, L705-718) and not be
   * expired (L508-509). Wording as the server's.
   */
  authError(authId: string, now: number): string | undefined {
    if (authId === 'root@pam') return undefined;
    const tok = splitPveTokenId(authId);
    const userId = tok?.userId ?? authId;
    const u = this.users.get(userId);
    if (u === undefined) return `no such user ('${userId}')`;
    if (!u.enabled) return `user '${userId}' is disabled`;
    if (u.expire !== undefined && u.expire !== 0 && u.expire < now) return `user '${userId}' access expired`;
    if (tok !== undefined) {
      const t = this.tokens.get(authId);
      if (t === undefined) return `no such token '${tok.tokenName}' for user '${userId}'`;
      if (t.expire !== undefined && t.expire !== 0 && t.expire < now) return `token '${tok.tokenName}' access expired`;
    }
    return undefined;
  }

  /** Effective privileges of an auth ID that authenticates at `now`; none when it cannot authenticate (disabled, expired, unknown). */
  effectivePrivileges(authId: string, path: string, now: number): PvePrivileges {
    return this.authError(authId, now) === undefined ? this.privileges(authId, path) : new Map();
  }

  /**
   * RPCEnvironment.pm `check` (all privileges, L291-305) and `check_any` (any of them, L307-326):
   * undefined when granted, else the server's message `Permission check failed (<path>, <priv>)`
   * (pve-common Exception.pm `raise_perm_exc`, L53-70); `check` names the first missing privilege,
   * `check_any` all of them joined with `|`.
   */
  check(authId: string, path: string, privs: readonly string[], any = false): string | undefined {
    const have = this.privileges(authId, path);
    if (any) return privs.some((p) => have.has(p)) ? undefined : permissionCheckFailed(`${path}, ${privs.join('|')}`);
    const missing = privs.find((p) => !have.has(p));
    return missing === undefined ? undefined : permissionCheckFailed(`${path}, ${missing}`);
  }

  /**
   * RPCEnvironment.pm `check_perm_modify` (L442-457), the `perm-modify` test of PUT /access/acl:
   * `Permissions.Modify` on `/access` when no path is given; else any of `Permissions.Modify` and,
   * by path kind, `Datastore.Allocate` (`/storage/...`), `VM.Allocate` (`/vms/...`),
   * `Pool.Allocate` (`/pool/...`) on the path.
   */
  checkPermModify(authId: string, path: string | undefined): string | undefined {
    if (path === undefined) return this.check(authId, '/access', ['Permissions.Modify']);
    const privs = ['Permissions.Modify'];
    if (/^\/storage\/.+$/.test(path)) privs.push('Datastore.Allocate');
    else if (/^\/vms\/.+$/.test(path)) privs.push('VM.Allocate');
    else if (/^\/pool\/.+$/.test(path)) privs.push('Pool.Allocate');
    return this.check(authId, path, privs, true);
  }
}

/** The server's wording of a refused permission check (pve-common Exception.pm `raise_perm_exc`, L53-70). */
export function permissionCheckFailed(what?: string): string {
  return what === undefined ? 'Permission check failed' : `Permission check failed (${what})`;
}

/** Convenience: the effective privileges of an auth ID on a path in a configuration, at `now` (epoch seconds). */
export function effectivePvePrivileges(cfg: PveAccessConfig, authId: string, path: string, now: number): PvePrivileges {
  return new PveAccess(cfg).effectivePrivileges(authId, path, now);
}
