import { DataVaultKvSecretV2 } from '@cdktf/provider-vault/lib/data-vault-kv-secret-v2';
import { Aspects, dependable, Lazy, TerraformElement, TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, Node } from 'constructs';
import { BACKUP_SECRET_NAMES, BackupPlan, type BackupPlanSecrets } from '../backup/backup-plan';
import { applyCompliance, type ComplianceOptions } from '../compliance/apply';
import { addressMatches } from '../model/approvals';
import { FORMER_TENANT_CI_ROLE_ADDRESS } from '../model/vault-names';
import type { TenantSpec } from '../model/spec';
import { TenantAccess } from '../identity/tenant-access';
import { realmSecretVariableName, type RealmSecrets } from '../identity/tenant-access-props';
import { TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE, TenantVault, type TenantVaultProps } from '../identity/tenant-vault';
import { LoggingBaseline } from '../logging/logging-baseline';
import { NetworkSegments } from '../network/network-segments';
import { TenantFirewall } from '../network/tenant-firewall';
import { TenantScopeGuard } from '../network/tenant-scope-guard';
import { ProxmoxConnection } from '../providers/proxmox-connection';
import { endpointForTenant, platformForTenant } from './resolve-platform';
import { VaultConnection } from '../providers/vault-connection';
import { addUpgradeMoves } from '../upgrade/upgrade-moves';
import type { PlatformSpec } from './platform-spec';
import { rememberedLogicalId } from './internal/logical-ids';
import { configureStateBackend } from './state-backend';
import { accessProps, activeSegments, backupProps, firewallProps, guestFirewallKey, guestsProps, loggingProps, networkProps, tenantNodes, vaultProps } from './internal/tenant-props';
import { TenantGuests } from '../compute/tenant-guests';
import { tenantCiInputsOf, tenantRealmClientKeyOf } from './tenant-ci-inputs';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
import { REALM_CLIENT_KEY_FIELD } from '../identity/tenant-pipeline-login';

/** Name of the ephemeral `vault_kv_secret_v2` block that reads a confidential OIDC realm's client key. */
export const REALM_CLIENT_KEY_EPHEMERAL = 'realm_client_key';

/** Properties of {@link KommuneStack}. */
export interface KommuneStackProps {
  /** The tenant, fully resolved (lib/config/resolve.ts). */
  readonly spec: TenantSpec;
  /** The platform the tenant lives in (platform objects are referenced by stable name). */
  readonly platform: PlatformSpec;
  /**
   * Blueprint version the tenant's state was last applied with (recorded in its lock entry, see
   * docs/adr/0003-upgrades.md). When older than BLUEPRINT_VERSION, the stack emits `moved` blocks
   * for every address renamed since (lib/upgrade).
   * @default - the tenant is current: no moved blocks
   */
  readonly recordedBlueprintVersion?: number;
  /**
   * Compliance rule pack (lib/compliance, docs/compliance.md), evaluated at synthesis with this
   * tenant's spec and the suppressions of its Kommune file. `false` turns it off (for callers that
   * evaluate the stacks themselves, such as `kommunal check`).
   * @default - enabled: unsuppressed errors fail synthesis; suppression expiry is not evaluated
   */
  readonly compliance?: KommuneComplianceOptions | false;
}

/** Compliance options of a KommuneStack (the spec is the stack's own). */
export type KommuneComplianceOptions = Omit<ComplianceOptions, 'spec'>;

