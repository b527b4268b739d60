/**
 * The guests (QEMU VMs and LXC containers) of the modelled cluster: the guest resources of bpg
 * v0.111.1 read into one shape, the seeded template guests they clone from, and the lookups the
 * server rules need (a guest by VM ID, the guests of a pool, the storages and bridges a guest uses).
 *
 * bpg resources (attribute names from lib/rehearsal/schemas/bpg-proxmox-0.111.1.json):
 * - `proxmox_virtual_environment_vm`: `vm_id`, `node_name`, `pool_id`, `protection`, `template`,
 *   a `clone` block (`vm_id`, `node_name`, `datastore_id`), `disk`/`efi_disk`/`tpm_state` blocks
 *   with `datastore_id`, `network_device` with `bridge`/`vlan_id`.
 * - `proxmox_vm` (the short name of `proxmox_virtual_environment_vm2`): `id` is the VM ID; no
 *   pool, disks or NICs in its schema.
 * - `proxmox_cloned_vm`: `id`, `node_name`, `clone` (`source_vm_id`, `source_node_name`,
 *   `target_datastore`, `pool_id`), `disk` and `network` maps.
 * - `proxmox_virtual_environment_container`: `vm_id`, `node_name`, `pool_id`, `protection`,
 *   `disk` (`datastore_id`, bpg's default `local`), `operating_system.template_file_id`,
 *   `network_interface` with `bridge`/`vlan_id`, a `clone` block (`vm_id`).
 *
 * Blocks arrive as one-element lists (terraform state) or as objects (cdk.tf.json in the replay);
 * both are read.
 */
import type { DatacenterView } from '../api';
import { T, listSorted, str } from './access';
import { SEED_TYPES } from './seed';

type Attrs = Readonly<Record<string, unknown>>;

/** The guest resource types (canonical names). */
// Literal names (the same as access.ts T.vm, T.vm2, T.clonedVm, T.container): access.ts imports this
// module, so T is not yet defined while this line runs.
export const GUEST_TYPES: readonly string[] = ['proxmox_virtual_environment_vm', 'proxmox_vm', 'proxmox_cloned_vm', 'proxmox_virtual_environment_container'];

/** The seeded type of template guests (VMs that exist before terraform runs, e.g. from a template pipeline). */
export const GUEST_TEMPLATE_TYPE = '_pve_guest_template';

/** One NIC of a guest: the bridge or SDN vnet it is plugged into, and its VLAN tag. */
export interface GuestNic {
  readonly bridge: string;
  readonly tag?: number;
}

/** A guest as the server rules see it. */
export interface Guest {
  /** `qemu` (VM) or `lxc` (container). */
  readonly kind: 'qemu' | 'lxc';
  /** The VM ID; undefined when the resource leaves it to the provider and it is not known. */
  readonly vmid?: number;
  readonly node: string;
  readonly pool?: string;
  readonly protection: boolean;
  readonly template: boolean;
  /** The storages the guest's own disks are allocated on (one entry per disk). */
  readonly diskStorages: readonly string[];
  readonly nics: readonly GuestNic[];
  /** Set when the guest is created as a clone. */
  readonly clone?: { readonly sourceVmid: number; readonly sourceNode?: string; readonly targetStorage?: string };
  /** Container: the OS template volume (`<storage>:vztmpl/<file>`). */
  readonly osTemplate?: string;
  /** The attributes the guest came from. */
  readonly attrs: Attrs;
}

/** The nested blocks of an attribute: a list of objects, one object, or (for maps) the map's values. */
export function blocks(v: unknown, map = false): Attrs[] {
  if (Array.isArray(v)) return v.filter((x): x is Attrs => typeof x === 'object' && x !== null);
  if (typeof v === 'object' && v !== null) return map ? Object.values(v).filter((x): x is Attrs => typeof x === 'object' && x !== null) : [v as Attrs];
  return [];
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^[0-9]+$/.test(v)) return Number(v);
  return undefined;
}

