/**
 * Compact, allocated identifiers (see docs/adr/0001-id-scheme.md). A tenant number is turned into a
 * 5-character code ('t' + 4 base-36 digits); SDN IDs are built from it and fit Proxmox's 8-character
 * limit: vnet = code + 2-letter segment code (7 characters), zone = 'z' + 4 base-36 digits.
 */
import { SEGMENT_CATALOGUE } from './catalogue';
import type { SegmentName } from './parameters';

export const TENANT_CODE_PREFIX = 't';
export const ZONE_ID_PREFIX = 'z';
/** Base-36 digits in codes: 36^4 = 1,679,616 distinct values. */
export const CODE_DIGITS = 4;
/** Largest tenant number a code can carry (1,679,615). */
export const MAX_TENANT_NUMBER = 36 ** CODE_DIGITS - 1;

function base36(n: number, what: string): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_TENANT_NUMBER) {
    throw new RangeError(`${what}: tenant number ${n} must be an integer from 0 to ${MAX_TENANT_NUMBER}`);
  }
  return n.toString(36).padStart(CODE_DIGITS, '0');
}

/** Tenant code, e.g. 1 -> "t0001", 1295 -> "t00zz". */
export function tenantCode(n: number): string {
  return TENANT_CODE_PREFIX + base36(n, 'tenantCode');
}

/** Per-tenant SDN zone ID (qinq, evpn), e.g. 1 -> "z0001". */
export function zoneId(n: number): string {
  return ZONE_ID_PREFIX + base36(n, 'zoneId');
}

/** SDN vnet ID of a tenant segment, e.g. ("t0001", "servers") -> "t0001sv". */
export function vnetId(code: string, segment: SegmentName): string {
  return code + SEGMENT_CATALOGUE[segment].code;
}

/** Inverse of tenantCode; undefined when the text is not a tenant code. */
export function parseTenantCode(code: string): number | undefined {
  const m = /^t([0-9a-z]{4})$/.exec(code);
  return m ? parseInt(m[1], 36) : undefined;
}

/** Firewall security group of a tenant segment, e.g. ("t0001", "servers") -> "t0001-sv". */
export function segmentSecurityGroupName(code: string, segment: SegmentName): string {
  return `${code}-${SEGMENT_CATALOGUE[segment].code}`;
}

/** Firewall IP set holding a tenant segment's subnet, e.g. ("t0001", "servers") -> "t0001-sv-net". */
export function segmentIpSetName(code: string, segment: SegmentName): string {
  return `${segmentSecurityGroupName(code, segment)}-net`;
}
