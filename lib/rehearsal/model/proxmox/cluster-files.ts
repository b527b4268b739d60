/**
 * The cluster files of the modelled Proxmox VE cluster, written from the objects the model holds
 * the way Proxmox writes them into its cluster file system (/etc/pve, pmxcfs): the size of each
 * file is what the 1 MiB per-file limit is checked against (limits.ts).
 *
 * Sources (mirrors, commits as in calls.ts; line numbers at those commits):
 * - pac = proxmox/pve-access-control @ 5ccd07d: src/PVE/AccessControl.pm write_user_config L1652-1760
 *   (`user:`/`token:`/`group:`/`pool:`/`role:`/`acl:` lines, one blank line between the blocks, ACL
 *   members of a path grouped by propagate flag and role list, root@pam left out).
 * - pcm = proxmox/pve-common @ f665029: src/PVE/SectionConfig.pm write_config L1715-1805 and
 *   format_section_header L1281-1285 (`<type>: <id>` then `\t<key> <value>` lines and a blank line;
 *   comment first, then required, then optional options, each sorted); format_config_line L1643-1670
 *   (booleans as 0/1); src/PVE/ParseUtils.pm encode_text L60-64 (control/high-bit chars, ':' and
 *   '%' percent-encoded in user.cfg fields).
 * - pfw = proxmox/pve-firewall @ 6f1311f: src/PVE/Firewall.pm save_clusterfw_conf L4074-4110
 *   ([OPTIONS], [ALIASES], [IPSET <name>] # comment, [RULES], [group <name>] # comment), rule lines
 *   $format_rules L3698-3736, ipset lines $format_ipsets L3770-3808, aliases L3752-3768.
 * - pnet = proxmox/pve-network @ ecf98c5: sdn/zones.cfg, vnets.cfg, subnets.cfg, controllers.cfg
 *   are SectionConfig files; src/PVE/Network/SDN.pm L29 and L44-50 (`sdn/.running-config` is
 *   `to_json` of the compiled config), compile_running_cfg L190-226 (version, vnets, zones,
 *   controllers, subnets, fabrics, each `{ ids => ... }`).
 * - pst = proxmox/pve-storage @ 0c56bad: storage.cfg is a SectionConfig file (src/PVE/Storage/Plugin.pm).
 * - pmg = proxmox/pve-manager @ 14a22df: jobs.cfg registered in PVE/Jobs.pm L17-18, vzdump jobs are
 *   `vzdump: <id>` sections.
 *
 * Simplifications (sizes are close to Proxmox's, not byte-exact):
 * - SectionConfig options are written sorted by key, with the comment first; Proxmox writes the
 *   required options before the optional ones (same bytes, other order).
 * - A resource attribute is written under its API name (the attribute name with `-` for `_`), and
 *   nested blocks as property strings (`k=v,k=v`); bpg's few renamed attributes keep their names
 *   (same length within a few bytes). Secrets (passwords, keys) are not written: Proxmox keeps them
 *   in priv/ files of their own (pst PBSPlugin.pm L87).
 * - Perl's `to_json` key order is a hash order; the model writes sorted keys (same bytes).
 * - The running config's `fabrics` is written empty (the blueprint uses none).
 */
import type { DatacenterView, StoredObject } from '../api';
import { T, ZONE_TYPES, listSorted, str, strList } from './access';
import { SEED_TYPES } from './seed';
import { GUEST_TYPES, guestOf } from './guests';

/** The cluster files the model writes, as paths below /etc/pve. */
export const CLUSTER_FILES = [
  'user.cfg',
  'domains.cfg',
  'firewall/cluster.fw',
  'sdn/zones.cfg',
  'sdn/vnets.cfg',
  'sdn/subnets.cfg',
  'sdn/controllers.cfg',
  'sdn/.running-config',
  'storage.cfg',
  'jobs.cfg',
] as const;

/** One of the cluster-wide files (below /etc/pve) every cluster has. */
export type StaticClusterFilePath = (typeof CLUSTER_FILES)[number];

/**
 * A file that exists per guest or once guests use a feature: the guest's configuration
 * (`nodes/<node>/qemu-server/<vmid>.conf`, `nodes/<node>/lxc/<vmid>.conf`), its firewall
 * (`firewall/<vmid>.fw`, pfw Firewall.pm save_vmfw_conf L3810-3830), the HA resources
 * (`ha/resources.cfg`, pve-ha-manager PVE/HA/Config.pm; a SectionConfig file).
 */
