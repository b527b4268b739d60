/**
 * The parameter model of kommunal-cdk: what a Kommune may choose (KommuneFile), what the provider
 * engineers set once (FleetFile), what allocation records forever (LockFile), and the fully
 * resolved, frozen TenantSpec that constructs render.
 *
 * Principle: decide in resolution, render in constructs. Every name, identifier and address of a
 * tenant is decided in `resolveTenant()` (lib/config/resolve.ts) from these plain types.
 *
 * Collections are maps keyed by stable names, never positional arrays: an index shift would be a
 * destroy-and-recreate of a municipality's network.
 */

/** The kinds of tenant. A Verbandsgemeinde (Rhineland-Palatinate) administers several Ortsgemeinden. */
export type TenantKind = 'gemeinde' | 'stadt' | 'verbandsgemeinde' | 'landkreis' | 'zweckverband';

/** Size profile: picks the tenant's address block size and default segment sizes. */
export type SizeProfile = 's' | 'm' | 'l';

/** SDN zone type of the fleet. See docs/adr/0002-zone-type.md. */
export type ZoneType = 'vlan' | 'qinq' | 'vxlan' | 'evpn';

/** Vault tenant isolation. `namespace` needs Vault Enterprise or OpenBao >= 2.3. */
export type VaultIsolation = 'namespace' | 'path';

/** Lifecycle state of a tenant. `decommissioning` freezes changes (see issue on offboarding). */
export type TenantState = 'active' | 'decommissioning';

/** Segment names of the vetted catalogue (lib/model/catalogue.ts). */
export type SegmentName = 'management' | 'servers' | 'clients' | 'dmz' | 'schools' | 'iot';

/** Trust level of a segment; flows from lower to higher trust need a catalogue entry or exception. */
export type TrustLevel = 'high' | 'medium' | 'low' | 'untrusted';

/** Keep-policy of a backup, as Proxmox Backup Server names it (keep-daily, ...). */
export interface Retention {
  readonly keepLast?: number;
  readonly keepDaily?: number;
  readonly keepWeekly?: number;
  readonly keepMonthly?: number;
  readonly keepYearly?: number;
}

/** Where a value came from in a parameter file, for error messages. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

// ---------------------------------------------------------------------------------------------
// kommune.yaml: one tenant's parameters (only safe knobs).
// ---------------------------------------------------------------------------------------------

/** A member municipality of a Verbandsgemeinde (Ortsgemeinde). */
export interface MemberInput {
  readonly name: string;
  /** Amtlicher Gemeindeschluessel, 8 digits. */
  readonly ags?: string;
}

/** A segment the Kommune enables; its name (the map key) comes from the catalogue. */
export interface SegmentInput {
  /** Prefix length of the segment's subnet inside the tenant block. @default from the size profile */
  readonly prefixLength?: number;
  /** Serve DHCP in this segment (Proxmox SDN DHCP range). @default catalogue default of the segment */
  readonly dhcp?: boolean;
}

/** An allowed inter-segment flow chosen from the vetted flow catalogue, keyed by catalogue ID. */
export interface FlowInput {
  /** Why the Kommune needs the flow (shown in the network plan). @default the catalogue description */
  readonly reason?: string;
}

/** A flow outside the catalogue: needs an explicit, reasoned exception. */
export interface FlowExceptionInput {
  readonly from: SegmentName;
  readonly to: SegmentName;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  /** Destination ports, e.g. "443" or "8000:8080". Not allowed for icmp. */
  readonly ports?: string;
  /** At least 20 characters: who asked, why, until when. */
  readonly reason: string;
  /** ISO date after which the exception no longer applies. */
  readonly expires?: string;
}

export interface BackupInput {
  /** Start of the nightly backup window, "HH:MM". @default DEFAULT_BACKUP_WINDOW.start */
  readonly windowStart?: string;
  /** End of the window, "HH:MM" (may be after midnight). @default DEFAULT_BACKUP_WINDOW.end */
  readonly windowEnd?: string;
  /** Keep-policy, each within vetted bounds. @default DEFAULT_RETENTION */
  readonly retention?: Retention;
  /** Mark backups protected on PBS. @default false */
  readonly protected?: boolean;
}

