/**
 * The phases of allocate(), one function each, in the order allocate() runs them (see
 * lib/allocation/allocate.ts for the rules). They share one AllocationRun: the request, the
 * previous lock, the tenants decided so far, the resources in use, and the problems found. A phase
 * only adds problems; allocate() throws between phases where a later phase needs a clean state.
 */
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, TENANT_BLOCK_PREFIX } from '../../model/catalogue';
import type { LockFile, SegmentAllocation, SegmentName, TenantAllocation, ZoneType } from '../../model/parameters';
import { MAX_TENANT_NUMBER, tenantCode, vnetId, zoneId } from '../../model/codes';
import {
  FIRST_TENANT_NUMBER, hasTenantZone, MAX_VM_ID, MAX_VNI_TENANT_NUMBER, segmentVni, VLAN_POOL, VLAN_POOL_SIZE, VRF_VNI_SLOT,
} from '../../model/allocation-scheme';
import { cidrContains, cidrEnd, cidrsOverlap, formatCidr, Ipv4Cidr, prefixSize } from '../../core/ipv4';
import type { AllocationProblem } from '../errors';
import { MSG } from '../errors';
import { mustReadCidr } from '../addresses';
import { FreeList } from './free-list';
import type { AllocationRequest, TenantPins, TenantRequest } from '../allocate';

export const prefixOf = (cidr: string): number => Number(cidr.split('/')[1]);
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
export const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

/** A tenant whose allocation this run changes or creates. */
export interface MutableTenant {
  number: number;
  code: string;
  zone?: string;
  zoneTag?: number;
  block: string;
  segments: Partial<Record<SegmentName, SegmentAllocation>>;
  vmIds: { start: number; end: number };
  pbsNamespace: string;
  retired?: boolean;
  pinned?: string[];
}

/** The state one allocate() call builds up, phase by phase. */
export interface AllocationRun {
  readonly request: AllocationRequest;
  readonly zt: ZoneType;
  /** Tenants of the previous lock. */
  readonly prev: Readonly<Record<string, TenantAllocation>>;
  /** Tenants of the request. */
  readonly req: Readonly<Record<string, TenantRequest>>;
  readonly problems: AllocationProblem[];
  readonly add: (path: string, message: string, tenant?: string) => void;
  /** Tenants kept unchanged (by reference) or already canonical. */
  readonly out: Map<string, TenantAllocation>;
  /** Tenants changed or created in this run. */
  readonly mutable: Map<string, MutableTenant>;
  readonly added: string[];
  readonly retired: string[];
  readonly restored: string[];
  readonly segmentsAdded: string[];
  readonly segmentsRetired: string[];
  /** Segments to allocate inside existing blocks, in key then catalogue order. */
  readonly pending: Array<{ key: string; seg: SegmentName; prefix: number }>;
  /** Keys of the request not in the previous lock, sorted. */
  readonly newKeys: string[];
  /** Tenant numbers in use (retired tenants included) and their owners. */
  readonly numberOwner: Map<number, string>;
  /** Address blocks in use. */
  readonly blocks: Array<{ c: Ipv4Cidr; key: string; text: string }>;
  /** vlan: segment tags; qinq: service tags; and their owners. */
  readonly tagOwner: Map<number, string>;
  readonly newNumber: Map<string, number>;
  readonly newBlock: Map<string, Ipv4Cidr>;
  readonly newZoneTag: Map<string, number>;
}

/** A fresh run over the request and the previous lock. */
export function startRun(request: AllocationRequest, previous: LockFile | undefined, problems: AllocationProblem[]): AllocationRun {
  const prev = previous?.tenants ?? {};
  return {
    request,
    zt: request.zoneType,
    prev,
    req: request.tenants,
    problems,
    add: (path, message, tenant) => problems.push({ path, message, ...(tenant ? { tenant } : {}) }),
    out: new Map(),
    mutable: new Map(),
    added: [],
    retired: [],
    restored: [],
    segmentsAdded: [],
    segmentsRetired: [],
    pending: [],
    newKeys: sorted(Object.keys(request.tenants).filter((k) => !(k in prev))),
    numberOwner: new Map(),
    blocks: [],
    tagOwner: new Map(),
    newNumber: new Map(),
    newBlock: new Map(),
    newZoneTag: new Map(),
  };
}

