/**
 * Vault/OpenBao ACL evaluation, as the server does it: policies are parsed into path rules, the
 * rules of all policies of a token are merged into one ACL (duplicate paths merge, a `deny` on a
 * path wins over every grant on that same path), and a request is matched against the merged ACL:
 * an exact rule first, else the best wildcard rule by Vault's priority order.
 *
 * Sources (read, not copied; line numbers at the tags named):
 *   - openbao/openbao v2.6.2 `vault/policy/policy.go` (parsing: :284-556) and `vault/policy/acl.go`
 *     (merging: NewACL :72-287; matching: AllowOperation :338-663, CheckAllowedFromNonExactPaths
 *     :678-829; Capabilities :289-335). OpenBao is the modelled server (see
 *     lib/rehearsal/model/vault/); hashicorp/vault `vault/acl.go` and `vault/policy.go` (commit
 *     01c42b19da88e67c2c337b575e0f16fd90d66072) are the origin of this code and match it on every rule
 *     used here.
 *   - `default` policy text: openbao/openbao v2.6.2 `vault/policy/policy_store.go:54-138`.
 *
 * Not modelled (a policy that uses them is refused with a clear error rather than half-evaluated):
 * parameter constraints (`allowed_parameters`, `denied_parameters`, `required_parameters`),
 * wrapping TTLs, MFA, pagination limits, `expiration` (clock-dependent). Templated paths
 * (`{{identity.entity.id}}`) are skipped: OpenBao resolves them per entity and drops a path whose
 * template cannot be resolved (policy.go:342-354); they only ever name the caller's own identity
 * objects.
 */

/** A capability of a Vault/OpenBao policy path rule (policy.go:26-36). */
export type VaultAclCapability = 'create' | 'read' | 'update' | 'patch' | 'delete' | 'list' | 'sudo' | 'scan' | 'deny';

/** The operation of a request (sdk/logical/request.go); revoke, renew and rollback are checked as `update` (acl.go:468-472). */
export type VaultOperation = 'create' | 'read' | 'update' | 'patch' | 'delete' | 'list' | 'scan';

/** Capabilities in the order Vault's bit values have them (policy.go:45-55); results are listed in this order. */
export const VAULT_ACL_CAPABILITIES: readonly VaultAclCapability[] = ['deny', 'create', 'read', 'update', 'delete', 'list', 'sudo', 'patch', 'scan'];

const BIT: Readonly<Record<VaultAclCapability, number>> = Object.fromEntries(VAULT_ACL_CAPABILITIES.map((c, i) => [c, 1 << i])) as Record<VaultAclCapability, number>;
const DENY = BIT.deny;
const SUDO = BIT.sudo;

/** One `path` block of a policy, after the legacy `policy = "..."` form is mapped to capabilities. */
export interface VaultPolicyPath {
  /** The pattern as written (leading `/` removed, policy.go:415-418). */
  readonly path: string;
  /** Capabilities; exactly `['deny']` when the block denies (policy.go:459-465). */
  readonly capabilities: readonly VaultAclCapability[];
}

/** A parsed policy and the namespace it is stored in (`''` = root). */
export interface VaultPolicy {
  readonly name: string;
  readonly namespace: string;
  readonly paths: readonly VaultPolicyPath[];
}

/** Thrown for policy text OpenBao would reject, or that uses keys this evaluator does not model. */
export class VaultPolicyParseError extends Error {}

// ---------------------------------------------------------------------------------------------
// Namespaces
// ---------------------------------------------------------------------------------------------

/** A namespace path without leading or trailing `/` (`''` = root). */
export function normalizeVaultNamespace(ns: string | undefined | null): string {
  return (ns ?? '').replace(/^\/+|\/+$/g, '');
}

/** `a/b` + `kv/x` = `a/b/kv/x`: a request's full path (acl.go:373: `ns.Path + req.Path`). */
export function qualifyInNamespace(namespace: string | undefined, path: string): string {
  const ns = normalizeVaultNamespace(namespace);
  const p = path.replace(/^\/+/, '');
  return ns === '' ? p : `${ns}/${p}`;
}

