/**
 * Error texts of allocation and the lockfile, in one module (STYLE 7). Every text names the bad
 * value and what is allowed; the problem's `path` names the field (e.g. `tenants.mainz.pins.block`).
 */
import type { ZoneType } from '../config/model';
export interface AllocationProblem {
    /** Field path in the request or lock, or file:line:column for lockfile problems. */
    readonly path: string;
    /** Tenant the problem belongs to, if any. */
    readonly tenant?: string;
    readonly message: string;
}
/** One error for all problems of an allocation run; `problems` holds them one by one. */
export declare class AllocationError extends Error {
    readonly problems: readonly AllocationProblem[];
    constructor(problems: readonly AllocationProblem[], what?: string);
}
/** 12345 -> "12,345" (locale-independent). */
export declare function fmt(n: number): string;
/** The texts. Tests assert on these exactly. */
export declare const MSG: {
    zoneTypeInvalid: (v: unknown) => string;
    zoneTypeChanged: (lock: ZoneType, req: ZoneType) => string;
    supernetsEmpty: () => string;
    supernetInvalid: (reason: string) => string;
    supernetsOverlap: (a: string, b: string) => string;
    integerOutOfRange: (v: unknown, min: number, max: number) => string;
    pbsRootInvalid: (reason: string) => string;
    tenantKeyInvalid: (problems: readonly string[]) => string;
    sizeInvalid: (v: unknown) => string;
    segmentUnknown: (name: string, allowed: readonly string[]) => string;
    segmentMandatory: (name: string) => string;
    prefixInvalid: (v: unknown, min: number, max: number) => string;
    prefixLargerThanBlock: (v: number, block: number) => string;
    vlanExhausted: (tenants: number, segments: number, perTenant: number | undefined, available: number) => string;
    qinqExhausted: (tenants: number, available: number) => string;
    vniExhausted: (n: number, max: number) => string;
    tenantNumbersExhausted: (n: number, max: number) => string;
    vmIdsExhausted: (n: number, end: number) => string;
    addressesExhausted: (count: number, prefixes: string, keys: readonly string[], supernets: readonly string[]) => string;
    segmentDoesNotFit: (segment: string, prefix: number, block: string) => string;
    segmentResized: (segment: string, cidr: string, prefix: number) => string;
    sizeChanged: (size: string, wanted: number, block: string) => string;
    pinMismatch: (field: string, pin: unknown, lock: unknown) => string;
    pinTaken: (field: string, value: unknown, other: string) => string;
    pinTagTwice: (segment: string, tag: number, other: string) => string;
    pinBlockOverlap: (block: string, other: string, otherBlock: string) => string;
    pinSegmentOutsideBlock: (segment: string, cidr: string, block: string) => string;
    pinSegmentOverlap: (segment: string, cidr: string, other: string, otherCidr: string) => string;
    pinSegmentPrefix: (segment: string, cidr: string, prefix: number) => string;
    segmentOutsideBlock: (segment: string, cidr: string, block: string) => string;
    segmentOverlap: (segment: string, cidr: string, other: string, otherCidr: string) => string;
    tagTwice: (segment: string, tag: number, other: string) => string;
    pinNeedsBlock: (segment: string) => string;
    pinNotSupported: (field: string, zoneType: ZoneType, allowed: string) => string;
    pinSegmentNotRequested: (segment: string) => string;
    duplicate: (what: string, value: unknown, a: string, b: string) => string;
    overlap: (what: string, a: string, av: string, b: string, bv: string) => string;
    derivedMismatch: (field: string, value: unknown, expected: unknown) => string;
};
