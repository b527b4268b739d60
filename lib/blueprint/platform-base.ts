import { Audit } from '@cdktf/provider-vault/lib/audit';
import { JwtAuthBackend } from '@cdktf/provider-vault/lib/jwt-auth-backend';
import { Mount } from '@cdktf/provider-vault/lib/mount';
import { Namespace } from '@cdktf/provider-vault/lib/namespace';
import { PkiSecretBackendIntermediateCertRequest } from '@cdktf/provider-vault/lib/pki-secret-backend-intermediate-cert-request';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { PLATFORM_AUDIT_DEVICE_ADDRESS } from '../model/vault-names';
import { Construct } from 'constructs';
import { ProblemCollector, show } from '../core/errors';
import { VirtualEnvironmentClusterFirewall } from '../providers/proxmox/virtual-environment-cluster-firewall';
import { VirtualEnvironmentFirewallRules } from '../providers/proxmox/virtual-environment-firewall-rules';
import { CLUSTER_FORWARD_POLICY, checkHostFirewall, hostFirewallRules, type HostFirewallSettings } from '../network/host-firewall';
import { MetricsServer } from '../providers/proxmox/metrics-server';
import { RealmOpenid } from '../providers/proxmox/realm-openid';
import { SdnApplier } from '../providers/proxmox/sdn-applier';
import { SdnControllerEvpn } from '../providers/proxmox/sdn-controller-evpn';
import { SdnZoneVlan } from '../providers/proxmox/sdn-zone-vlan';
import { SdnZoneVxlan } from '../providers/proxmox/sdn-zone-vxlan';
import type { ZoneType, VaultIsolation } from '../model/parameters';
import { checkSdnId } from '../model/identifier-rules';
import { DEFAULT_INFLUX_TOKEN_VERSION, INFLUX_TOKEN_VERSION_BOUNDS } from '../model/defaults';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';

/** The platform's Proxmox metrics server. */
export interface MetricsServerSettings {
  /** Metrics server ID on Proxmox VE (tenants reference it by this name). */
  readonly name: string;
  /** Host of the metrics backend. */
  readonly server: string;
  /** Port of the metrics backend. */
  readonly port: number;
  /**
   * Kind of metrics backend.
   * @default 'influxdb'
   */
  readonly type?: 'influxdb' | 'graphite' | 'opentelemetry';
  /**
   * InfluxDB bucket (influxdb over http only; ignored for other types).
   * @default - not set
   */
  readonly influxBucket?: string;
  /**
   * InfluxDB organisation (influxdb over http only; ignored for other types).
   * @default - not set
   */
  readonly influxOrganization?: string;
  /**
   * Version of the InfluxDB token (influxdb only), sent as `influx_token_wo_version`. The token
   * itself is write-only (`influx_token_wo`), so terraform neither stores it nor sees it change:
   * raise this number with every rotation of the token (fleet file `logging.metrics.influxTokenVersion`).
   * @default 1
   */
  readonly influxTokenVersion?: number;
}

