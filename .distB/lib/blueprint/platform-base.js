"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlatformBase = void 0;
const audit_1 = require("@cdktf/provider-vault/lib/audit");
const jwt_auth_backend_1 = require("@cdktf/provider-vault/lib/jwt-auth-backend");
const mount_1 = require("@cdktf/provider-vault/lib/mount");
const namespace_1 = require("@cdktf/provider-vault/lib/namespace");
const pki_secret_backend_intermediate_cert_request_1 = require("@cdktf/provider-vault/lib/pki-secret-backend-intermediate-cert-request");
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const errors_1 = require("../core/errors");
const virtual_environment_cluster_firewall_1 = require("../providers/proxmox/virtual-environment-cluster-firewall");
const metrics_server_1 = require("../providers/proxmox/metrics-server");
const realm_openid_1 = require("../providers/proxmox/realm-openid");
const sdn_applier_1 = require("../providers/proxmox/sdn-applier");
const sdn_controller_evpn_1 = require("../providers/proxmox/sdn-controller-evpn");
const sdn_zone_vlan_1 = require("../providers/proxmox/sdn-zone-vlan");
const sdn_zone_vxlan_1 = require("../providers/proxmox/sdn-zone-vxlan");
const rules_1 = require("../naming/rules");
/**
 * Cluster-wide singletons and the Vault base of the shared datacenter: the platform SDN zone and the
 * single SDN applier, datacenter firewall defaults (default deny inbound and forward, logging rate
 * limit), the metrics server, the Vault audit device, the shared KV mount or tenant-root namespace,
 * the PKI intermediate and the auth mounts tenants bind their roles to. Only a PlatformStack may
 * contain these (TenantScopeGuard rejects them in tenant stacks).
 */
