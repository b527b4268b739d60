/**
 * The vetted guest catalogue: the virtual machines and containers a Kommune may run, by profile
 * and size (docs/workloads.md). A Kommune file names a profile, a size, a segment and a count;
 * CPU, memory and disk sizes come from here, never from free numbers, unless the guest carries an
 * explicit, reasoned `override` (an escape hatch shown in the guest's description and tags).
 */
import type { FleetFile, SegmentName } from './parameters';
import { parseIpv4Address } from '../core/ipv4';

/** Profiles of the catalogue. */
export type GuestProfileName = 'edge' | 'directory' | 'file' | 'app' | 'container';

/** Sizes of the catalogue (the same three words for every profile). */
export type GuestSizeName = 's' | 'm' | 'l';

/** What Proxmox runs: a QEMU virtual machine or an LXC container. */
export type GuestKindName = 'vm' | 'container';

/** The resources of one size of a profile. */
export interface GuestSizeSpec {
  readonly cores: number;
  /** Dedicated memory in MiB. */
  readonly memoryMiB: number;
  /** System disk (VM) or root volume (container) in GiB. */
  readonly diskGiB: number;
  /** Protected data disk in GiB (profiles with `dataDisk` only). */
  readonly dataDiskGiB?: number;
}

/** One profile of the catalogue. */
export interface GuestProfile {
  readonly name: GuestProfileName;
  /** Shown in docs and in the guest's description. */
  readonly description: string;
  readonly kind: GuestKindName;
  /** The segment a guest of this profile is placed in when the Kommune file names none. */
  readonly defaultSegment: SegmentName;
  /**
   * One NIC on every segment of the tenant (the edge router/firewall), in catalogue order; the
   * guest's `segment` is then its first NIC. Otherwise one NIC on the guest's segment.
   */
  readonly everySegment: boolean;
  /** A Proxmox HA resource keeps the guest running (restart or relocation on node failure). */
  readonly ha: boolean;
  /**
   * A second disk for the guest's data, and `protection` on the guest (Proxmox refuses to delete
   * or to remove disks of a protected guest); the plan guard classes its removal as data loss.
   */
  readonly dataDisk: boolean;
  /** A cloud-init drive with the platform's logging vendor data (VMs only; PVE has none for LXC). */
  readonly cloudInit: boolean;
  /**
   * The platform services a guest of this profile starts connections to (its outbound rules and,
   * behind an edge, the edge's forwarding rules): vetted per profile, see {@link PLATFORM_SERVICES}.
   */
  readonly services: readonly PlatformServiceName[];
  /** Vetted sizes. */
  readonly sizes: Readonly<Record<GuestSizeName, GuestSizeSpec>>;
}

/** Platform services a guest may need (fleet `compute.platformServices.<name>` gives their addresses). */
export type PlatformServiceName = 'dns' | 'ntp' | 'vault' | 'mirror' | 'logCollector';

/** One protocol and its destination ports of a platform service. */
export interface PlatformServicePort {
  readonly protocol: 'tcp' | 'udp';
  /** Destination ports ("53", "80,443"); absent for the log collector: the port of `logging.collector`. */
  readonly ports?: string;
}

/** A platform service of the catalogue: what it is and the vetted ports a guest reaches it on. */
export interface PlatformService {
  readonly name: PlatformServiceName;
  /** Shown in rule comments and docs. */
  readonly description: string;
  readonly ports: readonly PlatformServicePort[];
}

/**
 * The platform services guests may reach, with vetted ports (well-known ports; Vault's 8200 is
 * its documented default listener port). PBS is deliberately not one: backups run on the node,
 * not in the guest — the QEMU process writes the backup to PBS through QMP `backup`
 * (proxmox/qemu-server src/PVE/VZDump/QemuServer.pm @ e6352be6, `archive_pbs` L719, QMP call
 * L1017), and the PBS storage plugin runs `proxmox-backup-client` on the node
 * (proxmox/pve-storage src/PVE/Storage/PBSPlugin.pm @ 0c56bad, L288), so no guest needs a path to PBS.
 */