/**
 * One Kommune: one Terraform stack with its own state. Renders the tenant's network segments,
 * firewall, access, Vault, backup and logging from its TenantSpec; references platform objects
 * (zones, roles, metrics server, PKI, auth mounts) by name, so each tenant plans alone. Cluster-wide
 * singletons are refused (TenantScopeGuard).
 *
 * A tenant in state `decommissioning` keeps only what holds data: its PBS storage and backup job
 * (disabled: no new backups, the existing ones stay for their retention) and, in namespace
 * isolation, its Vault namespace and KV mount. Everything else (network, firewall, access,
 * realm, tokens, policies, logins, logging) is left out, so the next plan revokes it; the plan
 * guard lets exactly those deletes through and holds back the data until an approval dated after
 * the retention (docs/pipelines.md, "Offboarding").
 *
 * A tenant in phase 1 of a move between clusters (`spec.move.phase === 'leave'`,
 * docs/moving-a-tenant.md) keeps its Vault objects as they are but no Proxmox object at all
 * (network, firewall, access, realm, PBS storage entry, backup job, logging vendor data), so its
 * next plan, still against the old cluster, removes them there; the plan guard lets those deletes
 * through only with the tenant's `move` approval. The backups themselves stay on the PBS.
 * `prevent_destroy` of the backup job and the PBS storage entry does not stop that: terraform
 * checks it only for a resource whose configuration is still there (hashicorp/terraform
 * internal/terraform/node_resource_abstract_instance.go at 883c7221ee2e, checkPreventDestroy
 * L208-213: no config, no check); a resource left out of the stack is planned as a delete.
 */
export class KommuneStack extends TerraformStack {
  public readonly spec: TenantSpec;
  /** Absent while decommissioning. */
  public readonly network?: NetworkSegments;
  /** Absent while decommissioning. */
  public readonly firewall?: TenantFirewall;
  /** Absent while decommissioning. */
  public readonly access?: TenantAccess;
  /** The tenant's guests (docs/workloads.md); absent without guests and while decommissioning. */
  public readonly guests?: TenantGuests;
  public readonly vault: TenantVault;
  /** Absent in phase 1 of a move (the PBS storage entry and the backup job are Proxmox objects). */
  public readonly backup?: BackupPlan;
  /** Absent while decommissioning. */
  public readonly logging?: LoggingBaseline;
  /** False in phase 1 of a move: the stack keeps no Proxmox object (see the class comment). */
  public readonly onCluster: boolean;
  /** The read of the tenant's pipeline inputs from Vault; absent without Vault CI logins (the inputs are variables then). */
  public readonly ciInputs?: DataVaultKvSecretV2;