function nicsOf(list: readonly Attrs[], tagKey: string): GuestNic[] {
  const out: GuestNic[] = [];
  for (const n of list) {
    const bridge = str(n, 'bridge');
    if (bridge === undefined || n.enabled === false) continue;
    const tag = num(n[tagKey]);
    out.push(tag !== undefined && tag > 0 ? { bridge, tag } : { bridge });
  }
  return out;
}

/** Reads a guest resource of one of GUEST_TYPES (or a seeded template); undefined for other types. */
export function guestOf(typeName: string, a: Attrs): Guest | undefined {
  const node = str(a, 'node_name') ?? str(a, 'node') ?? '';
  if (typeName === T.vm) {
    const c = blocks(a.clone)[0];
    const sourceVmid = num(c?.vm_id);
    const disks = [...blocks(a.disk), ...blocks(a.efi_disk), ...blocks(a.tpm_state)].map((d) => str(d, 'datastore_id')).filter((s): s is string => s !== undefined);
    return {
      kind: 'qemu', vmid: num(a.vm_id), node, pool: str(a, 'pool_id'), protection: a.protection === true, template: a.template === true,
      diskStorages: disks, nics: nicsOf(blocks(a.network_device), 'vlan_id'),
      clone: sourceVmid !== undefined ? { sourceVmid, sourceNode: str(c, 'node_name'), targetStorage: str(c, 'datastore_id') } : undefined,
      attrs: a,
    };
  }
  if (typeName === T.vm2) {
    return { kind: 'qemu', vmid: num(a.id), node, protection: false, template: a.template === true, diskStorages: [], nics: [], attrs: a };
  }
  if (typeName === T.clonedVm) {
    const c = blocks(a.clone)[0];
    const sourceVmid = num(c?.source_vm_id);
    const disks = blocks(a.disk, true).map((d) => str(d, 'datastore_id')).filter((s): s is string => s !== undefined);
    return {
      kind: 'qemu', vmid: num(a.id), node, pool: str(c, 'pool_id'), protection: false, template: false, diskStorages: disks,
      nics: nicsOf(blocks(a.network, true), 'tag'),
      clone: sourceVmid !== undefined ? { sourceVmid, sourceNode: str(c, 'source_node_name'), targetStorage: str(c, 'target_datastore') } : undefined,
      attrs: a,
    };
  }
  if (typeName === T.container) {
    const c = blocks(a.clone)[0];
    const sourceVmid = num(c?.vm_id);
    // bpg proxmoxtf/resource/container/container.go: the root disk's datastore defaults to `local` (dvDiskDatastoreID).
    const disks = blocks(a.disk).map((d) => str(d, 'datastore_id') ?? 'local');
    const mps = blocks(a.mount_point).map((m) => str(m, 'volume')).filter((v): v is string => v !== undefined && !v.startsWith('/') && !v.includes(':'));
    return {
      kind: 'lxc', vmid: num(a.vm_id), node, pool: str(a, 'pool_id'), protection: a.protection === true, template: a.template === true,
      diskStorages: [...(disks.length > 0 || sourceVmid !== undefined ? disks : ['local']), ...mps], nics: nicsOf(blocks(a.network_interface), 'vlan_id'),
      clone: sourceVmid !== undefined ? { sourceVmid, sourceNode: str(c, 'node_name'), targetStorage: str(c, 'datastore_id') } : undefined,
      osTemplate: str(blocks(a.operating_system)[0], 'template_file_id'),
      attrs: a,
    };
  }
  if (typeName === GUEST_TEMPLATE_TYPE) {
    return {
      kind: a.kind === 'lxc' ? 'lxc' : 'qemu', vmid: num(a.vmid), node, protection: false, template: true,
      diskStorages: Array.isArray(a.disk_storages) ? a.disk_storages.filter((s): s is string => typeof s === 'string') : [],
      nics: Array.isArray(a.bridges) ? a.bridges.filter((s): s is string => typeof s === 'string').map((bridge) => ({ bridge })) : [],
      attrs: a,
    };
  }
  return undefined;
}