export const PLATFORM_SERVICES: Readonly<Record<PlatformServiceName, PlatformService>> = Object.freeze({
  dns: { name: 'dns', description: 'DNS resolvers of the platform', ports: [{ protocol: 'udp', ports: '53' }, { protocol: 'tcp', ports: '53' }] },
  ntp: { name: 'ntp', description: 'NTP servers of the platform', ports: [{ protocol: 'udp', ports: '123' }] },
  vault: { name: 'vault', description: 'Vault/OpenBao API (secrets, certificates of the tenant PKI)', ports: [{ protocol: 'tcp', ports: '8200' }] },
  mirror: { name: 'mirror', description: 'package mirror (HTTP, HTTPS)', ports: [{ protocol: 'tcp', ports: '80,443' }] },
  logCollector: { name: 'logCollector', description: 'log collector (syslog over TLS, logging.collector)', ports: [{ protocol: 'tcp' }] },
} satisfies Record<PlatformServiceName, PlatformService>);

/** Platform service names in catalogue order. */
export const PLATFORM_SERVICE_NAMES: readonly PlatformServiceName[] = Object.freeze(Object.keys(PLATFORM_SERVICES) as PlatformServiceName[]);

/** The fleet parameter that gives a platform service's addresses: `compute.platformServices.<name>`. */
export function platformServiceParameter(name: PlatformServiceName): string {
  return `compute.platformServices.${name}`;
}

/** Sizes in catalogue order. */
export const GUEST_SIZE_NAMES: readonly GuestSizeName[] = Object.freeze(['s', 'm', 'l']);

/** The vetted profiles. Sizes are a project decision (typical small-town loads), not vendor figures. */
export const GUEST_CATALOGUE: Readonly<Record<GuestProfileName, GuestProfile>> = Object.freeze({
  edge: {
    name: 'edge', kind: 'vm', defaultSegment: 'management', everySegment: true, ha: true, dataDisk: false, cloudInit: true,
    // The appliance's own updates, name resolution, clock and logs (through its uplink).
    services: ['dns', 'ntp', 'mirror', 'logCollector'],
    description: 'Edge router/firewall appliance of the tenant: one NIC per segment; owns the segment gateways where the zone type needs one (vlan, qinq, vxlan)',
    sizes: { s: { cores: 2, memoryMiB: 2048, diskGiB: 16 }, m: { cores: 2, memoryMiB: 4096, diskGiB: 16 }, l: { cores: 4, memoryMiB: 8192, diskGiB: 32 } },
  },
  directory: {
    name: 'directory', kind: 'vm', defaultSegment: 'servers', everySegment: false, ha: true, dataDisk: true, cloudInit: true,
    // DNS forwarders of the internal zone, the domain's time source (Kerberos needs a correct clock).
    services: ['dns', 'ntp', 'mirror', 'logCollector'],
    description: 'Directory server (Active Directory / Samba AD, LDAP): accounts and groups of the Kommune',
    sizes: {
      s: { cores: 2, memoryMiB: 4096, diskGiB: 32, dataDiskGiB: 16 },
      m: { cores: 2, memoryMiB: 8192, diskGiB: 32, dataDiskGiB: 32 },
      l: { cores: 4, memoryMiB: 8192, diskGiB: 32, dataDiskGiB: 64 },
    },
  },
  file: {
    name: 'file', kind: 'vm', defaultSegment: 'servers', everySegment: false, ha: true, dataDisk: true, cloudInit: true,
    services: ['dns', 'ntp', 'mirror', 'logCollector'],
    description: 'File server: shares of the administration',
    sizes: {
      s: { cores: 2, memoryMiB: 4096, diskGiB: 32, dataDiskGiB: 500 },
      m: { cores: 4, memoryMiB: 8192, diskGiB: 32, dataDiskGiB: 2000 },
      l: { cores: 8, memoryMiB: 16384, diskGiB: 32, dataDiskGiB: 4000 },
    },
  },
  app: {
    name: 'app', kind: 'vm', defaultSegment: 'servers', everySegment: false, ha: true, dataDisk: true, cloudInit: true,
    // A Fachverfahren reads its secrets and certificates from the tenant's Vault namespace/PKI.
    services: ['dns', 'ntp', 'vault', 'mirror', 'logCollector'],
    description: 'Application server (Fachverfahren): one specialised procedure of the administration',
    sizes: {
      s: { cores: 2, memoryMiB: 8192, diskGiB: 64, dataDiskGiB: 100 },
      m: { cores: 4, memoryMiB: 16384, diskGiB: 64, dataDiskGiB: 250 },
      l: { cores: 8, memoryMiB: 32768, diskGiB: 64, dataDiskGiB: 500 },
    },
  },
  container: {
    name: 'container', kind: 'container', defaultSegment: 'servers', everySegment: false, ha: false, dataDisk: false, cloudInit: false,
    // No NTP: a container shares the node's kernel clock and cannot set it (an unprivileged
    // container lacks CAP_SYS_TIME; the capability rule is from capabilities(7), not read in PVE's source).
    services: ['dns', 'mirror', 'logCollector'],
    description: 'Linux container (LXC, unprivileged) for a small service',
    sizes: { s: { cores: 1, memoryMiB: 1024, diskGiB: 8 }, m: { cores: 2, memoryMiB: 2048, diskGiB: 16 }, l: { cores: 4, memoryMiB: 4096, diskGiB: 32 } },
  },
} satisfies Record<GuestProfileName, GuestProfile>);

