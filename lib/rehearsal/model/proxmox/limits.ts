/**
 * The per-cluster limits of Proxmox VE the model enforces, and the footprint of a cluster
 * measured with the writers of cluster-files.ts.
 *
 * Sources (commits as in calls.ts; pve-cluster = proxmox/pve-cluster @ 7091d92e):
 * - pve-cluster src/pmxcfs/memdb.h L30-31: MEMDB_MAX_FILE_SIZE 1 MiB, MEMDB_MAX_FSSIZE 128 MiB.
 *   memdb.c L693-695: a write past 1 MiB returns -EFBIG; pve-common src/PVE/File.pm
 *   file_set_contents L49-90 (used by cfs_write_file, pve-cluster src/PVE/Cluster.pm L588-604)
 *   dies `unable to write '<file>.tmp.<pid>' - <strerror>`, and strerror(EFBIG) is "File too large".
 *   The 128 MiB are what statfs reports (memdb.c L1275-1305); no write path of memdb.c returns
 *   ENOSPC at that commit, so the total is a budget the model enforces, its wording a guess.
 * - pve-firewall src/PVE/Firewall.pm (@ 6f1311f) generate_ipset_chains L3917-3990: every cluster
 *   IP set becomes one kernel ipset per IP version (L3958: `foreach my $ipversion (4, 6)`), on every
 *   node (cluster sets and SDN sets are compiled for the host, L4606-4612); a security group
 *   creates iptables chains, no ipset. SDN ipsets: four per vnet (`<vnet>-all`, `-gateway`,
 *   `-no-gateway`, `-dhcp`), from pve-docs pvesdn.adoc L980-992 as cited in the project's
 *   research notes (not re-read here). The kernel holds at most 65,534 sets per network namespace
 *   (Linux net/netfilter/ipset/ip_set_core.c, `IPSET_INVALID_ID - 1`, per the same notes). The
 *   `_swap` copies pve-firewall creates during an update are not counted (they lower the real ceiling).
 * - pve-manager PVE/Service/pvestatd.pm (@ 14a22df) L735-740 and L885: every 10 s pvestatd calls
 *   PVE::Storage::storage_info, which (pve-storage src/PVE/Storage.pm L1440-1455 @ 0c56bad) visits
 *   every storage enabled on the node (storage_check_enabled / storage_check_node L264-292: `disable`
 *   and the `nodes` list). The budget of storages per node is a JUDGEMENT, not a Proxmox limit.
 */
import type { DatacenterView, ModelError } from '../api';
import { T, listSorted, str, strList } from './access';
import { CLUSTER_FILES, ClusterFilePath, filesOfChange, guestFiles, writeClusterFile } from './cluster-files';
import { SEED_TYPES } from './seed';

/** The limits of one Proxmox VE cluster. */
export interface ClusterLimits {
  /** Bytes per file of the cluster file system (pmxcfs MEMDB_MAX_FILE_SIZE). */
  readonly fileBytes: number;
  /** Bytes of all files together (pmxcfs MEMDB_MAX_FSSIZE; here: of the files the model writes). */
  readonly totalBytes: number;
  /** Kernel ipsets per node (the kernel's per-namespace maximum). */
  readonly kernelIpsets: number;
  /** Enabled storages each node polls (a judgement, see the file comment). */
  readonly storagesPerNode: number;
}

/**
 * The defaults. `storagesPerNode` 100 is a judgement: the research notes estimate 50–200 ms per
 * PBS storage per pvestatd cycle (two HTTPS requests and one process spawn, PBSPlugin.pm), so 100
 * entries already stretch the nominal 10 s cycle to 5–20 s. A fleet or cluster may set its own.
 */
export const DEFAULT_CLUSTER_LIMITS: ClusterLimits = {
  fileBytes: 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  kernelIpsets: 65534,
  storagesPerNode: 100,
};

/** The seeded type holding a cluster's limits (one object, id `limits`). */
export const LIMITS_TYPE = '_pve_cluster_limits';

/** The limits the view's cluster has (seeded, else the defaults). */
export function limitsOf(view: DatacenterView): ClusterLimits {
  const a = view.get(LIMITS_TYPE, 'limits')?.attributes;
  if (a === undefined) return DEFAULT_CLUSTER_LIMITS;
  const n = (k: keyof ClusterLimits) => (typeof a[k] === 'number' ? (a[k] as number) : DEFAULT_CLUSTER_LIMITS[k]);
  return { fileBytes: n('fileBytes'), totalBytes: n('totalBytes'), kernelIpsets: n('kernelIpsets'), storagesPerNode: n('storagesPerNode') };
}

/** What a cluster holds, measured. */
export interface ClusterFootprint {
  /** Bytes of every cluster file the model writes. */
  readonly files: Readonly<Record<ClusterFilePath, number>>;
  readonly totalBytes: number;
  /** Kernel ipsets on every node (cluster IP sets and SDN sets, IPv4 and IPv6). */
  readonly kernelIpsets: number;
  /** Enabled storages each node polls. */
  readonly storagesPerNode: Readonly<Record<string, number>>;
}

/** Kernel ipsets on every node: 2 per cluster IP set, 2 × 4 per vnet (see the file comment). */
export function kernelIpsets(view: DatacenterView): number {
  const clusterSets = listSorted(view, T.ipset).filter((o) => o.attributes.vm_id == null && o.attributes.container_id == null && o.attributes.node_name == null).length;
  return 2 * clusterSets + 2 * 4 * listSorted(view, T.vnet).length;
}

