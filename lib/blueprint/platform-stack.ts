import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformRoles } from '../identity/platform-roles';
import { PlatformPipelineLogin } from '../identity/platform-pipeline-login';
import { TenantPipelineLogin } from '../identity/tenant-pipeline-login';
import { LoggingVendorData } from '../logging/logging-vendor-data';
import { ProxmoxConnection } from '../providers/proxmox-connection';
import { VaultConnection } from '../providers/vault-connection';
import { addUpgradeMoves } from '../upgrade/upgrade-moves';
import { PlatformBase } from './platform-base';
import type { PlatformSpec } from './platform-spec';
import { configureStateBackend } from './state-backend';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';

/** Properties of {@link PlatformStack}. */
export interface PlatformStackProps {
  /** The resolved platform of the fleet (resolvePlatform). */
  readonly platform: PlatformSpec;
  /**
   * Blueprint version the platform state was last applied with. When older than BLUEPRINT_VERSION,
   * the stack emits `moved` blocks for every address renamed since (lib/upgrade).
   * @default - the platform is current: no moved blocks
   */
  readonly recordedBlueprintVersion?: number;
  /**
   * In a fleet with clusters (PlatformSpec.clusters): the cluster whose Proxmox part this stack
   * renders (stack `platform-<id>`); unset or the fleet's legacyCluster, the stack is `platform`:
   * the fleet-wide Vault part plus, when the fleet names a legacyCluster, that cluster's Proxmox
   * part. Ignored for a fleet of one implicit cluster, whose stack renders both.
   * @default - the `platform` stack
   */
  readonly cluster?: string;
}

/** Name of the platform stack of one cluster of a fleet with clusters. */
export function clusterPlatformStackName(cluster: string): string {
  return `${PLATFORM_STACK_NAME}-${cluster}`;
}

/**
 * The platform stacks of a fleet, in build (and apply) order: `platform`, then `platform-<id>` per
 * cluster when the fleet declares clusters, except for the legacyCluster, whose Proxmox part stays
 * in `platform` (its entry then names that cluster).
 */
export function platformStacksOf(platform: PlatformSpec): readonly { readonly name: string; readonly cluster?: string }[] {
  const legacy = platform.clusters !== undefined ? platform.legacyCluster : undefined;
  const ids = Object.keys(platform.clusters ?? {}).filter((id) => id !== legacy).sort();
  return [
    { name: PLATFORM_STACK_NAME, ...(legacy !== undefined ? { cluster: legacy } : {}) },
    ...ids.map((cluster) => ({ name: clusterPlatformStackName(cluster), cluster })),
  ];
}

/**
 * The stack that holds the Proxmox part of a cluster: `platform` for the fleet's legacyCluster and
 * for a fleet without clusters (`cluster` undefined), `platform-<id>` for every other cluster.
 * Tenants of the cluster wait for this stack (and for `platform`, the fleet-wide Vault part).
 */
export function platformStackOfCluster(platform: PlatformSpec, cluster: string | undefined): string {
  if (platform.clusters === undefined || cluster === undefined || cluster === platform.legacyCluster) return PLATFORM_STACK_NAME;
  return clusterPlatformStackName(cluster);
}

/** Stack name of the platform stack; tenant keys may not take it. */
export const PLATFORM_STACK_NAME = 'platform';

/**
 * What the provider engineers own once per datacenter: SDN zone(s) and the single SDN applier,
 * datacenter firewall, the custom roles tenants are granted, the metrics server, the shared OIDC
 * realm, the Vault base (audit, shared KV or tenant-root namespace, PKI intermediate, auth), and
 * each tenant's CI login with its provisioner policy (PlatformSpec.tenantPipelines).
 */
export class PlatformStack extends TerraformStack {
  public readonly base: PlatformBase;
  /** The custom roles tenants are granted; absent in the fleet-wide part of a fleet with clusters. */
  public readonly roles?: PlatformRoles;
  /**
   * The fleet's logging vendor data (one file, on shared storage; tenants reference its volume);
   * absent in the fleet-wide part of a fleet with clusters (each cluster's stack uploads its own).
   */
  public readonly logging?: LoggingVendorData;