/** Every guest of the view (seeded templates and applied guest resources), ordered by type then object ID. */
export function allGuests(view: DatacenterView): Guest[] {
  const out: Guest[] = [];
  for (const t of [GUEST_TEMPLATE_TYPE, ...GUEST_TYPES]) for (const o of listSorted(view, t)) {
    const g = guestOf(t, o.attributes);
    if (g !== undefined) out.push(g);
  }
  return out;
}

/** The guest with a VM ID, if any (VM IDs are unique cluster-wide: pve-cluster Cluster.pm check_vmid_unused L785-797). */
export function guestById(view: DatacenterView, vmid: number): Guest | undefined {
  return allGuests(view).find((g) => g.vmid === vmid);
}

/** The VM IDs of the guests that are members of a pool (the guest's `pool_id`, or a `proxmox_pool_membership` with `vm_id`), sorted. */
export function poolGuestIds(view: DatacenterView, pool: string): number[] {
  const ids = new Set<number>();
  for (const g of allGuests(view)) if (g.pool === pool && g.vmid !== undefined) ids.add(g.vmid);
  for (const m of listSorted(view, T.poolMembership)) {
    const vm = num(m.attributes.vm_id);
    if (str(m.attributes, 'pool_id') === pool && vm !== undefined && guestById(view, vm) !== undefined) ids.add(vm);
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * The guests a backup job selects, as VM IDs sorted: pve-manager PVE/VZDump.pm get_included_guests
 * (@ 14a22df, L1580-1617) takes the pool's guest members when `pool` is set, else the `vmid` list,
 * else with `all` every guest but the `exclude` list; IDs that do not exist are dropped. A job whose
 * pool holds no guest backs up nothing.
 */
export function backupJobGuests(view: DatacenterView, jobId: string): number[] {
  const job = listSorted(view, T.backupJob).find((j) => str(j.attributes, 'id') === jobId)?.attributes;
  if (job === undefined) return [];
  const existing = new Set(allGuests(view).map((g) => g.vmid).filter((id): id is number => id !== undefined));
  const list = (v: unknown): number[] => (Array.isArray(v) ? v.map(num) : typeof v === 'string' ? v.split(/[,; ]+/).map(num) : []).filter((id): id is number => id !== undefined);
  const pool = str(job, 'pool');
  let ids: number[];
  if (pool !== undefined) ids = poolGuestIds(view, pool);
  else if (list(job.vmid).length > 0) ids = list(job.vmid);
  else if (job.all === true) {
    const exclude = new Set(list(job.exclude));
    ids = [...existing].filter((id) => !exclude.has(id));
  } else ids = [];
  return [...new Set(ids)].filter((id) => existing.has(id)).sort((a, b) => a - b);
}

/** A storage as storage.cfg holds it (seeded or applied), or undefined. */
export function storageInfo(view: DatacenterView, id: string): { readonly content: readonly string[]; readonly shared: boolean } | undefined {
  const seeded = view.get(SEED_TYPES.storage, id);
  if (seeded !== undefined) {
    const c = seeded.attributes.content;
    return { content: Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [], shared: seeded.attributes.shared === true };
  }
  for (const t of ['proxmox_storage_directory', 'proxmox_storage_nfs', 'proxmox_storage_cifs', 'proxmox_storage_lvm', 'proxmox_storage_lvmthin', 'proxmox_storage_zfspool', T.storagePbs]) {
    const o = listSorted(view, t).find((x) => str(x.attributes, 'id') === id);
    if (o === undefined) continue;
    const c = o.attributes.content;
    const content = Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : t === T.storagePbs ? ['backup'] : [];
    return { content, shared: o.attributes.shared === true };
  }
  return undefined;
}

/** The SDN zone of a vnet, or `localnetwork` for a plain Linux bridge (pve-guest-common check_vnet_access; see guest-calls.ts). */
export function zoneOfBridge(view: DatacenterView, bridge: string): string {
  const vnet = listSorted(view, T.vnet).find((v) => str(v.attributes, 'id') === bridge);
  return (vnet !== undefined ? str(vnet.attributes, 'zone') : undefined) ?? 'localnetwork';
}