/** Is `ns` the namespace `ancestor` or below it (helper/namespace `HasParent`)? */
export function vaultNamespaceWithin(ns: string, ancestor: string): boolean {
  const a = normalizeVaultNamespace(ancestor);
  const n = normalizeVaultNamespace(ns);
  return a === '' || n === a || n.startsWith(`${a}/`);
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** Legacy `policy = "..."` values (policy.go:441-455). */
const LEGACY: Readonly<Record<string, readonly VaultAclCapability[]>> = {
  deny: ['deny'],
  read: ['read', 'list'],
  write: ['create', 'read', 'update', 'delete', 'list'],
  sudo: ['create', 'read', 'update', 'delete', 'list', 'sudo'],
};

/** Keys OpenBao accepts in a path block (policy.go:369-382) that change a verdict and are not modelled here. */
const UNMODELLED_KEYS = new Set([
  'allowed_parameters', 'denied_parameters', 'required_parameters', 'min_wrapping_ttl', 'max_wrapping_ttl', 'mfa_methods',
  'pagination_limit', 'expiration', 'list_scan_response_keys_filter_path',
]);

function capabilitiesOf(where: string, written: readonly string[]): VaultAclCapability[] {
  const out: VaultAclCapability[] = [];
  for (const c of written) {
    if (c === 'deny') return ['deny'];
    if (!(c in BIT)) throw new VaultPolicyParseError(`${where}: invalid capability ${JSON.stringify(c)}`);
    if (!out.includes(c as VaultAclCapability)) out.push(c as VaultAclCapability);
  }
  return out;
}

function finishPath(where: string, path: string, caps: readonly string[], legacy: string | undefined): VaultPolicyPath {
  const all = [...caps];
  if (legacy !== undefined) {
    const mapped = LEGACY[legacy];
    if (mapped === undefined) throw new VaultPolicyParseError(`${where}: invalid policy ${JSON.stringify(legacy)}`);
    // policy.go:441-455: the legacy form replaces a deny, else adds to the listed capabilities.
    if (legacy === 'deny') all.splice(0, all.length, 'deny');
    else all.push(...mapped);
  }
  const p = path.startsWith('/') ? path.slice(1) : path;
  if (p.includes('+*')) throw new VaultPolicyParseError(`path ${JSON.stringify(p)}: invalid use of wildcards ('+*' is forbidden)`);
  return { path: p, capabilities: capabilitiesOf(where, all) };
}

const SKIPPABLE = /(\s+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const QUOTED = /"((?:[^"\\\n]|\\.)*)"/y;

/**
 * Parses policy text into its path blocks, in order (duplicates kept: the ACL merges them). Both
 * forms OpenBao reads (hclutil.ParseConfig, HCL 1, which also reads JSON) are accepted for the
 * subset policies use: `path "<pattern>" { capabilities = [..] }` with optional `policy` (legacy)
 * and `comment`, a top-level `name`, `#`, `//` and `/* *\/` comments; JSON
 * `{"path": {"<pattern>": {"capabilities": [..]}}}` (object or list of objects). Anything else is
 * an error naming the line, so that an analysis never silently ignores a grant.
 */
export function parseVaultPolicyText(text: string): VaultPolicyPath[] {
  return text.trimStart().startsWith('{') ? parseJsonPolicy(text) : parseHclPolicy(text);
}

