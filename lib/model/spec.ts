/**
 * TenantSpec: one tenant, fully resolved. Every name, identifier, address and setting is decided
 * (by lib/config/resolve.ts from the parameter files, the vetted defaults and the lockfile); the
 * constructs only render it. Plain data, deeply frozen, JSON-serializable.
 */
import type { FlowProtocol } from './flows';
import type { PlatformServiceName } from './guests';
import type {
  SegmentName, SizeProfile, TenantKind, TenantState, TrustLevel, VaultIsolation, ZoneType,
} from './parameters';

export interface SegmentSpec {
  readonly name: SegmentName;
  readonly role: string;
  readonly trust: TrustLevel;
  /** Proxmox SDN vnet ID (<= 8 characters, from the lock). */
  readonly vnetId: string;
  /** VLAN tag (vlan), customer tag (qinq) or VNI (vxlan, evpn). */
  readonly tag: number;
  readonly cidr: string;
  readonly gateway: string;
  /** Present when the segment serves DHCP. */
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  /** Firewall security group of the segment (<= 18 characters). */
  readonly securityGroup: string;
  /** Firewall IP set holding the segment's subnet. */
  readonly ipSetName: string;
}

export interface FlowSpec {
  readonly id: string;
  readonly from: SegmentName;
  /** Target segment, or `all` (every other segment of the tenant, listed in `targets`). */
  readonly to: SegmentName | 'all';
  /** Resolved target segments. */
  readonly targets: readonly SegmentName[];
  readonly protocol: FlowProtocol;
  readonly ports?: string;
  readonly reason: string;
  readonly source: 'catalogue' | 'exception';
  readonly expires?: string;
}

export interface ZoneSpec {
  /** SDN zone ID. */
  readonly id: string;
  /** `tenant`: one zone per tenant (qinq, evpn), rendered by KommuneStack; `platform`: shared, rendered by PlatformStack. */
  readonly owner: 'tenant' | 'platform';
  /** QinQ service tag or EVPN VRF VNI of a tenant zone. */
  readonly tag?: number;
}

export interface RetentionSpec {
  readonly keepLast?: number;
  readonly keepDaily: number;
  readonly keepWeekly: number;
  readonly keepMonthly: number;
  readonly keepYearly: number;
}

/** The sync job that pulls a site's backups onto its partner site's PBS (fleets with two or more sites). */
export interface SecondCopySyncSpec {
  /** Sync job ID on the partner's PBS (lib/model/sites.ts pbsSyncJobId). */
  readonly jobId: string;
  /** Site the job pulls from (the tenant's site). */
  readonly fromSite: string;
  /** PBS remote on the partner's PBS that points at the tenant site's PBS. */
  readonly remote: string;
  /** Namespace anchor on both sides (`ns` = `remote-ns`): the parent of the tenant's namespace. */
  readonly namespace: string;
  /** Calendar event (PBS syntax). */
  readonly schedule: string;
}

/** Where the second copy of a tenant's backups lives. */
export interface SecondCopySpec {
  readonly server: string;
  readonly datastore: string;
  readonly namespace: string;
  /** Site of the copy (fleets with two or more sites). */
  readonly site?: string;
  /** The PBS sync job that makes the copy (fleets with two or more sites). */
  readonly sync?: SecondCopySyncSpec;
}

export interface BackupSpec {
  /** Proxmox VE storage ID of the tenant's PBS storage. */
  readonly storageId: string;
  readonly pbsServer: string;
  readonly datastore: string;
  readonly namespace: string;
  /** Calendar event of the nightly job, e.g. "*-*-* 01:37"; spread across tenants inside the window. */
  readonly schedule: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly retention: RetentionSpec;
  readonly mode: 'snapshot';
  readonly compress: 'zstd';
  readonly protected: boolean;
  readonly notificationTarget: string;
  readonly secondCopy: SecondCopySpec;
  /** Site of the tenant's cluster, whose PBS is `pbsServer` (fleets with two or more sites). */
  readonly site?: string;
}

export interface LoggingSpec {
  readonly retentionDays: number;
  readonly firewallLogLevel: 'info';
  /** Central syslog collector, host:port. */
  readonly collector: string;
  readonly metricsServer: string;
}

export interface LdapSpec {
  readonly server: string;
  readonly server2?: string;
  readonly port: number;
  readonly baseDn: string;
  readonly bindDn?: string;
  readonly activeDirectory: boolean;
  readonly userAttribute: string;
  readonly groupFilter?: string;
}

