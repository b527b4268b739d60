/**
 * Pure analysis helpers for the tenant isolation proof: which Vault policy paths and which Proxmox
 * ACLs reach which resource paths. They model the documented semantics of both systems; they are
 * used on synthesized JSON (tests, verify) and never at apply time.
 */
/** One `path` block of a parsed Vault policy. */
export interface VaultGrant {
    /** The path pattern as written. */
    readonly path: string;
    /** Capabilities of the block (`deny` included as written). */
    readonly capabilities: readonly string[];
}
/** Where a policy and a request live, for namespace-aware matching (Vault Enterprise / OpenBao). */
export interface VaultMatchOptions {
    /** Namespace the policy is defined in, e.g. `kommunen/mainz`. @default - the root namespace */
    readonly policyNamespace?: string;
    /** Namespace the request path is relative to. @default - the root namespace */
    readonly pathNamespace?: string;
}
/**
 * Joins a namespace and a path to the fully qualified path Vault evaluates (`kommunen/mainz` +
 * `kv/data/x` = `kommunen/mainz/kv/data/x`).
 */
export declare function qualifyVaultPath(namespace: string | undefined, path: string): string;
/**
 * Does a Vault policy path pattern match a request path? Semantics of Vault ACL policies:
 * a trailing `*` is a prefix glob (it may also end a partial segment: `kv/data/a*` matches
 * `kv/data/abc/x`); a `+` segment matches exactly one path segment; everything else matches
 * exactly. A policy defined in namespace N only reaches paths inside N (and its children): both the
 * pattern and the path are qualified with their namespaces before matching.
 */
export declare function vaultPathMatches(pattern: string, path: string, options?: VaultMatchOptions): boolean;
/**
 * Orders two patterns by Vault's priority (which block applies when several match one path):
 * positive when `a` wins. Rules in order: the later first wildcard wins; a pattern without trailing
 * `*` wins; fewer `+` segments win; the longer pattern wins; the lexicographically larger wins.
 */
export declare function compareVaultPriority(a: string, b: string): number;
/**
 * Capabilities one policy grants on a path: those of the highest-priority matching block
 * ({@link compareVaultPriority}); `['deny']` when that block denies; `[]` when nothing matches.
 */
export declare function vaultCapabilities(grants: readonly VaultGrant[], path: string, options?: VaultMatchOptions): readonly string[];
/** A parsed policy and the namespace it lives in. */
export interface NamespacedPolicy {
    readonly namespace?: string;
    readonly grants: readonly VaultGrant[];
}
/**
 * Does a token holding all `policies` have `capability` on `path` (in `pathNamespace`)? Capabilities
 * of the policies are united; a `deny` from any policy wins.
 */
export declare function vaultAllows(policies: readonly NamespacedPolicy[], path: string, capability: string, pathNamespace?: string): boolean;
/**
 * Parses Vault policy HCL into its path blocks. Supports the subset this library emits and common
 * hand-written policies: `path "<pattern>" { capabilities = [..] }`, the legacy `policy = "read"`
 * form, `#`, `//` and `/* *\/` comments. Anything else (parameter constraints, nested blocks) is an
 * error rather than being skipped, because an analysis that ignores text could miss a grant.
 */
export declare function vaultGrants(policyHcl: string): VaultGrant[];
/** Normalizes a Proxmox ACL path as pve-access-control does: one leading `/`, no repeated or trailing `/`. */
export declare function normalizeProxmoxPath(path: string): string;
/**
 * Does a Proxmox ACL entry on `aclPath` apply to `resourcePath`? An ACL applies to its own path,
 * and to every path below it when `propagate` is set (`/` with propagate covers everything).
 * Pool membership (an ACL on `/pool/<id>` also applying to the guests and storages in that pool)
 * is not path inheritance: check the pool path itself for those.
 */
export declare function proxmoxAclCovers(aclPath: string, propagate: boolean, resourcePath: string): boolean;