/** Builds a TenantAllocation with fields in canonical order and no undefined values. */
export function canonicalTenant(t: TenantAllocation): TenantAllocation {
  const segments: Partial<Record<SegmentName, SegmentAllocation>> = {};
  for (const name of SEGMENT_NAMES) {
    const s = t.segments[name];
    if (s) segments[name] = { vnet: s.vnet, tag: s.tag, cidr: s.cidr, ...(s.retired ? { retired: true } : {}) };
  }
  return {
    number: t.number,
    code: t.code,
    ...(t.zone !== undefined ? { zone: t.zone } : {}),
    ...(t.zoneTag !== undefined ? { zoneTag: t.zoneTag } : {}),
    block: t.block,
    segments,
    vmIds: { start: t.vmIds.start, end: t.vmIds.end },
    pbsNamespace: t.pbsNamespace,
    ...(t.retired ? { retired: true } : {}),
    ...(t.pinned && t.pinned.length > 0 ? { pinned: [...t.pinned] } : {}),
    ...(t.blueprint !== undefined ? { blueprint: t.blueprint } : {}),
    ...(t.ags !== undefined ? { ags: t.ags } : {}),
    ...(t.name !== undefined ? { name: t.name } : {}),
    ...(t.cluster !== undefined ? { cluster: t.cluster } : {}),
    ...(t.cell !== undefined ? { cell: t.cell } : {}),
    ...(t.moveTo !== undefined ? { moveTo: t.moveTo } : {}),
    ...(t.movedFrom !== undefined ? { movedFrom: t.movedFrom } : {}),
    ...(t.backupRetention !== undefined ? { backupRetention: { keepDaily: t.backupRetention.keepDaily, keepWeekly: t.backupRetention.keepWeekly, keepMonthly: t.backupRetention.keepMonthly, keepYearly: t.backupRetention.keepYearly } } : {}),
    ...(t.guests !== undefined ? { guests: Object.fromEntries(Object.keys(t.guests).sort().map((n) => [n, { vmIds: [...t.guests![n].vmIds], ...(t.guests![n].retired ? { retired: true } : {}) }])) } : {}),
  };
}

/** Names of the pinned fields, in a fixed order. */
function pinnedFields(pins: TenantPins | undefined): string[] {
  if (!pins) return [];
  const out: string[] = [];
  if (pins.number !== undefined) out.push('number');
  if (pins.block !== undefined) out.push('block');
  if (pins.zoneTag !== undefined) out.push('zoneTag');
  for (const seg of SEGMENT_NAMES) {
    const p = pins.segments?.[seg];
    if (p?.cidr !== undefined) out.push(`segments.${seg}.cidr`);
    if (p?.tag !== undefined) out.push(`segments.${seg}.tag`);
  }
  return out;
}