function parseJsonPolicy(text: string): VaultPolicyPath[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new VaultPolicyParseError(`failed to parse policy: ${(e as Error).message}`);
  }
  const out: VaultPolicyPath[] = [];
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new VaultPolicyParseError('failed to parse policy: does not contain a root object');
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (key === 'name') continue;
    if (key !== 'path') throw new VaultPolicyParseError(`failed to parse policy: invalid key ${JSON.stringify(key)}`);
    const blocks = Array.isArray(value) ? value : [value];
    for (const block of blocks) {
      if (block === null || typeof block !== 'object') throw new VaultPolicyParseError('failed to parse policy: "path" must be an object');
      for (const [path, body] of Object.entries(block as Record<string, unknown>)) {
        const where = `path ${JSON.stringify(path)}`;
        const b = (body ?? {}) as Record<string, unknown>;
        let caps: string[] = [];
        let legacy: string | undefined;
        for (const [k, v] of Object.entries(b)) {
          if (k === 'capabilities') {
            if (!Array.isArray(v) || v.some((c) => typeof c !== 'string')) throw new VaultPolicyParseError(`${where}: capabilities must be a list of strings`);
            caps = v as string[];
          } else if (k === 'policy') {
            if (typeof v !== 'string') throw new VaultPolicyParseError(`${where}: policy must be a string`);
            legacy = v;
          } else if (k === 'comment') {
            // no effect on evaluation
          } else if (UNMODELLED_KEYS.has(k)) {
            throw new VaultPolicyParseError(`${where}: ${k} is a Vault key this evaluator does not model`);
          } else {
            throw new VaultPolicyParseError(`${where}: invalid key ${JSON.stringify(k)}`);
          }
        }
        out.push(finishPath(where, path, caps, legacy));
      }
    }
  }
  return out;
}

function parseHclPolicy(s: string): VaultPolicyPath[] {
  let i = 0;
  const out: VaultPolicyPath[] = [];
  const fail = (what: string, hint = ''): never => {
    const line = s.slice(0, i).split('\n').length;
    throw new VaultPolicyParseError(`unsupported policy HCL at line ${line}: expected ${what}, found ${JSON.stringify(s.slice(i, i + 20))}${hint}`);
  };
  // Sticky patterns match at `i` without copying the rest of the text.
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(s);
  };
  const skip = (): void => {
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
  const expect = (c: string): void => {
    if (s[i] !== c) fail(JSON.stringify(c));
    i++;
  };

  skip();
  while (i < s.length) {
    const start = i;
    const key = ident();
    skip();
    if (key === 'name') {
      expect('=');
      skip();
      str();
      skip();
      continue;
    }
    if (key !== 'path') {
      i = start;
      fail('a path block');
    }
    const path = str();
    skip();
    if (s[i] === '=') {
      i++;
      skip();
    }
    expect('{');
    const caps: string[] = [];
    let legacy: string | undefined;
    skip();
    while (s[i] !== '}') {
      if (i >= s.length) fail('"}"');
      const nameAt = i;
      const name = ident();
      skip();
      if (UNMODELLED_KEYS.has(name)) {
        i = nameAt;
        fail('capabilities or policy', ` (${name} is a Vault key this evaluator does not model)`);
      }
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
        legacy = str();
      } else if (name === 'comment') {
        str();
      } else {
        i = nameAt;
        fail('capabilities or policy');
      }
      skip();
    }
    i++;
    out.push(finishPath(`path ${JSON.stringify(path)}`, path, caps, legacy));
    skip();
  }
  return out;
}

/** Parses a stored policy (see {@link parseVaultPolicyText}); `name` is lower-cased as the policy store does (policy_store.go:267-268). */
export function parseVaultPolicy(name: string, namespace: string | undefined, text: string): VaultPolicy {
  return { name: name.trim().toLowerCase(), namespace: normalizeVaultNamespace(namespace), paths: parseVaultPolicyText(text) };
}

/** The `root` policy of a namespace: allows everything in that namespace and below (acl.go:101-108, :346-364). */
export function vaultRootPolicy(namespace = ''): VaultPolicy {
  return { name: 'root', namespace: normalizeVaultNamespace(namespace), paths: [] };
}

/**
 * The text of the built-in `default` policy that OpenBao loads into every namespace
 * (openbao/openbao v2.6.2 vault/policy/policy_store.go:54-138, `DefaultPolicy`; written by
 * LoadDefaultPolicies :707-719 only when no policy named `default` exists, so an operator's own
 * `default` replaces it). Reproduced as data, path by path, because the server's copy is the
 * behaviour being modelled.
 */
