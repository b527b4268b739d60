/**
 * The API table: which Proxmox VE API calls bpg/terraform-provider-proxmox v0.111.1 makes for each
 * resource change, which privileges the server checks for each call, and which server rules
 * (referenced objects exist, IDs free, ID formats) its code enforces, worded like the server.
 *
 * Sources (commits of the mirrors read; the Proxmox repositories carry no tags there):
 * - bpg = bpg/terraform-provider-proxmox tag v0.111.1
 * - pac = proxmox/pve-access-control @ 5ccd07d9302562b73374d331b63d25b04b86766c
 * - pmg = proxmox/pve-manager @ 14a22df35955d97dfc1af21e117dc894a29df0c9
 * - pnet = proxmox/pve-network @ ecf98c5d8f12fac9d61f3da27376aaab0ab598dc
 * - pfw = proxmox/pve-firewall @ 6f1311f349daee920c7eedcc6e53d7fc5e2cfdbf
 * - pst = proxmox/pve-storage @ 0c56bad8b2a7d69e5ce2c243651fe830d6caa936
 * - pcm = proxmox/pve-common @ f665029eac78022e81810ab2e44eace57ade13fb
 * Modelled: PVE 9 (pve-network with fabrics: an EVPN controller needs peers or a fabric).
 */
import { PveAccess, isValidPveAclPath, normalizePvePath, permissionCheckFailed, splitPveTokenId } from '../../../identity/pve-permissions';
import type { ApiChange, DatacenterView, ModelError, ProxmoxCaller } from '../api';
import { T, ZONE_TYPES, findBy, listSorted, str, strList } from './access';
import { SEED_TYPES } from './seed';
import { die, paramExc, policy } from './errors';
import { guestCalls } from './guest-calls';
import { poolGuestIds } from './guests';

/** A permission test of a method's `permissions => { check => [...] }` (pac RPCEnvironment.pm exec_api2_perm_check, L459-547). */
export type PermCheck =
  | { readonly kind: 'perm'; readonly path: string; readonly privs: readonly string[]; readonly any?: boolean }
  | { readonly kind: 'perm-modify'; readonly path: string }
  | { readonly kind: 'realm-allocate-user'; readonly userId: string }
  | { readonly kind: 'userid-group'; readonly userId: string; readonly privs: readonly string[]; readonly groupsParam?: 'create' | 'update'; readonly groups?: readonly string[] }
  | { readonly kind: 'self-or-user-modify'; readonly userId: string };

/** One API call of a provider for a change. */
export interface ApiCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'SSH';
  readonly path: string;
  /** All must pass ('and'). */
  readonly perms: readonly PermCheck[];
  /** A read-back after the change (the provider's GET after POST/PUT): evaluated on the datacenter with the change made. */
  readonly after?: boolean;
  /** The server's own rules after the permission check, first refusal wins. */
  readonly rules?: (view: DatacenterView, access: PveAccess, authId: string) => ModelError | undefined;
}

/** A refusal worded `Permission check failed (...)` (pcm Exception.pm raise_perm_exc, L53-70). */
function permError(what: string | undefined, call: ApiCall): ModelError {
  return { summary: permissionCheckFailed(what), detail: `${call.method} /api2/json${call.path}: HTTP 403` };
}


function allPrivsText(privs: readonly string[]): string {
  return privs.join('|');
}

/** Evaluates one permission test; a message when refused. */
function evalPerm(c: PermCheck, access: PveAccess, authId: string): string | undefined | null {
  switch (c.kind) {
    case 'perm':
      return access.check(authId, c.path, c.privs, c.any ?? false) ?? null;
    case 'perm-modify':
      return access.checkPermModify(authId, c.path) ?? null;
    case 'realm-allocate-user': {
      // 'userid-param' 'Realm.AllocateUser': Realm.AllocateUser on /access/realm/<realm of the user> (L520-523).
      const realm = c.userId.split('@')[1] ?? '';
      return access.check(authId, `/access/realm/${realm}`, ['Realm.AllocateUser']) ?? null;
    }
    case 'userid-group': {
      // L497-533: an existing user must exist (unless the groups are created with it); any of the
      // privileges on /access/groups suffices; else on each named group, and the user must be a
      // member of a group the caller holds them on.
      const checkExisting = c.groupsParam !== 'create';
      if (checkExisting && access.user(c.userId) === undefined) return `no such user ('${c.userId}')`;
      if (access.check(authId, '/access/groups', c.privs, true) === undefined) return null;
      const allowed = access.groupIds().filter((g) => access.check(authId, `/access/groups/${g}`, c.privs, true) === undefined);
      if (c.groupsParam !== undefined) {
        const gs = c.groups ?? [];
        if (gs.length === 0) return permissionCheckFailed(`/access/groups, ${allPrivsText(c.privs)}`);
        for (const g of gs) if (!allowed.includes(g)) return permissionCheckFailed(`/access/groups/${g}, ${allPrivsText(c.privs)}`);
      }
      if (checkExisting && !allowed.some((g) => access.isGroupMember(g, c.userId))) return permissionCheckFailed();
      return null;
    }
    case 'self-or-user-modify': {
      // ['or', ['userid-param', 'self'], ['userid-group', ['User.Modify']]] (pac API2/User.pm L758-762):
      // 'self' compares the authenticated ID itself, so a token is never "self" of its user (L515-519).
      if (authId === c.userId && access.user(c.userId) !== undefined) return null;
      const r = evalPerm({ kind: 'userid-group', userId: c.userId, privs: ['User.Modify'] }, access, authId);
      // An 'or' that fails raises without a message (L487-490).
      return r === null ? null : r !== undefined && r.startsWith('no such user') ? r : permissionCheckFailed();
    }
  }
}