/** Phase 1, existing tenants: keep, retire or restore them; add or retire their segments. */
export function keepExistingTenants(run: AllocationRun): void {
  const { prev, req, add, out, mutable, retired, restored, segmentsAdded, segmentsRetired, pending } = run;
  for (const key of sorted(Object.keys(prev))) {
    const a = prev[key];
    const r = req[key];
    if (!r) {
      if (a.retired) out.set(key, a);
      else {
        out.set(key, canonicalTenant({ ...a, retired: true }));
        retired.push(key);
      }
      continue;
    }
    let changed = false;
    if (a.retired) {
      restored.push(key);
      changed = true;
    }
    const base = `tenants.${key}`;
    const pins = r.pins;
    if (pins?.number !== undefined && pins.number !== a.number) add(`${base}.pins.number`, MSG.pinMismatch('number', pins.number, a.number), key);
    if (pins?.block !== undefined && pins.block !== a.block) add(`${base}.pins.block`, MSG.pinMismatch('block', pins.block, a.block), key);
    if (pins?.zoneTag !== undefined && pins.zoneTag !== a.zoneTag) add(`${base}.pins.zoneTag`, MSG.pinMismatch('zoneTag', pins.zoneTag, a.zoneTag), key);
    if (pins?.block === undefined && !(a.pinned ?? []).includes('block') && prefixOf(a.block) !== TENANT_BLOCK_PREFIX[r.size]) {
      add(`${base}.size`, MSG.sizeChanged(r.size, TENANT_BLOCK_PREFIX[r.size], a.block), key);
    }
    const segments: Partial<Record<SegmentName, SegmentAllocation>> = { ...a.segments };
    for (const seg of SEGMENT_NAMES) {
      const has = a.segments[seg];
      const want = r.segments[seg];
      const pin = pins?.segments?.[seg];
      if (has && want !== undefined) {
        if (prefixOf(has.cidr) !== want) add(`${base}.segments.${seg}`, MSG.segmentResized(seg, has.cidr, want), key);
        if (pin?.cidr !== undefined && pin.cidr !== has.cidr) add(`${base}.pins.segments.${seg}.cidr`, MSG.pinMismatch(`segments.${seg}.cidr`, pin.cidr, has.cidr), key);
        if (pin?.tag !== undefined && pin.tag !== has.tag) add(`${base}.pins.segments.${seg}.tag`, MSG.pinMismatch(`segments.${seg}.tag`, pin.tag, has.tag), key);
        if (has.retired) {
          segments[seg] = { vnet: has.vnet, tag: has.tag, cidr: has.cidr };
          changed = true;
        }
      } else if (has && want === undefined) {
        if (!has.retired) {
          segments[seg] = { ...has, retired: true };
          segmentsRetired.push(`${key}.${seg}`);
          changed = true;
        }
      } else if (!has && want !== undefined) {
        pending.push({ key, seg, prefix: want });
        segmentsAdded.push(`${key}.${seg}`);
        changed = true;
      }
    }
    const pinned = pinnedFields(pins);
    if (pinned.join(',') !== (a.pinned ?? []).join(',')) changed = true;
    if (changed) {
      mutable.set(key, { ...a, segments, vmIds: { ...a.vmIds }, retired: undefined, pinned });
    } else {
      out.set(key, a);
    }
  }
}

/** Phase 2: exhaustion of the tag pools, checked up front with the totals. */
export function checkTagPools(run: AllocationRun): void {
  const { zt, prev, req, add, mutable, pending, newKeys } = run;
  const allSegmentCounts: number[] = [];
  for (const key of Object.keys(prev)) {
    const m = mutable.get(key);
    const segs = m ? m.segments : prev[key].segments;
    allSegmentCounts.push(Object.keys(segs).length + pending.filter((p) => p.key === key).length);
  }
  for (const key of newKeys) allSegmentCounts.push(Object.keys(req[key].segments).length);
  const tenantTotal = allSegmentCounts.length;
  if (zt === 'vlan') {
    const total = allSegmentCounts.reduce((s, n) => s + n, 0);
    if (total > VLAN_POOL_SIZE) {
      const same = allSegmentCounts.every((n) => n === allSegmentCounts[0]) ? allSegmentCounts[0] : undefined;
      add('zoneType', MSG.vlanExhausted(tenantTotal, total, same, VLAN_POOL_SIZE));
    }
  } else if (zt === 'qinq' && tenantTotal > VLAN_POOL_SIZE) {
    add('zoneType', MSG.qinqExhausted(tenantTotal, VLAN_POOL_SIZE));
  }
}

/** Phase 3: resources in use by existing tenants (retired ones included). */
export function collectResourcesInUse(run: AllocationRun): void {
  const { zt, prev, out, mutable, numberOwner, blocks, tagOwner } = run;
  const current = (key: string): TenantAllocation | MutableTenant => mutable.get(key) ?? out.get(key)!;
  for (const key of sorted(Object.keys(prev))) {
    const t = current(key);
    numberOwner.set(t.number, key);
    blocks.push({ c: mustReadCidr(t.block), key, text: t.block });
    if (zt === 'vlan') for (const s of Object.values(t.segments)) if (s) tagOwner.set(s.tag, key);
    if (zt === 'qinq' && t.zoneTag !== undefined) tagOwner.set(t.zoneTag, key);
  }
}

