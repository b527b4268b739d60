import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformRoles } from '../identity/platform-roles';
import { PlatformBase } from './platform-base';
import type { PlatformSpec } from './platform-spec';
/** Properties of {@link PlatformStack}. */
export interface PlatformStackProps {
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
 * realm, and the Vault base (audit, shared KV or tenant-root namespace, PKI intermediate, auth).
 */
export declare class PlatformStack extends TerraformStack {
    readonly base: PlatformBase;
    readonly roles: PlatformRoles;
    constructor(scope: Construct, id: string, props: PlatformStackProps);
}
