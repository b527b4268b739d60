"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KommuneStack = void 0;
const cdktf_1 = require("cdktf");
const backup_plan_1 = require("../backup/backup-plan");
const apply_1 = require("../compliance/apply");
const tenant_access_1 = require("../identity/tenant-access");
const tenant_vault_1 = require("../identity/tenant-vault");
const logging_baseline_1 = require("../logging/logging-baseline");
const network_segments_1 = require("../network/network-segments");
const tenant_firewall_1 = require("../network/tenant-firewall");
const tenant_scope_guard_1 = require("../network/tenant-scope-guard");
const proxmox_connection_1 = require("../providers/proxmox-connection");
const vault_connection_1 = require("../providers/vault-connection");
const upgrade_moves_1 = require("../upgrade/upgrade-moves");
const logical_ids_1 = require("./logical-ids");
const state_backend_1 = require("./state-backend");
const tenant_props_1 = require("./tenant-props");
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
 */
class KommuneStack extends cdktf_1.TerraformStack {
    spec;
    /** Absent while decommissioning. */
    network;
    /** Absent while decommissioning. */
    firewall;
    /** Absent while decommissioning. */
    access;
    vault;
    backup;
    /** Absent while decommissioning. */
    logging;
    constructor(scope, id, props) {
        super(scope, id);
        const { spec, platform } = props;
        this.spec = spec;
        const active = spec.state !== 'decommissioning';
        new proxmox_connection_1.ProxmoxConnection(this, 'Proxmox');
        new vault_connection_1.VaultConnection(this, 'VaultProvider');
        (0, state_backend_1.configureStateBackend)(this, platform.state, spec.key);
        if (active) {
            this.network = new network_segments_1.NetworkSegments(this, 'Network', (0, tenant_props_1.networkProps)(spec, platform));
            this.firewall = new tenant_firewall_1.TenantFirewall(this, 'Firewall', (0, tenant_props_1.firewallProps)(spec));
            this.access = new tenant_access_1.TenantAccess(this, 'Access', (0, tenant_props_1.accessProps)(spec, platform));
        }
        this.vault = new tenant_vault_1.TenantVault(this, 'Vault', { ...(0, tenant_props_1.vaultProps)(spec, platform), retainDataOnly: !active });
        this.backup = new backup_plan_1.BackupPlan(this, 'Backup', { ...(0, tenant_props_1.backupProps)(spec, platform), enabled: active });
        if (active)
            this.logging = new logging_baseline_1.LoggingBaseline(this, 'Logging', (0, tenant_props_1.loggingProps)(spec, platform));
        output(this, 'tenant_key', spec.key, 'Stable tenant key');
        output(this, 'state', spec.state, 'active, or decommissioning (only data holders are kept)');
        if (active) {
            output(this, 'pool', spec.compute.pool, 'Proxmox pool: create every guest of the Kommune in it (backups select by pool)');
            output(this, 'vm_id_range', `${spec.compute.vmIds.start}-${spec.compute.vmIds.end}`, 'VM IDs reserved for this Kommune');
            output(this, 'vnets', Object.fromEntries((0, tenant_props_1.activeSegments)(spec).map((s) => [s, spec.network.segments[s].vnetId])), 'SDN vnet per segment');
            output(this, 'security_groups', Object.fromEntries((0, tenant_props_1.activeSegments)(spec).map((s) => [s, spec.network.segments[s].securityGroup])), 'Firewall security group per segment, for guest rules');
            output(this, 'logging_snippet', this.logging.snippetVolume, 'cicustom user data that forwards guest logs');
        }
        output(this, 'vault_kv_prefix', this.vault.kvDataPrefix, 'Where the Kommune keeps its secrets');
        cdktf_1.Aspects.of(this).add(new tenant_scope_guard_1.TenantScopeGuard());
        // Compliance rule pack (lib/compliance). A decommissioning tenant is no longer an operating
        // blueprint (no segments, no logins by design); the plan guard governs it instead.
        if (props.compliance !== false && active)
            (0, apply_1.applyCompliance)(this, { ...(props.compliance ?? {}), spec });
        // --- upgrade hook (lib/upgrade): opt-in moved blocks for tenants built with an older blueprint ---
        if (props.recordedBlueprintVersion !== undefined)
            (0, upgrade_moves_1.addUpgradeMoves)(this, { fromVersion: props.recordedBlueprintVersion });
    }
    /**
     * cdktf's default logical IDs, remembered by construct path across the tenant stacks of a process
     * (every tenant has the same paths; the default scheme hashes each one).
     */
    allocateLogicalId(tfElement) {
        return (0, logical_ids_1.rememberedLogicalId)(this, tfElement, () => super.allocateLogicalId(tfElement));
    }
}
exports.KommuneStack = KommuneStack;
function output(stack, name, value, description) {
    new cdktf_1.TerraformOutput(stack, name, { value, description }).overrideLogicalId(name);
}