export type GuestFilePath = `nodes/${string}/qemu-server/${number}.conf` | `nodes/${string}/lxc/${number}.conf` | `firewall/${number}.fw` | 'ha/resources.cfg' | 'ha/rules.cfg';

/** One cluster file path (below /etc/pve). */
export type ClusterFilePath = StaticClusterFilePath | GuestFilePath;

type Attrs = Readonly<Record<string, unknown>>;

/** Attributes never written into a section (terraform bookkeeping, the section ID, secrets kept in priv/). */
const NOT_WRITTEN = new Set(['id', 'type', 'password', 'encryption_key', 'bind_password', 'client_key', 'fingerprint_is_set', 'shared', 'last_updated']);

/** The files a change of this (canonical) resource type rewrites; empty for types kept elsewhere. */
export function filesOfType(typeName: string): ClusterFilePath[] {
  switch (typeName) {
    case T.role:
    case T.user:
    case T.group:
    case T.pool:
    case T.poolMembership:
    case T.token:
    case T.acl:
      return ['user.cfg'];
    case T.realmLdap:
    case T.realmOpenid:
      return ['domains.cfg'];
    case T.clusterFirewall:
    case T.securityGroup:
    case T.ipset:
    case T.alias:
    case T.rules:
      return ['firewall/cluster.fw'];
    case T.vnet:
      return ['sdn/vnets.cfg'];
    case T.subnet:
      return ['sdn/subnets.cfg'];
    case T.controllerEvpn:
      return ['sdn/controllers.cfg'];
    case T.applier:
      return ['sdn/.running-config'];
    case T.backupJob:
      return ['jobs.cfg'];
    default:
      if (typeName in ZONE_TYPES) return ['sdn/zones.cfg'];
      if (typeName.startsWith('proxmox_storage_')) return ['storage.cfg'];
      return [];
  }
}

/** pac/pcm encode_text: control and high-bit characters, ':' and '%' percent-encoded (UTF-8 bytes). */
export function encodeText(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    const safe = (b >= 0x20 && b <= 0x24) || (b >= 0x26 && b <= 0x39) || (b >= 0x3b && b <= 0x7e);
    out += safe ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return Buffer.from(out, 'latin1').toString('utf8');
}

/** A nested block as one object (terraform state has a one-element list, cdk.tf.json an object). */
function block(v: unknown): Attrs | undefined {
  if (Array.isArray(v)) return v.length === 1 && typeof v[0] === 'object' && v[0] !== null ? (v[0] as Attrs) : undefined;
  return typeof v === 'object' && v !== null ? (v as Attrs) : undefined;
}

/** A value as a SectionConfig option writes it; undefined when the option is not written. */
function optionValue(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
    const one = block(v);
    return one === undefined ? undefined : propertyString(one);
  }
  if (typeof v === 'object') return propertyString(v as Attrs);
  return undefined;
}

/** A nested block as a property string `k=v,k=v` (pcm JSONSchema print_property_string; keys with `-`). */
function propertyString(o: Attrs): string | undefined {
  const parts: string[] = [];
  for (const k of Object.keys(o).sort()) {
    const v = optionValue(o[k]);
    if (v !== undefined) parts.push(`${k.replace(/_/g, '-')}=${v}`);
  }
  return parts.length === 0 ? undefined : parts.join(',');
}

/** One SectionConfig section (pcm write_config): header, comment first, the other options sorted, blank line. */
export function section(type: string, id: string, attrs: Attrs, skip: readonly string[] = []): string {
  let out = `${type}: ${id}\n`;
  const comment = optionValue(attrs.comment);
  if (comment !== undefined) out += `\tcomment ${comment}\n`;
  for (const k of Object.keys(attrs).sort()) {
    if (k === 'comment' || NOT_WRITTEN.has(k) || skip.includes(k)) continue;
    const v = optionValue(attrs[k]);
    if (v !== undefined) out += `\t${k.replace(/_/g, '-')} ${v}\n`;
  }
  return `${out}\n`;
}

function all(view: DatacenterView, ...types: string[]): StoredObject[] {
  return types.flatMap((t) => listSorted(view, t));
}