/** Phase 4: pins of new tenants (number, block, zone tag, segment tags and CIDRs), checked for clashes. */
export function claimPinsOfNewTenants(run: AllocationRun): void {
  const { zt, req, add, newKeys, numberOwner, blocks, tagOwner, newNumber, newBlock, newZoneTag } = run;
  for (const key of newKeys) {
    const pins = req[key].pins;
    if (!pins) continue;
    const base = `tenants.${key}.pins`;
    if (pins.number !== undefined) {
      const other = numberOwner.get(pins.number);
      if (other !== undefined) add(`${base}.number`, MSG.pinTaken('number', pins.number, other), key);
      else {
        numberOwner.set(pins.number, key);
        newNumber.set(key, pins.number);
      }
    }
    if (pins.block !== undefined) {
      const c = mustReadCidr(pins.block);
      const clash = blocks.find((b) => cidrsOverlap(b.c, c));
      if (clash) add(`${base}.block`, MSG.pinBlockOverlap(pins.block, clash.key, clash.text), key);
      else {
        blocks.push({ c, key, text: pins.block });
        newBlock.set(key, c);
      }
    }
    if (pins.zoneTag !== undefined) {
      const other = tagOwner.get(pins.zoneTag);
      if (other !== undefined) add(`${base}.zoneTag`, MSG.pinTaken('zoneTag', pins.zoneTag, other), key);
      else {
        tagOwner.set(pins.zoneTag, key);
        newZoneTag.set(key, pins.zoneTag);
      }
    }
    const segPins = pins.segments ?? {};
    const pinnedCidrs: Array<{ seg: SegmentName; c: Ipv4Cidr; text: string }> = [];
    const pinnedTags = new Map<number, SegmentName>();
    for (const seg of SEGMENT_NAMES) {
      const p = segPins[seg];
      if (p?.tag !== undefined) {
        const other = zt === 'vlan' ? tagOwner.get(p.tag) : undefined;
        const sameTenant = pinnedTags.get(p.tag);
        if (other !== undefined) add(`${base}.segments.${seg}.tag`, MSG.pinTaken(`segments.${seg}.tag`, p.tag, other), key);
        else if (sameTenant !== undefined) add(`${base}.segments.${seg}.tag`, MSG.pinTagTwice(seg, p.tag, sameTenant), key);
        else {
          pinnedTags.set(p.tag, seg);
          if (zt === 'vlan') tagOwner.set(p.tag, key);
        }
      }
      if (p?.cidr !== undefined) {
        const c = mustReadCidr(p.cidr);
        const clash = pinnedCidrs.find((o) => cidrsOverlap(o.c, c));
        if (clash) add(`${base}.segments.${seg}.cidr`, MSG.pinSegmentOverlap(seg, p.cidr, clash.seg, clash.text), key);
        else pinnedCidrs.push({ seg, c, text: p.cidr });
      }
    }
  }
}

/** Phase 5: tenant numbers above the highest number ever used, in sorted key order; limits of the number space. */
export function assignNumbers(run: AllocationRun): void {
  const { request, zt, req, add, newKeys, numberOwner, newNumber } = run;
  let next = Math.max(FIRST_TENANT_NUMBER - 1, ...numberOwner.keys()) + 1;
  for (const key of newKeys) {
    if (newNumber.has(key) || req[key].pins?.number !== undefined) continue;
    newNumber.set(key, next);
    numberOwner.set(next, key);
    next++;
  }
  // Limits of the number space; each kind is reported once, for the highest number.
  const highest = Math.max(0, ...newNumber.values());
  if (highest > MAX_TENANT_NUMBER) add('tenants', MSG.tenantNumbersExhausted(highest, MAX_TENANT_NUMBER));
  // The VNI space is a property of the zone type (VLAN and QinQ exhaustion are reported there too).
  if ((zt === 'vxlan' || zt === 'evpn') && highest > MAX_VNI_TENANT_NUMBER) add('zoneType', MSG.vniExhausted(highest, MAX_VNI_TENANT_NUMBER));
  const highestEnd = request.vmIdBase + (highest + 1) * request.vmIdsPerTenant - 1;
  if (newNumber.size > 0 && highestEnd > MAX_VM_ID) add('compute', MSG.vmIdsExhausted(highest, highestEnd));
}