export const VAULT_DEFAULT_POLICY_HCL = [
  ['auth/token/lookup-self', ['read']],
  ['auth/token/renew-self', ['update']],
  ['auth/token/revoke-self', ['update']],
  ['sys/capabilities-self', ['update']],
  ['identity/entity/id/{{identity.entity.id}}', ['read']],
  ['identity/entity/name/{{identity.entity.name}}', ['read']],
  ['sys/internal/ui/resultant-acl', ['read']],
  ['sys/leases/renew', ['update']],
  ['sys/leases/lookup', ['update']],
  ['cubbyhole/*', ['create', 'read', 'update', 'delete', 'list']],
  ['sys/wrapping/wrap', ['update']],
  ['sys/wrapping/lookup', ['update']],
  ['sys/wrapping/unwrap', ['update']],
  ['sys/tools/hash', ['update']],
  ['sys/tools/hash/*', ['update']],
  ['identity/oidc/provider/+/authorize', ['read', 'update']],
]
  .map(([p, caps]) => `path ${JSON.stringify(p)} {\n  capabilities = [${(caps as string[]).map((c) => JSON.stringify(c)).join(', ')}]\n}\n`)
  .join('\n');

// ---------------------------------------------------------------------------------------------
// The merged ACL
// ---------------------------------------------------------------------------------------------

interface Entry {
  bits: number;
  /** Policies that contributed (for messages). */
  readonly policies: string[];
}

/** The decision for one request. */
export interface VaultAclDecision {
  /** The operation is allowed. */
  readonly allowed: boolean;
  /** The matched rule grants `sudo` (needed on root-protected paths), or the token is root. */
  readonly rootPrivs: boolean;
  /** Capabilities of the rule that decided; `[]` when no rule matched. */
  readonly capabilities: readonly VaultAclCapability[];
  /** The rule that decided (full path as stored, a prefix rule with a trailing `*`), or `root`. */
  readonly rule?: string;
}

/** The capabilities encoded in a bit set, in Vault's bit order. */
function capsOf(bits: number): VaultAclCapability[] {
  return bits & DENY ? ['deny'] : VAULT_ACL_CAPABILITIES.filter((c) => (bits & BIT[c]) !== 0);
}

function bitsOf(caps: readonly VaultAclCapability[]): number {
  let b = 0;
  for (const c of caps) b |= BIT[c];
  return c2deny(b);
}

function c2deny(b: number): number {
  return b & DENY ? DENY : b;
}

interface Candidate {
  readonly firstWCOrGlob: number;
  readonly wildcards: number;
  readonly isPrefix: boolean;
  readonly wcPath: string;
  readonly key: string;
  readonly entry: Entry;
}

/**
 * Vault's order among matching wildcard rules (acl.go:681-735): the later first `+`/`*` wins; a
 * rule without trailing `*` beats one with; fewer `+` segments win; the longer path wins; the
 * lexicographically larger wins. Returns a negative number when `a` has lower priority.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.firstWCOrGlob !== b.firstWCOrGlob) return a.firstWCOrGlob < b.firstWCOrGlob ? -1 : 1;
  if (a.isPrefix !== b.isPrefix) return a.isPrefix ? -1 : 1;
  if (a.wildcards !== b.wildcards) return a.wildcards > b.wildcards ? -1 : 1;
  if (a.wcPath.length !== b.wcPath.length) return a.wcPath.length < b.wcPath.length ? -1 : 1;
  return a.wcPath === b.wcPath ? 0 : a.wcPath < b.wcPath ? -1 : 1;
}

/** How a stored rule path is classified (policy.go:420-439). */
function classify(fullPath: string): { kind: 'exact' | 'prefix' | 'segment'; key: string } {
  const segment = fullPath === '+' || fullPath.includes('/+') || fullPath.startsWith('+/');
  if (segment) return { kind: 'segment', key: fullPath };
  if (fullPath.endsWith('*')) return { kind: 'prefix', key: fullPath.slice(0, -1) };
  return { kind: 'exact', key: fullPath };
}

