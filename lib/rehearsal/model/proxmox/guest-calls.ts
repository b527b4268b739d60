/**
 * The API table for guests: VMs, containers, their firewall options, HA resources. Which calls bpg
 * v0.111.1 makes, which privileges Proxmox VE checks for each, and the server's own rules (objects
 * exist, VM IDs free, storages fit, protection), worded like the server.
 *
 * Sources (mirrors; the Proxmox repositories carry no tags there):
 * - bpg = bpg/terraform-provider-proxmox tag v0.111.1: proxmoxtf/resource/vm/vm.go vmCreateClone
 *   L2321-2470 (POST .../qemu/<source>/clone with newid, pool, target storage, full), vmCreateCustom
 *   L3016-3444 (POST .../qemu with pool), the config PUTs after a clone (L2798-2845), the pool move on
 *   update (L5860-5952), vmDelete L7419-7475 (DELETE with purge, default purge_on_destroy true L147;
 *   `started` default true L124, after which the VM is started).
 * - qs = proxmox/qemu-server @ e6352be67f70042a7433a3a3c712b36d02f9f7cb, src/PVE/API2/Qemu.pm:
 *   create_vm L1273-1364 (check_pool_exist L1294-1296; VM.Allocate on /vms/<id> or on /pool/<pool>,
 *   else raise_perm_exc L1309-1323; $check_storage_access L163-200: Datastore.AllocateSpace on each
 *   new disk's storage and "storage '<id>' does not support vm images"; $check_vm_modify_config_perm
 *   L996-1036 with the option groups L789-862; check_bridge_access); clone_vm L4337-4346 (VM.Clone on
 *   /vms/<source> and VM.Allocate on /vms/<newid> or /pool/<pool>), L4449-4503 (pool, target storage
 *   images content, $check_storage_access_clone L282-320, bridges, "unable to create VM <id>: config
 *   file already exists"); destroy_vm L2785 (VM.Allocate on /vms/<id>), L2829 (protection), L2832-2835
 *   (HA-managed without purge). src/PVE/QemuServer.pm check_bridge_access L6417-6430.
 * - pct = proxmox/pve-container @ 94f558522ef61f9858c39c264d0ac4e697e49268, src/PVE/API2/LXC.pm:
 *   create L280-356 (check_vmid_unused L281, pool L293, VM.Allocate L295-318, ostemplate
 *   check_volume_access L339-343, rootdir storages L346-356), bridges L443, destroy L812 and L859.
 * - pac = proxmox/pve-access-control @ 5ccd07d: RPCEnvironment.pm check_pool_exist L376-386,
 *   check_vm_perm L388-397 (pool first, then /vms/<id>), check_sdn_bridge L338-360.
 * - pst = proxmox/pve-storage @ 0c56bad: Storage.pm check_volume_access L619-648 (an OS template needs
 *   Datastore.Allocate, or Datastore.AllocateSpace or Datastore.Audit, on its storage; L627 content type).
 * - pcl = proxmox/pve-cluster @ 7091d92: Cluster.pm check_vmid_unused L785-797 ("<VM|CT> <id> already
 *   exists on node '<node>'", cluster-wide), check_node_exists L799-807.
 * - pfw = proxmox/pve-firewall @ 6f1311f: API2/Firewall/VM.pm options GET L69-74 (VM.Audit), PUT
 *   L101-107 (VM.Config.Network on /vms/<vmid>).
 * - pha = proxmox/pve-ha-manager @ b71218f279d57417dbcdd957128499695fe55171: API2/HA/Resources.pm
 *   read L103-106 (Sys.Audit on /), create L180-232 (Sys.Console on /; the guest must exist,
 *   Resources/PVEVM.pm exists L52-59; "resource ID '<sid>' already defined" L218), update L236-240,
 *   delete L284-288 (Sys.Console on /); a `group` is refused once HA groups "have been migrated"
 *   (create L202-203, update L257-264), and Config.pm have_groups_been_migrated L261-268 counts a
 *   cluster without any HA group as migrated, so on the modelled PVE 9 every `group` is refused.
 *   API2/HA/Rules.pm: create L252-300 (Sys.Console on / L256-257; "HA rule '<id>' already defined"
 *   L286; resources must be HA-managed L45-59; nodes must exist L61-79), update L306-311, delete
 *   L366-371 (Sys.Console on /; no existence check, L386-400), read L209-214 (Sys.Audit on /). The feasibility check across rules
 *   (L98-137, a resource in two node-affinity rules) is not modelled.
 * Not read (pve-guest-common is not in the mirror): check_vnet_access (GuestHelpers.pm) — modelled as
 * SDN.Use on /sdn/zones/<zone>/<bridge> (or a VLAN below it, pac check_sdn_bridge) with zone
 * `localnetwork` for a plain bridge; AbstractConfig check_protection and load_config wordings.
 *
 * Not PVE: the VM ID range of a tenant is the blueprint's rule; PVE checks no range, so the model
 * leaves it to the synth checks and does not refuse it here.
 */