/** Phase 6: blocks, the first free aligned block across the supernets, in order. */
export function assignBlocks(run: AllocationRun): void {
  const { request, req, add, newKeys, blocks, newBlock } = run;
  const free = FreeList.fromSupernets(request.supernets.map(mustReadCidr), blocks.map((b) => b.c));
  const unplaced: string[] = [];
  const unplacedPrefixes = new Set<number>();
  for (const key of newKeys) {
    if (newBlock.has(key) || req[key].pins?.block !== undefined) continue;
    const prefix = TENANT_BLOCK_PREFIX[req[key].size];
    const start = free.take(prefixSize(prefix));
    if (start === undefined) {
      unplaced.push(key);
      unplacedPrefixes.add(prefix);
    } else newBlock.set(key, { network: start, prefixLength: prefix });
  }
  if (unplaced.length > 0) {
    const prefixes = [...unplacedPrefixes].sort((x, y) => y - x).map((p) => `/${p}`).join(' or ');
    add('supernets', MSG.addressesExhausted(unplaced.length, prefixes, unplaced, request.supernets));
  }
}

/** Hands out segment tags (vlan: VLAN tags; qinq: customer tags; vxlan/evpn: VNIs) and QinQ service tags. */
export interface TagAllocator {
  /** The next free VLAN tag, now owned by `key`. */
  readonly nextVlan: (key: string) => number;
  /** The tag of a tenant's segment: the pinned one, or the zone type's rule. */
  readonly segmentTag: (key: string, n: number, seg: SegmentName, pinnedTag: number | undefined) => number;
}

/** Phase 7: the tag allocator over the tags in use. */
export function tagAllocator(run: AllocationRun): TagAllocator {
  const { zt, tagOwner } = run;
  let vlanCursor: number = VLAN_POOL.min;
  const nextVlan = (key: string): number => {
    while (tagOwner.has(vlanCursor)) vlanCursor++;
    tagOwner.set(vlanCursor, key);
    return vlanCursor;
  };
  const segmentTag = (key: string, n: number, seg: SegmentName, pinnedTag: number | undefined): number => {
    if (pinnedTag !== undefined) return pinnedTag;
    switch (zt) {
      case 'vlan': return nextVlan(key);
      case 'qinq': return SEGMENT_CATALOGUE[seg].customerTag;
      default: return segmentVni(n, SEGMENT_CATALOGUE[seg].vniSlot);
    }
  };
  return { nextVlan, segmentTag };
}

/** Phase 7a: segments added to existing tenants. */
export function allocateAddedSegments(run: AllocationRun, tags: TagAllocator): void {
  const { segmentTag } = tags;
  const { zt, req, add, mutable, pending, tagOwner } = run;
  for (const { key, seg, prefix } of pending) {
    const t = mutable.get(key)!;
    const block = mustReadCidr(t.block);
    const taken = Object.values(t.segments).filter((s): s is SegmentAllocation => !!s).map((s) => mustReadCidr(s.cidr));
    const pin = req[key].pins?.segments?.[seg];
    let cidr: Ipv4Cidr | undefined;
    if (pin?.cidr !== undefined) {
      const c = mustReadCidr(pin.cidr);
      const clash = Object.entries(t.segments).find(([, s]) => s && cidrsOverlap(mustReadCidr(s.cidr), c));
      if (!cidrContains(block, c)) add(`tenants.${key}.pins.segments.${seg}.cidr`, MSG.pinSegmentOutsideBlock(seg, pin.cidr, t.block), key);
      else if (clash) add(`tenants.${key}.pins.segments.${seg}.cidr`, MSG.pinSegmentOverlap(seg, pin.cidr, clash[0], clash[1]!.cidr), key);
      else cidr = c;
    } else {
      cidr = fitSubnet(block, prefix, taken);
      if (!cidr) add(`tenants.${key}.segments.${seg}`, MSG.segmentDoesNotFit(seg, prefix, t.block), key);
    }
    if (!cidr) continue;
    if (pin?.tag !== undefined && zt === 'vlan') {
      const other = tagOwner.get(pin.tag);
      if (other !== undefined) {
        add(`tenants.${key}.pins.segments.${seg}.tag`, MSG.pinTaken(`segments.${seg}.tag`, pin.tag, other), key);
        continue;
      }
      tagOwner.set(pin.tag, key);
    }
    t.segments[seg] = { vnet: vnetId(t.code, seg), tag: segmentTag(key, t.number, seg, pin?.tag), cidr: formatCidr(cidr) };
  }
}

