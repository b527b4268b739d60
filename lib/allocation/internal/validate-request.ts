/**
 * Checks of an allocation request before anything is allocated: zone type, supernets, VM ID and
 * PBS namespace settings, and per tenant its key, size, segments and pins.
 */
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, SEGMENT_PREFIX_BOUNDS, TENANT_BLOCK_PREFIX } from '../../model/catalogue';
import type { SegmentName } from '../../model/parameters';
import { MAX_TENANT_NUMBER } from '../../model/codes';
import { checkPbsNamespace, PBS_NAMESPACE_MAX_DEPTH } from '../../model/identifier-rules';
import { validateTenantKey } from '../../model/tenant-key';
import { FIRST_TENANT_NUMBER, MAX_VM_ID, MIN_VM_ID, VLAN_POOL, ZONE_TYPES } from '../../model/allocation-scheme';
import { cidrContains, cidrsOverlap, Ipv4Cidr } from '../../core/ipv4';
import { AllocationProblem, MSG } from '../errors';
import { readCidr } from '../addresses';
import type { AllocationRequest } from '../allocate';
import { isInt, sorted } from './phases';

/** Every problem of the request; empty when it can be allocated. */
export function validateRequest(req: AllocationRequest): AllocationProblem[] {
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