/** Properties of {@link PlatformBase}: what the provider engineers own once per datacenter. */
export interface PlatformBaseProps {
  /** The platform's SDN: zone type and the shared zone or EVPN controller. */
  readonly network: {
    /** The fleet's zone type (docs/adr/0002-zone-type.md). */
    readonly zoneType: ZoneType;
    /** ID of the platform-wide zone (vlan, vxlan); tenant zones (qinq, evpn) are created per tenant. */
    readonly zoneId: string;
    /**
     * Bridge of vlan/qinq zones.
     * @default 'vmbr1'
     */
    readonly bridge?: string;
    /**
     * VXLAN peers (vxlan zone) or EVPN controller peers (evpn).
     * @default - none; a vxlan zone fails validation without peers
     */
    readonly peers?: readonly string[];
    /**
     * EVPN controller ID and AS number (evpn).
     * @default - none; an evpn fleet fails validation without it
     */
    readonly evpnController?: {
      /** SDN controller ID. */
      readonly id: string;
      /** BGP AS number, 1-4294967295. */
      readonly asn: number;
    };
    /**
     * Proxmox nodes the zone applies to.
     * @default - all nodes
     */
    readonly nodes?: readonly string[];
  };
  /**
   * Who may reach the nodes beyond what Proxmox VE allows by itself (its `management` IP set, the
   * nodes' own network): administrators' and CI runners' networks (API and SSH), and Ceph on the
   * nodes. VXLAN/BGP between `network.peers` is derived from the zone type.
   * @default - no management, CI runner or Ceph rules
   */
  readonly hostFirewall?: Omit<HostFirewallSettings, 'zoneType' | 'peers'>;
  /**
   * The metrics server tenants reference by name.
   * @default - none created: the metrics server is managed outside this stack
   */
  readonly metrics?: MetricsServerSettings;
  /** The Vault/OpenBao base shared by all tenants. */
  readonly vault: {
    /** Tenant isolation by namespace or by path prefix (docs/adr/0004-vault-isolation.md). */
    readonly isolation: VaultIsolation;
    /** Parent namespace (namespace mode) or KV path prefix (path mode) of tenants, e.g. `kommunen`. */
    readonly tenantRoot: string;
    /** Shared KV v2 mount used in path mode (one mount for all tenants: the mount table stays small). */
    readonly sharedKvMount: string;
    /** Mount path of the platform PKI intermediate. */
    readonly pkiIntermediatePath: string;
    /** Common name of the intermediate CA, e.g. "Kommunal-IT Issuing CA 1". */
    readonly pkiCommonName: string;
    /**
     * Who declares the audit device: `server-config` — the server's configuration (docs/datacenter.md);
     * the stack only forgets a device an earlier version created — or `api`, the stack creates it.
     * @default 'server-config'
     */
    readonly auditDevice?: 'server-config' | 'api';
    /**
     * JWT auth mount for CI pipelines (GitLab ID tokens).
     * @default - no CI logins
     */
    readonly ciJwt?: {
      /** Mount path of the JWT auth method. */
      readonly path: string;
      /** Issuer of the ID tokens (https), e.g. the GitLab URL. */
      readonly issuer: string;
    };
    /**
     * OIDC auth mount for people (the provider's directory).
     * @default - no OIDC login for people
     */
    readonly oidc?: {
      /** Mount path of the OIDC auth method. */
      readonly path: string;
      /** OIDC discovery URL (https). */
      readonly discoveryUrl: string;
      /** Client ID registered for Vault. */
      readonly clientId: string;
    };
  };
  /**
   * The platform's shared OIDC realm on Proxmox VE, for tenants without their own directory.
   * @default - no shared realm is created
   */
  readonly sharedRealm?: {
    /** Realm ID. */
    readonly id: string;
    /** Issuer URL of the provider (https). */
    readonly issuerUrl: string;
    /** Client ID registered for Proxmox. */
    readonly clientId: string;
  };
  /**
   * Which parts this base renders: `all` (a fleet of one cluster, or the `platform` stack of a
   * fleet with clusters that holds its legacyCluster's Proxmox part), `proxmox` (the cluster-wide
   * singletons of one Proxmox VE cluster: zone, applier, datacenter firewall, metrics server, shared
   * realm) or `vault` (the fleet-wide Vault/OpenBao base). Construct IDs are the same in every case,
   * so a resource keeps its address relative to the stack.
   * @default 'all'
   */
  readonly parts?: 'all' | 'proxmox' | 'vault';
}

/**
 * Cluster-wide singletons and the Vault base of the shared datacenter: the platform SDN zone and the
 * single SDN applier, the datacenter firewall (default deny inbound, forward left to the guest
 * firewalls, logging rate limit) with the rules the nodes' own traffic needs, the metrics server, the Vault audit device, the shared KV mount or tenant-root namespace,
 * the PKI intermediate and the auth mounts tenants bind their roles to. Only a PlatformStack may
 * contain these (TenantScopeGuard rejects them in tenant stacks).
 */
export class PlatformBase extends Construct {
  public readonly zoneId: string;
  /** The cluster's SDN applier; absent when the base renders only the Vault part. */
  public readonly applier?: SdnApplier;
  /** The CI JWT auth mount, when the platform has CI logins. */
  public readonly ciJwt?: JwtAuthBackend;

  public constructor(scope: Construct, id: string, props: PlatformBaseProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validate(props).throwIfAny('PlatformBase', this.node.path);
    const parts = props.parts ?? 'all';
    this.zoneId = props.network.zoneId;
    if (parts !== 'vault') this.applier = this.renderProxmox(props);
    if (parts !== 'proxmox') this.ciJwt = this.renderVault(props);
  }

