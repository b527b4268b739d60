/**
 * TenantSpec: one tenant, fully resolved. Every name, identifier, address and setting is decided
 * (by lib/config/resolve.ts from the parameter files, the vetted defaults and the lockfile); the
 * constructs only render it. Plain data, deeply frozen, JSON-serializable.
 */
import type { FlowProtocol } from './flows';
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
  readonly secondCopy: { readonly server: string; readonly datastore: string; readonly namespace: string };
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