import { PveAccess, permissionCheckFailed } from '../../../identity/pve-permissions';
import type { ApiChange, DatacenterView, ModelError } from '../api';
import type { ApiCall } from './calls';
import { T, listSorted, str } from './access';
import { die, paramExc } from './errors';
import { SEED_TYPES } from './seed';
import { Guest, GuestNic, guestById, guestOf, storageInfo, zoneOfBridge } from './guests';

type Attrs = Readonly<Record<string, unknown>>;
type Rule = (view: DatacenterView, access: PveAccess, authId: string) => ModelError | undefined;

/** A refused permission check inside a method's code (raise_perm_exc, HTTP 403). */
function forbid(message: string): ModelError {
  return { summary: message, detail: 'HTTP 403' };
}

/** pac check_vm_perm L388-397: the privileges on /pool/<pool> when a pool is given, else on /vms/<vmid>. */
function vmPerm(access: PveAccess, authId: string, vmid: number, pool: string | undefined, privs: readonly string[], any = false): string | undefined {
  if (authId === 'root@pam') return undefined;
  if (pool !== undefined && access.check(authId, `/pool/${pool}`, privs, any) === undefined) return undefined;
  return access.check(authId, `/vms/${vmid}`, privs, any);
}

/** Runs rules in order; the first refusal wins. */
function first(...rules: Rule[]): Rule {
  return (view, access, authId) => {
    for (const r of rules) {
      const e = r(view, access, authId);
      if (e !== undefined) return e;
    }
    return undefined;
  };
}

/** The node must be a cluster node (pcl check_node_exists L799-807; the proxy's own wording for an unknown node in the path is a guess). */
function nodeExists(node: string): Rule {
  return (view) => (view.get(SEED_TYPES.node, node) === undefined ? die(`no such cluster node '${node}'`) : undefined);
}

/**
 * VM IDs are unique cluster-wide (pcl check_vmid_unused L785-797; a clone onto the same node: qs
 * L4502-4503). A VM created from scratch prefixes the message: create_vm dies "$emsg $@" with
 * "unable to create VM <id> -" when create_and_lock_config fails (qs L1373-1376; that
 * create_and_lock_config fails through check_vmid_unused is pve-guest-common, not read).
 */
function vmidFree(vmid: number | undefined, node: string, mode: 'clone' | 'create-vm' | 'create-ct'): Rule {
  return (view) => {
    if (vmid === undefined) return undefined;
    const other = guestById(view, vmid);
    if (other === undefined) return undefined;
    if (mode === 'clone' && other.node === node) return die(`unable to create VM ${vmid}: config file already exists`);
    const taken = `${other.kind === 'qemu' ? 'VM' : 'CT'} ${vmid} already exists on node '${other.node}'`;
    return die(mode === 'create-vm' ? `unable to create VM ${vmid} - ${taken}` : taken);
  };
}

/** pac check_pool_exist L376-386. */
function poolExists(pool: string | undefined): Rule {
  return (view) => (pool !== undefined && !listSorted(view, T.pool).some((p) => str(p.attributes, 'pool_id') === pool) ? forbid(permissionCheckFailed(`pool '${pool}' does not exist`)) : undefined);
}