export interface LoggingInput {
  /** Days logs are kept centrally; within the vetted minimum and legal maximum. @default 90 */
  readonly retentionDays?: number;
}

export interface LdapInput {
  readonly server: string;
  readonly server2?: string;
  readonly port?: number;
  readonly baseDn: string;
  readonly bindDn?: string;
  /** Active Directory instead of plain LDAP. @default false */
  readonly activeDirectory?: boolean;
  readonly userAttribute?: string;
  readonly groupFilter?: string;
}

export interface OidcInput {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly groupsClaim?: string;
  /**
   * A confidential client: the version of its client key, raised by the platform team with every
   * rotation (docs/datacenter.md). Absent: a public client without a key.
   */
  readonly clientKeyVersion?: number;
}

export interface IdentityInput {
  /** `platform` = the provider's shared OIDC realm. @default 'platform' */
  readonly source?: 'ldap' | 'oidc' | 'platform';
  readonly ldap?: LdapInput;
  readonly oidc?: OidcInput;
  /** Directory groups mapped to the tenant's roles (admins, operators, auditors). */
  readonly groups?: { readonly admins?: string; readonly operators?: string; readonly auditors?: string };
}

/** A suppression of a compliance rule for this tenant. */
export interface SuppressionInput {
  readonly rule: string;
  readonly reason: string;
  readonly expires?: string;
}

/**
 * An explicit approval of a destructive change the plan guard would otherwise reject (delete or
 * replace of a protected resource). Keyed by a stable approval ID in `approvals`.
 */
export interface ApprovalInput {
  /**
   * Exact Terraform resource address, as the plan guard prints it; no globs (one approval per
   * address). Required for `delete`, `replace` and `update`; not allowed for `move`.
   */
  readonly address?: string;
  /**
   * The change approved: `delete` (also covers the delete of a destroy-only plan), `replace`,
   * `update`, or `move`: both phases of moving the tenant from cluster `from` to cluster `to`
   * (docs/moving-a-tenant.md).
   */
  readonly action: 'delete' | 'replace' | 'update' | 'move';
  /** `move` only (required there): the cluster the tenant leaves. */
  readonly from?: string;
  /** `move` only (required there): the cluster the tenant moves to. */
  readonly to?: string;
  /** At least 20 characters: why the data or resource may go (ticket, decision). */
  readonly reason: string;
  /** Who approved it (name or account). */
  readonly approvedBy: string;
  /** ISO date the approval was given; it does not count before this date. */
  readonly approvedOn: string;
  /**
   * ISO date after which the approval no longer counts, at most APPROVAL_MAX_DAYS (90) days after
   * `approvedOn`; an expired approval is refused by `kommunal validate` and ignored by the guard.
   */
  readonly expires: string;
}

/**
 * Escape hatch of a guest: numbers outside the vetted sizes, or a disk storage other than the
 * first guest storage. Needs a reason; shown in the guest's description and as tag `override`.
 */
export interface GuestOverrideInput {
  readonly cores?: number;
  readonly memoryMiB?: number;
  readonly diskGiB?: number;
  readonly dataDiskGiB?: number;
  /** A storage of the fleet's `compute.guestStorages` (a member of the tenant pool). */
  readonly storage?: string;
  /** At least 20 characters: who asked, why. */
  readonly reason: string;
}

/** A guest (VM or container) of the vetted guest catalogue (lib/model/guests.ts), keyed by a stable name. */
export interface GuestInput {
  /** Profile of the catalogue: edge, directory, file, app, container. */
  readonly profile: 'edge' | 'directory' | 'file' | 'app' | 'container';
  /** Size of the catalogue. @default 's' */
  readonly size?: 's' | 'm' | 'l';
  /** Segment of the guest (its first NIC for the edge). @default the profile's default segment */
  readonly segment?: SegmentName;
  /** Number of identical instances. @default 1 */
  readonly count?: number;
  readonly override?: GuestOverrideInput;
}