/**
 * The merged ACL of a token's policies (NewACL, acl.go:72-287). Policies are passed with the
 * namespace they are stored in; their rule paths are qualified with it (policy.go:420-421), so a
 * policy of namespace N only ever matches requests in N or below.
 */
export class VaultAcl {
  private readonly exact = new Map<string, Entry>();
  private readonly prefix = new Map<string, Entry>();
  private readonly segment = new Map<string, Entry>();
  /** Namespace of the `root` policy when the token is root. */
  private readonly root: string | undefined;

  private constructor(policies: readonly VaultPolicy[]) {
    let root: string | undefined;
    for (const policy of policies) {
      if (policy.name === 'root') {
        // acl.go:101-108
        if (policies.length !== 1) throw new VaultPolicyParseError('other policies present along with root');
        root = policy.namespace;
      }
      for (const pc of policy.paths) {
        if (pc.path.includes('{{')) continue; // templated: see the module comment
        const { kind, key } = classify(qualifyInNamespace(policy.namespace, pc.path));
        const tree = kind === 'exact' ? this.exact : kind === 'prefix' ? this.prefix : this.segment;
        const bits = bitsOf(pc.capabilities);
        const existing = tree.get(key);
        if (existing === undefined) {
          tree.set(key, { bits, policies: [policy.name] });
          continue;
        }
        // acl.go:155-173: an existing deny stays; a new deny replaces; otherwise the union.
        if (existing.bits & DENY) continue;
        existing.bits = bits & DENY ? DENY : existing.bits | bits;
        if (!existing.policies.includes(policy.name)) existing.policies.push(policy.name);
      }
    }
    this.root = root;
  }

  /** Builds the merged ACL of a set of policies (a token's policies, all already looked up). */
  static fromPolicies(policies: readonly VaultPolicy[]): VaultAcl {
    return new VaultAcl(policies);
  }

  /** True when the ACL is the `root` policy's. */
  get isRoot(): boolean {
    return this.root !== undefined;
  }

  /**
   * Checks one request (AllowOperation, acl.go:338-663, without parameter constraints): `path` is
   * relative to `namespace` (the request's namespace, `''` = root).
   */
  check(operation: VaultOperation, path: string, namespace = ''): VaultAclDecision {
    if (this.root !== undefined) {
      // acl.go:350-364: root only within its own namespace and below.
      const ok = vaultNamespaceWithin(namespace, this.root);
      return { allowed: ok, rootPrivs: ok, capabilities: ok ? [...VAULT_ACL_CAPABILITIES.filter((c) => c !== 'deny')] : [], rule: ok ? 'root' : undefined };
    }
    const hit = this.lookup(operation, qualifyInNamespace(namespace, path));
    if (hit === undefined) return { allowed: false, rootPrivs: false, capabilities: [] };
    const { entry, rule } = hit;
    const allowed = (entry.bits & BIT[operation]) !== 0 && (entry.bits & DENY) === 0;
    return { allowed, rootPrivs: (entry.bits & SUDO) !== 0, capabilities: capsOf(entry.bits), rule };
  }

  /** Vault's `Capabilities` (acl.go:289-335): `['root']` for root, `['deny']` when nothing is granted. */
  capabilities(path: string, namespace = ''): readonly string[] {
    if (this.root !== undefined) return vaultNamespaceWithin(namespace, this.root) ? ['root'] : ['deny'];
    const hit = this.lookup('list', qualifyInNamespace(namespace, path));
    const caps = hit === undefined ? [] : capsOf(hit.entry.bits);
    return caps.length === 0 ? ['deny'] : caps;
  }

  /** The rule that decides a full path (acl.go:385-426). */
  private lookup(operation: VaultOperation, fullPath: string): { entry: Entry; rule: string } | undefined {
    let path = fullPath.replace(/^\/+/, '');
    const listing = operation === 'list' || operation === 'scan';
    const exact = this.exact.get(path);
    if (exact !== undefined) return { entry: exact, rule: path };
    if (listing) {
      // acl.go:394-401: a list request on `a/` is also decided by an exact rule on `a`.
      const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
      const e = this.exact.get(trimmed);
      if (e !== undefined) return { entry: e, rule: trimmed };
    }
    const nonExact = this.nonExact(path);
    if (nonExact !== undefined) return nonExact;
    if (listing && path.endsWith('/')) {
      // acl.go:409-422
      path = path.slice(0, -1);
      return this.nonExact(path);
    }
    return undefined;
  }