/** Phase 7b: new tenants. */
export function allocateNewTenants(run: AllocationRun, tags: TagAllocator): void {
  const { nextVlan, segmentTag } = tags;
  const { request, zt, req, add, mutable, added, newKeys, newNumber, newBlock, newZoneTag } = run;
  for (const key of newKeys) {
    const r = req[key];
    const n = newNumber.get(key);
    const block = newBlock.get(key);
    if (n === undefined || block === undefined) continue;
    const code = tenantCode(n);
    const taken: Ipv4Cidr[] = [];
    const segPins = r.pins?.segments ?? {};
    for (const seg of SEGMENT_NAMES) if (segPins[seg]?.cidr !== undefined) taken.push(mustReadCidr(segPins[seg]!.cidr!));
    const segments: Partial<Record<SegmentName, SegmentAllocation>> = {};
    for (const seg of SEGMENT_NAMES) {
      const prefix = r.segments[seg];
      if (prefix === undefined) continue;
      let cidr: Ipv4Cidr | undefined;
      const pinnedCidr = segPins[seg]?.cidr;
      if (pinnedCidr !== undefined) cidr = mustReadCidr(pinnedCidr);
      else {
        cidr = fitSubnet(block, prefix, taken);
        if (!cidr) {
          add(`tenants.${key}.segments.${seg}`, MSG.segmentDoesNotFit(seg, prefix, formatCidr(block)), key);
          continue;
        }
        taken.push(cidr);
      }
      segments[seg] = { vnet: vnetId(code, seg), tag: segmentTag(key, n, seg, segPins[seg]?.tag), cidr: formatCidr(cidr) };
    }
    let zoneTag: number | undefined;
    if (zt === 'qinq') zoneTag = newZoneTag.get(key) ?? nextVlan(key);
    if (zt === 'evpn') zoneTag = segmentVni(n, VRF_VNI_SLOT);
    const start = request.vmIdBase + n * request.vmIdsPerTenant;
    mutable.set(key, {
      number: n,
      code,
      zone: hasTenantZone(zt) ? zoneId(n) : undefined,
      zoneTag,
      block: formatCidr(block),
      segments,
      vmIds: { start, end: start + request.vmIdsPerTenant - 1 },
      pbsNamespace: `${request.pbsNamespaceRoot}/${key}`,
      pinned: pinnedFields(r.pins),
    });
    added.push(key);
  }
}

/** The lock of this run: every tenant in canonical form, sorted by key. */
export function buildLock(run: AllocationRun): LockFile {
  const { zt, out, mutable } = run;
  for (const [key, t] of mutable) out.set(key, canonicalTenant(t as TenantAllocation));
  const tenants: Record<string, TenantAllocation> = {};
  for (const key of sorted(out.keys())) tenants[key] = out.get(key)!;
  return { version: 1, zoneType: zt, tenants };
}

/** First aligned subnet of `prefix` inside `block` that overlaps none of `taken`. */
export function fitSubnet(block: Ipv4Cidr, prefix: number, taken: readonly Ipv4Cidr[]): Ipv4Cidr | undefined {
  if (prefix < block.prefixLength) return undefined;
  const size = prefixSize(prefix);
  for (let s = block.network; s + size <= cidrEnd(block); s += size) {
    const c = { network: s, prefixLength: prefix };
    if (!taken.some((t) => cidrsOverlap(t, c))) return c;
  }
  return undefined;
}