/** Profile names in catalogue order. */
export const GUEST_PROFILE_NAMES: readonly GuestProfileName[] = Object.freeze(Object.keys(GUEST_CATALOGUE) as GuestProfileName[]);

/** Guest names: a lower-case slug, short enough for `<name>-<index>` host names and tags. */
export const GUEST_NAME_PATTERN = '^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$';
/** Most instances one guest entry may have. */
export const GUEST_COUNT_BOUNDS = { min: 1, max: 20 } as const;
/** Bounds of the override escape hatch. */
export const GUEST_OVERRIDE_BOUNDS = {
  cores: { min: 1, max: 64 },
  memoryMiB: { min: 512, max: 524288 },
  diskGiB: { min: 4, max: 4096 },
  dataDiskGiB: { min: 1, max: 65536 },
} as const;

/** The fleet parameter that names a profile's template: `compute.templates.<profile>`. */
export function templateParameter(profile: GuestProfileName): string {
  return `compute.templates.${profile}`;
}

/** Whether a value is a profile of the catalogue. */
export function isGuestProfile(value: unknown): value is GuestProfileName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GUEST_CATALOGUE, value);
}

/** Whether a value is a size of the catalogue. */
export function isGuestSize(value: unknown): value is GuestSizeName {
  return typeof value === 'string' && (GUEST_SIZE_NAMES as readonly string[]).includes(value);
}

/** The `host:port` parts of `logging.collector`, when it has a port. */
export function collectorHostPort(collector: string): { host: string; port: string } | undefined {
  const m = /^(.*):(\d+)$/.exec(collector);
  return m === null ? undefined : { host: m[1] as string, port: m[2] as string };
}

/**
 * The addresses of a platform service from the fleet (`compute.platformServices.<name>`); for the
 * log collector without them, the host of `logging.collector` as a /32 when it is an IPv4 address.
 * Undefined when the fleet gives none: never guessed (a host name cannot go into a firewall rule).
 */
export function platformServiceAddresses(fleet: Pick<FleetFile, 'compute' | 'logging'>, name: PlatformServiceName): readonly string[] | undefined {
  const given = fleet.compute?.platformServices?.[name];
  if (given !== undefined && given.length > 0) return given;
  if (name !== 'logCollector') return undefined;
  const hp = collectorHostPort(fleet.logging?.collector ?? '');
  return hp !== undefined && parseIpv4Address(hp.host) !== undefined ? [`${hp.host}/32`] : undefined;
}