function byId<V>(entries: Iterable<[string, V]>): [string, V][] {
  return [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** user.cfg as pac write_user_config writes it (seeded and applied users, tokens, groups, pools, roles, ACLs). */
export function writeUserCfg(view: DatacenterView): string {
  const users = new Map<string, { attrs: Attrs; tokens: Map<string, Attrs> }>();
  for (const o of all(view, SEED_TYPES.user, T.user)) {
    const id = str(o.attributes, 'user_id');
    if (id !== undefined) users.set(id, { attrs: o.attributes, tokens: new Map() });
  }
  for (const o of listSorted(view, SEED_TYPES.token)) {
    const u = users.get(str(o.attributes, 'user_id') ?? '');
    const id = str(o.attributes, 'token_id');
    if (u !== undefined && id !== undefined) u.tokens.set(id.split('!')[1] ?? id, o.attributes);
  }
  for (const o of listSorted(view, T.token)) {
    const u = users.get(str(o.attributes, 'user_id') ?? '');
    const name = str(o.attributes, 'token_name');
    if (u !== undefined && name !== undefined) u.tokens.set(name, o.attributes);
  }
  const groups = new Map<string, { comment: string; users: Set<string> }>();
  for (const o of all(view, SEED_TYPES.group, T.group)) {
    const id = str(o.attributes, 'group_id');
    if (id !== undefined) groups.set(id, { comment: str(o.attributes, 'comment') ?? '', users: new Set() });
  }
  for (const [uid, u] of users) for (const g of strList(u.attrs, 'groups')) groups.get(g)?.users.add(uid);
  const pools = new Map<string, { comment: string; vms: Set<string>; storages: Set<string> }>();
  for (const o of listSorted(view, T.pool)) {
    const id = str(o.attributes, 'pool_id');
    if (id !== undefined) pools.set(id, { comment: str(o.attributes, 'comment') ?? '', vms: new Set(), storages: new Set() });
  }
  for (const o of listSorted(view, T.poolMembership)) {
    const p = pools.get(str(o.attributes, 'pool_id') ?? '');
    if (p === undefined) continue;
    const s = str(o.attributes, 'storage_id');
    if (s !== undefined) p.storages.add(s);
    if (typeof o.attributes.vm_id === 'number') p.vms.add(String(o.attributes.vm_id));
  }
  // Guests created with a pool are members (qemu-server Qemu.pm L1553 / L4710 add_vm_to_pool).
  for (const t of GUEST_TYPES) for (const o of listSorted(view, t)) {
    const g = guestOf(t, o.attributes);
    if (g?.pool !== undefined && g.vmid !== undefined) pools.get(g.pool)?.vms.add(String(g.vmid));
  }
  const enc = (v: string | undefined) => (v === undefined ? '' : encodeText(v));
  let data = '';
  for (const [uid, u] of byId(users)) {
    const a = u.attrs;
    const enable = a.enabled === false ? 0 : 1;
    const expire = typeof a.expire === 'number' ? Math.trunc(a.expire) : 0;
    data += `user:${uid}:${enable}:${expire}:${enc(str(a, 'first_name'))}:${enc(str(a, 'last_name'))}:${str(a, 'email') ?? ''}:${enc(str(a, 'comment'))}:${str(a, 'keys') ?? ''}:\n`;
    for (const [name, t] of byId(u.tokens)) {
      const privsep = (t.privileges_separation ?? t.privsep) === false ? 0 : 1;
      data += `token:${uid}!${name}:${typeof t.expire === 'number' ? t.expire : 0}:${privsep}:${enc(str(t, 'comment'))}:\n`;
    }
  }
  data += '\n';
  for (const [gid, g] of byId(groups)) data += `group:${gid}:${[...g.users].sort().join(',')}:${enc(g.comment || undefined)}:\n`;
  data += '\n';
  for (const [pid, p] of byId(pools)) data += `pool:${pid}:${enc(p.comment || undefined)}:${[...p.vms].sort().join(',')}:${[...p.storages].sort().join(',')}:\n`;
  data += '\n';
  for (const o of all(view, SEED_TYPES.role, T.role)) {
    const id = str(o.attributes, 'role_id');
    if (id !== undefined) data += `role:${id}:${[...strList(o.attributes, 'privileges')].sort().join(',')}:\n`;
  }
  data += '\n';
  // ACLs: per path, each member's roles split by propagate flag, members with the same role list on one line.
  const paths = new Map<string, Map<string, Map<string, boolean>>>();
  for (const o of all(view, SEED_TYPES.acl, T.acl)) {
    const a = o.attributes;
    const path = str(a, 'path');
    const role = str(a, 'role_id');
    const group = str(a, 'group_id');
    const member = group !== undefined ? `@${group}` : (str(a, 'token_id') ?? str(a, 'user_id'));
    if (path === undefined || role === undefined || member === undefined || member === 'root@pam') continue;
    const members = paths.get(path) ?? new Map<string, Map<string, boolean>>();
    paths.set(path, members);
    const roles = members.get(member) ?? new Map<string, boolean>();
    members.set(member, roles);
    roles.set(role, a.propagate !== false);
  }
  for (const [path, members] of byId(paths)) {
    const lines: Record<'0' | '1', Map<string, string[]>> = { '0': new Map(), '1': new Map() };
    for (const [member, roles] of members) {
      for (const prop of [false, true]) {
        const list = [...roles].filter(([, p]) => p === prop).map(([r]) => r).sort().join(',');
        if (list === '') continue;
        const m = lines[prop ? '1' : '0'];
        m.set(list, [...(m.get(list) ?? []), member]);
      }
    }
    for (const prop of ['0', '1'] as const) for (const [list, ms] of byId(lines[prop])) data += `acl:${prop}:${path}:${ms.sort().join(',')}:${list}:\n`;
  }
  return data;
}

/** domains.cfg: the seeded realms (pam, pve) and the applied LDAP/OpenID realms, as SectionConfig sections. */
export function writeDomainsCfg(view: DatacenterView): string {
  let out = '';
  for (const o of listSorted(view, SEED_TYPES.realm)) {
    const r = str(o.attributes, 'realm') ?? o.id;
    // The comments Proxmox writes for its two built-in realms (pac AccessControl.pm userconfig_force_defaults; guess: wording).
    if (r === 'pam') out += 'pam: pam\n\tcomment Linux PAM standard authentication\n\n';
    else if (r === 'pve') out += 'pve: pve\n\tcomment Proxmox VE authentication server\n\n';
    else out += section('ldap', r, {});
  }
  for (const o of listSorted(view, T.realmLdap)) out += section('ldap', str(o.attributes, 'realm') ?? o.id, o.attributes, ['realm']);
  for (const o of listSorted(view, T.realmOpenid)) out += section('openid', str(o.attributes, 'realm') ?? o.id, o.attributes, ['realm']);
  return out;
}

/** One firewall rule line (pfw $format_rules). */
function ruleLine(r: Attrs): string {
  const type = String(r.type ?? 'in');
  let raw = r.enabled === false || r.enable === false || r.enable === 0 ? '|' : '';
  raw += type.toUpperCase();
  raw += str(r, 'macro') !== undefined ? ` ${str(r, 'macro')}(${str(r, 'action') ?? ''})` : ` ${str(r, 'action') ?? str(r, 'security_group') ?? ''}`;
  if (str(r, 'iface') !== undefined) raw += ` -i ${str(r, 'iface')}`;
  if (type !== 'group') {
    for (const [k, flag] of [['source', 'source'], ['dest', 'dest'], ['proto', 'p'], ['dport', 'dport'], ['sport', 'sport'], ['log', 'log'], ['icmp_type', 'icmp-type']] as const) {
      const v = str(r, k);
      if (v !== undefined) raw += ` -${flag} ${v}`;
    }
  }
  const c = str(r, 'comment');
  if (c !== undefined && !/^\s*$/.test(c)) raw += ` # ${c}`;
  return `${raw}\n`;
}

function ruleList(v: unknown): Attrs[] {
  return Array.isArray(v) ? v.filter((x): x is Attrs => typeof x === 'object' && x !== null) : [];
}

/** One `[IPSET <name>]` section with its entries (pfw $format_ipsets). */
function ipsetSection(o: StoredObject): string {
  let raw = '';
  const c = str(o.attributes, 'comment');
  raw += `[IPSET ${str(o.attributes, 'name') ?? ''}]${c !== undefined ? ` # ${c}` : ''}\n\n`;
  const entries = new Map<string, Attrs>();
  for (const e of ruleList(o.attributes.cidr)) {
    const cidr = str(e, 'name');
    if (cidr !== undefined && !entries.has(cidr)) entries.set(cidr, e);
  }
  for (const [cidr, e] of byId(entries)) {
    const ec = str(e, 'comment');
    raw += `${e.nomatch === true ? '!' : ''}${cidr}${ec !== undefined ? ` # ${ec}` : ''}\n`;
  }
  raw += '\n';
  return raw;
}

/** firewall/cluster.fw as pfw save_clusterfw_conf writes it (cluster-level objects only; guest and node objects live in their own files). */
export function writeClusterFw(view: DatacenterView): string {
  const cluster = (o: StoredObject) => o.attributes.vm_id == null && o.attributes.container_id == null && o.attributes.node_name == null;
  let raw = '';
  const opts = listSorted(view, T.clusterFirewall)[0]?.attributes;
  if (opts !== undefined) {
    const lines: string[] = [];
    for (const k of Object.keys(opts).sort()) {
      if (k === 'id') continue;
      const v = optionValue(opts[k]);
      // bpg attribute names to the cluster.fw option names (pfw Firewall.pm cluster option schema); others as they are.
      const name = ({ enabled: 'enable', input_policy: 'policy_in', output_policy: 'policy_out', forward_policy: 'policy_forward' } as Record<string, string>)[k] ?? k;
      if (v !== undefined && typeof opts[k] !== 'object') lines.push(`${name}: ${v}\n`);
    }
    if (lines.length > 0) raw += `[OPTIONS]\n\n${lines.join('')}\n`;
  }
  const aliases = listSorted(view, T.alias).filter(cluster);
  if (aliases.length > 0) {
    raw += '[ALIASES]\n\n';
    for (const o of [...aliases].sort((a, b) => ((str(a.attributes, 'name') ?? '').toLowerCase() < (str(b.attributes, 'name') ?? '').toLowerCase() ? -1 : 1))) {
      const c = str(o.attributes, 'comment');
      raw += `${str(o.attributes, 'name') ?? ''} ${str(o.attributes, 'cidr') ?? ''}${c !== undefined ? ` # ${c}` : ''}\n`;
    }
    raw += '\n';
  }
  const ipsets = listSorted(view, T.ipset).filter(cluster).sort((a, b) => ((str(a.attributes, 'name') ?? '') < (str(b.attributes, 'name') ?? '') ? -1 : 1));
  for (const o of ipsets) raw += ipsetSection(o);
  const rules = listSorted(view, T.rules).filter(cluster).flatMap((o) => ruleList(o.attributes.rule));
  if (rules.length > 0) raw += `[RULES]\n\n${rules.map(ruleLine).join('')}\n`;
  const groups = listSorted(view, T.securityGroup).sort((a, b) => ((str(a.attributes, 'name') ?? '') < (str(b.attributes, 'name') ?? '') ? -1 : 1));
  for (const o of groups) {
    const c = str(o.attributes, 'comment');
    raw += `[group ${str(o.attributes, 'name') ?? ''}]${c !== undefined ? ` # ${c}` : ''}\n\n`;
    raw += ruleList(o.attributes.rule).map(ruleLine).join('');
    raw += '\n';
  }
  return raw;
}

/** The SDN objects as pve-network's SectionConfig `ids` hold them (section ID, type, options). */
interface SdnSection {
  readonly id: string;
  readonly type: string;
  readonly options: Attrs;
}

/**
 * bpg zone attributes whose section-config key is not the attribute name with `-` for `_`: bpg
 * v0.111.1 proxmox/cluster/sdn/zones/zones_types.go L43-45 sends `exitnodes`, `exitnodes-primary`
 * and `exitnodes-local-routing`, the keys pnet Zones/EvpnPlugin.pm L62-73 and L95-115 declare
 * (likewise `dnszone`, `reversedns`, L110-112). The lists (`nodes`, `exitnodes`) are written
 * comma-joined (pnet Zones/Plugin.pm encode_value L92-100).
 */
const ZONE_KEYS: Readonly<Record<string, string>> = {
  exit_nodes: 'exitnodes',
  primary_exit_node: 'exitnodes-primary',
  exit_nodes_local_routing: 'exitnodes-local-routing',
  dns_zone: 'dnszone',
  reverse_dns: 'reversedns',
};

function zoneOptions(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [ZONE_KEYS[k] ?? k, v]));
}

