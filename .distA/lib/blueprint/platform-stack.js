"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlatformStack = void 0;
const cdktf_1 = require("cdktf");
const platform_roles_1 = require("../identity/platform-roles");
const proxmox_connection_1 = require("../providers/proxmox-connection");
const vault_connection_1 = require("../providers/vault-connection");
const upgrade_moves_1 = require("../upgrade/upgrade-moves");
const platform_base_1 = require("./platform-base");
const state_backend_1 = require("./state-backend");
/**
 * What the provider engineers own once per datacenter: SDN zone(s) and the single SDN applier,
 * datacenter firewall, the custom roles tenants are granted, the metrics server, the shared OIDC
 * realm, and the Vault base (audit, shared KV or tenant-root namespace, PKI intermediate, auth).
 */
class PlatformStack extends cdktf_1.TerraformStack {
    base;
    roles;
    constructor(scope, id, props) {
        super(scope, id);
        const p = props.platform;
        new proxmox_connection_1.ProxmoxConnection(this, 'Proxmox');
        new vault_connection_1.VaultConnection(this, 'VaultProvider');
        (0, state_backend_1.configureStateBackend)(this, p.state, 'platform');
        this.roles = new platform_roles_1.PlatformRoles(this, 'Roles', { roleIds: p.roles });
        this.base = new platform_base_1.PlatformBase(this, 'Base', {
            network: {
                zoneType: p.network.zoneType,
                zoneId: p.network.zoneId,
                bridge: p.network.bridge,
                peers: p.network.peers,
                evpnController: p.network.evpnController,
                nodes: p.network.nodes,
            },
            metrics: p.metrics.target ? { name: p.metrics.name, ...p.metrics.target } : undefined,
            vault: {
                isolation: p.vault.isolation,
                tenantRoot: p.vault.tenantRoot,
                sharedKvMount: p.vault.sharedKvMount,
                pkiIntermediatePath: p.vault.pkiIntermediatePath,
                pkiCommonName: p.vault.pkiCommonName,
                ciJwt: p.vault.ciJwt ? { path: p.vault.ciJwt.path, issuer: p.vault.ciJwt.issuer } : undefined,
                oidc: p.vault.directoryAuth?.kind === 'oidc' && p.vault.directoryAuth.discoveryUrl && p.vault.directoryAuth.clientId
                    ? { path: p.vault.directoryAuth.path, discoveryUrl: p.vault.directoryAuth.discoveryUrl, clientId: p.vault.directoryAuth.clientId }
                    : undefined,
            },
            sharedRealm: p.sharedRealm,
        });
        // --- upgrade hook (lib/upgrade): opt-in moved blocks when the platform state is older ---
        if (props.recordedBlueprintVersion !== undefined)
            (0, upgrade_moves_1.addUpgradeMoves)(this, { fromVersion: props.recordedBlueprintVersion });
    }
}
exports.PlatformStack = PlatformStack;