  public constructor(scope: Construct, id: string, props: KommuneStackProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const { spec } = props;
    // A fleet with clusters: the tenant's cluster's nodes, zone settings and API endpoint.
    const platform = platformForTenant(props.platform, spec);
    const endpoint = endpointForTenant(props.platform, spec);
    this.spec = spec;
    const active = spec.state !== 'decommissioning';
    // Phase 1 of a move: no Proxmox objects (a decommissioning tenant is not moved: move-tenant refuses it).
    const onCluster = spec.move?.phase !== 'leave';
    this.onCluster = onCluster;
    new ProxmoxConnection(this, 'Proxmox', endpoint !== undefined ? { endpoint } : {});
    new VaultConnection(this, 'VaultProvider');
    configureStateBackend(this, platform.state, spec.key);

    // With Vault CI logins the pipeline's inputs (PBS password and key, realm secrets) are one
    // secret in the root namespace that the tenant's CI token may read (docs/pipelines.md,
    // "Secrets"); without them they stay sensitive variables set as CI/CD variables.
    const inputs = tenantCiInputsOf(spec, platform);
    let backupSecrets: BackupPlanSecrets | undefined;
    let realmSecrets: RealmSecrets | undefined;
    // The Vault props once: whether the tenant mounts its own OIDC login is read from them (the same
    // test tenantCiInputFields makes for the secret's fields), then they build the construct.
    const tenantVaultProps = vaultProps(spec, platform);
    let vaultOidcClientSecret: string | undefined;
    if (inputs !== undefined) {
      this.ciInputs = new DataVaultKvSecretV2(this, 'CiInputs', { mount: inputs.mount, name: inputs.name });
      const data = this.ciInputs.data;
      backupSecrets = { password: data.lookup(BACKUP_SECRET_NAMES.password), encryptionKey: data.lookup(BACKUP_SECRET_NAMES.encryptionKey) };
      const realm = spec.identity.realm.id;
      realmSecrets = { bindPassword: data.lookup(realmSecretVariableName(realm, 'bind_password')) };
      // A confidential OIDC realm: its client key comes from a secret of its own, read with the
      // ephemeral resource `vault_kv_secret_v2` (vault 5.6.0, /work/shared/schemas/vault-5.6.0.json
      // `ephemeral_resource_schemas`) into the write-only `client_key_wo`, so that neither the plan
      // nor the state holds it (the data source above puts every field it reads into both).
      // Terraform (>= 1.10) lets an ephemeral value reach only write-only attributes, provider
      // configuration, locals and other ephemeral blocks ("Invalid use of ephemeral value"
      // otherwise: hashicorp/terraform internal/terraform ephemeral-mark checks, line not checked).
      // cdktf 0.21 has no ephemeral block, so the stack renders it as a stack-level override (the
      // fleet synthesis merges those: lib/synth/internal/cdktf-internals.ts).
      const clientKeyAt = tenantRealmClientKeyOf(spec, platform);
      if (clientKeyAt !== undefined && active && onCluster) {
        this.addOverride(`ephemeral.vault_kv_secret_v2.${REALM_CLIENT_KEY_EPHEMERAL}`, { mount: clientKeyAt.mount, name: clientKeyAt.name });
        // A Lazy: its text is rendered as written, not escaped as a literal (lib/core/terraform-template.ts).
        const reference = `\${ephemeral.vault_kv_secret_v2.${REALM_CLIENT_KEY_EPHEMERAL}.data[${JSON.stringify(REALM_CLIENT_KEY_FIELD)}]}`;
        realmSecrets = { ...realmSecrets, clientKey: Lazy.stringValue({ produce: () => reference }) };
      }
      if (tenantVaultProps.auth.directory?.oidc !== undefined) vaultOidcClientSecret = data.lookup(TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE);
    }
    if (active && onCluster) {
      this.network = new NetworkSegments(this, 'Network', networkProps(spec, platform));
      this.firewall = new TenantFirewall(this, 'Firewall', firewallProps(spec, tenantNodes(spec, platform) ?? []));
      const guests = guestsProps(spec, platform);
      if (guests !== undefined) {
        this.guests = new TenantGuests(this, 'Guests', guests);
        // The guest firewall is written into the guest's configuration: the guest must exist first.
        for (const [name, instances] of Object.entries(this.guests.instances)) {
          for (const inst of instances) {
            const fw = this.firewall.guests[guestFirewallKey(name, inst.spec.index)];
            for (const r of [fw.rules, ...(fw.ipFilter !== undefined ? [fw.ipFilter] : []), ...Object.values(fw.extraIpFilters), ...(fw.beyondTenant !== undefined ? [fw.beyondTenant] : [])]) {
              r.dependsOn = [...(r.dependsOn ?? []), dependable(inst.resource)];
            }
          }
        }
      }
      this.access = new TenantAccess(this, 'Access', { ...accessProps(spec, platform), ...(realmSecrets !== undefined ? { realmSecrets } : {}) });
      // A guest joins the pool when it is created, and its disks need the pool's storages: Proxmox
      // refuses the clone while the pool does not exist ("pool ... does not exist", found by the
      // rehearsal of musterstadt with guests), so the pool and its storage memberships come first.
      if (this.guests !== undefined) {
        const first = [dependable(this.access.resource), ...this.access.storageMembers.map((m) => dependable(m))];
        for (const instances of Object.values(this.guests.instances)) {
          for (const inst of instances) inst.resource.dependsOn = [...(inst.resource.dependsOn ?? []), ...first];
        }
      }
    }
    this.vault = new TenantVault(this, 'Vault', { ...withDirectoryClientSecret(tenantVaultProps, vaultOidcClientSecret), retainDataOnly: !active });
    if (onCluster) this.backup = new BackupPlan(this, 'Backup', { ...backupProps(spec, platform), enabled: active, ...(backupSecrets !== undefined ? { secrets: backupSecrets } : {}) });
    // The job selects its guests by pool: a reference (not the pool ID as text) records the
    // dependency in state, so when decommissioning removes the pool, terraform updates the job
    // (disabled, same pool ID) before it deletes the pool, instead of both at once. Same value, so
    // no plan change for existing tenants.
    if (this.access && this.backup) this.backup.resource.pool = this.access.resource.poolId;
    if (active && onCluster) this.logging = new LoggingBaseline(this, 'Logging', loggingProps(spec, platform));
    if (!active) this.releaseApprovedDeletes(spec);

    output(this, 'tenant_key', spec.key, 'Stable tenant key');
    output(this, 'state', spec.state, 'active, or decommissioning (only data holders are kept)');
    if (active && onCluster) {
      output(this, 'pool', spec.compute.pool, 'Proxmox pool: create every guest of the Kommune in it (backups select by pool)');
      output(this, 'vm_id_range', `${spec.compute.vmIds.start}-${spec.compute.vmIds.end}`, 'VM IDs reserved for this Kommune');
      output(this, 'vnets', Object.fromEntries(activeSegments(spec).map((s) => [s, spec.network.segments[s]!.vnetId])), 'SDN vnet per segment');
      output(this, 'security_groups', Object.fromEntries(activeSegments(spec).map((s) => [s, spec.network.segments[s]!.securityGroup])), 'Firewall security group per segment, for guest rules');
      output(this, 'logging_vendor_data', this.logging!.vendorDataVolume, 'Platform logging vendor data: set cicustom vendor=<this> on every guest (keeps PVE user data)');
    }
    output(this, 'vault_kv_prefix', this.vault.kvDataPrefix, 'Where the Kommune keeps its secrets');

    Aspects.of(this).add(new TenantScopeGuard());
    // Compliance rule pack (lib/compliance). A decommissioning tenant is no longer an operating
    // blueprint (no segments, no logins by design); the plan guard governs it instead.
    if (props.compliance !== false && active && onCluster) applyCompliance(this, { ...(props.compliance ?? {}), spec });

    // The CI login moved to the platform stack (TenantPipelineLogin): a tenant applied with an
    // earlier blueprint holds it in its state. Forget it instead of destroying the role the platform
    // now owns (terraform >= 1.7 `removed` block with destroy = false; a block whose address is not
    // in the state is a no-op, so new tenants carry it too).
    if (platform.vault.ciJwt !== undefined) this.addOverride('removed', [{ from: FORMER_TENANT_CI_ROLE_ADDRESS, lifecycle: { destroy: false } }]);

    // --- upgrade hook (lib/upgrade): opt-in moved blocks for tenants built with an older blueprint ---
    if (props.recordedBlueprintVersion !== undefined) addUpgradeMoves(this, { fromVersion: props.recordedBlueprintVersion });
  }

