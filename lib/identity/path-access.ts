/**
 * Pure analysis helpers for the tenant isolation proof: which Vault policy paths and which Proxmox
 * ACLs reach which resource paths. They model the documented semantics of both systems; they are
 * used on synthesized JSON (tests, verify) and never at apply time.
 */
import {
  compareVaultPatterns, parseVaultPolicyText, VaultAcl, VaultPolicyParseError, vaultPatternMatches,
  type VaultAclCapability, type VaultOperation, type VaultPolicy,
} from './vault-acl';

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
export function qualifyVaultPath(namespace: string | undefined, path: string): string {
  const ns = trimSlashes(namespace ?? '');
  const p = path.replace(/^\/+/, '');
  return ns === '' ? p : `${ns}/${p}`;
}

/**
 * Does a Vault policy path pattern match a request path? Vault's matching (./vault-acl.ts): a
 * trailing `*` is a prefix glob (it may also end a partial segment: `kv/data/a*` matches
 * `kv/data/abc/x`); a `+` segment matches exactly one path segment; everything else matches
 * exactly. A policy defined in namespace N only reaches paths inside N (and its children): both the
 * pattern and the path are qualified with their namespaces before matching.
 */
export function vaultPathMatches(pattern: string, path: string, options: VaultMatchOptions = {}): boolean {
  return vaultPatternMatches(qualifyVaultPath(options.policyNamespace, pattern), qualifyVaultPath(options.pathNamespace, path));
}

function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

/**
 * Orders two patterns by Vault's priority (which block applies when several match one path):
 * positive when `a` wins. An exact pattern beats every wildcard pattern; among wildcard patterns:
 * the later first wildcard wins; a pattern without trailing `*` wins; fewer `+` segments win; the
 * longer pattern wins; the lexicographically larger wins (openbao vault/policy/acl.go, see
 * {@link compareVaultPatterns}).
 */
export function compareVaultPriority(a: string, b: string): number {
  return compareVaultPatterns(a, b);
}

/** Policies parsed once per grant list (the isolation analysis asks many paths of one policy). */
const ACL_CACHE = new WeakMap<readonly VaultGrant[], Map<string, VaultAcl>>();

function aclOf(grants: readonly VaultGrant[], namespace: string | undefined): VaultAcl {
  let byNs = ACL_CACHE.get(grants);
  if (byNs === undefined) {
    byNs = new Map();
    ACL_CACHE.set(grants, byNs);
  }
  const ns = trimSlashes(namespace ?? '');
  let acl = byNs.get(ns);
  if (acl === undefined) {
    acl = VaultAcl.fromPolicies([toPolicy({ namespace: ns, grants }, 0)]);
    byNs.set(ns, acl);
  }
  return acl;
}

function toPolicy(p: NamespacedPolicy, i: number): VaultPolicy {
  return {
    name: `policy-${i}`,
    namespace: trimSlashes(p.namespace ?? ''),
    paths: p.grants.map((g) => ({ path: g.path.replace(/^\/+/, ''), capabilities: (g.capabilities.includes('deny') ? ['deny'] : g.capabilities) as VaultAclCapability[] })),
  };
}

/**
 * Capabilities one policy grants on a path: those of the rule Vault chooses for the path (exact
 * first, then the highest-priority wildcard rule; duplicate blocks merged); `['deny']` when that
 * rule denies; `[]` when nothing matches.
 */
export function vaultCapabilities(grants: readonly VaultGrant[], path: string, options: VaultMatchOptions = {}): readonly string[] {
  const d = aclOf(grants, options.policyNamespace).check('read', path, trimSlashes(options.pathNamespace ?? ''));
  return d.capabilities;
}

/** A parsed policy and the namespace it lives in. */
export interface NamespacedPolicy {
  readonly namespace?: string;
  readonly grants: readonly VaultGrant[];
}

/**
 * Does a token holding all `policies` have `capability` on `path` (in `pathNamespace`)? As Vault
 * decides it: the policies are merged into one ACL first (duplicate paths merge; a deny on the same
 * path wins), then the rule Vault chooses for the path decides — so a deny on a less specific
 * pattern does not remove a grant on a more specific one. `list` also matches a rule on the path
 * without its trailing `/`.
 */
export function vaultAllows(policies: readonly NamespacedPolicy[], path: string, capability: string, pathNamespace?: string): boolean {
  const acl = VaultAcl.fromPolicies(policies.map(toPolicy));
  const op = capability === 'sudo' ? 'read' : (capability as VaultOperation);
  const d = acl.check(op, path, trimSlashes(pathNamespace ?? ''));
  return capability === 'sudo' ? d.rootPrivs : d.allowed;
}

/**
 * Parses Vault policy text (HCL or JSON) into its path blocks, in order (./vault-acl.ts
 * {@link parseVaultPolicyText}): `path "<pattern>" { capabilities = [..] }`, the legacy
 * `policy = "read"` form, comments. Keys that change a verdict but are not modelled (parameter
 * constraints, wrapping TTLs, ...) are an error rather than being skipped, because an analysis that
 * ignores text could miss a grant.
 */
export function vaultGrants(policyHcl: string): VaultGrant[] {
  try {
    return parseVaultPolicyText(policyHcl).map((p) => ({ path: p.path, capabilities: [...p.capabilities] }));
  } catch (e) {
    if (e instanceof VaultPolicyParseError) throw new Error(`vaultGrants: ${e.message}`);
    throw e;
  }
}

/** Normalizes a Proxmox ACL path as pve-access-control does: one leading `/`, no repeated or trailing `/`. */
export function normalizeProxmoxPath(path: string): string {
  // Already normal (the common case): one leading `/`, no `//`, no trailing `/`.
  if (typeof path === 'string' && path.length > 1 && path.charCodeAt(0) === 47 && path.charCodeAt(path.length - 1) !== 47 && !path.includes('//')) return path;
  const collapsed = `/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return collapsed === '' ? '/' : collapsed;
}

/**
 * Does a Proxmox ACL entry on `aclPath` apply to `resourcePath`? An ACL applies to its own path,
 * and to every path below it when `propagate` is set (`/` with propagate covers everything).
 * Pool membership (an ACL on `/pool/<id>` also applying to the guests and storages in that pool)
 * is not path inheritance: check the pool path itself for those.
 */
export function proxmoxAclCovers(aclPath: string, propagate: boolean, resourcePath: string): boolean {
  const acl = normalizeProxmoxPath(aclPath);
  const res = normalizeProxmoxPath(resourcePath);
  if (acl === res) return true;
  if (!propagate) return false;
  return acl === '/' || res.startsWith(`${acl}/`);
}
