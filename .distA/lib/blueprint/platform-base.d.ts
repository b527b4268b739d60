import { Construct } from 'constructs';
import { SdnApplier } from '../providers/proxmox/sdn-applier';
import type { ZoneType, VaultIsolation } from '../config/model';
/** The platform's Proxmox metrics server. */
export interface MetricsServerSettings {
    /** Metrics server ID on Proxmox VE (tenants reference it by this name). */
    readonly name: string;
    readonly server: string;
    readonly port: number;
    /** @default 'influxdb' */
    readonly type?: 'influxdb' | 'graphite' | 'opentelemetry';
    /** InfluxDB bucket and organisation (influxdb over http). */
    readonly influxBucket?: string;
    readonly influxOrganization?: string;
}
/** Properties of {@link PlatformBase}: what the provider engineers own once per datacenter. */
export interface PlatformBaseProps {
    readonly network: {
        readonly zoneType: ZoneType;
        /** ID of the platform-wide zone (vlan, vxlan); tenant zones (qinq, evpn) are created per tenant. */
        readonly zoneId: string;
        /** Bridge of vlan/qinq zones. */
        readonly bridge?: string;
        /** VXLAN peers (vxlan zone) or EVPN controller peers (evpn). */
        readonly peers?: readonly string[];
        /** EVPN controller ID and AS number (evpn). */
        readonly evpnController?: {
            readonly id: string;
            readonly asn: number;
        };
        /**
         * Proxmox nodes the zone applies to.
         * @default - all nodes
         */
        readonly nodes?: readonly string[];
    };
    /**
     * The metrics server tenants reference by name.
     * @default - none created: the metrics server is managed outside this stack
     */
    readonly metrics?: MetricsServerSettings;
    readonly vault: {
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
         * JWT auth mount for CI pipelines (GitLab ID tokens).
         * @default - no CI logins
         */
        readonly ciJwt?: {
            readonly path: string;
            readonly issuer: string;
        };
        /** OIDC auth mount for people (the provider's directory). */
        readonly oidc?: {
            readonly path: string;
            readonly discoveryUrl: string;
            readonly clientId: string;
        };
    };
    /** The platform's shared OIDC realm on Proxmox VE, for tenants without their own directory. */
    readonly sharedRealm?: {
        readonly id: string;
        readonly issuerUrl: string;
        readonly clientId: string;
    };
}
/**
 * Cluster-wide singletons and the Vault base of the shared datacenter: the platform SDN zone and the
 * single SDN applier, datacenter firewall defaults (default deny inbound and forward, logging rate
 * limit), the metrics server, the Vault audit device, the shared KV mount or tenant-root namespace,
 * the PKI intermediate and the auth mounts tenants bind their roles to. Only a PlatformStack may
 * contain these (TenantScopeGuard rejects them in tenant stacks).
 */
export declare class PlatformBase extends Construct {
    readonly zoneId: string;
    readonly applier: SdnApplier;
    constructor(scope: Construct, id: string, props: PlatformBaseProps);
}
