/**
 * The access configuration (user.cfg) of the modelled datacenter, read from the store: seeded
 * identities (`_pve_*`) plus what stacks applied (roles, users, groups, tokens, ACLs, pools).
 */
import { PveAccess, PveAclEntry, PvePool, PveToken, PveUser } from '../../../identity/pve-permissions';
import type { DatacenterView, StoredObject } from '../api';
import { SEED_TYPES } from './seed';
import { allGuests } from './guests';

/** Canonical type names of the applied Proxmox objects the model reads (short names where bpg has one). */
export const T = {
  acl: 'proxmox_acl',
  role: 'proxmox_virtual_environment_role',
  user: 'proxmox_virtual_environment_user',
  group: 'proxmox_virtual_environment_group',
  pool: 'proxmox_virtual_environment_pool',
  poolMembership: 'proxmox_pool_membership',
  token: 'proxmox_user_token',
  realmLdap: 'proxmox_realm_ldap',
  realmOpenid: 'proxmox_realm_openid',
  realmSync: 'proxmox_realm_sync',
  zoneQinq: 'proxmox_sdn_zone_qinq',
  zoneVlan: 'proxmox_sdn_zone_vlan',
  zoneVxlan: 'proxmox_sdn_zone_vxlan',
  zoneEvpn: 'proxmox_sdn_zone_evpn',
  zoneSimple: 'proxmox_sdn_zone_simple',
  vnet: 'proxmox_sdn_vnet',
  subnet: 'proxmox_sdn_subnet',
  controllerEvpn: 'proxmox_sdn_controller_evpn',
  applier: 'proxmox_sdn_applier',
  clusterFirewall: 'proxmox_virtual_environment_cluster_firewall',
  securityGroup: 'proxmox_virtual_environment_cluster_firewall_security_group',
  ipset: 'proxmox_virtual_environment_firewall_ipset',
  alias: 'proxmox_virtual_environment_firewall_alias',
  rules: 'proxmox_virtual_environment_firewall_rules',
  storagePbs: 'proxmox_storage_pbs',
  backupJob: 'proxmox_backup_job',
  file: 'proxmox_virtual_environment_file',
  metricsServer: 'proxmox_metrics_server',
  vm: 'proxmox_virtual_environment_vm',
  vm2: 'proxmox_vm',
  clonedVm: 'proxmox_cloned_vm',
  container: 'proxmox_virtual_environment_container',
  firewallOptions: 'proxmox_virtual_environment_firewall_options',
  haResource: 'proxmox_haresource',
  haRule: 'proxmox_harule',
} as const;

/** The SDN zone types and their PVE plugin type. */
export const ZONE_TYPES: Readonly<Record<string, string>> = {
  [T.zoneQinq]: 'qinq',
  [T.zoneVlan]: 'vlan',
  [T.zoneVxlan]: 'vxlan',
  [T.zoneEvpn]: 'evpn',
  [T.zoneSimple]: 'simple',
};