export interface OidcSpec {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly groupsClaim: string;
  /** Version of the realm's client key (a confidential client); absent for a public client. */
  readonly clientKeyVersion?: number;
}

export interface RoleGroups {
  readonly admins: string;
  readonly operators: string;
  readonly auditors: string;
}

export interface IdentitySpec {
  readonly source: 'ldap' | 'oidc' | 'platform';
  /** Proxmox realm; `owner: platform` for the shared realm (not rendered per tenant). */
  readonly realm: { readonly id: string; readonly type: 'ldap' | 'ad' | 'openid'; readonly owner: 'tenant' | 'platform' };
  readonly ldap?: LdapSpec;
  readonly oidc?: OidcSpec;
  /** Proxmox group IDs of the tenant roles. */
  readonly groups: RoleGroups;
  /** Directory groups mapped to the roles. */
  readonly directoryGroups: RoleGroups;
}

export interface VaultSpec {
  readonly isolation: VaultIsolation;
  /** Tenant namespace (isolation `namespace`), e.g. "kommunen/mainz". */
  readonly namespace?: string;
  /** Prefix of every tenant mount (isolation `path`), e.g. "kommunen/mainz"; empty inside a namespace. */
  readonly pathPrefix: string;
  /** KV v2 mount path. */
  readonly kvMount: string;
  /** Platform PKI intermediate mount the tenant role lives on. */
  readonly pkiMount: string;
  readonly pkiRole: string;
  readonly policies: { readonly admin: string; readonly operator: string; readonly readonly: string; readonly pipeline: string };
  /** Certificates are issued only for this domain and below. */
  readonly allowedDomain: string;
}

export interface SuppressionSpec {
  readonly rule: string;
  readonly reason: string;
  readonly expires?: string;
}

/** An approval of a destructive change (see ApprovalInput), as the plan guard reads it. */
export interface ApprovalSpec {
  /** Exact resource address (absent for a `move` approval). */
  readonly address?: string;
  readonly action: 'delete' | 'replace' | 'update' | 'move';
  /** `move`: the cluster the tenant leaves. */
  readonly from?: string;
  /** `move`: the cluster the tenant moves to. */
  readonly to?: string;
  readonly reason: string;
  readonly approvedBy: string;
  readonly approvedOn: string;
  readonly expires: string;
}

/** One NIC of a guest: `net<i>` on a segment's vnet. */
export interface GuestNicSpec {
  /** Proxmox device name: `net0`, `net1`, ... (`eth<i>` inside a container). */
  readonly nic: string;
  readonly segment: SegmentName;
  /** SDN vnet the NIC is attached to (its bridge). */
  readonly vnetId: string;
  /** Static address with prefix length, set by cloud-init: the segment gateway on an edge that owns it. */
  readonly address?: string;
  /** The segment serves DHCP (PVE SDN DHCP): the NIC takes its address from it when it has no static one. */
  readonly dhcp: boolean;
}

/** One instance of a guest. */
export interface GuestInstanceSpec {
  /** Position in the guest's count (0-based; part of the Terraform address). */
  readonly index: number;
  /** VM ID from the lock (lib/allocation/guest-ids.ts). */
  readonly vmId: number;
  /** Guest name in Proxmox (a DNS label): `<guest>-<index>`. */
  readonly hostname: string;
}

/** A guest of the vetted catalogue (lib/model/guests.ts), resolved. */
export interface GuestSpec {
  readonly name: string;
  readonly profile: 'edge' | 'directory' | 'file' | 'app' | 'container';
  readonly kind: 'vm' | 'container';
  readonly size: 's' | 'm' | 'l';
  /** The guest's segment (the edge: the segment of its first NIC). */
  readonly segment: SegmentName;
  readonly instances: readonly GuestInstanceSpec[];
  readonly cores: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
  /** Protected data disk (profiles with one). */
  readonly dataDiskGiB?: number;
  /** Storage of every disk: a member of the tenant pool. */
  readonly storage: string;
  /** What the guest is created from: a VM template to clone, or a container template volume. */
  readonly template: { readonly vmId: number } | { readonly file: string };
  readonly nics: readonly GuestNicSpec[];
  readonly ha: boolean;
  /** `protection` on the guest and `prevent_destroy`: the guest holds data. */
  readonly protected: boolean;
  readonly cloudInit: boolean;
  /** The edge owns the segment gateways (zone types vlan, qinq, vxlan; EVPN routes itself). */
  readonly ownsGateways: boolean;
  /**
   * The edge's uplink NIC (after its segment NICs), on a bridge outside the tenant's vnets: its
   * path to the platform services. Only on an edge that owns the gateways.
   */
  readonly uplink?: { readonly nic: string; readonly bridge: string };
  /** The override's reason, when the guest leaves the vetted sizes. */
  readonly overrideReason?: string;
  /** The platform services the guest starts connections to (its profile's, catalogue order). */
  readonly services: readonly PlatformServiceName[];
}