/** The content of one `kommunen/<key>.yaml`. */
export interface KommuneFile {
  /** Stable tenant key: lower-case DNS label, 3-40 characters. Never change it after the first apply. */
  readonly key: string;
  /** Official name, as printed (umlauts, commas, parentheses allowed). */
  readonly name: string;
  readonly kind: TenantKind;
  /** Amtlicher Gemeindeschluessel, 8 digits (not for Zweckverband). */
  readonly ags?: string;
  /** Amtlicher Regionalschluessel, 12 digits (e.g. for a Verbandsgemeinde). */
  readonly ars?: string;
  /** Ortsgemeinden of a Verbandsgemeinde, keyed by a stable slug. */
  readonly members?: Readonly<Record<string, MemberInput>>;
  /** The Kommune's DNS domain (PKI issues only below it). @default <key>.<fleet namingDomain> */
  readonly domain?: string;
  /** @default 's' */
  readonly size?: SizeProfile;
  /** Segments in addition to the mandatory ones (management, servers, clients). */
  readonly segments?: Readonly<Partial<Record<SegmentName, SegmentInput>>>;
  readonly flows?: Readonly<Record<string, FlowInput>>;
  readonly flowExceptions?: Readonly<Record<string, FlowExceptionInput>>;
  readonly backup?: BackupInput;
  readonly logging?: LoggingInput;
  readonly identity?: IdentityInput;
  readonly suppressions?: Readonly<Record<string, SuppressionInput>>;
  /** @default 'active' */
  readonly state?: TenantState;
  /** ISO date the tenant entered `decommissioning`; required in that state, not allowed otherwise. */
  readonly decommissionedSince?: string;
  /** Approved destructive changes for the plan guard, keyed by approval ID. @default - none */
  readonly approvals?: Readonly<Record<string, ApprovalInput>>;
  /**
   * Pin: the ID of the fleet cluster (fleet `clusters`) the tenant runs on. A pin never moves a
   * placed tenant: it must equal the cluster the lock records, or during phase 1 of a move either
   * of its clusters (moving is an explicit operation: `kommunal move-tenant`,
   * docs/moving-a-tenant.md). @default - placed by the fleet's placement rule (docs/clusters.md)
   */
  readonly cluster?: string;
  /** Guests of the vetted catalogue (docs/workloads.md), keyed by a stable guest name. @default - none */
  readonly guests?: Readonly<Record<string, GuestInput>>;
}

// ---------------------------------------------------------------------------------------------
// fleet.yaml: platform settings, owned by the provider engineers.
// ---------------------------------------------------------------------------------------------

/** A PBS datastore on a server. */
export interface PbsTarget {
  /** PBS server host name. */
  readonly server: string;
  readonly datastore: string;
}

/** A site (datacenter location) of the fleet: its clusters back up to the site's PBS. */
export interface SiteInput {
  /** Display name of the site, e.g. "Rechenzentrum Nord". @default the site ID */
  readonly name?: string;
  /** The site's Proxmox Backup Server: the first copy of the backups of every tenant at the site. */
  readonly pbs: PbsTarget;
  /**
   * The partner site whose PBS takes the second copy of this site's backups (a pull sync job on the
   * partner's PBS, docs/clusters.md "Two sites"). Required with three or more sites.
   * @default - with exactly two sites, the other one
   */
  readonly syncTo?: string;
}

/**
 * One Proxmox VE cluster of the fleet. A cluster never spans two sites (corosync needs low latency);
 * the network settings here replace the fleet-wide `network` ones that are per cluster.
 */
