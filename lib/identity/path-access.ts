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
export function qualifyVaultPath(namespace: string | undefined, path: string): string {
  const ns = trimSlashes(namespace ?? '');
  const p = path.replace(/^\/+/, '');
  return ns === '' ? p : `${ns}/${p}`;
}

/**
 * Does a Vault policy path pattern match a request path? Semantics of Vault ACL policies:
 * a trailing `*` is a prefix glob (it may also end a partial segment: `kv/data/a*` matches
 * `kv/data/abc/x`); a `+` segment matches exactly one path segment; everything else matches
 * exactly. A policy defined in namespace N only reaches paths inside N (and its children): both the
 * pattern and the path are qualified with their namespaces before matching.
 */
export function vaultPathMatches(pattern: string, path: string, options: VaultMatchOptions = {}): boolean {
  const full = qualifyVaultPath(options.policyNamespace, pattern);
  const target = qualifyVaultPath(options.pathNamespace, path);
  return patternRegExp(full).test(target);
}

function patternRegExp(pattern: string): RegExp {
  let body = pattern;
  const prefix = body.endsWith('*');
  if (prefix) body = body.slice(0, -1);
  // `+` matches one segment; it is matched leniently (also empty) so that the analysis over-reports.
  const segments = body.split('/').map((s) => (s === '+' ? '[^/]*' : escapeRegExp(s)));
  return new RegExp(`^${segments.join('/')}${prefix ? '[\\s\\S]*' : ''}$`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

/**
 * Orders two patterns by Vault's priority (which block applies when several match one path):
 * positive when `a` wins. Rules in order: the later first wildcard wins; a pattern without trailing
 * `*` wins; fewer `+` segments win; the longer pattern wins; the lexicographically larger wins.
 */
export function compareVaultPriority(a: string, b: string): number {
  const firstWildcard = (p: string) => {
    const star = p.endsWith('*') ? p.length - 1 : Infinity;
    const plus = p.split('/').findIndex((s) => s === '+');
    const plusAt = plus < 0 ? Infinity : p.split('/').slice(0, plus).join('/').length + (plus > 0 ? 1 : 0);
    return Math.min(star, plusAt);
  };
  const wa = firstWildcard(a);
  const wb = firstWildcard(b);
  if (wa !== wb) return wa > wb ? 1 : -1;
  const sa = a.endsWith('*');
  const sb = b.endsWith('*');
  if (sa !== sb) return sa ? -1 : 1;
  const pa = a.split('/').filter((s) => s === '+').length;
  const pb = b.split('/').filter((s) => s === '+').length;
  if (pa !== pb) return pa < pb ? 1 : -1;
  if (a.length !== b.length) return a.length > b.length ? 1 : -1;
  return a === b ? 0 : a > b ? 1 : -1;
}

/**
 * Capabilities one policy grants on a path: those of the highest-priority matching block
 * ({@link compareVaultPriority}); `['deny']` when that block denies; `[]` when nothing matches.
 */
export function vaultCapabilities(grants: readonly VaultGrant[], path: string, options: VaultMatchOptions = {}): readonly string[] {
  let best: VaultGrant | undefined;
  for (const g of grants) {
    if (!vaultPathMatches(g.path, path, options)) continue;
    if (best === undefined || compareVaultPriority(g.path, best.path) > 0) best = g;
  }
  if (best === undefined) return [];
  return best.capabilities.includes('deny') ? ['deny'] : best.capabilities;
}

/** A parsed policy and the namespace it lives in. */
export interface NamespacedPolicy {
  readonly namespace?: string;
  readonly grants: readonly VaultGrant[];
}

/**
 * Does a token holding all `policies` have `capability` on `path` (in `pathNamespace`)? Capabilities
 * of the policies are united; a `deny` from any policy wins.
 */
export function vaultAllows(policies: readonly NamespacedPolicy[], path: string, capability: string, pathNamespace?: string): boolean {
  let granted = false;
  for (const p of policies) {
    const caps = vaultCapabilities(p.grants, path, { policyNamespace: p.namespace, pathNamespace });
    if (caps.includes('deny')) return false;
    if (caps.includes(capability)) granted = true;
  }
  return granted;
}

const LEGACY_POLICY: Readonly<Record<string, readonly string[]>> = {
  deny: ['deny'],
  read: ['read', 'list'],
  write: ['create', 'read', 'update', 'delete', 'list'],
  sudo: ['create', 'read', 'update', 'delete', 'list', 'sudo'],
};

const SKIPPABLE = /(\s+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const QUOTED = /"((?:[^"\\\n]|\\.)*)"/y;

/**
 * Parses Vault policy HCL into its path blocks. Supports the subset this library emits and common
 * hand-written policies: `path "<pattern>" { capabilities = [..] }`, the legacy `policy = "read"`
 * form, `#`, `//` and `/* *\/` comments. Anything else (parameter constraints, nested blocks) is an
 * error rather than being skipped, because an analysis that ignores text could miss a grant.
 */
export function vaultGrants(policyHcl: string): VaultGrant[] {
  const s = policyHcl;
  let i = 0;
  const out: VaultGrant[] = [];

  const fail = (what: string): never => {
    const line = s.slice(0, i).split('\n').length;
    throw new Error(`vaultGrants: unsupported policy HCL at line ${line}: expected ${what}, found ${JSON.stringify(s.slice(i, i + 20))}`);
  };
  // Sticky patterns match at `i` without copying the rest of the text.
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(s);
  };
  const skip = () => {
    for (;;) {
      const m = at(SKIPPABLE);
      if (m === null || m[0].length === 0) return;
      i += m[0].length;
    }
  };
  const ident = (): string => {
    const m = at(IDENTIFIER);
    if (m === null) return fail('an identifier');
    i += m[0].length;
    return m[0];
  };
  const str = (): string => {
    const m = at(QUOTED);
    if (m === null) return fail('a string');
    i += m[0].length;
    return JSON.parse(`"${m[1]}"`) as string;
  };
  const expect = (c: string) => {
    if (s[i] !== c) fail(JSON.stringify(c));
    i++;
  };

  skip();
  while (i < s.length) {
    const start = i;
    if (ident() !== 'path') {
      i = start;
      fail('a path block');
    }
    skip();
    const path = str();
    skip();
    expect('{');
    const caps: string[] = [];
    skip();
    while (s[i] !== '}') {
      if (i >= s.length) fail('"}"');
      const name = ident();
      skip();
      expect('=');
      skip();
      if (name === 'capabilities') {
        expect('[');
        skip();
        while (s[i] !== ']') {
          caps.push(str());
          skip();
          if (s[i] === ',') {
            i++;
            skip();
          } else if (s[i] !== ']') fail('"," or "]"');
        }
        i++;
      } else if (name === 'policy') {
        const legacy = str();
        const mapped = LEGACY_POLICY[legacy];
        if (mapped === undefined) fail('a legacy policy of deny, read, write, sudo');
        caps.push(...(mapped ?? []));
      } else {
        fail('capabilities or policy');
      }
      skip();
    }
    i++;
    out.push({ path, capabilities: [...new Set(caps)] });
    skip();
  }
  return out;
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