/** Enabled storages per node (storage_check_enabled: not disabled, and the node in `nodes` when set). */
export function storagesPerNode(view: DatacenterView): Record<string, number> {
  const nodes = listSorted(view, SEED_TYPES.node).map((o) => str(o.attributes, 'node') ?? o.id);
  const out: Record<string, number> = Object.fromEntries(nodes.map((n) => [n, 0]));
  const entries: { nodes: string[]; disabled: boolean }[] = listSorted(view, SEED_TYPES.storage).map(() => ({ nodes: [], disabled: false }));
  for (const t of [T.storagePbs, 'proxmox_storage_directory', 'proxmox_storage_nfs', 'proxmox_storage_cifs', 'proxmox_storage_lvm', 'proxmox_storage_lvmthin', 'proxmox_storage_zfspool']) {
    for (const o of listSorted(view, t)) entries.push({ nodes: strList(o.attributes, 'nodes'), disabled: o.attributes.disable === true || o.attributes.enabled === false });
  }
  for (const e of entries) {
    if (e.disabled) continue;
    for (const n of nodes) if (e.nodes.length === 0 || e.nodes.includes(n)) out[n] += 1;
  }
  return out;
}

/** The size of every cluster file of the view: the cluster-wide files, then the guest files. */
function fileSizes(view: DatacenterView): Record<ClusterFilePath, number> {
  const guests = guestFiles(view);
  const out = Object.fromEntries(CLUSTER_FILES.map((p) => [p, Buffer.byteLength(writeClusterFile(p, view), 'utf8')])) as Record<ClusterFilePath, number>;
  for (const p of [...guests.keys()].sort()) out[p] = Buffer.byteLength(guests.get(p) ?? '', 'utf8');
  return out;
}

/** The footprint of the cluster the view holds. */
export function clusterFootprint(view: DatacenterView): ClusterFootprint {
  const files = fileSizes(view);
  return { files, totalBytes: Object.values(files).reduce((a, b) => a + b, 0), kernelIpsets: kernelIpsets(view), storagesPerNode: storagesPerNode(view) };
}

/** The refusal of a write past the per-file limit, in pmxcfs's and file_set_contents' words. */
export function fileTooLarge(path: ClusterFilePath, bytes: number, limits: ClusterLimits): ModelError {
  return {
    summary: `unable to write '/etc/pve/${path}.tmp.<pid>' - File too large`,
    detail: `pmxcfs refuses a file larger than ${limits.fileBytes} bytes with EFBIG (pve-cluster memdb.c L693-695); /etc/pve/${path} would be ${bytes} bytes`,
  };
}

/**
 * The refusals a change causes because the cluster would pass one of its limits, checked on the
 * view with the change made: the files the change's type rewrites, all files together, kernel
 * ipsets (IP sets and vnets) and storages per node (storages). Empty when within the limits.
 */
export function limitRefusals(typeName: string, action: 'create' | 'update' | 'delete', after: DatacenterView, attrs: Readonly<Record<string, unknown>> | null = null): ModelError[] {
  if (action === 'delete') return [];
  const limits = limitsOf(after);
  const out: ModelError[] = [];
  const paths = filesOfChange(typeName, attrs);
  for (const p of paths) {
    const bytes = Buffer.byteLength(writeClusterFile(p, after), 'utf8');
    if (bytes > limits.fileBytes) out.push(fileTooLarge(p, bytes, limits));
  }
  if (paths.length > 0 && out.length === 0) {
    const total = Object.values(fileSizes(after)).reduce((n, b) => n + b, 0);
    if (total > limits.totalBytes) {
      out.push({
        summary: `unable to write '/etc/pve/${paths[0]}.tmp.<pid>' - No space left on device`,
        detail: `the cluster files would hold ${total} bytes, over the ${limits.totalBytes} bytes of pmxcfs (memdb.h MEMDB_MAX_FSSIZE); a budget of the model, wording a guess`,
      });
    }
  }
  if (typeName === T.ipset || typeName === T.vnet) {
    const sets = kernelIpsets(after);
    if (sets > limits.kernelIpsets) {
      out.push({
        summary: `ipset: Kernel error received: maximum number of sets reached (guess: wording of ipset restore)`,
        detail: `every node would need ${sets} kernel ipsets (IPv4 and IPv6 per cluster IP set, four per vnet and version), over ${limits.kernelIpsets}; the API accepts the write, pve-firewall then fails to apply the ruleset on every node`,
      });
    }
  }
  if (typeName.startsWith('proxmox_storage_')) {
    const per = storagesPerNode(after);
    const over = Object.entries(per).filter(([, n]) => n > limits.storagesPerNode);
    if (over.length > 0) {
      out.push({
        summary: `storage budget exceeded: node '${over[0][0]}' would poll ${over[0][1]} enabled storages (budget ${limits.storagesPerNode} per node)`,
        detail: `pvestatd polls every enabled storage of a node in turn every cycle (pve-manager pvestatd.pm L735-740); the budget is a fleet/cluster limit (a judgement, not a Proxmox limit); nodes over it: ${over.map(([n, c]) => `${n}=${c}`).join(', ')}`,
      });
    }
  }
  return out;
}