export interface ClusterInput {
  /** ID of the site (fleet `sites`) the cluster stands at. */
  readonly site: string;
  /** Proxmox VE API URL of the cluster (https), e.g. "https://pve-a.example.org:8006/". */
  readonly endpoint: string;
  /** Proxmox nodes of the cluster (names unique across the fleet). */
  readonly nodes: readonly string[];
  /** Linux bridge for vlan/qinq zones. @default fleet `network.bridge` */
  readonly bridge?: string;
  /** Peer addresses of a vxlan zone. @default fleet `network.vxlanPeers` */
  readonly vxlanPeers?: readonly string[];
  /** EVPN controller ID (evpn zones). @default fleet `network.evpnController` */
  readonly evpnController?: string;
  /** BGP peers of the EVPN controller (evpn zones). Required for evpn: peers are per cluster. */
  readonly evpnPeers?: readonly string[];
  /** AS number of the EVPN controller (evpn zones). @default fleet `network.evpnAsn` */
  readonly evpnAsn?: number;
  /**
   * Exit nodes of the tenants' evpn zones on this cluster: nodes of the cluster that route each
   * tenant VRF out of the zone (to the platform services, e.g. the log collector). Without exit
   * nodes no guest reaches anything outside its tenant. @default fleet `network.evpnExitNodes`
   */
  readonly evpnExitNodes?: readonly string[];
  /** Most tenants the cluster may hold (placement and pins). @default DEFAULT_CLUSTER_MAX_TENANTS */
  readonly maxTenants?: number;
}

