import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformRoles } from '../identity/platform-roles';
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
}

/**
 * What the provider engineers own once per datacenter: SDN zone(s) and the single SDN applier,
 * datacenter firewall, the custom roles tenants are granted, the metrics server, the shared OIDC
 * realm, the Vault base (audit, shared KV or tenant-root namespace, PKI intermediate, auth), and
 * each tenant's CI login with its provisioner policy (PlatformSpec.tenantPipelines).
 */
export class PlatformStack extends TerraformStack {
  public readonly base: PlatformBase;
  public readonly roles: PlatformRoles;
  /** The fleet's logging vendor data (one file, on shared storage; tenants reference its volume). */
  public readonly logging: LoggingVendorData;

  public constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const p = props.platform;
    // The platform job uploads the fleet's logging vendor data, which bpg writes over SSH.
    new ProxmoxConnection(this, 'Proxmox', { ssh: true });
    new VaultConnection(this, 'VaultProvider');
    configureStateBackend(this, p.state, 'platform');
    this.roles = new PlatformRoles(this, 'Roles', { roleIds: p.roles });
    this.base = new PlatformBase(this, 'Base', {
      network: {
        zoneType: p.network.zoneType,
        zoneId: p.network.zoneId,
        bridge: p.network.bridge,
        peers: p.network.peers,
        evpnController: p.network.evpnController,
        nodes: p.network.nodes,
      },
      hostFirewall: p.network.hostFirewall,
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
    this.logging = new LoggingVendorData(this, 'Logging', {
      fleet: p.fleet,
      collector: p.logging.collector,
      snippets: p.logging.snippets,
      collectorCaPem: p.logging.collectorCaPem,
    });

    // The CI login of every tenant (docs/identity.md): in the root namespace on the CI mount, with
    // the tenant's provisioner policy. The tenant stack cannot create it (it would have to be
    // logged in first).
    if (this.base.ciJwt !== undefined) {
      const ciJwt = this.base.ciJwt;
      for (const t of p.tenantPipelines ?? []) new TenantPipelineLogin(this, `Pipeline-${t.tenant.key}`, { ...t, dependsOn: [ciJwt] });
    }

    // --- upgrade hook (lib/upgrade): opt-in moved blocks when the platform state is older ---
    if (props.recordedBlueprintVersion !== undefined) addUpgradeMoves(this, { fromVersion: props.recordedBlueprintVersion });
  }
}
