/**
 * Stable fleet allocation: turns the fleet's tenants into SDN IDs, tags, address blocks, VM ID
 * ranges and PBS namespaces, recorded in fleet.lock.yaml. Deterministic; an allocation once written
 * is never changed by later runs (see docs/adr/0001-id-scheme.md):
 *
 * - tenants in the previous lock keep every value; new tenants follow in sorted key order with
 *   numbers above the highest number ever used (retired numbers are never reused);
 * - a tenant missing from the request is marked `retired` and keeps its reservations; when it comes
 *   back it gets the same allocation again;
 * - a segment removed from a tenant is marked `retired` on the segment and keeps its subnet and tag;
 *   requesting it again un-retires it; a new segment gets the first free aligned subnet of the block;
 * - pins (number, block, zoneTag, segment cidr/tag) are honoured and checked for conflicts.
 *
 * All problems are collected and thrown as one AllocationError.
 */
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, SEGMENT_PREFIX_BOUNDS, TENANT_BLOCK_PREFIX } from '../model/catalogue';
import type {
  FleetFile, LockFile, SegmentAllocation, SegmentName, SizeProfile, TenantAllocation, ZoneType,
} from '../model/parameters';
import { MAX_TENANT_NUMBER, tenantCode, vnetId, zoneId } from '../model/codes';
import { checkPbsNamespace, PBS_NAMESPACE_MAX_DEPTH } from '../model/identifier-rules';
import { validateTenantKey } from '../model/tenant-key';
import {
  DEFAULT_PBS_NAMESPACE_ROOT, DEFAULT_VM_ID_BASE, DEFAULT_VM_IDS_PER_TENANT, FIRST_TENANT_NUMBER, hasTenantZone,
  MAX_VM_ID, MAX_VNI_TENANT_NUMBER, MIN_VM_ID, segmentVni, VLAN_POOL, VLAN_POOL_SIZE, VRF_VNI_SLOT, ZONE_TYPES,
} from '../model/allocation-scheme';
import { AllocationError, AllocationProblem, MSG } from './errors';
import { cidrContains, cidrEnd, cidrsOverlap, formatCidr, Ipv4Cidr, prefixSize } from '../core/ipv4';
import { mustReadCidr, readCidr } from './addresses';
import { checkLockConsistency } from './consistency';
import { FreeList } from './free-list';

/** Manual pins for one tenant, e.g. to migrate a Kommune with existing addresses and VLANs. */
export interface TenantPins {
  /** Tenant number (and so code, zone ID, VNIs and VM ID range). */
  readonly number?: number;
  /** The tenant's address block, any prefix length that holds its segments. */
  readonly block?: string;
  /** QinQ service tag (qinq only). */
  readonly zoneTag?: number;
  /** Per segment: its subnet (needs `block`) and/or its tag (vlan: VLAN tag, qinq: customer tag). */
  readonly segments?: Readonly<Partial<Record<SegmentName, { readonly cidr?: string; readonly tag?: number }>>>;
}

export interface TenantRequest {
  readonly size: SizeProfile;
  /** Enabled segments with their prefix length. */
  readonly segments: Readonly<Partial<Record<SegmentName, number>>>;
  readonly pins?: TenantPins;
}

export interface AllocationRequest {
  readonly zoneType: ZoneType;
  /** IPv4 supernets in order of use. */
  readonly supernets: readonly string[];
  readonly vmIdBase: number;
  readonly vmIdsPerTenant: number;
  /** PBS namespace under which each tenant gets `<root>/<key>`. */
  readonly pbsNamespaceRoot: string;
  readonly tenants: Readonly<Record<string, TenantRequest>>;
}

export interface AllocationResult {
  readonly lock: LockFile;
  /** Tenants allocated in this run, sorted. */
  readonly added: readonly string[];
  /** Tenants newly marked retired in this run, sorted. */
  readonly retired: readonly string[];
  /** Retired tenants that came back with their old allocation, sorted. */
  readonly restored: readonly string[];
  /** "key.segment" of segments added to existing tenants. */
  readonly segmentsAdded: readonly string[];
  /** "key.segment" of segments newly marked retired. */
  readonly segmentsRetired: readonly string[];
}

