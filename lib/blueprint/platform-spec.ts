/**
 * PlatformSpec: the resolved, plain settings of the shared datacenter that the PlatformStack renders
 * and that tenant stacks reference by stable name (never by cross-stack remote state, so each
 * tenant plans alone). Resolved from fleet.yaml by `resolvePlatform()` (lib/blueprint/resolve-platform.ts).
 */
import type { VaultIsolation, ZoneType } from '../model/parameters';
import type { PlatformRoleIds } from '../identity/platform-roles';
import type { TenantPipelineLoginProps } from '../identity/tenant-pipeline-login';
import type { MetricsServerSettings } from './platform-base';
import type { StateBackendConfig } from './state-backend';

/** The Proxmox VE side of one cluster of a fleet with `clusters` (lib/model/clusters.ts). */
export interface ClusterPlatformSpec {
  /** Cluster ID. */
  readonly id: string;
  /** Proxmox VE API URL of the cluster: the default of every stack's `proxmox_endpoint` on it. */
  readonly endpoint: string;
  /** The cluster's SDN, firewall and nodes (same shape as the fleet's single-cluster `network`). */
  readonly network: PlatformSpec['network'];
  /** Where the cluster's copy of the logging vendor data is uploaded. */
  readonly snippets: { readonly node: string; readonly datastore: string };
}

export interface PlatformSpec {
  /** Fleet name, e.g. `rlp`. */
  readonly fleet: string;
  readonly network: {
    readonly zoneType: ZoneType;
    /** Platform-wide zone ID (vlan, vxlan); unused for per-tenant zones. */
    readonly zoneId: string;
    readonly bridge: string;
    readonly nodes?: readonly string[];
    readonly peers?: readonly string[];
    readonly evpnController?: { readonly id: string; readonly asn: number };
    /** Exit nodes of the tenants' evpn zones (fleet `network.evpnExitNodes`, per cluster `clusters.<id>.evpnExitNodes`). */
    readonly evpnExitNodes?: readonly string[];
    /** Who may reach the nodes beyond Proxmox's own `management` IP set (PlatformBaseProps.hostFirewall). */
    readonly hostFirewall?: {
      readonly managementCidrs?: readonly string[];
      readonly ciRunnerCidrs?: readonly string[];
      readonly ceph?: { readonly publicNetwork: string; readonly clusterNetwork?: string };
    };
  };
  readonly roles: PlatformRoleIds;
  readonly metrics: {
    /** Metrics server ID tenants reference. */
    readonly name: string;
    /** The server the platform stack creates; absent when it is managed outside the fleet. */
    readonly target?: Omit<MetricsServerSettings, 'name'>;
  };
  readonly logging: {
    readonly collector: { readonly host: string; readonly port: number; readonly protocol: 'tls' | 'tcp' };
    /** Where the fleet's logging vendor data is uploaded: a node and a shared datastore with snippets content. */
    readonly snippets: { readonly node: string; readonly datastore: string };
    /** PEM of the CA of the collector's certificate; absent: the guests' system trust store. */
    readonly collectorCaPem?: string;
  };
  readonly backup: {
    /** PBS user of a tenant: `<prefix><key>@pbs`. */
    readonly userPrefix: string;
    readonly mailTo?: readonly string[];
  };
  readonly vault: {
    readonly isolation: VaultIsolation;
    readonly tenantRoot: string;
    /** Shared KV v2 mount of all tenants (path mode). */
    readonly sharedKvMount: string;
    readonly pkiIntermediatePath: string;
    readonly pkiCommonName: string;
    /** Who declares the audit device (FleetParameters vault.auditDevice). */
    readonly auditDevice: 'server-config' | 'api';
    /** CI logins; absent: tenants get no CI role. */
    readonly ciJwt?: {
      readonly path: string;
      readonly issuer: string;
      readonly audience: string;
      /** One GitLab project per tenant: `<prefix>/<key>`. */
      readonly projectPathPrefix?: string;
      /** One fleet repository; jobs run in the tenant environment `kommunen/<key>`. */
      readonly projectPath?: string;
      /** The branch whose pipelines may apply (bound in the apply role with `ref_protected`). */
      readonly defaultBranch: string;
      /** The project of the platform jobs (`vault.ci.platformProjectPath`, else projectPath): the platform's own CI roles. @default - no platform CI roles */
      readonly platformProjectPath?: string;
    };
    /** Auth mount tenant directory groups bind to (LDAP or OIDC). */
    readonly directoryAuth?: { readonly kind: 'ldap' | 'oidc'; readonly path: string; readonly discoveryUrl?: string; readonly clientId?: string; readonly redirectUris?: readonly string[] };
  };
  readonly sharedRealm?: { readonly id: string; readonly issuerUrl: string; readonly clientId: string };
  readonly state: StateBackendConfig;
  /**
   * The CI login of every tenant of the fleet (its JWT role and provisioner policy), which the
   * platform stack owns (docs/identity.md). Filled from all tenant specs when the whole fleet is
   * loaded (modelOfLoadedFleet); absent when the platform was resolved without its tenants, which
   * must then not be used to synthesize the platform stack (it would drop every tenant's login).
   */
  readonly tenantPipelines?: readonly TenantPipelineLoginProps[];
  /**
   * The clusters of a fleet that declares `clusters`, by ID: each cluster but the
   * `legacyCluster` gets its own platform stack (`platform-<id>`, the Proxmox part) and its
   * tenants render against it; the stack `platform` keeps the fleet-wide Vault part and the legacy
   * cluster's Proxmox part. Absent for a fleet of one implicit cluster (everything in `platform`,
   * as before clusters existed).
   */
  readonly clusters?: Readonly<Record<string, ClusterPlatformSpec>>;
  /**
   * In a fleet with clusters: the cluster the fleet ran on before it declared clusters (fleet.yaml
   * `legacyCluster`). Its Proxmox part stays in the stack `platform`, under the addresses it had
   * before, so that converting a one-cluster fleet moves no resource between states
   * (docs/clusters.md). Absent: every cluster has its own `platform-<id>` (a new fleet).
   */
  readonly legacyCluster?: string;
}
