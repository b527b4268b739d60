/**
 * The vetted catalogue: segments, size profiles and bounds. One source for each default (STYLE 3):
 * code, generated docs and the JSON Schema read these constants.
 */
import type { SegmentName, SizeProfile, TrustLevel } from './model';
export interface SegmentCatalogueEntry {
    readonly name: SegmentName;
    /** Two-letter code used in SDN vnet IDs (tenant code + segment code, <= 8 characters). */
    readonly code: string;
    /** Customer VLAN tag inside a tenant's QinQ service tag; fixed per segment. */
    readonly customerTag: number;
    /** Slot 0-15 of the segment inside a tenant's VNI range (vxlan/evpn). */
    readonly vniSlot: number;
    readonly trust: TrustLevel;
    /** Human role, shown in the network plan. */
    readonly role: string;
    /** Present in every tenant. */
    readonly mandatory: boolean;
    /** Default prefix length per size profile. */
    readonly prefixLength: Readonly<Record<SizeProfile, number>>;
    /** Serve DHCP by default. */
    readonly dhcp: boolean;
    /** May never reach the management segment, not even through an exception. */
    readonly neverToManagement: boolean;
}
export declare const SEGMENT_CATALOGUE: Readonly<Record<SegmentName, SegmentCatalogueEntry>>;
/** Segment names in catalogue order (allocation order inside a tenant block). */
export declare const SEGMENT_NAMES: readonly SegmentName[];
/** Prefix length of a tenant's address block per size profile. */
export declare const TENANT_BLOCK_PREFIX: Readonly<Record<SizeProfile, number>>;
/** Smallest and largest prefix length a Kommune may choose for a segment. */
export declare const SEGMENT_PREFIX_BOUNDS: {
    readonly min: 20;
    readonly max: 28;
};
export declare const DEFAULT_SIZE: SizeProfile;