/** A platform service resolved for a tenant's guests: its addresses (fleet) and vetted ports. */
export interface GuestServiceSpec {
  readonly name: PlatformServiceName;
  readonly description: string;
  /** IPv4 networks in CIDR notation (fleet `compute.platformServices.<name>`). */
  readonly addresses: readonly string[];
  readonly ports: readonly { readonly protocol: 'tcp' | 'udp'; readonly ports: string }[];
}

export interface TenantSpec {
  readonly key: string;
  readonly name: string;
  readonly kind: TenantKind;
  readonly ags?: string;
  readonly ars?: string;
  readonly members: Readonly<Record<string, { readonly name: string; readonly ags?: string }>>;
  readonly domain: string;
  readonly size: SizeProfile;
  readonly state: TenantState;
  /** Tenant number and code from the lock. */
  readonly number: number;
  readonly code: string;
  readonly network: {
    readonly zoneType: ZoneType;
    readonly zone: ZoneSpec;
    /** Linux bridge (vlan, qinq). */
    readonly bridge?: string;
    readonly block: string;
    readonly segments: Readonly<Partial<Record<SegmentName, SegmentSpec>>>;
    readonly flows: Readonly<Record<string, FlowSpec>>;
  };
  readonly compute: {
    readonly pool: string;
    readonly vmIds: { readonly start: number; readonly end: number };
    /** Storages that are members of the tenant pool (fleet `compute.guestStorages`). */
    readonly guestStorages: readonly string[];
  };
  readonly backup: BackupSpec;
  readonly logging: LoggingSpec;
  readonly identity: IdentitySpec;
  readonly vault: VaultSpec;
  readonly suppressions: Readonly<Record<string, SuppressionSpec>>;
  /** Date the tenant entered `decommissioning` (present only in that state). */
  readonly decommissionedSince?: string;
  /** Approved destructive changes (present only when the tenant file lists any). */
  readonly approvals?: Readonly<Record<string, ApprovalSpec>>;
  /**
   * ID of the fleet cluster the tenant is placed on (from the lock). Present only in a fleet that
   * declares `clusters`; absent, the tenant is on the fleet's one implicit cluster. Read it with
   * `clusterOf(spec)` (lib/model/clusters.ts), which also names the implicit cluster.
   */
  readonly cluster?: string;
  /**
   * The cell of the tenant's cluster it is placed on (from the lock), with the cell's nodes: its PBS
   * storage entry is enabled and its guests are created on these nodes only. Absent when the
   * cluster has no cells (every node of the cluster).
   */
  readonly cell?: TenantCell;
  /** Guests of the vetted catalogue by name (present only when the tenant file lists any). */
  readonly guests?: Readonly<Record<string, GuestSpec>>;
  /** The platform services the tenant's guests need, by name (present with guests only). */
  readonly guestServices?: Readonly<Partial<Record<PlatformServiceName, GuestServiceSpec>>>;
  /**
   * A move between clusters under way (lib/allocation/move.ts, from the lock's `moveTo` /
   * `movedFrom`): in phase `leave` the tenant is still on `from` (= `cluster`) and its stack keeps
   * no Proxmox objects; in phase `arrive` it is on `to` (= `cluster`) and its Proxmox objects are
   * created there. Both plans need a `move` approval for exactly `from` → `to`.
   */
  readonly move?: TenantMove;
}

/** A move of a tenant between clusters, as the stack and the plan guard see it. */
export interface TenantMove {
  readonly from: string;
  readonly to: string;
  readonly phase: 'leave' | 'arrive';
}

/** Freezes an object graph in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The cell of a cluster a tenant is placed on (fleet `clusters.<id>.cells`). */
export interface TenantCell {
  /** Cell ID (the key in `clusters.<id>.cells`). */
  readonly id: string;
  /** The cell's Proxmox nodes, in the fleet file's order. */
  readonly nodes: readonly string[];
}