/** Runs the calls in order as the server would: the first refusal stops the provider. `afterView` is the datacenter with the change made (for read-backs). */
export function runCalls(calls: readonly ApiCall[], access: PveAccess, authId: string, view: DatacenterView, afterAccess?: () => PveAccess): ModelError[] {
  for (const call of calls) {
    const acc = call.after === true && afterAccess !== undefined ? afterAccess() : access;
    // root@pam passes every method's permission test (RPCEnvironment.pm check_api2_permissions, L553).
    for (const c of authId === 'root@pam' ? [] : call.perms) {
      const r = evalPerm(c, acc, authId);
      if (r === null || r === undefined) continue;
      if (r.startsWith('Permission check failed')) {
        const what = /^Permission check failed(?: \((.*)\))?$/.exec(r);
        return [permError(what?.[1], call)];
      }
      return [die(r)];
    }
    const refusal = call.rules?.(view, acc, authId);
    const where = call.method === 'SSH' ? `SSH upload to ${call.path}` : `${call.method} /api2/json${call.path}`;
    if (refusal !== undefined) return [{ ...refusal, detail: `${refusal.detail !== undefined ? `${refusal.detail}; ` : ''}${where}` }];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Rules shared by several types

const SDN_ID = /^[a-zA-Z][a-zA-Z0-9]*[a-zA-Z0-9]$/;

/** pcm JSONSchema.pm L347-355 pve_verify_node_name: the syntax of a node name (format `pve-node`). */
const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

/**
 * EVPN exit nodes (bpg `exit_nodes`, `primary_exit_node`; pnet Zones/EvpnPlugin.pm L62-73): the API
 * checks only the node-name syntax of `exitnodes` (pve-node-list) and `exitnodes-primary` (pve-node)
 * (pcm JSONSchema.pm L347-355, the parameter error wording of L1636-1654 is the model's guess for a
 * list). A well-formed name of no cluster node is accepted and routes nothing (EvpnPlugin.pm L194:
 * a node is an exit node when its own name is listed), and a primary that is no exit node is never
 * preferred (pnet Controllers/EvpnPlugin.pm L329-349): both are refused as rehearsal policy.
 */
function exitNodesRefusal(view: DatacenterView, a: Readonly<Record<string, unknown>>): ModelError | undefined {
  const exits = strList(a, 'exit_nodes');
  for (const n of exits) if (!NODE_NAME.test(n)) return paramExc('exitnodes', `value does not look like a valid node name`);
  const primary = str(a, 'primary_exit_node');
  if (primary !== undefined && !NODE_NAME.test(primary)) return paramExc('exitnodes-primary', 'value does not look like a valid node name');
  for (const n of exits) {
    if (view.get(SEED_TYPES.node, n) === undefined) return policy(`exit node '${n}' is not a node of the cluster`, 'a node not in the cluster routes nothing out of the tenant VRF (the blueprint checks exit nodes against the fleet\'s nodes)');
  }
  if (primary !== undefined && !exits.includes(primary)) return policy(`primary exit node '${primary}' is not one of the exit nodes (${exits.join(', ') || 'none'})`, 'a primary that is no exit node is never preferred');
  return undefined;
}

/** pve-sdn-zone-id / pve-sdn-vnet-id (pnet Zones/Plugin.pm L21-31, VnetPlugin.pm L19-28): pattern, 2..8 characters; pcm JSONSchema.pm L1636-1654 words the errors. */
function sdnIdError(param: string, id: string): ModelError | undefined {
  if (!SDN_ID.test(id)) return paramExc(param, 'value does not match the regex pattern');
  if (id.length > 8) return paramExc(param, 'value may only be 8 characters long');
  if (id.length < 2) return paramExc(param, 'value must be at least 2 characters long');
  return undefined;
}

function zoneOf(view: DatacenterView, zoneId: string): { type: string; attrs: Readonly<Record<string, unknown>> } | undefined {
  for (const t of Object.keys(ZONE_TYPES).sort()) {
    const z = findBy(view, t, 'id', zoneId);
    if (z !== undefined) return { type: ZONE_TYPES[t], attrs: z.attributes };
  }
  return undefined;
}

function vnetOf(view: DatacenterView, vnetId: string): Readonly<Record<string, unknown>> | undefined {
  return findBy(view, T.vnet, 'id', vnetId)?.attributes;
}

function storageExists(view: DatacenterView, id: string): boolean {
  if (view.get(SEED_TYPES.storage, id) !== undefined) return true;
  return listSorted(view, T.storagePbs).some((o) => str(o.attributes, 'id') === id) || listSorted(view, 'proxmox_storage_directory').some((o) => str(o.attributes, 'id') === id);
}

function realmExists(view: DatacenterView, realm: string): boolean {
  return view.get(SEED_TYPES.realm, realm) !== undefined || findBy(view, T.realmLdap, 'realm', realm) !== undefined || findBy(view, T.realmOpenid, 'realm', realm) !== undefined;
}

function poolExists(view: DatacenterView, pool: string): boolean {
  return findBy(view, T.pool, 'pool_id', pool) !== undefined;
}

function ipsetNames(view: DatacenterView, vmid?: number): Set<string> {
  const names = new Set(listSorted(view, T.ipset).filter((o) => str(o.attributes, 'vm_id') === undefined && o.attributes.vm_id == null && o.attributes.container_id == null && o.attributes.node_name == null).map((o) => str(o.attributes, 'name') ?? ''));
  if (vmid !== undefined) {
    // The guest's own IP sets (firewall/<vmid>.fw), pfw Firewall.pm verify_rule L1770-1781 ($fw_conf->{ipset}).
    for (const o of listSorted(view, T.ipset)) if ((o.attributes.vm_id ?? o.attributes.container_id) === vmid) names.add(str(o.attributes, 'name') ?? '');
    // The SDN IP sets of every vnet (same lines, $cluster_conf->{sdn}->{ipset}): `<vnet>-all`, `-gateway`,
    // `-no-gateway`, `-dhcp` (the four sets limits.ts counts; names per pve-docs pvesdn.adoc as cited there).
    for (const v of listSorted(view, T.vnet)) for (const suffix of ['all', 'gateway', 'no-gateway', 'dhcp']) names.add(`${str(v.attributes, 'id') ?? ''}-${suffix}`);
  }
  return names;
}

function aliasNames(view: DatacenterView, vmid?: number): Set<string> {
  return new Set(listSorted(view, T.alias).filter((o) => o.attributes.vm_id == null || (vmid !== undefined && o.attributes.vm_id === vmid)).map((o) => (str(o.attributes, 'name') ?? '').toLowerCase()));
}

/**
 * pfw Firewall.pm verify_rule (L1740-1831): `+ipset` must name an existing IP set, a plain name an
 * alias (for a guest's rules also the guest's own IP sets and aliases, and the SDN IP sets); a
 * `group` rule is not allowed inside a security group (L1826-1828) and is otherwise not checked for
 * existence by the server (only warned about when the rules are compiled, L3104: the guest then
 * runs without that group's rules). The model refuses a guest rule naming a missing security group
 * as a project policy (errors.ts `policy`), since the blueprint relies on the group being applied.
 */
function ruleRefsError(view: DatacenterView, rules: readonly Readonly<Record<string, unknown>>[], allowGroups = true, vmid?: number): ModelError | undefined {
  const ipsets = ipsetNames(view, vmid);
  const aliases = aliasNames(view, vmid);
  for (const rule of rules) {
    // bpg sends a rule with `security_group` as type `group` with the group as action (proxmoxtf/resource/firewall/rules.go L495-500, L611-616).
    if (rule.type === 'group' || str(rule, 'security_group') !== undefined) {
      if (!allowGroups) return paramExc('type', 'security groups not allowed');
      const group = str(rule, 'security_group') ?? str(rule, 'action');
      if (vmid !== undefined && group !== undefined && !listSorted(view, T.securityGroup).some((g) => str(g.attributes, 'name') === group)) {
        return policy(`no such security group '${group}'`, `pve-firewall only warns "no such security group '${group}'" when it compiles the rules (Firewall.pm L3104) and guest ${vmid} runs without that group's rules`);
      }
      continue;
    }
    for (const key of ['source', 'dest']) {
      const v = str(rule, key);
      if (v === undefined) continue;
      for (const part of v.split(',')) {
        const m = /^\+(?:guest\/|dc\/|sdn\/)?([A-Za-z][A-Za-z0-9\-_]+)$/.exec(part);
        if (part.startsWith('+')) {
          if (m === null) return paramExc(key, `invalid ipset name '${part}'`);
          if (!ipsets.has(m[1])) return paramExc(key, `no such ipset '${m[1]}'`);
        } else if (/^(?:guest\/|dc\/)?[A-Za-z][A-Za-z0-9\-_]+$/.test(part)) {
          const alias = part.replace(/^(guest|dc)\//, '').toLowerCase();
          if (!aliases.has(alias)) return paramExc(key, `no such alias '${part}'`);
        }
      }
    }
  }
  return undefined;
}

function records(v: unknown): Readonly<Record<string, unknown>>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

// ---------------------------------------------------------------------------------------------
// The table

type Attrs = Readonly<Record<string, unknown>>;

/** The API calls bpg makes for one change; undefined when the type is not modelled. */
export function callsFor(change: ApiChange, caller: ProxmoxCaller, ssh: boolean): ApiCall[] | undefined {
  const a: Attrs = change.planned ?? change.prior ?? {};
  const create = change.action === 'create';
  const del = change.action === 'delete';
  const verb = create ? 'POST' : del ? 'DELETE' : 'PUT';
  const t = change.typeName;

  if (t === T.role) {
    // bpg proxmox/access/roles.go L30 (POST), L94 (PUT), L40 (DELETE); pac API2/Role.pm L79-81,
    // L127-129, L206-208: Sys.Modify on /access. Role.pm L107: the ID must be free (built-ins count).
    const id = str(a, 'role_id') ?? '';
    return [{
      method: verb, path: create ? '/access/roles' : `/access/roles/${id}`, perms: [{ kind: 'perm', path: '/access', privs: ['Sys.Modify'] }],
      rules: (view, access) => (create && access.hasRole(id) ? die(`role '${id}' already exists`) : !create && !access.hasRole(id) ? die(`role '${id}' does not exist`) : undefined),
    }];
  }

  if (t === T.group) {
    // bpg proxmox/access/groups.go L29/L87/L39; pac API2/Group.pm L85-87, L129-131, L218-220:
    // Group.Allocate on /access/groups; read-back GET (groups.go L51) needs Sys.Audit or
    // Group.Allocate (L171-173). Group.pm L107 / L153 / L239: exists / does not exist.
    const id = str(a, 'group_id') ?? '';
    const calls: ApiCall[] = [{
      method: verb, path: create ? '/access/groups' : `/access/groups/${id}`, perms: [{ kind: 'perm', path: '/access/groups', privs: ['Group.Allocate'] }],
      rules: (_v, access) => (create && access.hasGroup(id) ? die(`group '${id}' already exists`) : !create && !access.hasGroup(id) ? die(`group '${id}' does not exist`) : undefined),
    }];
    if (!del) calls.push({ method: 'GET', after: true, path: `/access/groups/${id}`, perms: [{ kind: 'perm', path: '/access/groups', privs: ['Sys.Audit', 'Group.Allocate'], any: true }] });
    return calls;
  }

  if (t === T.user) {
    // bpg proxmox/access/users.go L44 (POST), L110 (PUT), L54 (DELETE), L66 (GET read-back).
    // pac API2/User.pm L289-297 create: Realm.AllocateUser on the realm and User.Modify on the
    // named groups (or /access/groups without groups); L428-430 update; L507-511 delete; L375-377
    // read. L333: "already exists"; L343-348: every group must exist.
    const id = str(a, 'user_id') ?? '';
    const groups = strList(a, 'groups');
    if (create) {
      return [
        {
          method: 'POST', path: '/access/users',
          perms: [{ kind: 'realm-allocate-user', userId: id }, { kind: 'userid-group', userId: id, privs: ['User.Modify'], groupsParam: 'create', groups }],
          rules: (view, access) => {
            if (access.user(id) !== undefined) return die(`user '${id}' already exists`);
            const missing = groups.find((g) => !access.hasGroup(g));
            return missing !== undefined ? die(`no such group '${missing}'`) : undefined;
          },
        },
        { method: 'GET', after: true, path: `/access/users/${id}`, perms: [{ kind: 'userid-group', userId: id, privs: ['User.Modify', 'Sys.Audit'] }] },
      ];
    }
    if (del) return [{ method: 'DELETE', path: `/access/users/${id}`, perms: [{ kind: 'realm-allocate-user', userId: id }, { kind: 'userid-group', userId: id, privs: ['User.Modify'] }] }];
    return [{
      method: 'PUT', path: `/access/users/${id}`, perms: [{ kind: 'userid-group', userId: id, privs: ['User.Modify'], groupsParam: groups.length > 0 ? 'update' : undefined, groups }],
      rules: (_v, access) => {
        const missing = groups.find((g) => !access.hasGroup(g));
        return missing !== undefined ? die(`no such group '${missing}'`) : undefined;
      },
    }];
  }

  if (t === T.token) {
    // bpg proxmox/access/user_token.go L35 (POST), L87 (PUT), L45 (DELETE); pac API2/User.pm
    // L758-762, L839-843, L942-946: the token's own user, or User.Modify via userid-group. L806:
    // "Token already exists.".
    const userId = str(a, 'user_id') ?? '';
    const name = str(a, 'token_name') ?? '';
    return [{
      method: verb, path: `/access/users/${userId}/token/${name}`, perms: [{ kind: 'self-or-user-modify', userId }],
      rules: (_v, access) => (create && access.token(`${userId}!${name}`) !== undefined ? die('Token already exists.') : undefined),
    }];
  }

  if (t === T.acl) {
    // bpg proxmox/access/acl.go L44: PUT /access/acl (delete=1 on destroy). pac API2/ACL.pm
    // L112-114: perm-modify on the path; L162-167: path must be valid; L186: role must exist;
    // L190-221: without Permissions.Modify only roles whose privileges the caller holds
    // (propagated when the ACL propagates); L226, L239, L251: group / user / token must exist.
    const path = normalizePvePath(str(a, 'path') ?? '');
    const calls: ApiCall[] = [];
    const put = (remove: boolean, p: Attrs): ApiCall => ({
      method: 'PUT', path: '/access/acl', perms: path === undefined ? [] : [{ kind: 'perm-modify', path }],
      rules: (_v, access, authId) => {
        const np = normalizePvePath(str(p, 'path') ?? '');
        if (np === undefined || (!remove && !isValidPveAclPath(np))) return paramExc('path', `invalid ACL path '${str(p, 'path') ?? ''}'`);
        const role = str(p, 'role_id') ?? '';
        if (!access.hasRole(role)) return die(`role '${role}' does not exist`);
        const mine = access.privileges(authId, np);
        if (!mine.has('Permissions.Modify')) {
          const v = remove ? 'remove' : 'add';
          const prop = p.propagate !== false;
          for (const priv of [...(access.rolePrivileges(role) ?? [])].sort()) {
            if (!mine.has(priv)) return paramExc('role', `Cannot ${v} role '${role}' - requires 'Permissions.Modify' or superset of privileges.`);
            if (prop && !remove && mine.get(priv) !== true) return paramExc('role', `Cannot ${v} role '${role}' with propagation - requires 'Permissions.Modify' or propagated superset of privileges.`);
          }
          if (role === 'NoAccess') return paramExc('role', `Cannot ${v} role '${role}' - requires 'Permissions.Modify'`);
        }
        const g = str(p, 'group_id');
        if (g !== undefined && !access.hasGroup(g)) return die(`group '${g}' does not exist`);
        const u = str(p, 'user_id');
        if (u !== undefined && access.user(u) === undefined) return die(`user '${u}' does not exist`);
        const tk = str(p, 'token_id');
        if (tk !== undefined) {
          const parts = splitPveTokenId(tk);
          if (parts === undefined) return die(`'${tk}' is not a valid token ID - not able to split into user and token parts`);
          if (access.user(parts.userId) === undefined) return die(`no such user ('${parts.userId}')`);
          if (access.token(tk) === undefined) return die(`no such token '${parts.tokenName}' for user '${parts.userId}'`);
        }
        return undefined;
      },
    });
    // bpg's ACL update removes the prior entry and adds the planned one (fwprovider/access/resource_acl.go; guess: not re-read line by line).
    if (change.prior !== null && change.action !== 'create') calls.push(put(true, change.prior));
    if (change.planned !== null) calls.push(put(false, change.planned));
    return calls;
  }

  if (t === T.pool) {
    // bpg proxmox/pools/pool.go L21 (POST /pools), L90 (PUT), L31 (DELETE); pmg API2/Pool.pm
    // L165-166, L275-278, L483-486: Pool.Allocate on /pool/<id>. L191: "already exists";
    // L512: "does not exist". The read-back GET /pools?poolid (L24-28) is open to all.
    // L522-525: a pool with a storage member that still exists in storage.cfg cannot be deleted.
    const id = str(a, 'pool_id') ?? '';
    return [{
      method: verb, path: create ? '/pools' : `/pools?poolid=${id}`, perms: [{ kind: 'perm', path: `/pool/${id}`, privs: ['Pool.Allocate'] }],
      rules: (view) => {
        if (create && poolExists(view, id)) return die(`pool '${id}' already exists`);
        if (!create && !poolExists(view, id)) return die(`pool '${id}' does not exist`);
        if (del) {
          // Pool.pm L517-520: a guest that still exists keeps the pool from being deleted (checked before storages).
          const vm = poolGuestIds(view, id)[0];
          if (vm !== undefined) return die(`pool '${id}' is not empty (contains VM ${vm})`);
          const member = listSorted(view, T.poolMembership).map((m) => m.attributes).find((m) => str(m, 'pool_id') === id && str(m, 'storage_id') !== undefined && storageExists(view, str(m, 'storage_id') ?? ''));
          if (member !== undefined) return die(`pool '${id}' is not empty (contains storage '${str(member, 'storage_id') ?? ''}')`);
        }
        return undefined;
      },
    }];
  }

  if (t === T.poolMembership) {
    // bpg fwprovider/pools/pool_membership.go L114-170 (create) and L232-267 (delete): PUT
    // /pools?poolid=<pool> with storage or vms (allow-move=1 on add, delete=1 on remove); updates
    // are replacements (L283-288). pmg API2/Pool.pm L275-278: Pool.Allocate on /pool/<id>; L327:
    // the pool must exist; L333 and L361: perm-modify on each guest (/vms/<id>) and storage
    // (/storage/<id>) added or removed, i.e. Permissions.Modify or Datastore.Allocate on a storage
    // (pac RPCEnvironment.pm check_perm_modify L442-457); L364-365: "is not a pool member" on
    // remove; L368-369: "is already a pool member" on add. Only this pool's members are compared:
    // one storage may be a member of many pools. The storage itself is not looked up (L359-373
    // never reads storage.cfg; the pool listing skips unknown storages, L121-122).
    const pool = str(a, 'pool_id') ?? '';
    const storage = str(a, 'storage_id');
    const vm = a.vm_id;
    const target = storage !== undefined ? `/storage/${storage}` : typeof vm === 'number' ? `/vms/${vm}` : undefined;
    return [{
      method: 'PUT', path: '/pools', perms: [{ kind: 'perm', path: `/pool/${pool}`, privs: ['Pool.Allocate'] }],
      rules: (view, access, authId) => {
        if (!poolExists(view, pool)) return die(`pool '${pool}' does not exist`);
        if (target !== undefined) {
          const refused = access.checkPermModify(authId, target);
          if (refused !== undefined && authId !== 'root@pam') return { summary: refused, detail: 'HTTP 403' };
        }
        const member = storage !== undefined && listSorted(view, T.poolMembership).some((m) => str(m.attributes, 'pool_id') === pool && str(m.attributes, 'storage_id') === storage);
        if (create && member) return die(`Storage '${storage ?? ''}' is already a pool member`);
        if (del && storage !== undefined && !member) return die(`Storage '${storage}' is not a pool member`);
        return undefined;
      },
    }];
  }

  if (t === T.realmLdap || t === T.realmOpenid) {
    // bpg proxmox/access/realms.go L28/L54/L64 and read-back L40; pac API2/Domains.pm L120-122,
    // L204-206, L335-337: Realm.Allocate on /access/realm; read L300-302: Realm.Allocate or
    // Sys.Audit. L152: "domain '<realm>' already exists"; L240/L357: does not exist.
    const realm = str(a, 'realm') ?? '';
    const calls: ApiCall[] = [{
      method: verb, path: create ? '/access/domains' : `/access/domains/${realm}`, perms: [{ kind: 'perm', path: '/access/realm', privs: ['Realm.Allocate'] }],
      rules: (view) => (create && realmExists(view, realm) ? die(`domain '${realm}' already exists`) : !create && !realmExists(view, realm) ? die(`domain '${realm}' does not exist`) : undefined),
    }];
    if (!del) calls.push({ method: 'GET', after: true, path: `/access/domains/${realm}`, perms: [{ kind: 'perm', path: '/access/realm', privs: ['Realm.Allocate', 'Sys.Audit'], any: true }] });
    return calls;
  }

  if (t === T.realmSync) {
    // bpg proxmox/access/realms.go L90: POST /access/domains/<realm>/sync on create and update
    // (fwprovider/access/resource_realm_sync.go L126-210); delete makes no call (L212-216).
    // pac API2/Domains.pm L509-517: Realm.AllocateUser on /access/realm/<realm> and User.Modify on
    // /access/groups; L552: the realm must exist.
    if (del) return [];
    const realm = str(a, 'realm') ?? '';
    return [{
      method: 'POST', path: `/access/domains/${realm}/sync`,
      perms: [{ kind: 'perm', path: `/access/realm/${realm}`, privs: ['Realm.AllocateUser'] }, { kind: 'perm', path: '/access/groups', privs: ['User.Modify'] }],
      rules: (view) => (!realmExists(view, realm) ? paramExc('realm', 'Realm does not exist.') : undefined),
    }];
  }

  if (t in ZONE_TYPES) {
    // bpg proxmox/cluster/sdn/zones/zones.go L66 (POST), L81 (PUT), L91 (DELETE), L29 (read-back GET).
    // pnet API2/Network/SDN/Zones.pm L387-389 create: SDN.Allocate on /sdn/zones; L458-460 update,
    // L553-555 delete, L311-313 read: SDN.Allocate on /sdn/zones/<zone>. L418: "already defined".
    // Zones/Plugin.pm L142-151: a zone used by a vnet cannot be deleted. EvpnPlugin.pm L348-367:
    // the controller must exist and be an EVPN controller; vrf-vxlan unique among zones.
    const id = str(a, 'id') ?? '';
    const type = ZONE_TYPES[t];
    const calls: ApiCall[] = [{
      method: verb, path: create ? '/cluster/sdn/zones' : `/cluster/sdn/zones/${id}`,
      perms: [{ kind: 'perm', path: create ? '/sdn/zones' : `/sdn/zones/${id}`, privs: ['SDN.Allocate'] }],
      rules: (view) => {
        if (create) {
          const bad = sdnIdError('zone', id);
          if (bad !== undefined) return bad;
          if (zoneOf(view, id) !== undefined) return die(`sdn zone object ID '${id}' already defined`);
        } else if (zoneOf(view, id) === undefined) return die(`sdn zone '${id}' does not exist`);
        if (del) {
          const user = listSorted(view, T.vnet).find((v) => str(v.attributes, 'zone') === id);
          return user !== undefined ? die(`zone ${id} is used by vnet ${str(user.attributes, 'id') ?? user.id}`) : undefined;
        }
        if (type === 'evpn') {
          const ctl = str(a, 'controller') ?? '';
          if (findBy(view, T.controllerEvpn, 'id', ctl) === undefined) return die(`controller ${ctl} don't exist`);
          const vrf = a.vrf_vxlan;
          for (const zt of Object.keys(ZONE_TYPES).sort()) for (const z of listSorted(view, zt)) {
            if (str(z.attributes, 'id') !== id && vrf != null && z.attributes.vrf_vxlan === vrf) return die(`vrf-vxlan ${String(vrf)} is already declared in ${str(z.attributes, 'id') ?? z.id}`);
          }
          const exitRefusal = exitNodesRefusal(view, a);
          if (exitRefusal !== undefined) return exitRefusal;
        }
        return undefined;
      },
    }];
    if (!del) calls.push({ method: 'GET', after: true, path: `/cluster/sdn/zones/${id}?pending=1`, perms: [{ kind: 'perm', path: `/sdn/zones/${id}`, privs: ['SDN.Allocate'] }] });
    return calls;
  }

  if (t === T.vnet) {
    // bpg proxmox/cluster/sdn/vnets/vnets.go L67 (POST), L77 (PUT), L87 (DELETE).
    // pnet API2/Network/SDN/Vnets.pm L293-295 create: SDN.Allocate on /sdn/zones/<zone>; update
    // and delete check SDN.Allocate on /sdn/zones/<zone>/<vnet> in code ($check_vnet_access,
    // L66-75, L348-368, L424-448). L319: "already defined". The zone must exist: L321-325 looks up
    // the zone's plugin type, and pcm SectionConfig.pm L993 dies "unknown section type ''" for a
    // zone that is not configured. Tag rules: VxlanPlugin.pm L168-190 /
    // EvpnPlugin.pm L377-400 (tag required, unique among VXLAN/EVPN vnets), QinQPlugin.pm
    // L216-240 (unique within the zone), SimplePlugin.pm L156 (no tag). VnetPlugin.pm L100-104:
    // a vnet with subnets cannot be deleted.
    const id = str(a, 'id') ?? '';
    const zone = str(a, 'zone') ?? '';
    const tag = typeof a.tag === 'number' ? a.tag : undefined;
    return [{
      method: verb, path: create ? '/cluster/sdn/vnets' : `/cluster/sdn/vnets/${id}`,
      perms: [{ kind: 'perm', path: create ? `/sdn/zones/${zone}` : `/sdn/zones/${zone}/${id}`, privs: ['SDN.Allocate'] }],
      rules: (view) => {
        if (create) {
          const bad = sdnIdError('vnet', id);
          if (bad !== undefined) return bad;
          if (vnetOf(view, id) !== undefined) return die(`sdn vnet object ID '${id}' already defined`);
        } else if (vnetOf(view, id) === undefined) return die(`sdn vnet '${id}' does not exist`);
        if (del) return listSorted(view, T.subnet).some((s) => str(s.attributes, 'vnet') === id) ? paramExc('vnet', "Can't delete vnet if subnets exists") : undefined;
        const z = zoneOf(view, zone);
        if (z === undefined) return die(`unknown section type ''`);
        const others = listSorted(view, T.vnet).filter((v) => str(v.attributes, 'id') !== id);
        if (z.type === 'vxlan' || z.type === 'evpn') {
          if (tag === undefined) return paramExc('tag', 'missing vxlan tag');
          if (tag > 16777216) return paramExc('tag', 'vxlan tag max value is 16777216');
          for (const o of others) {
            const oz = zoneOf(view, str(o.attributes, 'zone') ?? '');
            if (oz !== undefined && (oz.type === 'vxlan' || oz.type === 'evpn') && o.attributes.tag === tag) return paramExc('tag', `vxlan tag ${tag} already exist in vnet ${str(o.attributes, 'id') ?? ''} in zone ${str(o.attributes, 'zone') ?? ''} `);
          }
        } else if (z.type === 'qinq' || z.type === 'vlan') {
          if (z.type === 'vlan' && tag === undefined) return paramExc('tag', 'missing vlan tag');
          if (tag !== undefined && tag > 4096) return paramExc('tag', z.type === 'vlan' ? 'vlan tag max value is 4096' : 'VLAN tag maximal value is 4096');
          for (const o of others) {
            if (str(o.attributes, 'zone') !== zone) continue;
            if (tag !== undefined && o.attributes.tag === tag) return paramExc('tag', `tag ${tag} already exist in zone ${zone} vnet ${str(o.attributes, 'id') ?? ''}`);
          }
        } else if (z.type === 'simple' && tag !== undefined) return paramExc('tag', 'vlan tag is not allowed on simple zone');
        return undefined;
      },
    }];
  }

  if (t === T.subnet) {
    // bpg proxmox/cluster/sdn/subnets/subnets.go L64 (POST), L74 (PUT), L84 (DELETE).
    // pnet API2/Network/SDN/Subnets.pm L189-209 (create), L256-278 (update), L324-350 (delete):
    // SDN.Allocate on /sdn/zones/<zone>/<vnet> via $check_vnet_access (L47-56), which needs the
    // vnet (Vnets.pm L24: "sdn vnet '<id>' does not exist"); L231: "already defined".
    const vnet = str(a, 'vnet') ?? '';
    const cidr = str(a, 'cidr') ?? '';
    return [{
      method: verb, path: `/cluster/sdn/vnets/${vnet}/subnets${create ? '' : `/${cidr}`}`, perms: [],
      rules: (view, access, authId) => {
        const v = vnetOf(view, vnet);
        if (v === undefined) return die(`sdn vnet '${vnet}' does not exist`);
        const zone = str(v, 'zone') ?? '';
        const refused = access.check(authId, `/sdn/zones/${zone}/${vnet}`, ['SDN.Allocate'], true);
        if (refused !== undefined) return { summary: refused, detail: 'HTTP 403' };
        if (create && listSorted(view, T.subnet).some((s) => str(s.attributes, 'vnet') === vnet && str(s.attributes, 'cidr') === cidr)) {
          return die(`sdn subnet object ID '${zone}-${cidr.replace('/', '-')}' already defined`);
        }
        return undefined;
      },
    }];
  }

  if (t === T.controllerEvpn) {
    // bpg proxmox/cluster/sdn/controllers/controllers.go L66 (POST) and update/delete. pnet
    // API2/Network/SDN/Controllers.pm L274-276, L332-334, L392-394: SDN.Allocate on
    // /sdn/controllers; L309: "already defined". Controllers/EvpnPlugin.pm L480-499: only one EVPN
    // controller, and exactly one of peers / fabric (an empty peers list is no peers). L470-476: a
    // controller used by a zone cannot be deleted.
    const id = str(a, 'id') ?? '';
    return [{
      method: verb, path: create ? '/cluster/sdn/controllers' : `/cluster/sdn/controllers/${id}`,
      perms: [{ kind: 'perm', path: '/sdn/controllers', privs: ['SDN.Allocate'] }],
      rules: (view) => {
        if (create && findBy(view, T.controllerEvpn, 'id', id) !== undefined) return die(`sdn controller object ID '${id}' already defined`);
        if (del) {
          for (const zt of Object.keys(ZONE_TYPES).sort()) for (const z of listSorted(view, zt)) if (str(z.attributes, 'controller') === id) return die(`controller ${id} is used by ${str(z.attributes, 'id') ?? z.id}`);
          return undefined;
        }
        const other = listSorted(view, T.controllerEvpn).find((c) => str(c.attributes, 'id') !== id);
        if (other !== undefined) return die('only 1 global evpn controller can be defined');
        const peers = strList(a, 'peers').length > 0;
        const fabric = str(a, 'fabric') !== undefined;
        if (peers === fabric) return die('must have exactly one of peers / fabric defined');
        return undefined;
      },
    }];
  }

  if (t === T.applier) {
    // bpg fwprovider/cluster/sdn/applier/resource.go L102-160: PUT /cluster/sdn (applier.go L33) on
    // create when on_create (default true), on every update, on delete when on_destroy (default
    // true). pnet API2/Network/SDN.pm L267-269: SDN.Allocate on /sdn.
    const apply = create ? a.on_create !== false : del ? a.on_destroy !== false : true;
    return apply ? [{ method: 'PUT', path: '/cluster/sdn', perms: [{ kind: 'perm', path: '/sdn', privs: ['SDN.Allocate'] }] }] : [];
  }

  if (t === T.clusterFirewall) {
    // bpg proxmox/firewall/options.go L38 (PUT) and L50 (read-back GET); delete resets the options
    // with a PUT. pfw API2/Firewall/Cluster.pm L112-117: Sys.Modify on /; L87-91: Sys.Audit on /.
    const calls: ApiCall[] = [{ method: 'PUT', path: '/cluster/firewall/options', perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }] }];
    if (!del) calls.push({ method: 'GET', after: true, path: '/cluster/firewall/options', perms: [{ kind: 'perm', path: '/', privs: ['Sys.Audit'] }] });
    return calls;
  }

  if (t === T.securityGroup) {
    // bpg proxmox/cluster/firewall/security_groups.go L33 (POST), then one POST per rule
    // (proxmox/firewall/rules.go L68). pfw API2/Firewall/Groups.pm L78-83: Sys.Modify on /; L196:
    // "Security group '<name>' already exists"; rules: Firewall.pm L1962-1965 (Sys.Modify on /) and
    // verify_rule L1740-1800 (referenced IP sets and aliases must exist). Delete: Groups.pm
    // L531-536 (Sys.Modify on /).
    const name = str(a, 'name') ?? '';
    const rules = records(a.rule);
    if (del) return [{ method: 'DELETE', path: `/cluster/firewall/groups/${name}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }] }];
    const calls: ApiCall[] = [];
    if (create) {
      calls.push({
        method: 'POST', path: '/cluster/firewall/groups', perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }],
        rules: (view) => (listSorted(view, T.securityGroup).some((g) => str(g.attributes, 'name') === name) ? paramExc('group', `Security group '${name}' already exists`) : undefined),
      });
    }
    if (rules.length > 0) calls.push({ method: 'POST', path: `/cluster/firewall/groups/${name}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }], rules: (view) => ruleRefsError(view, rules, false) });
    return calls;
  }

  if (t === T.ipset) {
    // bpg proxmox/firewall/ipset.go L40 (POST), L66/L76 (entries), L110 (DELETE). Cluster-level IP
    // sets: pfw API2/Firewall/IPSet.pm rule_env 'cluster' -> Firewall.pm L1962-1965 (Sys.Modify on
    // /); IPSet.pm L687: "IPSet '<name>' does already exist"; VM-level IP sets need
    // VM.Config.Network on /vms/<vmid> (Firewall.pm L1966-1969).
    const name = str(a, 'name') ?? '';
    const vm = a.vm_id;
    const perms: PermCheck[] = typeof vm === 'number' ? [{ kind: 'perm', path: `/vms/${vm}`, privs: ['VM.Config.Network'] }] : [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }];
    return [{
      method: verb, path: create ? '/cluster/firewall/ipset' : `/cluster/firewall/ipset/${name}`, perms,
      rules: (view) => {
        if (!create) return undefined;
        // A guest's IP set names are unique within the guest's firewall/<vmid>.fw (same IPSet.pm check, rule_env 'vm').
        const taken = typeof vm === 'number' ? listSorted(view, T.ipset).some((o) => o.attributes.vm_id === vm && str(o.attributes, 'name') === name) : ipsetNames(view).has(name);
        return taken ? paramExc('name', `IPSet '${name}' does already exist`) : undefined;
      },
    }];
  }

  if (t === T.alias) {
    // pfw API2/Firewall/Aliases.pm L138-160: POST, Sys.Modify on / (cluster rule_env), "alias '<name>' already exists".
    const name = (str(a, 'name') ?? '').toLowerCase();
    return [{
      method: verb, path: '/cluster/firewall/aliases', perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }],
      rules: (view) => (create && aliasNames(view).has(name) ? paramExc('name', `alias '${name}' already exists`) : undefined),
    }];
  }

  if (t === T.rules) {
    // bpg proxmox/firewall/rules.go L68/L114/L124 per rule. pfw Firewall.pm L1955-1978: cluster
    // rules Sys.Modify on /, node rules Sys.Modify on /nodes/<node>, guest rules VM.Config.Network
    // on /vms/<vmid>; verify_rule L1740-1800.
    const vm = a.vm_id ?? a.container_id;
    const node = str(a, 'node_name');
    const perms: PermCheck[] = typeof vm === 'number' ? [{ kind: 'perm', path: `/vms/${vm}`, privs: ['VM.Config.Network'] }] : node !== undefined ? [{ kind: 'perm', path: `/nodes/${node}`, privs: ['Sys.Modify'] }] : [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }];
    const rules = records(a.rule);
    const where = typeof vm === 'number' ? `/nodes/${node ?? '<node>'}/${a.container_id != null ? 'lxc' : 'qemu'}/${vm}/firewall/rules` : node !== undefined ? `/nodes/${node}/firewall/rules` : '/cluster/firewall/rules';
    return [{ method: verb, path: where, perms, rules: del ? undefined : (view) => ruleRefsError(view, rules, true, typeof vm === 'number' ? vm : undefined) }];
  }

  if (t === T.storagePbs || t.startsWith('proxmox_storage_')) {
    // bpg proxmox/storage/storage.go (POST/PUT/DELETE /storage, GET /storage/<id> read-back).
    // pst API2/Storage/Config.pm L204-206, L304-306, L421-423: Datastore.Allocate on /storage;
    // L179-181 read: Datastore.Allocate on /storage/<id>; L257: "storage ID '<id>' already defined".
    // PBS: on add, Config.pm L273-274 activates the storage when it is enabled on the answering node;
    // PBSPlugin.pm activate_storage (L844-861) lists the PBS datastores and dies "<id>: Cannot find
    // datastore '<ds>', check permissions and existence!" when it is not there. (Namespaces are not
    // checked there; modelled as not checked.)
    const id = str(a, 'id') ?? '';
    const calls: ApiCall[] = [{
      method: verb, path: create ? '/storage' : `/storage/${id}`, perms: [{ kind: 'perm', path: '/storage', privs: ['Datastore.Allocate'] }],
      rules: (view) => {
        if (create && storageExists(view, id)) return die(`storage ID '${id}' already defined`);
        if (t === T.storagePbs && !del) {
          const server = str(a, 'server') ?? '';
          const ds = str(a, 'datastore') ?? '';
          if (create && view.get(SEED_TYPES.pbsDatastore, `${server}:${ds}`) === undefined) return die(`${id}: Cannot find datastore '${ds}', check permissions and existence!`);
        }
        return undefined;
      },
    }];
    if (!del) calls.push({ method: 'GET', after: true, path: `/storage/${id}`, perms: [{ kind: 'perm', path: `/storage/${id}`, privs: ['Datastore.Allocate'] }] });
    return calls;
  }

  if (t === T.backupJob) {
    // bpg proxmox/cluster/backup/backup.go L57 (POST), L67 (PUT), L77 (DELETE), L43 (read-back).
    // pmg API2/Backup.pm L250-251 / L487-488 / L416-418: Sys.Modify on /; L58-66 and L69-91:
    // Datastore.Allocate on /storage/<storage>; L322-325 and L563-565: the pool must exist
    // (RPCEnvironment.pm check_pool_exist L376-386 raises "Permission check failed (pool '<p>' does
    // not exist)") and VM.Backup on /pool/<pool>; L340: "Job '<id>' already exists"; L364-366 read:
    // Sys.Audit on /.
    const id = str(a, 'id') ?? '';
    const storage = str(a, 'storage');
    const pool = str(a, 'pool');
    if (del) return [{ method: 'DELETE', path: `/cluster/backup/${id}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }] }];
    const perms: PermCheck[] = [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }];
    if (storage !== undefined) perms.push({ kind: 'perm', path: `/storage/${storage}`, privs: ['Datastore.Allocate'] });
    return [
      {
        method: verb, path: create ? '/cluster/backup' : `/cluster/backup/${id}`, perms,
        rules: (view, access, authId) => {
          if (pool !== undefined) {
            if (!poolExists(view, pool)) return { summary: permissionCheckFailed(`pool '${pool}' does not exist`), detail: 'HTTP 403' };
            const r = access.check(authId, `/pool/${pool}`, ['VM.Backup']);
            if (r !== undefined) return { summary: r, detail: 'HTTP 403' };
          }
          if (create && listSorted(view, T.backupJob).some((j) => str(j.attributes, 'id') === id)) return die(`Job '${id}' already exists`);
          if (storage !== undefined && !storageExists(view, storage)) return die(`storage '${storage}' does not exist (guess: wording; VZDump check_config validates the storage)`);
          return undefined;
        },
      },
      { method: 'GET', after: true, path: `/cluster/backup/${id}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Audit'] }] },
    ];
  }

  if (t === T.metricsServer) {
    // pmg API2/Cluster/MetricServer.pm L149-151 / L201-203 / L269-271: Sys.Modify on /; L169:
    // "Metric server '<id>' already exists"; L116-118 read: Sys.Audit on /.
    const id = str(a, 'name') ?? '';
    const calls: ApiCall[] = [{
      method: verb, path: `/cluster/metrics/server/${id}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Modify'] }],
      rules: (view) => (create && listSorted(view, T.metricsServer).some((m) => str(m.attributes, 'name') === id) ? die(`Metric server '${id}' already exists`) : undefined),
    }];
    if (!del) calls.push({ method: 'GET', after: true, path: `/cluster/metrics/server/${id}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Audit'] }] });
    return calls;
  }

  if (t === T.file) {
    // bpg proxmoxtf/resource/file.go L572-620: iso/vztmpl/import go through the API upload; every
    // other content type (snippets) reads the datastore (GET /storage/<id>, which pst
    // API2/Storage/Config.pm L179-181 guards with Datastore.Allocate on /storage/<id>) and is then
    // written over SSH to the node (NodeUpload / NodeStreamUpload). The SSH client takes its
    // credentials from the provider's `ssh` block or PROXMOX_VE_SSH_* (fwprovider/provider.go
    // L431-530); with an API token and neither, it has no way to authenticate.
    const content = str(a, 'content_type') ?? '';
    const ds = str(a, 'datastore_id') ?? '';
    const node = str(a, 'node_name') ?? '';
    if (del) return [{ method: 'DELETE', path: `/nodes/${node}/storage/${ds}/content`, perms: [{ kind: 'perm', path: `/storage/${ds}`, privs: ['Datastore.Allocate'] }] }];
    if (content === 'iso' || content === 'vztmpl' || content === 'import') {
      // Upload: Datastore.AllocateTemplate on /storage/<id> (pst API2/Storage/Status.pm upload; guess: line not read).
      return [{ method: 'POST', path: `/nodes/${node}/storage/${ds}/upload`, perms: [{ kind: 'perm', path: `/storage/${ds}`, privs: ['Datastore.AllocateTemplate'] }] }];
    }
    return [
      {
        method: 'GET', path: `/storage/${ds}`, perms: [{ kind: 'perm', path: `/storage/${ds}`, privs: ['Datastore.Allocate'] }],
        rules: (view) => {
          if (!storageExists(view, ds)) return die(`storage '${ds}' does not exist`);
          if (view.get(SEED_TYPES.node, node) === undefined) return die(`no such node '${node}' (guess: wording)`);
          return undefined;
        },
      },
      {
        method: 'SSH', path: `${node}:${ds}/${content}`, perms: [],
        rules: () => (ssh ? undefined : die('failed to open SSH client: no SSH credentials configured (provider `ssh` block or PROXMOX_VE_SSH_*); bpg uploads content type "' + content + '" over SSH, not through the API')),
      },
    ];
  }

  const guest = guestCalls(change);
  if (guest !== undefined) return guest;

  void caller;
  return undefined;
}
