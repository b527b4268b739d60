/**
 * Error texts of allocation and the lockfile, in one module (STYLE 7). Every text names the bad
 * value and what is allowed; the problem's `path` names the field (e.g. `tenants.mainz.pins.block`).
 */
import type { ZoneType } from '../model/parameters';

export interface AllocationProblem {
  /** Field path in the request or lock, or file:line:column for lockfile problems. */
  readonly path: string;
  /** Tenant the problem belongs to, if any. */
  readonly tenant?: string;
  readonly message: string;
}

/** One error for all problems of an allocation run; `problems` holds them one by one. */
export class AllocationError extends Error {
  readonly problems: readonly AllocationProblem[];
  constructor(problems: readonly AllocationProblem[], what = 'fleet allocation') {
    super(`${what} failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`
      + problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'));
    this.name = 'AllocationError';
    this.problems = problems;
  }
}

/** 12345 -> "12,345" (locale-independent). */
export function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const q = (v: unknown): string => JSON.stringify(v);

/** The texts. Tests assert on these exactly. */
export const MSG = {
  zoneTypeInvalid: (v: unknown) => `${q(v)} is not a zone type; allowed: vlan, qinq, vxlan, evpn`,
  zoneTypeChanged: (lock: ZoneType, req: ZoneType) =>
    `fleet.lock.yaml was allocated for zoneType "${lock}" but fleet.yaml asks for "${req}"; changing the zone type of an `
    + 'allocated fleet is a migration: plan it and regenerate the lock deliberately',
  supernetsEmpty: () => 'at least one IPv4 supernet is needed, e.g. ["10.64.0.0/12"]',
  supernetInvalid: (reason: string) => reason,
  supernetsOverlap: (a: string, b: string) => `supernet ${a} overlaps supernet ${b}; supernets must be disjoint`,
  integerOutOfRange: (v: unknown, min: number, max: number) =>
    `${q(v)} is not allowed; use an integer from ${fmt(min)} to ${fmt(max)}`,
  pbsRootInvalid: (reason: string) => `${reason} (the tenant key is appended as one more level)`,
  tenantKeyInvalid: (problems: readonly string[]) => problems.join('; '),
  sizeInvalid: (v: unknown) => `${q(v)} is not a size profile; allowed: s, m, l`,
  segmentUnknown: (name: string, allowed: readonly string[]) => `"${name}" is not a catalogue segment; allowed: ${allowed.join(', ')}`,
  segmentMandatory: (name: string) => `segment "${name}" is mandatory for every tenant and missing`,
  prefixInvalid: (v: unknown, min: number, max: number) =>
    `prefix length ${q(v)} is not allowed; use an integer from ${min} to ${max} that fits the tenant block`,
  prefixLargerThanBlock: (v: number, block: number) =>
    `prefix length /${v} is larger than the tenant block (/${block}); use /${block} or longer`,
  vlanExhausted: (tenants: number, segments: number, perTenant: number | undefined, available: number) =>
    `VLAN tags exhausted: ${fmt(tenants)} tenants × ${perTenant !== undefined ? `${perTenant} segments need ${fmt(segments)}` : `their segments need ${fmt(segments)}`} tags, `
    + `a vlan zone has ${fmt(available)} (2–4094); use zoneType qinq or evpn in fleet.yaml`,
  qinqExhausted: (tenants: number, available: number) =>
    `QinQ service tags exhausted: ${fmt(tenants)} tenants need ${fmt(tenants)} service tags, a bridge has ${fmt(available)} (2–4094); `
    + 'use zoneType evpn (or vxlan) in fleet.yaml',
  vniExhausted: (n: number, max: number) =>
    `VNIs exhausted: tenant number ${fmt(n)} would need a VNI above 16,777,215; at most ${fmt(max)} tenants fit the 24-bit VNI space`,
  tenantNumbersExhausted: (n: number, max: number) =>
    `tenant numbers exhausted: ${fmt(n)} exceeds ${fmt(max)}, the largest number a 4-digit base-36 tenant code can carry`,
  vmIdsExhausted: (n: number, end: number) =>
    `VM IDs exhausted: tenant number ${fmt(n)} would get VM IDs up to ${fmt(end)}, above 999,999,999; lower compute.vmIdsPerTenant or compute.vmIdBase in fleet.yaml`,
  addressesExhausted: (count: number, prefixes: string, keys: readonly string[], supernets: readonly string[]) =>
    `address space exhausted: ${fmt(count)} tenant${count === 1 ? '' : 's'} (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}) found no free ${prefixes} block in `
    + `${supernets.join(', ')}; add a supernet to network.supernets in fleet.yaml`,
  segmentDoesNotFit: (segment: string, prefix: number, block: string) =>
    `segment "${segment}" (/${prefix}) does not fit into the free space of block ${block}; choose a longer prefix length or a larger size profile`,
  segmentResized: (segment: string, cidr: string, prefix: number) =>
    `segment "${segment}" is allocated as ${cidr} but the request asks for /${prefix}; resizing an allocated segment is a migration: keep /${cidr.split('/')[1]} or plan the move`,
  sizeChanged: (size: string, wanted: number, block: string) =>
    `size "${size}" needs a /${wanted} block but the lock holds ${block}; an allocated block is never moved or resized: keep the size or plan a migration`,
  pinMismatch: (field: string, pin: unknown, lock: unknown) =>
    `pinned ${field} ${q(pin)} differs from ${q(lock)} in fleet.lock.yaml; allocations are stable: remove the pin or change the lockfile deliberately`,
  pinTaken: (field: string, value: unknown, other: string) => `pinned ${field} ${q(value)} is already used by tenant "${other}"`,
  pinTagTwice: (segment: string, tag: number, other: string) =>
    `pinned tag ${tag} of segment "${segment}" is also pinned for segment "${other}" of the same tenant`,
  pinBlockOverlap: (block: string, other: string, otherBlock: string) =>
    `pinned block ${block} overlaps block ${otherBlock} of tenant "${other}"`,
  pinSegmentOutsideBlock: (segment: string, cidr: string, block: string) =>
    `pinned cidr ${cidr} of segment "${segment}" is not inside the tenant block ${block}`,
  pinSegmentOverlap: (segment: string, cidr: string, other: string, otherCidr: string) =>
    `pinned cidr ${cidr} of segment "${segment}" overlaps ${otherCidr} of segment "${other}"`,
  pinSegmentPrefix: (segment: string, cidr: string, prefix: number) =>
    `pinned cidr ${cidr} of segment "${segment}" does not have the requested prefix length /${prefix}`,
  segmentOutsideBlock: (segment: string, cidr: string, block: string) =>
    `cidr ${cidr} of segment "${segment}" is not inside the tenant block ${block}`,
  segmentOverlap: (segment: string, cidr: string, other: string, otherCidr: string) =>
    `cidr ${cidr} of segment "${segment}" overlaps ${otherCidr} of segment "${other}"`,
  tagTwice: (segment: string, tag: number, other: string) => `tag ${tag} of segment "${segment}" is also used by segment "${other}" of the same tenant`,
  pinNeedsBlock: (segment: string) => `pinning the cidr of segment "${segment}" needs pins.block as well`,
  pinNotSupported: (field: string, zoneType: ZoneType, allowed: string) =>
    `pins.${field} is not supported for zoneType ${zoneType}; only for ${allowed}`,
  pinSegmentNotRequested: (segment: string) => `segment "${segment}" is pinned but not requested`,
  duplicate: (what: string, value: unknown, a: string, b: string) => `${what} ${q(value)} is used by tenants "${a}" and "${b}"`,
  overlap: (what: string, a: string, av: string, b: string, bv: string) =>
    `${what} ${av} of tenant "${a}" overlaps ${what} ${bv} of tenant "${b}"`,
  lockSealMalformed: (line: string) =>
    `the integrity line ${q(line)} is not "# integrity: <n> tenants, sha256:<64 hex digits>"; restore fleet.lock.yaml from version control`,
  lockEntriesLost: (sealed: number, found: number) =>
    `fleet.lock.yaml was written with ${fmt(sealed)} tenant entr${sealed === 1 ? 'y' : 'ies'} but holds ${fmt(found)}: entries were lost (a cut-off file or a hand edit). `
    + 'Restore it from version control (e.g. git checkout -- fleet.lock.yaml): allocating from an incomplete lock could hand a retired number and address block to another tenant',
  lockEdited: () =>
    'the entries of fleet.lock.yaml differ from what kommunal-cdk wrote (SHA-256 mismatch): the file was edited by hand. '
    + 'Restore it from version control; if the edit was deliberate and reviewed, delete this line and run kommunal synth to seal the lock again',
  keyOfAnotherMunicipality: (key: string, oldName: string, oldAgs: string, newName: string, newAgs: string) =>
    `tenant key "${key}" was allocated for ${oldName} (AGS ${oldAgs}), not for ${newName} (AGS ${newAgs}); `
    + `a key is never handed to another municipality: it would inherit the number, address block and PBS namespace (with the backups) of ${oldName}. Choose another key`,
  derivedMismatch: (field: string, value: unknown, expected: unknown) =>
    `${field} ${q(value)} does not match ${q(expected)} derived from the tenant number; the lockfile was edited inconsistently`,
  clusterPinMoves: (key: string, placed: string, pin: string) =>
    `tenant "${key}" is placed on cluster "${placed}" (fleet.lock.yaml) but its file pins cluster "${pin}"; placements never move by themselves: `
    + `start an approved move with \`kommunal move-tenant ${key} --to ${pin}\` (docs/moving-a-tenant.md), or pin "${placed}" or remove the pin`,
  moveWithoutCluster: (key: string) => `tenant "${key}" records a move but no cluster; a move goes from a recorded cluster to another (docs/moving-a-tenant.md)`,
  moveBothPhases: (key: string, from: string, to: string) => `tenant "${key}" records both moveTo "${to}" and movedFrom "${from}"; a move is in one phase at a time (docs/moving-a-tenant.md)`,
  moveToSameCluster: (key: string, cluster: string) => `tenant "${key}" records a move between cluster "${cluster}" and itself`,
  moveTargetUnknown: (key: string, cluster: string, known: readonly string[]) =>
    `tenant "${key}" moves to cluster "${cluster}", which the fleet does not declare (clusters: ${known.length > 0 ? known.join(', ') : 'none'})`,
  clusterUnknownInLock: (key: string, cluster: string, known: readonly string[]) =>
    `fleet.lock.yaml places tenant "${key}" on cluster "${cluster}", which the fleet does not declare (clusters: ${known.join(', ') || 'none'}); `
    + 'a cluster that still holds tenants cannot be removed: move its tenants first (docs/clusters.md, "Moving a tenant")',
  clusterPinUnknown: (key: string, pin: string, known: readonly string[]) =>
    `tenant "${key}" pins cluster "${pin}", which the fleet does not declare (clusters: ${known.join(', ') || 'none: the fleet is one implicit cluster'})`,
  clusterLegacyUnknown: (keys: readonly string[], known: readonly string[]) =>
    `${fmt(keys.length)} tenant entr${keys.length === 1 ? 'y' : 'ies'} of fleet.lock.yaml record${keys.length === 1 ? 's' : ''} no cluster (${keys.slice(0, 5).map((k) => `"${k}"`).join(', ')}${keys.length > 5 ? ', ...' : ''}): `
    + 'they were allocated while the fleet had one cluster, and placing them without legacyCluster would move the platform they run on. '
    + `Set \`legacyCluster: <id>\` to the cluster they run on, the old one (one of ${known.join(', ')}; docs/clusters.md)`,
  clusterOverLimit: (cluster: string, count: number, max: number, keys: readonly string[]) =>
    `cluster "${cluster}" would hold ${fmt(count)} tenants, above its maxTenants ${fmt(max)} (placed or pinned: ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', ...' : ''}); `
    + 'add a cluster, pin tenants elsewhere or raise maxTenants within the cluster file limits (docs/clusters.md)',
  clusterNoRoom: (key: string, clusters: readonly string[]) =>
    `no cluster has room for tenant "${key}": every cluster (${clusters.join(', ')}) holds its maxTenants; add a cluster (docs/clusters.md)`,
  cellUnknownInLock: (key: string, cluster: string, cell: string, known: readonly string[]) =>
    `fleet.lock.yaml places tenant "${key}" on cell "${cell}" of cluster "${cluster}", which the cluster does not declare (cells: ${known.join(', ') || 'none'}); `
    + 'a cell that still holds tenants cannot be removed or renamed: keep it, or restore the lock from version control (docs/clusters.md, "Cells")',
  cellPinUnknown: (key: string, cluster: string, pin: string, known: readonly string[]) =>
    `tenant "${key}" pins cell "${pin}", which its cluster "${cluster}" does not declare (cells: ${known.join(', ')})`,
  cellPinWithoutCells: (key: string, pin: string, cluster: string | undefined) =>
    `tenant "${key}" pins cell "${pin}", but ${cluster !== undefined ? `its cluster "${cluster}" declares no cells` : 'the fleet declares no clusters'}; remove the pin or declare cells (clusters.<id>.cells, docs/clusters.md "Cells")`,
  cellPinMoves: (key: string, cluster: string, placed: string, pin: string) =>
    `tenant "${key}" is placed on cell "${placed}" of cluster "${cluster}" (fleet.lock.yaml) but its file pins cell "${pin}"; placements never move by themselves: `
    + `pin "${placed}" or remove the pin (docs/clusters.md, "Cells")`,
  clusterWithoutClusters: (key: string, cluster: string) =>
    `fleet.lock.yaml places tenant "${key}" on cluster "${cluster}" but the fleet declares no clusters; restore the fleet's clusters or the lock from version control`,
};