/** A string attribute, or undefined when null/absent/not a string. */
export function str(attrs: Readonly<Record<string, unknown>> | null | undefined, key: string): string | undefined {
  const v = attrs?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A list-of-strings attribute (empty when null/absent). */
export function strList(attrs: Readonly<Record<string, unknown>> | null | undefined, key: string): string[] {
  const v = attrs?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A boolean attribute with a default. */
export function bool(attrs: Readonly<Record<string, unknown>> | null | undefined, key: string, dflt: boolean): boolean {
  const v = attrs?.[key];
  return typeof v === 'boolean' ? v : dflt;
}

/** RFC 3339 date (bpg `expiration_date`) to epoch seconds; 0 = never. Parsing a given string is deterministic. */
function expiry(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v === '') return 0;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

/** Every object of a type, sorted by ID (deterministic iteration whatever the store's order). */
export function listSorted(view: DatacenterView, typeName: string): StoredObject[] {
  return [...view.list(typeName)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The first object of a type whose attribute `key` equals `value`. */
export function findBy(view: DatacenterView, typeName: string, key: string, value: string): StoredObject | undefined {
  return listSorted(view, typeName).find((o) => o.attributes[key] === value);
}

/** The access configuration of the datacenter as the view holds it now. */
export function accessFromView(view: DatacenterView): PveAccess {
  const roles: Record<string, string[]> = {};
  for (const t of [SEED_TYPES.role, T.role]) for (const o of listSorted(view, t)) {
    const id = str(o.attributes, 'role_id');
    if (id !== undefined) roles[id] = strList(o.attributes, 'privileges');
  }
  const users: PveUser[] = [];
  const groups: Record<string, string[]> = {};
  for (const t of [SEED_TYPES.group, T.group]) for (const o of listSorted(view, t)) {
    const id = str(o.attributes, 'group_id');
    if (id !== undefined) groups[id] = groups[id] ?? [];
  }
  for (const t of [SEED_TYPES.user, T.user]) for (const o of listSorted(view, t)) {
    const id = str(o.attributes, 'user_id');
    if (id === undefined) continue;
    users.push({ id, enabled: bool(o.attributes, 'enabled', true), expire: expiry(o.attributes.expire ?? o.attributes.expiration_date) });
    // A user's groups are the membership (AccessControl.pm add_user_group, L1003-1008).
    for (const g of strList(o.attributes, 'groups')) if (groups[g] !== undefined) groups[g].push(id);
  }
  const tokens: PveToken[] = [];
  for (const o of listSorted(view, SEED_TYPES.token)) {
    const id = str(o.attributes, 'token_id');
    if (id !== undefined) tokens.push({ id, privsep: bool(o.attributes, 'privsep', true), expire: expiry(o.attributes.expire) });
  }
  for (const o of listSorted(view, T.token)) {
    const user = str(o.attributes, 'user_id');
    const name = str(o.attributes, 'token_name');
    // bpg's privileges_separation defaults to true (fwprovider/access/resource_user_token.go L83-88 @ v0.111.1).
    if (user !== undefined && name !== undefined) tokens.push({ id: `${user}!${name}`, privsep: bool(o.attributes, 'privileges_separation', true), expire: expiry(o.attributes.expiration_date) });
  }
  const acl: PveAclEntry[] = [];
  for (const t of [SEED_TYPES.acl, T.acl]) for (const o of listSorted(view, t)) {
    const a = o.attributes;
    const path = str(a, 'path');
    const roleId = str(a, 'role_id');
    if (path === undefined || roleId === undefined) continue;
    acl.push({ path, roleId, propagate: bool(a, 'propagate', true), user: str(a, 'user_id'), group: str(a, 'group_id'), token: str(a, 'token_id') });
  }
  const poolMap = new Map<string, { storages: string[]; vms: number[] }>();
  for (const o of listSorted(view, T.pool)) {
    const id = str(o.attributes, 'pool_id');
    if (id !== undefined) poolMap.set(id, { storages: [], vms: [] });
  }
  for (const o of listSorted(view, T.poolMembership)) {
    const p = poolMap.get(str(o.attributes, 'pool_id') ?? '');
    if (p === undefined) continue;
    const s = str(o.attributes, 'storage_id');
    if (s !== undefined) p.storages.push(s);
    const vm = o.attributes.vm_id;
    if (typeof vm === 'number') p.vms.push(vm);
  }
  // A guest created with a pool is a pool member (qemu-server Qemu.pm L1553 / L4710 add_vm_to_pool).
  for (const g of allGuests(view)) {
    const p = g.pool !== undefined ? poolMap.get(g.pool) : undefined;
    if (p !== undefined && g.vmid !== undefined && !p.vms.includes(g.vmid)) p.vms.push(g.vmid);
  }
  const pools: PvePool[] = [...poolMap.entries()].map(([id, m]) => ({ id, storages: m.storages, vms: m.vms }));
  return new PveAccess({ roles, users, groups, tokens, acl, pools });
}