/** VM.Allocate on /vms/<id>, else on /pool/<pool> (qs L1309-1323, pct L295-318), else a bare raise_perm_exc. */
function allocate(vmid: number | undefined, pool: string | undefined): Rule {
  return (_v, access, authId) => {
    if (authId === 'root@pam') return undefined;
    if (vmid !== undefined && access.check(authId, `/vms/${vmid}`, ['VM.Allocate']) === undefined) return undefined;
    if (pool !== undefined && access.check(authId, `/pool/${pool}`, ['VM.Allocate']) === undefined) return undefined;
    return forbid(permissionCheckFailed());
  };
}

/** A storage that must exist, hold `content`, and on which the caller may allocate space. */
function storageFor(storages: readonly string[], content: 'images' | 'rootdir', param: string): Rule {
  return (view, access, authId) => {
    for (const sid of [...new Set(storages)]) {
      if (authId !== 'root@pam') {
        const r = access.check(authId, `/storage/${sid}`, ['Datastore.AllocateSpace']);
        if (r !== undefined) return forbid(r);
      }
      const s = storageInfo(view, sid);
      // pve-storage storage_config dies "storage '<id>' does not exist" (Storage.pm; guess: line not read).
      if (s === undefined) return die(`storage '${sid}' does not exist`);
      if (!s.content.includes(content)) return paramExc(param, content === 'images' ? `storage '${sid}' does not support vm images` : `storage '${sid}' does not support container directories`);
    }
    return undefined;
  };
}

/** SDN.Use on every bridge/vnet (and VLAN) a NIC uses (qs check_bridge_access L6417-6430, pac check_sdn_bridge L338-360). */
function bridgesUsable(nics: readonly GuestNic[]): Rule {
  return (view, access, authId) => {
    if (authId === 'root@pam') return undefined;
    for (const n of nics) {
      const zone = zoneOfBridge(view, n.bridge);
      const path = `/sdn/zones/${zone}/${n.bridge}`;
      if (access.check(authId, path, ['SDN.Use']) === undefined) continue;
      if (n.tag !== undefined && access.check(authId, `${path}/${n.tag}`, ['SDN.Use']) === undefined) continue;
      return forbid(permissionCheckFailed(`${n.tag !== undefined ? `${path}/${n.tag}` : path}, SDN.Use`));
    }
    return undefined;
  };
}

/** bpg attribute -> the privileges $check_vm_modify_config_perm (qs L996-1036, option groups L789-862) asks for its API options. */
const QEMU_ATTR_PRIVS: Readonly<Record<string, { readonly privs: readonly string[]; readonly any?: boolean }>> = (() => {
  const m: Record<string, { privs: string[]; any?: boolean }> = {};
  for (const k of ['cpu', 'numa']) m[k] = { privs: ['VM.Config.CPU'] };
  m.memory = { privs: ['VM.Config.Memory'] };
  for (const k of ['acpi', 'hotplug', 'machine', 'scsi_hardware', 'smbios', 'tablet_device', 'vga', 'watchdog', 'audio_device', 'rng']) m[k] = { privs: ['VM.Config.HWType'] };
  for (const k of ['agent', 'bios', 'description', 'keyboard_layout', 'name', 'on_boot', 'operating_system', 'protection', 'startup']) m[k] = { privs: ['VM.Config.Options'] };
  // Containers: pve-container PVE/LXC.pm check_ct_modify_config_perm groups its options the same way
  // (cores/memory/net/options; guess: not read line by line); `network_interface` is bpg's name for the CT's netN.
  for (const k of ['network_device', 'network', 'network_interface']) m[k] = { privs: ['VM.Config.Network'] };
  for (const k of ['console', 'start_on_boot']) m[k] = { privs: ['VM.Config.Options'] };
  m.initialization = { privs: ['VM.Config.Cloudinit', 'VM.Config.Network'], any: true };
  m.boot_order = { privs: ['VM.Config.Disk'] };
  return m;
})();

