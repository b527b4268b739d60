import { VaultProvider } from '@cdktf/provider-vault/lib/provider';
import { Construct } from 'constructs';
/** Exact terraform-provider-vault version of @cdktf/provider-vault 15.6.1 (pinned in required_providers). */
export declare const VAULT_PROVIDER_VERSION = "5.6.0";
/** Properties of {@link VaultConnection}. */
export interface VaultConnectionProps {
    /**
     * Prefix of the Terraform variable names, e.g. `vault` gives `vault_address`.
     * @default 'vault'
     */
    readonly variablePrefix?: string;
    /**
     * Vault namespace all resources of this provider live in (Vault Enterprise, OpenBao >= 2.3).
     * @default - the token's namespace (root for open-source Vault)
     */
    readonly namespace?: string;
    /**
     * Provider alias, e.g. for a second provider scoped to a tenant namespace.
     * @default - the default (unaliased) provider
     */
    readonly alias?: string;
}
/**
 * The hashicorp/vault provider (also used for OpenBao), wired so that the address and token never
 * appear in code or in the synthesized JSON: the address comes from the `<prefix>_address` variable
 * or `VAULT_ADDR`; the token only from the environment (`VAULT_TOKEN`) or the CI job's auth login.
 */
export declare class VaultConnection extends Construct {
    readonly provider: VaultProvider;
    constructor(scope: Construct, id: string, props?: VaultConnectionProps);
}