function sdnZones(view: DatacenterView): SdnSection[] {
  const out: SdnSection[] = [];
  for (const t of Object.keys(ZONE_TYPES).sort()) for (const o of listSorted(view, t)) out.push({ id: str(o.attributes, 'id') ?? o.id, type: ZONE_TYPES[t], options: zoneOptions(o.attributes) });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function sdnVnets(view: DatacenterView): SdnSection[] {
  return listSorted(view, T.vnet).map((o) => ({ id: str(o.attributes, 'id') ?? o.id, type: 'vnet', options: o.attributes })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Subnet section IDs are `<zone>-<network>-<mask>` (pnet SubnetPlugin.pm; see calls.ts "already defined"). */
function sdnSubnets(view: DatacenterView): SdnSection[] {
  const zoneOfVnet = new Map(sdnVnets(view).map((v) => [v.id, str(v.options, 'zone') ?? '']));
  return listSorted(view, T.subnet)
    .map((o) => {
      const vnet = str(o.attributes, 'vnet') ?? '';
      const cidr = str(o.attributes, 'cidr') ?? '';
      return { id: `${zoneOfVnet.get(vnet) ?? ''}-${cidr.replace('/', '-')}`, type: 'subnet', options: o.attributes };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function sdnControllers(view: DatacenterView): SdnSection[] {
  return listSorted(view, T.controllerEvpn).map((o) => ({ id: str(o.attributes, 'id') ?? o.id, type: 'evpn', options: o.attributes }));
}

const SDN_SKIP = ['cidr', 'pending', 'state', 'digest'];

/** JSON of a section as `to_json` writes the running config (keys sorted, see the simplifications above). */
function sdnJson(s: SdnSection): Record<string, unknown> {
  const o: Record<string, unknown> = { type: s.type };
  for (const k of Object.keys(s.options).sort()) {
    if (NOT_WRITTEN.has(k) || SDN_SKIP.includes(k)) continue;
    const v = optionValue(s.options[k]);
    if (v !== undefined) o[k.replace(/_/g, '-')] = v;
  }
  return o;
}

/** sdn/.running-config: what PUT /cluster/sdn writes (pnet SDN.pm compile_running_cfg): every SDN object of the configuration. */
export function writeRunningConfig(view: DatacenterView): string {
  const ids = (xs: SdnSection[]) => ({ ids: Object.fromEntries(xs.map((x) => [x.id, sdnJson(x)])) });
  return JSON.stringify({ controllers: ids(sdnControllers(view)), fabrics: { ids: {} }, subnets: ids(sdnSubnets(view)), version: 1, vnets: ids(sdnVnets(view)), zones: ids(sdnZones(view)) });
}

/** storage.cfg: seeded storages and applied `proxmox_storage_*` entries. */
export function writeStorageCfg(view: DatacenterView): string {
  let out = '';
  for (const o of listSorted(view, SEED_TYPES.storage)) {
    const a = o.attributes;
    out += section(str(a, 'type') ?? 'dir', str(a, 'id') ?? o.id, { content: a.content, path: a.path, shared: a.shared });
  }
  const types = new Set<string>();
  for (const t of [T.storagePbs, 'proxmox_storage_directory', 'proxmox_storage_nfs', 'proxmox_storage_cifs', 'proxmox_storage_lvm', 'proxmox_storage_lvmthin', 'proxmox_storage_zfspool']) types.add(t);
  for (const t of [...types].sort()) {
    const kind = t === T.storagePbs ? 'pbs' : t.slice('proxmox_storage_'.length).replace('directory', 'dir');
    for (const o of listSorted(view, t)) out += section(kind, str(o.attributes, 'id') ?? o.id, o.attributes);
  }
  return out;
}

/** jobs.cfg: the vzdump backup jobs (pmg PVE/Jobs.pm). */
export function writeJobsCfg(view: DatacenterView): string {
  return listSorted(view, T.backupJob).map((o) => section('vzdump', str(o.attributes, 'id') ?? o.id, o.attributes)).join('');
}

/** Attributes of a guest resource that are terraform/bpg bookkeeping, not configuration options (not written). */
const GUEST_NOT_WRITTEN = new Set(['id', 'vm_id', 'node_name', 'pool_id', 'clone', 'started', 'stop_on_destroy', 'purge_on_destroy', 'delete_unreferenced_disks_on_destroy', 'reboot_after_update', 'timeouts', 'ipv4_addresses', 'ipv6_addresses', 'mac_addresses', 'network_interface_names', 'wait_for_ip', 'delete']);

/** The option names of a firewall options section (bpg attribute -> pfw option). */
const FW_OPTION_NAMES: Readonly<Record<string, string>> = { enabled: 'enable', input_policy: 'policy_in', output_policy: 'policy_out' };

/** The VM ID a firewall object of a guest belongs to, or undefined for cluster/node objects. */
function fwGuestId(a: Attrs): number | undefined {
  const v = a.vm_id ?? a.container_id;
  return typeof v === 'number' ? v : undefined;
}

/** Whether a guest-level firewall type (options, rules, IP sets, aliases with a vm_id/container_id). */
const GUEST_FW_TYPES: readonly string[] = [T.firewallOptions, T.ipset, T.alias, T.rules];

/**
 * Every guest file and its text, in one pass over the view (fleets hold thousands of guests):
 * - the guest configuration as `<option>: <value>` lines (qemu-server/pve-container write their
 *   config files so; written here from the resource's attributes with their names, nested blocks as
 *   property strings — sizes close to, not equal to, what Proxmox writes);
 * - `firewall/<vmid>.fw`: [OPTIONS], [ALIASES], [IPSET <name>], [RULES] (pfw save_vmfw_conf
 *   L3810-3830 with $format_rules / $format_ipsets, as cluster.fw above);
 * - `ha/resources.cfg`: one `<vm|ct>: <vmid>` section per HA resource;
 * - `ha/rules.cfg`: one `<type>: <rule>` section per HA rule (pve-ha-manager PVE/HA/Config.pm L18
 *   names the file; Rules.pm is a SectionConfig: `resources` and `nodes` as comma lists, the nodes as
 *   `<node>[:<priority>]`. The priority suffix and the option order are a guess: not read).
 */
export function guestFiles(view: DatacenterView): Map<GuestFilePath, string> {
  const out = new Map<GuestFilePath, string>();
  for (const t of [...GUEST_TYPES].sort()) for (const o of listSorted(view, t)) {
    const g = guestOf(t, o.attributes);
    if (g === undefined || g.vmid === undefined) continue;
    const path: GuestFilePath = g.kind === 'qemu' ? `nodes/${g.node}/qemu-server/${g.vmid}.conf` : `nodes/${g.node}/lxc/${g.vmid}.conf`;
    let text = '';
    for (const k of Object.keys(o.attributes).sort()) {
      if (GUEST_NOT_WRITTEN.has(k) || k.startsWith('timeout_')) continue;
      const v = optionValue(o.attributes[k]);
      if (v !== undefined) text += `${k}: ${v}\n`;
    }
    out.set(path, text);
  }
  const fw = new Map<number, { opts: Attrs[]; aliases: StoredObject[]; ipsets: StoredObject[]; rules: Attrs[] }>();
  const entry = (id: number) => {
    let e = fw.get(id);
    if (e === undefined) fw.set(id, (e = { opts: [], aliases: [], ipsets: [], rules: [] }));
    return e;
  };
  for (const t of GUEST_FW_TYPES) for (const o of listSorted(view, t)) {
    const id = fwGuestId(o.attributes);
    if (id === undefined) continue;
    const e = entry(id);
    if (t === T.firewallOptions) e.opts.push(o.attributes);
    else if (t === T.alias) e.aliases.push(o);
    else if (t === T.ipset) e.ipsets.push(o);
    else e.rules.push(...ruleList(o.attributes.rule));
  }
  for (const [id, e] of [...fw].sort((a, b) => a[0] - b[0])) {
    let raw = '';
    const lines: string[] = [];
    for (const opts of e.opts) for (const k of Object.keys(opts)) {
      if (['id', 'vm_id', 'container_id', 'node_name'].includes(k) || typeof opts[k] === 'object') continue;
      const v = optionValue(opts[k]);
      if (v !== undefined) lines.push(`${FW_OPTION_NAMES[k] ?? k}: ${v}\n`);
    }
    // Options sorted by their file names (pfw $format_options: `sort keys`; guess: line not read).
    if (lines.length > 0) raw += `[OPTIONS]\n\n${lines.sort().join('')}\n`;
    if (e.aliases.length > 0) {
      raw += '[ALIASES]\n\n';
      for (const o of e.aliases) raw += `${str(o.attributes, 'name') ?? ''} ${str(o.attributes, 'cidr') ?? ''}\n`;
      raw += '\n';
    }
    for (const o of [...e.ipsets].sort((a, b) => ((str(a.attributes, 'name') ?? '') < (str(b.attributes, 'name') ?? '') ? -1 : 1))) raw += ipsetSection(o);
    if (e.rules.length > 0) raw += `[RULES]\n\n${e.rules.map(ruleLine).join('')}\n`;
    out.set(`firewall/${id}.fw`, raw);
  }
  const ha = listSorted(view, T.haResource);
  if (ha.length > 0) {
    let text = '';
    for (const o of ha) {
      const [type, name] = (str(o.attributes, 'resource_id') ?? ':').split(':');
      text += section(type, name ?? '', o.attributes, ['resource_id']);
    }
    out.set('ha/resources.cfg', text);
  }
  const rules = listSorted(view, T.haRule);
  if (rules.length > 0) out.set('ha/rules.cfg', rules.map((o) => section(str(o.attributes, 'type') ?? '', str(o.attributes, 'rule') ?? '', haRuleOptions(o.attributes), [])).join(''));
  return out;
}

/** The files a change of one resource rewrites: the type's cluster-wide files, or the guest file it belongs to. */
export function filesOfChange(typeName: string, attrs: Readonly<Record<string, unknown>> | null): ClusterFilePath[] {
  const a = attrs ?? {};
  if (GUEST_TYPES.includes(typeName)) {
    const g = guestOf(typeName, a);
    if (g === undefined || g.vmid === undefined) return [];
    const conf: ClusterFilePath = g.kind === 'qemu' ? `nodes/${g.node}/qemu-server/${g.vmid}.conf` : `nodes/${g.node}/lxc/${g.vmid}.conf`;
    // A guest created in a pool is added to the pool's member list in user.cfg (qemu-server Qemu.pm
    // L1553 / L4710 add_vm_to_pool, as writeUserCfg above; containers assumed alike), so that write
    // is checked against the file limit too (found by the landkreis-fleet example with guests: the
    // last write of user.cfg was a guest joining its pool, which the limit check did not see).
    return g.pool !== undefined ? [conf, 'user.cfg'] : [conf];
  }
  if (GUEST_FW_TYPES.includes(typeName)) {
    const id = fwGuestId(a);
    if (id !== undefined) return [`firewall/${id}.fw`];
  }
  if (typeName === T.haResource) return ['ha/resources.cfg'];
  if (typeName === T.haRule) return ['ha/rules.cfg'];
  return filesOfType(typeName);
}

/** Every cluster file path the view has: the cluster-wide files, then the guest files (sorted). */
export function clusterFilePaths(view: DatacenterView): ClusterFilePath[] {
  return [...CLUSTER_FILES, ...[...guestFiles(view).keys()].sort()];
}

/** Writes one cluster file from what the view holds. */
export function writeClusterFile(path: ClusterFilePath, view: DatacenterView): string {
  switch (path) {
    case 'user.cfg':
      return writeUserCfg(view);
    case 'domains.cfg':
      return writeDomainsCfg(view);
    case 'firewall/cluster.fw':
      return writeClusterFw(view);
    case 'sdn/zones.cfg':
      return sdnZones(view).map((z) => section(z.type, z.id, z.options, SDN_SKIP)).join('');
    case 'sdn/vnets.cfg':
      return sdnVnets(view).map((v) => section(v.type, v.id, v.options, SDN_SKIP)).join('');
    case 'sdn/subnets.cfg':
      return sdnSubnets(view).map((s) => section(s.type, s.id, s.options, SDN_SKIP)).join('');
    case 'sdn/controllers.cfg':
      return sdnControllers(view).map((c) => section(c.type, c.id, c.options, SDN_SKIP)).join('');
    case 'sdn/.running-config':
      return writeRunningConfig(view);
    case 'storage.cfg':
      return writeStorageCfg(view);
    case 'jobs.cfg':
      return writeJobsCfg(view);
    default:
      return guestFiles(view).get(path) ?? '';
  }
}

/** Every cluster file the model writes, with its text (the cluster-wide files, then each guest file). */
export function writeClusterFiles(view: DatacenterView): Record<ClusterFilePath, string> {
  const guests = guestFiles(view);
  return Object.fromEntries([...CLUSTER_FILES.map((p) => [p, writeClusterFile(p, view)]), ...[...guests.keys()].sort().map((p) => [p, guests.get(p) ?? ''])]) as Record<ClusterFilePath, string>;
}

/**
 * The options of one HA rule section: `resources` as a sorted comma list, `nodes` as
 * `<node>:<priority>` sorted by node, `strict` and `disable` as 0/1; `rule` and `type` are the
 * section header. Format read from pve-ha-manager Rules.pm/Rules/NodeAffinity.pm property names; the
 * exact value rendering is a guess (not read), close enough for the file-size limit.
 */
function haRuleOptions(a: Attrs): Attrs {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (k === 'rule' || k === 'type' || k === 'id' || v === null || v === undefined) continue;
    if (k === 'resources' && Array.isArray(v)) out[k] = [...v].map(String).sort().join(',');
    else if (k === 'nodes' && typeof v === 'object' && !Array.isArray(v)) out[k] = Object.keys(v).sort().map((n) => `${n}:${String((v as Record<string, unknown>)[n])}`).join(',');
    else out[k] = v;
  }
  return out;
}