  /** CheckAllowedFromNonExactPaths (acl.go:678-829) for a request path (bareMount false). */
  private nonExact(path: string): { entry: Entry; rule: string } | undefined {
    const candidates: Candidate[] = [];
    // The longest prefix rule (radix LongestPrefix, acl.go:737-751).
    let best: string | undefined;
    for (const k of this.prefix.keys()) if (path.startsWith(k) && (best === undefined || k.length > best.length)) best = k;
    if (best !== undefined) {
      const entry = this.prefix.get(best)!;
      if (this.segment.size === 0) return { entry, rule: `${best}*` };
      candidates.push({ firstWCOrGlob: best.length, wildcards: 0, isPrefix: true, wcPath: best, key: `${best}*`, entry });
    }
    if (this.segment.size === 0) return undefined;
    const parts = path.split('/');
    for (const [full, entry] of this.segment) {
      if (full === '') continue;
      const isPrefix = full.endsWith('*');
      const wcPath = isPrefix ? full.slice(0, -1) : full;
      const split = wcPath.split('/');
      // acl.go:775-782
      if (parts.length < split.length) continue;
      if (!isPrefix && split.length !== parts.length) continue;
      let wildcards = 0;
      let ok = true;
      for (let i = 0; i < split.length && ok; i++) {
        const a = split[i];
        if (a === '+') wildcards++;
        else if (a === parts[i]) continue;
        else if (isPrefix && i === split.length - 1 && parts[i].startsWith(a)) continue;
        else ok = false;
      }
      if (!ok) continue;
      candidates.push({ firstWCOrGlob: full.indexOf('+'), wildcards, isPrefix, wcPath, key: full, entry });
    }
    if (candidates.length === 0) return undefined;
    let win = candidates[0];
    for (const c of candidates.slice(1)) if (compareCandidates(c, win) > 0) win = c;
    return { entry: win.entry, rule: win.key };
  }
}

/**
 * Priority of two patterns of one namespace as Vault orders them when both match a path: positive
 * when `a` wins. Exact patterns beat every wildcard pattern (acl.go:388-393); among wildcard
 * patterns the order of {@link compareCandidates} applies.
 */
export function compareVaultPatterns(a: string, b: string): number {
  const ca = candidateOf(a);
  const cb = candidateOf(b);
  if (ca === undefined || cb === undefined) {
    if (ca === undefined && cb === undefined) return a === b ? 0 : a > b ? 1 : -1;
    return ca === undefined ? 1 : -1;
  }
  return compareCandidates(ca, cb);
}

function candidateOf(pattern: string): Candidate | undefined {
  const { kind, key } = classify(pattern.replace(/^\/+/, ''));
  const dummy: Entry = { bits: 0, policies: [] };
  if (kind === 'exact') return undefined;
  if (kind === 'prefix') return { firstWCOrGlob: key.length, wildcards: 0, isPrefix: true, wcPath: key, key: `${key}*`, entry: dummy };
  const isPrefix = key.endsWith('*');
  const wcPath = isPrefix ? key.slice(0, -1) : key;
  return { firstWCOrGlob: key.indexOf('+'), wildcards: wcPath.split('/').filter((s) => s === '+').length, isPrefix, wcPath, key, entry: dummy };
}

/**
 * Does one pattern match a full path, as the ACL would consider it a candidate (exact, prefix or
 * segment-wildcard rule; acl.go:385-426 and :757-818)?
 */
export function vaultPatternMatches(pattern: string, fullPath: string): boolean {
  const acl = VaultAcl.fromPolicies([{ name: 'p', namespace: '', paths: [{ path: pattern, capabilities: ['read'] }] }]);
  return acl.check('read', fullPath).rule !== undefined;
}