export interface FleetFile {
  /** Fleet name, e.g. "rlp". Lower-case DNS label. */
  readonly name: string;
  /** DNS suffix for tenant default domains: <key>.<namingDomain>. */
  readonly namingDomain: string;
  /** Two-digit Land code ("07"); when set, every tenant AGS/ARS must start with it. */
  readonly land?: string;
  readonly network: {
    readonly zoneType: ZoneType;
    /** IPv4 supernets tenant blocks are cut from, in order of use. */
    readonly supernets: readonly string[];
    /** Linux bridge for vlan/qinq zones. @default 'vmbr1' */
    readonly bridge?: string;
    /** Peer addresses for a vxlan zone. */
    readonly vxlanPeers?: readonly string[];
    /** EVPN controller ID (platform-owned) for evpn zones. */
    readonly evpnController?: string;
    /** BGP peers of the EVPN controller (the nodes' underlay addresses), for evpn zones. */
    readonly evpnPeers?: readonly string[];
    /** AS number of the EVPN controller (evpn zones). */
    readonly evpnAsn?: number;
    /**
     * Exit nodes of the tenants' evpn zones: nodes that route each tenant VRF out of the zone (to
     * the platform services, e.g. the log collector); each one of `network.nodes` (or, with
     * clusters, of every cluster that inherits them). @default - none: no route out of a tenant VRF
     */
    readonly evpnExitNodes?: readonly string[];
    /** Proxmox nodes the zones apply to. */
    readonly nodes?: readonly string[];
    /**
     * Networks of the administrators (jump hosts, admin workstations) outside the nodes' own
     * network that may reach the nodes' API (TCP 8006) and SSH (TCP 22). IPv4 CIDRs, at most /8 wide.
     * @default - none: only Proxmox's `management` IP set (the nodes' local network)
     */
    readonly managementCidrs?: readonly string[];
    /**
     * Networks of the CI runners that run the pipelines: API (TCP 8006) and SSH (TCP 22, the
     * platform job's snippet upload). IPv4 CIDRs, at most /8 wide.
     * @default - none: only Proxmox's `management` IP set (the nodes' local network)
     */
    readonly ciRunnerCidrs?: readonly string[];
    /**
     * Ceph daemons on the Proxmox nodes (hyper-converged): the Ceph public network and, when
     * separate, the cluster network; the datacenter firewall lets monitors and daemons in from them.
     * @default - no Ceph daemons on the nodes: no Ceph rules
     */
    readonly ceph?: { readonly publicNetwork: string; readonly clusterNetwork?: string };
  };
  readonly compute?: {
    /** First VM ID of tenant ranges. @default 100000 */
    readonly vmIdBase?: number;
    /** VM IDs per tenant. @default 1000 */
    readonly vmIdsPerTenant?: number;
    /**
     * Proxmox storages tenant guests may put their disks on: each is added to every tenant pool
     * (pool membership), so the tenant's pool roles reach it. One storage may be a member of many
     * pools. Not a tenant's PBS storage (`pbs-...`: backups only).
     * @default ['local-lvm']
     */
    readonly guestStorages?: readonly string[];
    /**
     * Templates per guest profile (docs/workloads.md): a VM template's ID (`vmId`, cloned by VM
     * profiles) or a container template volume (`file`, e.g. "cephfs:vztmpl/debian-12.tar.zst").
     * Nothing is downloaded in synthesis. @default - none: a tenant may use no guest profile
     */
    readonly templates?: Readonly<Record<string, { readonly vmId?: number; readonly file?: string }>>;
    /**
     * Linux bridge of the edge guest's uplink NIC (vlan, qinq and vxlan zones, where the edge owns
     * the segment gateways): the edge's path out of the tenant to the platform services
     * (docs/workloads.md "Routing"). @default 'vmbr0'
     */
    readonly edgeUplinkBridge?: string;
  };
  readonly backup: {
    /** PBS server host name. */
    readonly server: string;
    readonly datastore: string;
    /** Root namespace under which each tenant gets its own. @default 'kommunen' */
    readonly namespaceRoot?: string;
    /**
     * The second copy: another PBS (sync job on PBS side) or off-site target. Required unless the
     * fleet declares two or more `sites` (then each site's backups are copied to its partner site,
     * `sites.<id>.syncTo`, and setting it is an error).
     */
    readonly secondCopy?: { readonly server: string; readonly datastore: string };
    /** Notification target name on Proxmox VE. @default 'kommunal-backup' */
    readonly notificationTarget?: string;
    /** Prefix of the per-tenant PBS user: `<prefix><key>@pbs`. @default 'pve-' */
    readonly userPrefix?: string;
    /** Mail addresses notified of failed backup jobs. @default - Proxmox notification matchers only */
    readonly mailTo?: readonly string[];
  };
  readonly vault: {
    readonly isolation: VaultIsolation;
    /** Mount path of the platform PKI intermediate. @default 'pki-int' */
    readonly pkiIntermediatePath?: string;
    /** Parent namespace or path prefix for tenants. @default 'kommunen' */
    readonly tenantRoot?: string;
    /** Shared KV v2 mount of all tenants (path isolation). @default 'kv-kommunen' */
    readonly sharedKvMount?: string;
    /** Common name of the platform's issuing CA. @default '<fleet name> Issuing CA' */
    readonly pkiCommonName?: string;
    /**
     * Who declares the audit device: `server-config` (the server's configuration file; OpenBao
     * >= 2.3.2 refuses audit devices created through the API by default) or `api` (the platform
     * stack creates it: HashiCorp Vault, or OpenBao with unsafe_allow_api_audit_creation).
     * @default 'server-config'
     */
    readonly auditDevice?: 'server-config' | 'api';
    /** CI logins (GitLab ID tokens): one JWT role per tenant pipeline. @default - no CI roles */
    readonly ci?: {
      /** Token issuer, the GitLab URL (https). */
      readonly issuer: string;
      /** JWT auth mount. @default 'jwt-ci' */
      readonly mount?: string;
      /** Audience the ID tokens are issued for. @default the issuer */
      readonly audience?: string;
      /**
       * One GitLab project per tenant: the tenant role accepts only `project_path = <prefix>/<key>`.
       * Set exactly one of projectPathPrefix and projectPath.
       */
      readonly projectPathPrefix?: string;
      /**
       * One fleet repository for all tenants: the tenant role accepts only jobs of this project that
       * run in the tenant's environment `kommunen/<key>` (as the generated pipelines do).
       */
      readonly projectPath?: string;
      /**
       * The project's default branch: only its pipelines, on a protected ref, may log in with a
       * tenant's apply role (`ref` and `ref_protected` bound). @default 'main'
       */
      readonly defaultBranch?: string;
      /**
       * The GitLab project whose pipelines run the platform jobs: the platform's own CI roles (plan
       * and apply, lib/identity/platform-pipeline-login.ts) accept only its jobs in the environment
       * `platform`. Without it and without projectPath the platform has no CI roles and its jobs
       * keep using VAULT_TOKEN. @default projectPath
       */
      readonly platformProjectPath?: string;
    };
    /** Auth mount that tenant directory groups are bound to. @default - no directory logins */
    readonly directoryAuth?: {
      readonly kind: 'ldap' | 'oidc';
      readonly mount: string;
      readonly discoveryUrl?: string;
      readonly clientId?: string;
      readonly redirectUris?: readonly string[];
    };
  };
  readonly logging: {
    /** Central syslog collector, host:port. */
    readonly collector: string;
    /** Platform metrics server name (Proxmox metrics server ID). @default 'platform-metrics' */
    readonly metricsServer?: string;
    /** The metrics server the platform stack creates under that name. @default - managed outside this fleet */
    readonly metrics?: {
      readonly server: string;
      readonly port: number;
      /** @default 'influxdb' */
      readonly type?: 'influxdb' | 'graphite' | 'opentelemetry';
      readonly influxBucket?: string;
      readonly influxOrganization?: string;
      /** InfluxDB only: version of the write-only API token; raise it with every rotation. @default 1 */
      readonly influxTokenVersion?: number;
    };
    /** Where the fleet's logging vendor data is uploaded (shared storage). @default node: the first of network.nodes; datastore 'cephfs' */
    readonly snippets?: { readonly node?: string; readonly datastore?: string };
  };
  readonly identity?: {
    /** The platform's shared OIDC realm for tenants with identity.source = platform. */
    readonly sharedRealm?: { readonly id: string; readonly issuerUrl: string; readonly clientId: string };
  };
  readonly state?: {
    readonly backend: 'local' | 'pg' | 's3' | 'http';
    /** Backend-specific non-secret settings (bucket, endpoint, schema prefix). */
    readonly settings?: Readonly<Record<string, string>>;
  };
  /** Tenant files: a folder or glob relative to the fleet file. @default 'kommunen' */
  readonly tenants?: string;
  /** What tenant files may do about the compliance rule pack. */
  readonly compliance?: {
    /**
     * Rules (`KOM-IAM-3`) or rule families (`KOM-SEC-*`) that a tenant file may not suppress; a
     * suppression of one is a positioned error at validate and synth. `[]` allows every rule.
     * @default ['KOM-SEC-*', 'KOM-IAM-3']
     */
    readonly forbidTenantSuppressions?: readonly string[];
  };
  /** Who must approve changes of which file (the generated CODEOWNERS, `kommunal codeowners`). */
  readonly codeowners?: {
    /** GitLab group (or user) of the platform team, e.g. "@kommunal/platform": owns fleet, lock, pipeline and every tenant file. */
    readonly platformTeam: string;
    /**
     * GitLab group under which each tenant has its group `<prefix>/<key>`; when set, a tenant
     * file also needs an approval of the tenant's group (a section of its own).
     * @default - tenant files need the platform team only
     */
    readonly tenantGroupPrefix?: string;
  };
  /** Sites of the fleet, keyed by site ID. Required with `clusters`. @default - one implicit site */
  readonly sites?: Readonly<Record<string, SiteInput>>;
  /**
   * Proxmox VE clusters of the fleet, keyed by cluster ID. @default - one implicit cluster built from
   * `network` (nodes, bridge, zone settings) and the `backup` PBS, as before clusters existed
   */
  readonly clusters?: Readonly<Record<string, ClusterInput>>;
  /**
   * The cluster of tenants whose lock entry records no cluster (allocated while the fleet had one
   * cluster). Required when such entries exist and the fleet declares several clusters.
   * @default - the only cluster, when the fleet declares exactly one
   */
  readonly legacyCluster?: string;
}