/** Drive attributes: skipped by $check_vm_modify_config_perm on create (storage checks instead), VM.Config.Disk on update (qs L2286, L2318). */
const DISK_ATTRS = ['disk', 'efi_disk', 'tpm_state'];

function present(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** The privileges a config write of these attributes needs, in a fixed order. */
function configPerms(keys: readonly string[], update: boolean): { privs: readonly string[]; any?: boolean; extraRootPath?: string }[] {
  const out: { privs: readonly string[]; any?: boolean; extraRootPath?: string }[] = [];
  for (const k of [...keys].sort()) {
    const p = QEMU_ATTR_PRIVS[k];
    if (p !== undefined) out.push({ ...p, extraRootPath: k === 'startup' ? '/' : undefined });
    else if (update && DISK_ATTRS.includes(k)) out.push({ privs: ['VM.Config.Disk'] });
  }
  return out;
}

/** $check_vm_modify_config_perm for the keys (pool: the create's pool, undefined afterwards: the guest's pool membership then carries the pool's ACLs). */
function configPermsRule(vmid: number | undefined, pool: string | undefined, keys: readonly string[], update: boolean): Rule {
  return (_v, access, authId) => {
    if (vmid === undefined || authId === 'root@pam') return undefined;
    for (const p of configPerms(keys, update)) {
      const r = vmPerm(access, authId, vmid, pool, p.privs, p.any ?? false);
      if (r !== undefined) return forbid(r);
      // 'startup' changes host behaviour: Sys.Modify on / as well (qs L1016-1019).
      if (p.extraRootPath !== undefined) {
        const rr = access.check(authId, '/', ['Sys.Modify']);
        if (rr !== undefined) return forbid(rr);
      }
    }
    return undefined;
  };
}

/** load_config of the source / the guest (pve-guest-common AbstractConfig; wording a guess). */
function configExists(vmid: number | undefined, node: string, kind: 'qemu' | 'lxc'): Rule {
  return (view) => {
    if (vmid === undefined) return undefined;
    const g = guestById(view, vmid);
    if (g !== undefined && g.kind === kind && (node === '' || g.node === node)) return undefined;
    return die(`Configuration file 'nodes/${node}/${kind === 'qemu' ? 'qemu-server' : 'lxc'}/${vmid}.conf' does not exist`);
  };
}

function haManaged(view: DatacenterView, sid: string): boolean {
  return listSorted(view, T.haResource).some((o) => str(o.attributes, 'resource_id') === sid);
}

/** The attributes whose values differ between prior and planned (JSON comparison). */
function changedKeys(prior: Attrs, planned: Attrs): string[] {
  const keys = new Set([...Object.keys(prior), ...Object.keys(planned)]);
  return [...keys].filter((k) => JSON.stringify(prior[k] ?? null) !== JSON.stringify(planned[k] ?? null)).sort();
}

function nicsChanged(prior: Guest, planned: Guest): GuestNic[] {
  const before = new Set(prior.nics.map((n) => `${n.bridge}/${n.tag ?? ''}`));
  return planned.nics.filter((n) => !before.has(`${n.bridge}/${n.tag ?? ''}`));
}

function guestCallsFor(change: ApiChange, kind: 'qemu' | 'lxc'): ApiCall[] {
  const a: Attrs = change.planned ?? change.prior ?? {};
  const g = guestOf(change.typeName, a) as Guest;
  const seg = kind === 'qemu' ? 'qemu' : 'lxc';
  const base = `/nodes/${g.node}/${seg}/${g.vmid ?? '<vmid>'}`;
  const word = kind === 'qemu' ? 'VM' : 'CT';

  if (change.action === 'delete') {
    const purge = a.purge_on_destroy !== false;
    return [{
      method: 'DELETE', path: base, perms: g.vmid !== undefined ? [{ kind: 'perm', path: `/vms/${g.vmid}`, privs: ['VM.Allocate'] }] : [],
      rules: first(configExists(g.vmid, g.node, kind), (view) => {
        const now = g.vmid !== undefined ? guestById(view, g.vmid) : undefined;
        // qs L2829 / pct L859: check_protection dies "<prefix> - protection mode enabled" (suffix: pve-guest-common, a guess).
        if (now?.protection === true || g.protection) return die(`can't remove ${word} ${g.vmid ?? ''} - protection mode enabled`);
        if (kind === 'qemu' && !purge && haManaged(view, `vm:${g.vmid ?? ''}`)) return die(`unable to remove VM ${g.vmid ?? ''} - used in HA resources and purge parameter not set.`);
        return undefined;
      }),
    }];
  }

  if (change.action === 'update') {
    const prior = guestOf(change.typeName, change.prior ?? {}) as Guest;
    const keys = changedKeys(change.prior ?? {}, a);
    const calls: ApiCall[] = [];
    const configKeys = keys.filter((k) => QEMU_ATTR_PRIVS[k] !== undefined || DISK_ATTRS.includes(k));
    const newStorages = g.diskStorages.filter((s) => !prior.diskStorages.includes(s));
    const newNics = nicsChanged(prior, g);
    if (configKeys.length > 0 || newStorages.length > 0 || newNics.length > 0) {
      calls.push({
        method: 'PUT', path: `${base}/config`, perms: [],
        rules: first(configPermsRule(g.vmid, undefined, configKeys, true), storageFor(newStorages, kind === 'qemu' ? 'images' : 'rootdir', 'storage'), bridgesUsable(newNics)),
      });
    }
    if (prior.pool !== g.pool) {
      // bpg vm.go L5860-5952: the pool move is PUT /pools (remove from the old, add to the new pool);
      // pmg API2/Pool.pm L275-278 (Pool.Allocate on /pool/<id>) and L333 (perm-modify on /vms/<id>).
      for (const pool of [prior.pool, g.pool]) {
        if (pool === undefined || g.vmid === undefined) continue;
        calls.push({ method: 'PUT', path: `/pools?poolid=${pool}`, perms: [{ kind: 'perm', path: `/pool/${pool}`, privs: ['Pool.Allocate'] }, { kind: 'perm-modify', path: `/vms/${g.vmid}` }], rules: poolExists(pool) });
      }
    }
    return calls;
  }

  // create
  const keys = Object.keys(a).filter((k) => present(a[k]));
  const calls: ApiCall[] = [];
  if (g.clone !== undefined) {
    const src = g.clone.sourceVmid;
    const srcNode = g.clone.sourceNode ?? g.node;
    calls.push({
      method: 'POST', path: `/nodes/${srcNode}/${seg}/${src}/clone`, perms: [{ kind: 'perm', path: `/vms/${src}`, privs: ['VM.Clone'] }],
      rules: first(
        nodeExists(g.node),
        allocate(g.vmid, g.pool),
        poolExists(g.pool),
        (view) => {
          const t = g.clone?.targetStorage;
          if (t === undefined) return undefined;
          const s = storageInfo(view, t);
          if (s === undefined) return die(`storage '${t}' does not exist`);
          return s.content.includes(kind === 'qemu' ? 'images' : 'rootdir') ? undefined : paramExc('storage', kind === 'qemu' ? `storage '${t}' does not support vm images` : `storage '${t}' does not support container directories`);
        },
        configExists(src, srcNode, kind),
        (view, access, authId) => {
          const source = guestById(view, src) as Guest;
          return first(storageFor(source.diskStorages.map((s) => g.clone?.targetStorage ?? s), kind === 'qemu' ? 'images' : 'rootdir', 'storage'), bridgesUsable(source.nics))(view, access, authId);
        },
        vmidFree(g.vmid, g.node, 'clone'),
      ),
    });
    // After the clone bpg writes the rest of the configuration (vm.go L2798-2845): the new guest is a pool member by then.
    calls.push({
      method: 'PUT', path: `${base}/config`, perms: [], after: true,
      rules: first(configPermsRule(g.vmid, undefined, keys.filter((k) => k !== 'clone'), true), storageFor(g.diskStorages, kind === 'qemu' ? 'images' : 'rootdir', 'storage'), bridgesUsable(g.nics)),
    });
  } else {
    calls.push({
      method: 'POST', path: `/nodes/${g.node}/${seg}`, perms: [],
      rules: first(
        nodeExists(g.node),
        kind === 'lxc' ? vmidFree(g.vmid, g.node, 'create-ct') : () => undefined,
        poolExists(g.pool),
        allocate(g.vmid, g.pool),
        configPermsRule(g.vmid, g.pool, keys, false),
        kind === 'lxc' ? osTemplateUsable(g.osTemplate) : () => undefined,
        storageFor(g.diskStorages, kind === 'qemu' ? 'images' : 'rootdir', 'storage'),
        bridgesUsable(g.nics),
        kind === 'qemu' ? vmidFree(g.vmid, g.node, 'create-vm') : () => undefined,
      ),
    });
  }
  if (a.started !== false && !g.template && g.vmid !== undefined) {
    // vm_start / LXC vm_start: VM.PowerMgmt on /vms/<vmid> (guess: method lines not read).
    calls.push({ method: 'POST', path: `${base}/status/start`, after: true, perms: [{ kind: 'perm', path: `/vms/${g.vmid}`, privs: ['VM.PowerMgmt'] }] });
  }
  return calls;
}

/** The container's OS template volume: must exist, be a `vztmpl` volume, and be readable (pst check_volume_access L619-648). */
function osTemplateUsable(volid: string | undefined): Rule {
  return (view, access, authId) => {
    if (volid === undefined) return undefined;
    const m = /^([A-Za-z][A-Za-z0-9\-_.]*):([a-z]+)\/(.+)$/.exec(volid);
    if (m === null) return die(`unable to parse volume ID '${volid}'`);
    const [, sid, vtype] = m;
    if (vtype !== 'vztmpl') return die(`unable to use volume ${volid} - content type needs to be 'vztmpl'`);
    if (authId !== 'root@pam' && access.check(authId, `/storage/${sid}`, ['Datastore.Allocate']) !== undefined) {
      const r = access.check(authId, `/storage/${sid}`, ['Datastore.AllocateSpace', 'Datastore.Audit'], true);
      if (r !== undefined) return forbid(r);
    }
    const seeded = listSorted(view, GUEST_FILE_TYPE).some((o) => o.attributes.volid === volid);
    const uploaded = listSorted(view, T.file).some((o) => {
      const f = o.attributes;
      const name = str(f, 'file_name') ?? str((Array.isArray(f.source_file) ? f.source_file[0] : f.source_file) as Attrs | undefined, 'file_name');
      return str(f, 'id') === volid || (str(f, 'datastore_id') === sid && str(f, 'content_type') === 'vztmpl' && name !== undefined && `${sid}:vztmpl/${name}` === volid);
    });
    // The template is read when the container is created (pct create_vm); wording a guess.
    return seeded || uploaded ? undefined : die(`volume '${volid}' does not exist`);
  };
}

/** The seeded type of template files on storages (`<storage>:vztmpl/<file>` volumes that exist before terraform runs). */
export const GUEST_FILE_TYPE = '_pve_template_file';

/** The API calls of the guest-level types; undefined for other types. */
export function guestCalls(change: ApiChange): ApiCall[] | undefined {
  const t = change.typeName;
  if (t === T.vm || t === T.vm2 || t === T.clonedVm) return guestCallsFor(change, 'qemu');
  if (t === T.container) return guestCallsFor(change, 'lxc');
  const a: Attrs = change.planned ?? change.prior ?? {};

  if (t === T.firewallOptions) {
    // pfw API2/Firewall/VM.pm L101-107: PUT options checks VM.Config.Network on /vms/<vmid>; bpg reads
    // the options back (GET, VM.Audit, L69-74). Deleting the resource resets the options with a PUT.
    const vm = a.vm_id ?? a.container_id;
    if (typeof vm !== 'number') return [];
    const path = `/nodes/${str(a, 'node_name') ?? '<node>'}/${a.container_id != null ? 'lxc' : 'qemu'}/${vm}/firewall/options`;
    const calls: ApiCall[] = [{ method: 'PUT', path, perms: [{ kind: 'perm', path: `/vms/${vm}`, privs: ['VM.Config.Network'] }] }];
    if (change.action !== 'delete') calls.push({ method: 'GET', path, after: true, perms: [{ kind: 'perm', path: `/vms/${vm}`, privs: ['VM.Audit'] }] });
    return calls;
  }

  if (t === T.haResource) {
    // pha API2/HA/Resources.pm: POST/PUT/DELETE check Sys.Console on / (L180-183, L236-240, L284-288),
    // cluster-wide; the read-back GET Sys.Audit on / (L103-106).
    const sid = str(a, 'resource_id') ?? '';
    const create = change.action === 'create';
    const m = /^(vm|ct):([0-9]+)$/.exec(sid);
    const calls: ApiCall[] = [{
      method: create ? 'POST' : change.action === 'delete' ? 'DELETE' : 'PUT', path: create ? '/cluster/ha/resources' : `/cluster/ha/resources/${sid}`,
      perms: [{ kind: 'perm', path: '/', privs: ['Sys.Console'] }],
      rules: (view) => {
        if (change.action === 'delete') return haManaged(view, sid) ? undefined : die(`cannot delete service '${sid}', not HA managed!`);
        if (m !== null) {
          const g = guestById(view, Number(m[2]));
          // PVEVM.pm exists L52-59 (PVECT.pm the same for ct: guess, not read).
          if (g === undefined || g.kind !== (m[1] === 'vm' ? 'qemu' : 'lxc')) return die(`resource '${sid}' does not exist in cluster`);
        }
        if (create && haManaged(view, sid)) return die(`resource ID '${sid}' already defined`);
        // PVE 9: no HA group exists once groups are migrated to rules (see the file comment).
        if (str(a, 'group') !== undefined) return die("invalid parameter 'group': ha groups have been migrated to rules");
        return undefined;
      },
    }];
    if (change.action !== 'delete') calls.push({ method: 'GET', after: true, path: `/cluster/ha/resources/${sid}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Audit'] }] });
    return calls;
  }

  if (t === T.haRule) return haRuleCalls(change, a);
  return undefined;
}

/** The calls of a `proxmox_harule` change (pha API2/HA/Rules.pm, cited in the file comment). */
function haRuleCalls(change: ApiChange, a: Attrs): ApiCall[] {
  const id = str(a, 'rule') ?? '';
  const create = change.action === 'create';
  const exists = (view: DatacenterView) => listSorted(view, T.haRule).some((o) => str(o.attributes, 'rule') === id);
  const calls: ApiCall[] = [{
    method: create ? 'POST' : change.action === 'delete' ? 'DELETE' : 'PUT', path: create ? '/cluster/ha/rules' : `/cluster/ha/rules/${id}`,
    perms: [{ kind: 'perm', path: '/', privs: ['Sys.Console'] }],
    rules: (view) => {
      // Delete removes the entry without checking it exists (L386-400).
      if (change.action === 'delete') return undefined;
      if (create && exists(view)) return die(`HA rule '${id}' already defined`);
      if (!create && !exists(view)) return die(`HA rule '${id}' does not exist`);
      const resources = Array.isArray(a.resources) ? a.resources.map(String).sort() : [];
      if (resources.length === 0) return die('no resources were specified');
      const unmanaged = resources.filter((r) => !haManaged(view, r));
      if (unmanaged.length > 0) return die(`cannot use unmanaged resource(s) ${unmanaged.join(', ')}.`);
      const nodes = a.nodes !== null && typeof a.nodes === 'object' && !Array.isArray(a.nodes) ? Object.keys(a.nodes).sort() : [];
      const missing = nodes.filter((n) => view.get(SEED_TYPES.node, n) === undefined);
      if (missing.length > 0) return die(`cannot use non-existent node(s) ${missing.join(', ')}.`);
      return undefined;
    },
  }];
  if (change.action !== 'delete') calls.push({ method: 'GET', after: true, path: `/cluster/ha/rules/${id}`, perms: [{ kind: 'perm', path: '/', privs: ['Sys.Audit'] }] });
  return calls;
}