  public constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const p = props.platform;
    // A fleet with clusters: `platform` holds the fleet-wide Vault part and the legacyCluster's
    // Proxmox part (so a converted fleet keeps every platform address), `platform-<id>` the Proxmox
    // part of any other cluster <id> (docs/clusters.md). A fleet of one cluster: both, as before.
    const clusterId = p.clusters !== undefined ? props.cluster ?? p.legacyCluster : undefined;
    const cluster = p.clusters !== undefined && clusterId !== undefined ? p.clusters[clusterId] : undefined;
    if (p.clusters !== undefined && clusterId !== undefined && cluster === undefined) throw new Error(`PlatformStack ${id}: the fleet has no cluster "${clusterId}" (clusters: ${Object.keys(p.clusters).join(', ')})`);
    const fleetWide = p.clusters === undefined || clusterId === undefined || clusterId === p.legacyCluster;
    const parts = p.clusters === undefined ? 'all' : !fleetWide ? 'proxmox' : cluster !== undefined ? 'all' : 'vault';
    const network = cluster?.network ?? p.network;
    // The platform job uploads the fleet's logging vendor data, which bpg writes over SSH.
    if (parts !== 'vault') new ProxmoxConnection(this, 'Proxmox', { ssh: true, ...(cluster !== undefined ? { endpoint: cluster.endpoint } : {}) });
    if (parts !== 'proxmox') new VaultConnection(this, 'VaultProvider');
    configureStateBackend(this, p.state, fleetWide ? PLATFORM_STACK_NAME : clusterPlatformStackName(cluster!.id));
    this.roles = parts !== 'vault' ? new PlatformRoles(this, 'Roles', { roleIds: p.roles }) : undefined;
    this.base = new PlatformBase(this, 'Base', {
      parts,
      network: {
        zoneType: network.zoneType,
        zoneId: network.zoneId,
        bridge: network.bridge,
        peers: network.peers,
        evpnController: network.evpnController,
        nodes: network.nodes,
      },
      hostFirewall: network.hostFirewall,
      metrics: p.metrics.target ? { name: p.metrics.name, ...p.metrics.target } : undefined,
      vault: {
        isolation: p.vault.isolation,
        tenantRoot: p.vault.tenantRoot,
        sharedKvMount: p.vault.sharedKvMount,
        pkiIntermediatePath: p.vault.pkiIntermediatePath,
        auditDevice: p.vault.auditDevice,
        pkiCommonName: p.vault.pkiCommonName,
        ciJwt: p.vault.ciJwt ? { path: p.vault.ciJwt.path, issuer: p.vault.ciJwt.issuer } : undefined,
        oidc: p.vault.directoryAuth?.kind === 'oidc' && p.vault.directoryAuth.discoveryUrl && p.vault.directoryAuth.clientId
          ? { path: p.vault.directoryAuth.path, discoveryUrl: p.vault.directoryAuth.discoveryUrl, clientId: p.vault.directoryAuth.clientId }
          : undefined,
      },
      sharedRealm: p.sharedRealm,
    });
    this.logging = parts === 'vault' ? undefined : new LoggingVendorData(this, 'Logging', {
      fleet: p.fleet,
      collector: p.logging.collector,
      snippets: cluster?.snippets ?? p.logging.snippets,
      collectorCaPem: p.logging.collectorCaPem,
    });

    // The CI login of every tenant (docs/identity.md): in the root namespace on the CI mount, with
    // the tenant's provisioner policy. The tenant stack cannot create it (it would have to be
    // logged in first).
    if (this.base.ciJwt !== undefined && parts !== 'proxmox') {
      const ciJwt = this.base.ciJwt;
      for (const t of p.tenantPipelines ?? []) new TenantPipelineLogin(this, `Pipeline-${t.tenant.key}`, { ...t, dependsOn: [ciJwt] });
      // The platform jobs' own plan and apply roles (lib/identity/platform-pipeline-login.ts), when
      // the fleet names the platform's project.
      const ci = p.vault.ciJwt;
      if (ci?.platformProjectPath !== undefined) {
        const v = p.vault;
        new PlatformPipelineLogin(this, 'PlatformPipeline', {
          tenantRoot: v.tenantRoot,
          isolation: v.isolation,
          // The platform base creates the shared KV in path mode and, with CI logins, in namespace mode too.
          sharedKvMount: v.sharedKvMount,
          pkiIntermediatePath: v.pkiIntermediatePath,
          ciMount: ci.path,
          directoryMount: v.directoryAuth?.kind === 'oidc' && v.directoryAuth.discoveryUrl && v.directoryAuth.clientId ? v.directoryAuth.path : undefined,
          apiAuditDevice: v.auditDevice === 'api',
          ci: { projectPath: ci.platformProjectPath, defaultBranch: ci.defaultBranch },
          boundAudiences: [ci.audience],
          dependsOn: [ciJwt],
        });
      }
    }

    // --- upgrade hook (lib/upgrade): opt-in moved blocks when the platform state is older ---
    if (props.recordedBlueprintVersion !== undefined) addUpgradeMoves(this, { fromVersion: props.recordedBlueprintVersion });
  }
}
