import type { SegmentName } from '../config/model';
export declare const TENANT_CODE_PREFIX = "t";
export declare const ZONE_ID_PREFIX = "z";
/** Base-36 digits in codes: 36^4 = 1,679,616 distinct values. */
export declare const CODE_DIGITS = 4;
/** Largest tenant number a code can carry (1,679,615). */
export declare const MAX_TENANT_NUMBER: number;
/** Tenant code, e.g. 1 -> "t0001", 1295 -> "t00zz". */
export declare function tenantCode(n: number): string;
/** Per-tenant SDN zone ID (qinq, evpn), e.g. 1 -> "z0001". */
export declare function zoneId(n: number): string;
/** SDN vnet ID of a tenant segment, e.g. ("t0001", "servers") -> "t0001sv". */
export declare function vnetId(code: string, segment: SegmentName): string;
/** Inverse of tenantCode; undefined when the text is not a tenant code. */
export declare function parseTenantCode(code: string): number | undefined;
