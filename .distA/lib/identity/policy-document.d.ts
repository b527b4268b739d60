/**
 * Vault ACL policies as plain data, rendered to HCL deterministically (same input, same bytes).
 * {@link vaultGrants} in ./path-access.ts parses exactly this subset back.
 */
/** Vault policy capabilities, in the canonical order they are rendered in. */
export declare const VAULT_CAPABILITIES: readonly ["create", "read", "update", "patch", "delete", "list", "sudo", "deny"];
/** One Vault policy capability. */
export type VaultCapability = (typeof VAULT_CAPABILITIES)[number];
/** One `path` block of a policy. */
export interface PolicyRule {
    /** Path pattern (`*` only at the end, `+` as a whole segment). */
    readonly path: string;
    /** Capabilities granted (or `deny`). */
    readonly capabilities: readonly VaultCapability[];
    /** A comment line rendered above the block. @default - none */
    readonly comment?: string;
}
/**
 * Renders rules to policy HCL: a header comment, then one block per rule in the given order,
 * capabilities in canonical order, no duplicates.
 */
export declare function renderPolicyHcl(header: string, rules: readonly PolicyRule[]): string;
