/**
 * Whole-lock consistency: what must hold across all tenants (retired ones included) whatever the
 * lock's history. Used after every allocation and when a lockfile is read. O(n log n).
 */
import { SEGMENT_NAMES } from '../model/catalogue';
import type { LockFile, SegmentName } from '../model/parameters';
import { tenantCode, vnetId, zoneId } from '../model/codes';
import { hasTenantZone } from '../model/allocation-scheme';
import { AllocationProblem, MSG } from './errors';
import { cidrContains, cidrEnd, cidrsOverlap } from '../core/ipv4';
import { mustReadCidr } from './addresses';

interface Interval { start: number; end: number; key: string; text: string }

function sweepOverlaps(what: string, items: Interval[], problems: AllocationProblem[], path: (key: string) => string): void {
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  let reach: Interval | undefined;
  for (const it of items) {
    if (reach && it.start < reach.end) {
      problems.push({ path: path(it.key), tenant: it.key, message: MSG.overlap(what, reach.key, reach.text, it.key, it.text) });
    }
    if (!reach || it.end > reach.end) reach = it;
  }
}

/** Problems of a lock as a whole; empty when consistent. Paths are `tenants.<key>.<field>`. */
export function checkLockConsistency(lock: LockFile): AllocationProblem[] {
  const problems: AllocationProblem[] = [];
  const keys = Object.keys(lock.tenants).sort();
  const numbers = new Map<number, string>();
  const globalTags = new Map<number, string>();
  const blocks: Interval[] = [];
  const vmRanges: Interval[] = [];
  const perZone = hasTenantZone(lock.zoneType);
  const add = (key: string, field: string, message: string) => problems.push({ path: `tenants.${key}.${field}`, tenant: key, message });
  const claimTag = (key: string, field: string, what: string, tag: number) => {
    const other = globalTags.get(tag);
    if (other !== undefined) add(key, field, MSG.duplicate(what, tag, other, key));
    else globalTags.set(tag, key);
  };

  for (const key of keys) {
    const t = lock.tenants[key];
    const other = numbers.get(t.number);
    if (other !== undefined) add(key, 'number', MSG.duplicate('number', t.number, other, key));
    numbers.set(t.number, key);
    if (t.code !== tenantCode(t.number)) add(key, 'code', MSG.derivedMismatch('code', t.code, tenantCode(t.number)));
    if (perZone && t.zone !== zoneId(t.number)) add(key, 'zone', MSG.derivedMismatch('zone', t.zone, zoneId(t.number)));
    if (!perZone && t.zone !== undefined) add(key, 'zone', MSG.derivedMismatch('zone', t.zone, undefined));
    if (lock.zoneType === 'qinq') {
      if (t.zoneTag === undefined) add(key, 'zoneTag', MSG.derivedMismatch('zoneTag', undefined, 'a service tag 2-4094'));
      else claimTag(key, 'zoneTag', 'service tag', t.zoneTag);
    }
    if (lock.zoneType === 'evpn') {
      if (t.zoneTag === undefined) add(key, 'zoneTag', MSG.derivedMismatch('zoneTag', undefined, 'a VRF VNI'));
      else claimTag(key, 'zoneTag', 'VNI', t.zoneTag);
    }
    // A move (lib/allocation/move.ts) is in one phase at a time, from a recorded cluster to another.
    if ((t.moveTo !== undefined || t.movedFrom !== undefined) && t.cluster === undefined) add(key, t.moveTo !== undefined ? 'moveTo' : 'movedFrom', MSG.moveWithoutCluster(key));
    // A cell is one of the recorded cluster's cells (lib/allocation/placement.ts).
    if (t.cell !== undefined && t.cluster === undefined) add(key, 'cell', `tenant "${key}" records cell "${t.cell}" but no cluster; a cell belongs to a cluster`);
    if (t.moveTo !== undefined && t.movedFrom !== undefined) add(key, 'movedFrom', MSG.moveBothPhases(key, t.movedFrom, t.moveTo));
    if (t.moveTo !== undefined && t.moveTo === t.cluster) add(key, 'moveTo', MSG.moveToSameCluster(key, t.moveTo));
    if (t.movedFrom !== undefined && t.movedFrom === t.cluster) add(key, 'movedFrom', MSG.moveToSameCluster(key, t.movedFrom));
    const block = mustReadCidr(t.block);
    blocks.push({ start: block.network, end: cidrEnd(block), key, text: t.block });
    vmRanges.push({ start: t.vmIds.start, end: t.vmIds.end + 1, key, text: `${t.vmIds.start}-${t.vmIds.end}` });
    // Guest VM IDs (lib/allocation/guest-ids.ts): inside the tenant's range, each held by one guest.
    const guestIds = new Map<number, string>();
    for (const [name, g] of Object.entries(t.guests ?? {})) {
      for (const id of g.vmIds) {
        if (id < t.vmIds.start || id > t.vmIds.end) add(key, `guests.${name}`, `VM ID ${id} of guest "${name}" is outside the tenant's range ${t.vmIds.start}-${t.vmIds.end}`);
        const holder = guestIds.get(id);
        if (holder !== undefined) add(key, `guests.${name}`, `VM ID ${id} is held by guest "${holder}" and guest "${name}"`);
        else guestIds.set(id, name);
      }
    }
    const tenantTags = new Map<number, SegmentName>();
    const segs: Array<{ seg: SegmentName; c: ReturnType<typeof mustReadCidr>; text: string }> = [];
    for (const seg of SEGMENT_NAMES) {
      const s = t.segments[seg];
      if (!s) continue;
      const field = `segments.${seg}`;
      if (s.vnet !== vnetId(t.code, seg)) add(key, `${field}.vnet`, MSG.derivedMismatch('vnet', s.vnet, vnetId(t.code, seg)));
      const c = mustReadCidr(s.cidr);
      if (!cidrContains(block, c)) add(key, `${field}.cidr`, MSG.segmentOutsideBlock(seg, s.cidr, t.block));
      const clash = segs.find((o) => cidrsOverlap(o.c, c));
      if (clash) add(key, `${field}.cidr`, MSG.segmentOverlap(seg, s.cidr, clash.seg, clash.text));
      segs.push({ seg, c, text: s.cidr });
      if (lock.zoneType === 'qinq') {
        const same = tenantTags.get(s.tag);
        if (same !== undefined) add(key, `${field}.tag`, MSG.tagTwice(seg, s.tag, same));
        tenantTags.set(s.tag, seg);
      } else {
        claimTag(key, `${field}.tag`, lock.zoneType === 'vlan' ? 'VLAN tag' : 'VNI', s.tag);
      }
    }
  }
  sweepOverlaps('block', blocks, problems, (k) => `tenants.${k}.block`);
  sweepOverlaps('VM ID range', vmRanges, problems, (k) => `tenants.${k}.vmIds`);
  return problems;
}