// ---------------------------------------------------------------------------------------------
// fleet.lock.yaml: allocations, written once, committed, stable forever.
// ---------------------------------------------------------------------------------------------

export interface SegmentAllocation {
  /** Proxmox SDN vnet ID (<= 8 chars). */
  readonly vnet: string;
  /** VLAN tag (vlan zone), customer tag (qinq) or VNI (vxlan/evpn). */
  readonly tag: number;
  readonly cidr: string;
  /**
   * The segment was removed from the tenant: its vnet, tag and subnet stay reserved (never handed
   * to another segment or tenant); constructs do not render it. Requesting it again un-retires it.
   */
  readonly retired?: boolean;
}

export interface TenantAllocation {
  /** Compact tenant number, never reused. */
  readonly number: number;
  /** Short code derived from number, e.g. "t002x"; prefix of SDN IDs and security groups. */
  readonly code: string;
  /** Per-tenant SDN zone ID (qinq, evpn), absent when the zone is platform-wide. */
  readonly zone?: string;
  /** QinQ service tag or EVPN VRF VNI. */
  readonly zoneTag?: number;
  readonly block: string;
  readonly segments: Readonly<Partial<Record<SegmentName, SegmentAllocation>>>;
  readonly vmIds: { readonly start: number; readonly end: number };
  readonly pbsNamespace: string;
  /** A retired tenant keeps its numbers reserved; they are never handed out again. */
  readonly retired?: boolean;
  /** Manually pinned fields (honoured and checked for conflicts). */
  readonly pinned?: readonly string[];
  /**
   * Blueprint version the tenant's resources were last applied with (lib/upgrade: moved blocks
   * from older addresses). Absent means version 1.
   */
  readonly blueprint?: number;
  /**
   * AGS of the municipality the allocation was made for, recorded when the tenant is allocated
   * (absent in entries written before it was recorded): a key that comes back for another
   * municipality must not inherit the numbers, addresses and backups of this one.
   */
  readonly ags?: string;
  /** Name of that municipality, for messages. */
  readonly name?: string;
  /**
   * ID of the fleet cluster the tenant is placed on (fleet `clusters`). Absent: the fleet's single
   * cluster (entries written before clusters existed, and every entry of a fleet without `clusters`).
   */
  readonly cluster?: string;
  /**
   * Phase 1 of a move between clusters (`kommunal move-tenant`, docs/moving-a-tenant.md): the
   * cluster the tenant moves to. The tenant stays on `cluster` while its Proxmox objects are
   * removed there; its seat on `moveTo` is reserved (counts against its maxTenants).
   */
  readonly moveTo?: string;
  /**
   * Phase 2 of a move: the cluster the tenant came from. `cluster` is the new cluster; the plan that
   * creates the tenant's Proxmox objects there needs the move approval. Cleared when the move is
   * finished.
   */
  readonly movedFrom?: string;
  /**
   * The longest backup keep-policy the tenant's backups were taken under, field by field
   * (lib/allocation/backup-retention.ts): a lowered retention in the tenant file does not lower
   * it, so the backup hold of a decommissioning tenant (lib/pipeline/plan-guard.ts) covers backups
   * taken before the change. Absent in entries written before it was recorded.
   */
  readonly backupRetention?: RecordedRetention;
  /**
   * VM IDs of the tenant's guests, by guest name (lib/allocation/guest-ids.ts): index i is the ID
   * of instance i. A list only grows (a lower count keeps the IDs above it reserved for the same
   * guest); a guest removed from the tenant file is marked retired and keeps its IDs. Absent
   * while the tenant has never had a guest.
   */
  readonly guests?: Readonly<Record<string, GuestAllocation>>;
}

/** The VM IDs of one guest entry in the lock. */
export interface GuestAllocation {
  readonly vmIds: readonly number[];
  /** The guest left the tenant file: its IDs stay reserved; naming it again un-retires it. */
  readonly retired?: boolean;
}

/**
 * The time-based keep counts of a backup retention as recorded in the lock (`keep-last` counts
 * backups, not time, and is not recorded).
 */
export interface RecordedRetention {
  readonly keepDaily: number;
  readonly keepWeekly: number;
  readonly keepMonthly: number;
  readonly keepYearly: number;
}

export interface LockFile {
  readonly version: 1;
  readonly zoneType: ZoneType;
  readonly tenants: Readonly<Record<string, TenantAllocation>>;
}
