import { Construct } from 'constructs';
import { ProxmoxProvider } from './proxmox/provider';
/** Exact provider version the bindings were generated from (pinned in required_providers). */
export declare const PROXMOX_PROVIDER_VERSION = "0.111.1";
/** Properties of {@link ProxmoxConnection}. */
export interface ProxmoxConnectionProps {
    /**
     * Prefix of the Terraform variable names, e.g. `proxmox` gives `proxmox_endpoint`.
     * @default 'proxmox'
     */
    readonly variablePrefix?: string;
    /**
     * Provider alias, for a second Proxmox cluster in one stack.
     * @default - the default (unaliased) provider
     */
    readonly alias?: string;
}
/**
 * The bpg/proxmox provider, wired so that the endpoint and credentials never appear in code or in
 * the synthesized JSON: they come from Terraform variables (`<prefix>_endpoint`,
 * `<prefix>_api_token`, `<prefix>_insecure`) or, when a variable is left null, from the provider's
 * own environment variables (`PROXMOX_VE_ENDPOINT`, `PROXMOX_VE_API_TOKEN`, `PROXMOX_VE_INSECURE`).
 */
export declare class ProxmoxConnection extends Construct {
    /** The provider; pass it to resources only when an alias is used. */
    readonly provider: ProxmoxProvider;
    constructor(scope: Construct, id: string, props?: ProxmoxConnectionProps);
}