  /**
   * Offboarding: terraform refuses to plan the destroy of a resource with `prevent_destroy` at all
   * ("Instance cannot be destroyed", seen in the rehearsal), so no approval could ever let the
   * backups of a decommissioned tenant go. A data holder whose address a `delete` approval of the
   * tenant file names loses its `prevent_destroy`; the plan guard still holds the delete until the
   * retention has run out and the approval is valid on the run date.
   */
  private releaseApprovedDeletes(spec: TenantSpec): void {
    const deletes = Object.values(spec.approvals ?? {}).filter((a) => a.action === 'delete');
    if (deletes.length === 0) return;
    for (const c of this.node.findAll()) {
      if (!(c instanceof TerraformResource) || c.lifecycle?.preventDestroy !== true) continue;
      const address = `${c.terraformResourceType}.${this.getLogicalId(c)}`;
      if (deletes.some((a) => addressMatches(a.address, address))) c.lifecycle = { ...c.lifecycle, preventDestroy: false };
    }
  }

  /**
   * cdktf's default logical IDs, remembered by construct path across the tenant stacks of a process
   * (every tenant has the same paths; the default scheme hashes each one).
   */
  protected allocateLogicalId(tfElement: TerraformElement | Node): string {
    return rememberedLogicalId(this, tfElement, () => super.allocateLogicalId(tfElement));
  }
}

function output(stack: TerraformStack, name: string, value: unknown, description: string): void {
  new TerraformOutput(stack, name, { value, description }).overrideLogicalId(name);
}

/** The Vault props with the client secret of the tenant's own OIDC mount from Vault, when there is one. */
function withDirectoryClientSecret(props: TenantVaultProps, clientSecret: string | undefined): TenantVaultProps {
  const dir = props.auth.directory;
  if (clientSecret === undefined || dir?.oidc === undefined) return props;
  return { ...props, auth: { ...props.auth, directory: { ...dir, oidc: { ...dir.oidc, clientSecret } } } };
}