  /** The Proxmox VE part: zone, applier, datacenter firewall, metrics server, shared realm. */
  private renderProxmox(props: PlatformBaseProps): SdnApplier {
    const n = props.network;
    const nodes = n.nodes ? [...n.nodes] : undefined;
    const zones: Construct[] = [];
    if (n.zoneType === 'vlan') {
      zones.push(new SdnZoneVlan(this, 'Zone', { id: n.zoneId, bridge: n.bridge ?? 'vmbr1', nodes }));
    } else if (n.zoneType === 'vxlan') {
      zones.push(new SdnZoneVxlan(this, 'Zone', { id: n.zoneId, peers: [...(n.peers ?? [])], nodes, mtu: 1450 }));
    } else if (n.zoneType === 'evpn' && n.evpnController) {
      zones.push(new SdnControllerEvpn(this, 'EvpnController', { id: n.evpnController.id, asn: n.evpnController.asn, peers: [...(n.peers ?? [])] }));
    }
    // The one SDN applier of the cluster: applies pending SDN configuration after the platform's
    // changes. Tenant pipelines leave SDN changes pending; see README "Operating the fleet".
    const applier = new SdnApplier(this, 'SdnApplier', { dependsOn: zones as never[] });

    // Datacenter-level rules for what PVE's built-in rules leave out under input DROP: VXLAN/BGP
    // between the peers, Ceph, API/SSH from management and CI runner networks (lib/network/host-firewall.ts
    // with the sources). The firewall options depend on them, so a first apply never enables DROP
    // before the rules exist.
    const hostRules = hostFirewallRules({ zoneType: n.zoneType, peers: n.peers, ...props.hostFirewall });
    const clusterRules = hostRules.length > 0
      ? new VirtualEnvironmentFirewallRules(this, 'ClusterFirewallRules', { rule: hostRules.map((r) => ({ ...r, enabled: true })) })
      : undefined;
    new VirtualEnvironmentClusterFirewall(this, 'ClusterFirewall', {
      enabled: true,
      inputPolicy: 'DROP',
      outputPolicy: 'ACCEPT',
      // ACCEPT on purpose: ignored by iptables pve-firewall, routed EVPN traffic dropped under
      // nftables (CLUSTER_FORWARD_POLICY cites the lines).
      forwardPolicy: CLUSTER_FORWARD_POLICY,
      ebtables: true,
      logRatelimit: { enabled: true, rate: '5/second', burst: 10 },
      dependsOn: clusterRules ? [clusterRules] : undefined,
    });

    if (props.metrics) {
      const m = props.metrics;
      const type = m.type ?? 'influxdb';
      // The token goes to the write-only `influx_token_wo` (bpg/terraform-provider-proxmox v0.111.1,
      // commit b22fe919, fwprovider/cluster/metrics/resource_metrics_server.go L170-183: `WriteOnly:
      // true`, and `influx_token_wo_version` "Increment this counter to rotate"; L257-262 refuse it
      // together with the plain `influx_token`; Create L317-326 and Update L366-367/L409-411 read it
      // from the configuration, never from plan or state), so it is in neither the platform's plan
      // nor its state: terraform refuses a write-only value that a provider returns non-null
      // (hashicorp/terraform v1.11.4 internal/lang/ephemeral/validate.go ValidateWriteOnlyAttributes).
      // An ephemeral variable (terraform >= 1.10) may feed a write-only attribute and is not stored
      // in the plan file; cdktf 0.21 has no `ephemeral` option, hence the override. A variable and
      // not an ephemeral Vault read: a cluster's platform stack (platform-<id>) has no Vault
      // provider, and the token stays the CI/CD variable TF_VAR_metrics_influx_token of the
      // environment the job runs in. A token that was in the plain attribute before leaves the
      // state at the next apply: the plan sets `influx_token` to null and the version from null
      // to a number, and the provider's Update sends the write-only token instead of deleting it
      // (L384-393). The version (plain number, kept in state) is what makes terraform send a
      // rotated token.
      let influxTokenWo: string | undefined;
      if (type === 'influxdb') {
        const variable = new TerraformVariable(TerraformStack.of(this), 'metrics_influx_token', {
          type: 'string',
          sensitive: true,
          description: 'API token of the platform InfluxDB bucket; from the CI/CD variables of the platform environment. Write-only: raise logging.metrics.influxTokenVersion when it changes.',
        });
        variable.addOverride('ephemeral', true);
        influxTokenWo = variable.stringValue;
      }
      new MetricsServer(this, 'MetricsServer', {
        name: m.name,
        server: m.server,
        port: m.port,
        type,
        influxDbProto: type === 'influxdb' ? 'https' : undefined,
        influxBucket: type === 'influxdb' ? m.influxBucket : undefined,
        influxOrganization: type === 'influxdb' ? m.influxOrganization : undefined,
        ...(influxTokenWo !== undefined ? { influxTokenWo, influxTokenWoVersion: m.influxTokenVersion ?? DEFAULT_INFLUX_TOKEN_VERSION } : {}),
      });
    }

    if (props.sharedRealm) {
      new RealmOpenid(this, 'SharedRealm', {
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
    return applier;
  }

  /** The Vault/OpenBao part: audit, tenant root, shared KV, PKI intermediate, auth mounts. */
  private renderVault(props: PlatformBaseProps): JwtAuthBackend | undefined {
    const v = props.vault;
    // Audit every request (OPS.1.1.5): to stdout of the Vault service, collected by the platform.
    // OpenBao >= 2.3.2 refuses audit devices created through the API unless the server sets
    // unsafe_allow_api_audit_creation (found by the rehearsal's model, lib/rehearsal/model/vault,
    // which cites the OpenBao source); there the device belongs in the server configuration, and a
    // device an earlier platform stack created is forgotten (not disabled: a `removed` block with
    // destroy = false, terraform >= 1.7).
    if ((v.auditDevice ?? 'server-config') === 'api') {
      new Audit(this, 'VaultAudit', { type: 'file', path: 'kommunal-stdout', options: { file_path: 'stdout', log_raw: 'false' } });
    } else {
      TerraformStack.of(this).addOverride('removed', [{ from: PLATFORM_AUDIT_DEVICE_ADDRESS, lifecycle: { destroy: false } }]);
    }
    if (v.isolation === 'namespace') {
      new Namespace(this, 'TenantRoot', { path: v.tenantRoot, lifecycle: { preventDestroy: true } });
    }
    // Path mode: the KV v2 of all tenants. Namespace mode with CI logins: the root-namespace KV v2
    // that holds each tenant pipeline's inputs (<mount>/<tenantRoot>/<key>/ci/terraform), which must
    // exist before the tenant's first apply creates its own namespace and mount
    // (lib/identity/tenant-pipeline-login.ts tenantCiInputs, docs/pipelines.md).
    if (v.isolation === 'path' || v.ciJwt !== undefined) {
      new Mount(this, 'SharedKv', {
        path: v.sharedKvMount,
        type: 'kv',
        options: { version: '2' },
        description: v.isolation === 'path'
          ? `KV v2 of all tenants; each tenant owns ${v.sharedKvMount}/data/${v.tenantRoot}/<key>/ through its policies`
          : `KV v2 of the platform: the pipeline inputs of each tenant at ${v.sharedKvMount}/data/${v.tenantRoot}/<key>/ci/terraform`,
        lifecycle: { preventDestroy: true },
      });
    }
    const pki = new Mount(this, 'PkiIntermediate', {
      path: v.pkiIntermediatePath,
      type: 'pki',
      description: 'Issuing CA of the platform; tenants get one role each, limited to their domain',
      maxLeaseTtlSeconds: 3 * 365 * 24 * 3600,
      lifecycle: { preventDestroy: true },
    });
    const csr = new PkiSecretBackendIntermediateCertRequest(this, 'PkiIntermediateCsr', {
      backend: pki.path,
      type: 'internal',
      commonName: v.pkiCommonName,
      keyType: 'ec',
      keyBits: 384,
    });
    new TerraformOutput(this, 'pki_intermediate_csr', {
      value: csr.csr,
      description: 'CSR of the issuing CA; sign it with the offline root and import the chain (documented step).',
    }).overrideLogicalId('pki_intermediate_csr');
    let ciJwt: JwtAuthBackend | undefined;
    if (v.ciJwt) {
      ciJwt = new JwtAuthBackend(this, 'CiJwt', {
        path: v.ciJwt.path,
        type: 'jwt',
        boundIssuer: v.ciJwt.issuer,
        oidcDiscoveryUrl: v.ciJwt.issuer,
        description: 'ID tokens of the CI system; one role per tenant pipeline',
      });
    }
    if (v.oidc) {
      const secret = new TerraformVariable(TerraformStack.of(this), 'vault_oidc_client_secret', {
        type: 'string',
        sensitive: true,
        description: 'Client secret of the Vault OIDC login at the provider directory.',
      });
      new JwtAuthBackend(this, 'Oidc', {
        path: v.oidc.path,
        type: 'oidc',
        oidcDiscoveryUrl: v.oidc.discoveryUrl,
        oidcClientId: v.oidc.clientId,
        oidcClientSecret: secret.stringValue,
        description: 'People log in through the provider directory; tenants bind roles to groups',
      });
    }
    return ciJwt;
  }
}

function validate(props: PlatformBaseProps): ProblemCollector {
  const p = new ProblemCollector();
  // The fleet-wide Vault part of a fleet with clusters renders no Proxmox object: its network is
  // each cluster's, checked where that cluster's platform stack renders it.
  if ((props.parts ?? 'all') !== 'vault') checkNetwork(props, p);
  if (props.metrics) p.check(Number.isInteger(props.metrics.port) && props.metrics.port >= 1 && props.metrics.port <= 65535, 'metrics.port', `${show(props.metrics.port)} is not a port 1-65535`);
  const tokenVersion = props.metrics?.influxTokenVersion;
  if (tokenVersion !== undefined) {
    const { min, max } = INFLUX_TOKEN_VERSION_BOUNDS;
    p.check(Number.isInteger(tokenVersion) && tokenVersion >= min && tokenVersion <= max, 'metrics.influxTokenVersion', `${show(tokenVersion)} is not an integer ${min}-${max}`);
  }
  for (const [path, url] of [['vault.ciJwt.issuer', props.vault.ciJwt?.issuer], ['vault.oidc.discoveryUrl', props.vault.oidc?.discoveryUrl], ['sharedRealm.issuerUrl', props.sharedRealm?.issuerUrl]] as const) {
    if (url !== undefined) p.check(/^https:\/\/[^\s/]+/.test(url), path, `${show(url)} must be an https URL`);
  }
  return p;
}

/** The checks of the network a platform stack renders (zone, EVPN controller, host firewall). */
function checkNetwork(props: PlatformBaseProps, p: ProblemCollector): void {
  const n = props.network;
  p.check(checkSdnId(n.zoneId) === undefined, 'network.zoneId', `${show(n.zoneId)} is not a Proxmox SDN ID (at most 8 letters/digits, starting with a letter)`);
  if (n.zoneType === 'vxlan') p.check((n.peers ?? []).length > 0, 'network.peers', 'a vxlan zone needs at least one peer address');
  if (n.zoneType === 'evpn') {
    p.check(!!n.evpnController, 'network.evpnController', 'an evpn fleet needs the EVPN controller (id and asn)');
    if (n.evpnController) {
      p.check(checkSdnId(n.evpnController.id) === undefined, 'network.evpnController.id', `${show(n.evpnController.id)} is not a Proxmox SDN ID`);
      p.check(Number.isInteger(n.evpnController.asn) && n.evpnController.asn >= 1 && n.evpnController.asn <= 4294967295, 'network.evpnController.asn', `${show(n.evpnController.asn)} is not an AS number`);
      // PVE refuses an EVPN controller without peers: `peers => { optional => 0 }` in the
      // controller plugin's options (proxmox/pve-network src/PVE/Network/SDN/Controllers/EvpnPlugin.pm,
      // sub options, commit 243fa52); a BGP EVPN without neighbours would not route anyway.
      p.check((n.peers ?? []).length > 0, 'network.peers', 'an EVPN controller needs at least one peer address (Proxmox rejects a controller without peers)');
    }
  }
  checkHostFirewall({ zoneType: n.zoneType, peers: n.peers, ...props.hostFirewall }, p, 'network.peers', 'hostFirewall');
}