class PlatformBase extends constructs_1.Construct {
    zoneId;
    applier;
    constructor(scope, id, props) {
        super(scope, id);
        validate(props).throwIfAny('PlatformBase', this.node.path);
        const n = props.network;
        const nodes = n.nodes ? [...n.nodes] : undefined;
        const zones = [];
        if (n.zoneType === 'vlan') {
            zones.push(new sdn_zone_vlan_1.SdnZoneVlan(this, 'Zone', { id: n.zoneId, bridge: n.bridge ?? 'vmbr1', nodes }));
        }
        else if (n.zoneType === 'vxlan') {
            zones.push(new sdn_zone_vxlan_1.SdnZoneVxlan(this, 'Zone', { id: n.zoneId, peers: [...(n.peers ?? [])], nodes, mtu: 1450 }));
        }
        else if (n.zoneType === 'evpn' && n.evpnController) {
            zones.push(new sdn_controller_evpn_1.SdnControllerEvpn(this, 'EvpnController', { id: n.evpnController.id, asn: n.evpnController.asn, peers: [...(n.peers ?? [])] }));
        }
        this.zoneId = n.zoneId;
        // The one SDN applier of the cluster: applies pending SDN configuration after the platform's
        // changes. Tenant pipelines leave SDN changes pending; see README "Operating the fleet".
        this.applier = new sdn_applier_1.SdnApplier(this, 'SdnApplier', { dependsOn: zones });
        new virtual_environment_cluster_firewall_1.VirtualEnvironmentClusterFirewall(this, 'ClusterFirewall', {
            enabled: true,
            inputPolicy: 'DROP',
            outputPolicy: 'ACCEPT',
            forwardPolicy: 'DROP',
            ebtables: true,
            logRatelimit: { enabled: true, rate: '5/second', burst: 10 },
        });
        if (props.metrics) {
            const m = props.metrics;
            const type = m.type ?? 'influxdb';
            const influxToken = type === 'influxdb'
                ? new cdktf_1.TerraformVariable(cdktf_1.TerraformStack.of(this), 'metrics_influx_token', {
                    type: 'string',
                    sensitive: true,
                    description: 'API token of the platform InfluxDB bucket; from Vault in the pipeline.',
                }).stringValue
                : undefined;
            new metrics_server_1.MetricsServer(this, 'MetricsServer', {
                name: m.name,
                server: m.server,
                port: m.port,
                type,
                influxDbProto: type === 'influxdb' ? 'https' : undefined,
                influxBucket: type === 'influxdb' ? m.influxBucket : undefined,
                influxOrganization: type === 'influxdb' ? m.influxOrganization : undefined,
                influxToken,
            });
        }
        if (props.sharedRealm) {
            new realm_openid_1.RealmOpenid(this, 'SharedRealm', {
                realm: props.sharedRealm.id,
                issuerUrl: props.sharedRealm.issuerUrl,
                clientId: props.sharedRealm.clientId,
                usernameClaim: 'preferred_username',
                groupsClaim: 'groups',
                groupsAutocreate: false,
                autocreate: true,
                comment: 'Shared OIDC realm of the platform for Kommunen without their own directory',
            });
        }
        const v = props.vault;
        // Audit every request (OPS.1.1.5): to stdout of the Vault service, collected by the platform.
        new audit_1.Audit(this, 'VaultAudit', { type: 'file', path: 'kommunal-stdout', options: { file_path: 'stdout', log_raw: 'false' } });
        if (v.isolation === 'namespace') {
            new namespace_1.Namespace(this, 'TenantRoot', { path: v.tenantRoot, lifecycle: { preventDestroy: true } });
        }
        else {
            new mount_1.Mount(this, 'SharedKv', {
                path: v.sharedKvMount,
                type: 'kv',
                options: { version: '2' },
                description: `KV v2 of all tenants; each tenant owns ${v.sharedKvMount}/data/${v.tenantRoot}/<key>/ through its policies`,
                lifecycle: { preventDestroy: true },
            });
        }
        const pki = new mount_1.Mount(this, 'PkiIntermediate', {
            path: v.pkiIntermediatePath,
            type: 'pki',
            description: 'Issuing CA of the platform; tenants get one role each, limited to their domain',
            maxLeaseTtlSeconds: 3 * 365 * 24 * 3600,
            lifecycle: { preventDestroy: true },
        });
        const csr = new pki_secret_backend_intermediate_cert_request_1.PkiSecretBackendIntermediateCertRequest(this, 'PkiIntermediateCsr', {
            backend: pki.path,
            type: 'internal',
            commonName: v.pkiCommonName,
            keyType: 'ec',
            keyBits: 384,
        });
        new cdktf_1.TerraformOutput(this, 'pki_intermediate_csr', {
            value: csr.csr,
            description: 'CSR of the issuing CA; sign it with the offline root and import the chain (documented step).',
        }).overrideLogicalId('pki_intermediate_csr');
        if (v.ciJwt) {
            new jwt_auth_backend_1.JwtAuthBackend(this, 'CiJwt', {
                path: v.ciJwt.path,
                type: 'jwt',
                boundIssuer: v.ciJwt.issuer,
                oidcDiscoveryUrl: v.ciJwt.issuer,
                description: 'ID tokens of the CI system; one role per tenant pipeline',
            });
        }
        if (v.oidc) {
            const secret = new cdktf_1.TerraformVariable(cdktf_1.TerraformStack.of(this), 'vault_oidc_client_secret', {
                type: 'string',
                sensitive: true,
                description: 'Client secret of the Vault OIDC login at the provider directory.',
            });
            new jwt_auth_backend_1.JwtAuthBackend(this, 'Oidc', {
                path: v.oidc.path,
                type: 'oidc',
                oidcDiscoveryUrl: v.oidc.discoveryUrl,
                oidcClientId: v.oidc.clientId,
                oidcClientSecret: secret.stringValue,
                description: 'People log in through the provider directory; tenants bind roles to groups',
            });
        }
    }
}
exports.PlatformBase = PlatformBase;
function validate(props) {
    const p = new errors_1.ProblemCollector();
    const n = props.network;
    p.check((0, rules_1.checkSdnId)(n.zoneId) === undefined, 'network.zoneId', `${(0, errors_1.show)(n.zoneId)} is not a Proxmox SDN ID (at most 8 letters/digits, starting with a letter)`);
    if (n.zoneType === 'vxlan')
        p.check((n.peers ?? []).length > 0, 'network.peers', 'a vxlan zone needs at least one peer address');
    if (n.zoneType === 'evpn') {
        p.check(!!n.evpnController, 'network.evpnController', 'an evpn fleet needs the EVPN controller (id and asn)');
        if (n.evpnController) {
            p.check((0, rules_1.checkSdnId)(n.evpnController.id) === undefined, 'network.evpnController.id', `${(0, errors_1.show)(n.evpnController.id)} is not a Proxmox SDN ID`);
            p.check(Number.isInteger(n.evpnController.asn) && n.evpnController.asn >= 1 && n.evpnController.asn <= 4294967295, 'network.evpnController.asn', `${(0, errors_1.show)(n.evpnController.asn)} is not an AS number`);
        }
    }
    if (props.metrics)
        p.check(Number.isInteger(props.metrics.port) && props.metrics.port >= 1 && props.metrics.port <= 65535, 'metrics.port', `${(0, errors_1.show)(props.metrics.port)} is not a port 1-65535`);
    for (const [path, url] of [['vault.ciJwt.issuer', props.vault.ciJwt?.issuer], ['vault.oidc.discoveryUrl', props.vault.oidc?.discoveryUrl], ['sharedRealm.issuerUrl', props.sharedRealm?.issuerUrl]]) {
        if (url !== undefined)
            p.check(/^https:\/\/[^\s/]+/.test(url), path, `${(0, errors_1.show)(url)} must be an https URL`);
    }
    return p;
}