/** Builds the request from fleet.yaml, applying the vetted defaults where the fleet left a value unset. */
export function requestFromFleet(fleet: FleetFile, tenants: Readonly<Record<string, TenantRequest>>): AllocationRequest {
  return {
    zoneType: fleet.network.zoneType,
    supernets: fleet.network.supernets,
    vmIdBase: fleet.compute?.vmIdBase ?? DEFAULT_VM_ID_BASE,
    vmIdsPerTenant: fleet.compute?.vmIdsPerTenant ?? DEFAULT_VM_IDS_PER_TENANT,
    pbsNamespaceRoot: fleet.backup.namespaceRoot ?? DEFAULT_PBS_NAMESPACE_ROOT,
    tenants,
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

const prefixOf = (cidr: string): number => Number(cidr.split('/')[1]);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

// ---------------------------------------------------------------------------------------------
// Request validation
// ---------------------------------------------------------------------------------------------

function validateRequest(req: AllocationRequest): AllocationProblem[] {
  const problems: AllocationProblem[] = [];
  const add = (path: string, message: string, tenant?: string) => problems.push({ path, message, ...(tenant ? { tenant } : {}) });

  if (!ZONE_TYPES.includes(req.zoneType)) add('zoneType', MSG.zoneTypeInvalid(req.zoneType));
  if (!Array.isArray(req.supernets) || req.supernets.length === 0) add('supernets', MSG.supernetsEmpty());
  const nets: Array<{ c: Ipv4Cidr; text: string }> = [];
  (req.supernets ?? []).forEach((text, i) => {
    const c = readCidr(text);
    if (typeof c === 'string') add(`supernets[${i}]`, MSG.supernetInvalid(c));
    else nets.push({ c, text });
  });
  const byStart = [...nets].sort((a, b) => a.c.network - b.c.network);
  for (let i = 1; i < byStart.length; i++) {
    if (cidrsOverlap(byStart[i - 1].c, byStart[i].c)) add('supernets', MSG.supernetsOverlap(byStart[i - 1].text, byStart[i].text));
  }
  if (!isInt(req.vmIdBase) || req.vmIdBase < MIN_VM_ID || req.vmIdBase > MAX_VM_ID) {
    add('vmIdBase', MSG.integerOutOfRange(req.vmIdBase, MIN_VM_ID, MAX_VM_ID));
  }
  if (!isInt(req.vmIdsPerTenant) || req.vmIdsPerTenant < 1 || req.vmIdsPerTenant > MAX_VM_ID) {
    add('vmIdsPerTenant', MSG.integerOutOfRange(req.vmIdsPerTenant, 1, MAX_VM_ID));
  }
  const rootProblem = checkPbsNamespace(req.pbsNamespaceRoot)
    ?? (typeof req.pbsNamespaceRoot === 'string' && req.pbsNamespaceRoot.split('/').length >= PBS_NAMESPACE_MAX_DEPTH
      ? `PBS namespace "${req.pbsNamespaceRoot}": is ${req.pbsNamespaceRoot.split('/').length} levels deep, at most ${PBS_NAMESPACE_MAX_DEPTH - 1} allowed for the root`
      : undefined);
  if (rootProblem) add('pbsNamespaceRoot', MSG.pbsRootInvalid(rootProblem));

  for (const key of sorted(Object.keys(req.tenants ?? {}))) {
    const t = req.tenants[key];
    const base = `tenants.${key}`;
    const keyProblems = validateTenantKey(key);
    if (keyProblems.length > 0) add(base, MSG.tenantKeyInvalid(keyProblems), key);
    const sizeOk = t.size === 's' || t.size === 'm' || t.size === 'l';
    if (!sizeOk) add(`${base}.size`, MSG.sizeInvalid(t.size), key);
    const pinnedBlock = t.pins?.block !== undefined ? readCidr(t.pins.block) : undefined;
    if (typeof pinnedBlock === 'string') add(`${base}.pins.block`, pinnedBlock, key);
    const blockPrefix = typeof pinnedBlock === 'object' ? pinnedBlock.prefixLength : sizeOk ? TENANT_BLOCK_PREFIX[t.size] : 0;
    for (const name of Object.keys(t.segments ?? {})) {
      if (!(name in SEGMENT_CATALOGUE)) {
        add(`${base}.segments.${name}`, MSG.segmentUnknown(name, SEGMENT_NAMES), key);
        continue;
      }
      const p = t.segments[name as SegmentName];
      if (!isInt(p) || p < SEGMENT_PREFIX_BOUNDS.min || p > SEGMENT_PREFIX_BOUNDS.max) {
        add(`${base}.segments.${name}`, MSG.prefixInvalid(p, SEGMENT_PREFIX_BOUNDS.min, SEGMENT_PREFIX_BOUNDS.max), key);
      } else if (p < blockPrefix) {
        add(`${base}.segments.${name}`, MSG.prefixLargerThanBlock(p, blockPrefix), key);
      }
    }
    for (const name of SEGMENT_NAMES) {
      if (SEGMENT_CATALOGUE[name].mandatory && t.segments?.[name] === undefined) {
        add(`${base}.segments`, MSG.segmentMandatory(name), key);
      }
    }
    const pins = t.pins;
    if (!pins) continue;
    if (pins.number !== undefined && (!isInt(pins.number) || pins.number < FIRST_TENANT_NUMBER || pins.number > MAX_TENANT_NUMBER)) {
      add(`${base}.pins.number`, MSG.integerOutOfRange(pins.number, FIRST_TENANT_NUMBER, MAX_TENANT_NUMBER), key);
    }
    if (pins.zoneTag !== undefined) {
      if (req.zoneType !== 'qinq') add(`${base}.pins.zoneTag`, MSG.pinNotSupported('zoneTag', req.zoneType, 'qinq'), key);
      else if (!isInt(pins.zoneTag) || pins.zoneTag < VLAN_POOL.min || pins.zoneTag > VLAN_POOL.max) {
        add(`${base}.pins.zoneTag`, MSG.integerOutOfRange(pins.zoneTag, VLAN_POOL.min, VLAN_POOL.max), key);
      }
    }
    for (const [name, p] of Object.entries(pins.segments ?? {})) {
      const path = `${base}.pins.segments.${name}`;
      if (!(name in SEGMENT_CATALOGUE)) {
        add(path, MSG.segmentUnknown(name, SEGMENT_NAMES), key);
        continue;
      }
      const seg = name as SegmentName;
      if (t.segments?.[seg] === undefined) add(path, MSG.pinSegmentNotRequested(seg), key);
      if (p?.tag !== undefined) {
        if (req.zoneType !== 'vlan' && req.zoneType !== 'qinq') {
          add(`${path}.tag`, MSG.pinNotSupported(`segments.${seg}.tag`, req.zoneType, 'vlan and qinq'), key);
        } else if (!isInt(p.tag) || p.tag < VLAN_POOL.min || p.tag > VLAN_POOL.max) {
          add(`${path}.tag`, MSG.integerOutOfRange(p.tag, VLAN_POOL.min, VLAN_POOL.max), key);
        }
      }
      if (p?.cidr !== undefined) {
        const c = readCidr(p.cidr);
        const requested = t.segments?.[seg];
        if (typeof c === 'string') add(`${path}.cidr`, c, key);
        else if (pins.block === undefined) add(`${path}.cidr`, MSG.pinNeedsBlock(seg), key);
        else if (typeof pinnedBlock === 'object' && !cidrContains(pinnedBlock, c)) {
          add(`${path}.cidr`, MSG.pinSegmentOutsideBlock(seg, p.cidr, pins.block), key);
        } else if (requested !== undefined && c.prefixLength !== requested) {
          add(`${path}.cidr`, MSG.pinSegmentPrefix(seg, p.cidr, requested), key);
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// allocate()
// ---------------------------------------------------------------------------------------------

interface MutableTenant {
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

/**
 * Allocates every tenant of the request, keeping the previous lock's allocations unchanged.
 * @throws AllocationError listing every problem (tenant, field, value, what is allowed)
 */
export function allocate(request: AllocationRequest, previous?: LockFile): AllocationResult {
  const problems = validateRequest(request);
  if (previous && previous.zoneType !== request.zoneType) {
    problems.push({ path: 'zoneType', message: MSG.zoneTypeChanged(previous.zoneType, request.zoneType) });
  }
  if (problems.length > 0) throw new AllocationError(problems);

  const zt = request.zoneType;
  const prev = previous?.tenants ?? {};
  const req = request.tenants;
  const add = (path: string, message: string, tenant?: string) => problems.push({ path, message, ...(tenant ? { tenant } : {}) });

  const out = new Map<string, TenantAllocation>();
  const mutable = new Map<string, MutableTenant>();
  const added: string[] = [];
  const retired: string[] = [];
  const restored: string[] = [];
  const segmentsAdded: string[] = [];
  const segmentsRetired: string[] = [];
  /** Segments to allocate inside existing blocks, in key then catalogue order. */
  const pending: Array<{ key: string; seg: SegmentName; prefix: number }> = [];

  // 1. Existing tenants: keep, retire, restore, add or retire segments.
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

  const newKeys = sorted(Object.keys(req).filter((k) => !(k in prev)));

  // 2. Exhaustion of tag pools, checked up front with the totals.
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
  if (problems.length > 0) throw new AllocationError(problems);

  // 3. Resources in use (existing tenants, retired ones included).
  const numberOwner = new Map<number, string>();
  const blocks: Array<{ c: Ipv4Cidr; key: string; text: string }> = [];
  const tagOwner = new Map<number, string>(); // vlan: segment tags; qinq: service tags
  const current = (key: string): TenantAllocation | MutableTenant => mutable.get(key) ?? out.get(key)!;
  for (const key of sorted(Object.keys(prev))) {
    const t = current(key);
    numberOwner.set(t.number, key);
    blocks.push({ c: mustReadCidr(t.block), key, text: t.block });
    if (zt === 'vlan') for (const s of Object.values(t.segments)) if (s) tagOwner.set(s.tag, key);
    if (zt === 'qinq' && t.zoneTag !== undefined) tagOwner.set(t.zoneTag, key);
  }

  // 4. Pins of new tenants.
  const newNumber = new Map<string, number>();
  const newBlock = new Map<string, Ipv4Cidr>();
  const newZoneTag = new Map<string, number>();
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

  // 5. Numbers: above the highest number ever used, in sorted key order.
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
  if ((zt === 'vxlan' || zt === 'evpn') && highest > MAX_VNI_TENANT_NUMBER) add('tenants', MSG.vniExhausted(highest, MAX_VNI_TENANT_NUMBER));
  const highestEnd = request.vmIdBase + (highest + 1) * request.vmIdsPerTenant - 1;
  if (newNumber.size > 0 && highestEnd > MAX_VM_ID) add('compute', MSG.vmIdsExhausted(highest, highestEnd));
  if (problems.length > 0) throw new AllocationError(problems);

  // 6. Blocks: first free aligned block across the supernets, in order.
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

  // 7. Tags.
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

  // 7a. Segments added to existing tenants.
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

  // 7b. New tenants.
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
  if (problems.length > 0) throw new AllocationError(problems);

  for (const [key, t] of mutable) out.set(key, canonicalTenant(t as TenantAllocation));
  const tenants: Record<string, TenantAllocation> = {};
  for (const key of sorted(out.keys())) tenants[key] = out.get(key)!;
  const lock: LockFile = { version: 1, zoneType: zt, tenants };

  const consistency = checkLockConsistency(lock);
  if (consistency.length > 0) throw new AllocationError(consistency);
  return { lock, added, retired, restored, segmentsAdded, segmentsRetired };
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
