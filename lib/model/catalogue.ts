/**
 * The vetted catalogue: segments, size profiles and bounds. One source for each default (STYLE 3):
 * code, generated docs and the JSON Schema read these constants.
 */
import type { SegmentName, SizeProfile, TrustLevel } from './parameters';

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
  /**
   * Serve DHCP by default. Never for an untrusted segment: the vetted rule pack's KOM-NET-3
   * (lib/compliance/rules/net-3-untrusted-dhcp.ts) flags a DHCP range in dmz, schools and iot, so a
   * default of true there made every tenant that enables the segment fail the pack without having
   * chosen anything. A Kommune that runs DHCP there sets `dhcp: true` and documents it with a
   * suppression of KOM-NET-3 (as examples/verbandsgemeinde does for its schools).
   */
  readonly dhcp: boolean;
  /** May never reach the management segment, not even through an exception. */
  readonly neverToManagement: boolean;
}

export const SEGMENT_CATALOGUE: Readonly<Record<SegmentName, SegmentCatalogueEntry>> = {
  management: {
    name: 'management', code: 'mg', customerTag: 10, vniSlot: 0, trust: 'high', mandatory: true,
    role: 'Administration: admin workstations, hypervisor-facing services, log collector',
    prefixLength: { s: 26, m: 26, l: 25 }, dhcp: false, neverToManagement: false,
  },
  servers: {
    name: 'servers', code: 'sv', customerTag: 20, vniSlot: 1, trust: 'medium', mandatory: true,
    role: 'Specialist procedures (Fachverfahren), file and directory servers',
    prefixLength: { s: 25, m: 24, l: 23 }, dhcp: false, neverToManagement: false,
  },
  clients: {
    name: 'clients', code: 'cl', customerTag: 30, vniSlot: 2, trust: 'low', mandatory: true,
    role: 'Office workstations of the administration',
    prefixLength: { s: 24, m: 23, l: 22 }, dhcp: true, neverToManagement: false,
  },
  dmz: {
    name: 'dmz', code: 'dz', customerTag: 40, vniSlot: 3, trust: 'untrusted', mandatory: false,
    role: 'Published services (citizen portal, reverse proxy)',
    prefixLength: { s: 27, m: 27, l: 26 }, dhcp: false, neverToManagement: true,
  },
  schools: {
    name: 'schools', code: 'sc', customerTag: 50, vniSlot: 4, trust: 'untrusted', mandatory: false,
    role: 'School networks run by the Kommune as Schultraeger',
    prefixLength: { s: 24, m: 23, l: 22 }, dhcp: false, neverToManagement: true,
  },
  iot: {
    name: 'iot', code: 'io', customerTag: 60, vniSlot: 5, trust: 'untrusted', mandatory: false,
    role: 'Building technology and IoT (heating, access control, meters)',
    prefixLength: { s: 26, m: 25, l: 24 }, dhcp: false, neverToManagement: true,
  },
};

/** Segment names in catalogue order (allocation order inside a tenant block). */
export const SEGMENT_NAMES: readonly SegmentName[] = ['management', 'servers', 'clients', 'dmz', 'schools', 'iot'];

/** Prefix length of a tenant's address block per size profile. */
export const TENANT_BLOCK_PREFIX: Readonly<Record<SizeProfile, number>> = { s: 22, m: 21, l: 20 };

/** Smallest and largest prefix length a Kommune may choose for a segment. */
export const SEGMENT_PREFIX_BOUNDS = { min: 20, max: 28 } as const;

export const DEFAULT_SIZE: SizeProfile = 's';
