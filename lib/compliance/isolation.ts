/**
 * Fleet-wide tenant isolation: proves that no grant of one tenant reaches another tenant's
 * resources, for every pair of tenants, without comparing pairs. Resources are indexed by path in
 * a trie of path segments (one for Proxmox ACL paths, one for fully qualified Vault paths); each
 * grant walks only the trie branches its path or pattern can match. Cost: O(total path length of
 * resources + sum over grants of the branches they match).
 *
 * Semantics modelled:
 *   - Proxmox: an ACL applies to its path and, with `propagate`, to everything below it; VM IDs are
 *     resources `/vms/<id>` owned through each tenant's VM ID range.
 *   - Vault: policy patterns with a trailing `*` (prefix glob, also inside a segment) and `+`
 *     (one segment); patterns and resources are qualified with their namespace; the rule Vault's
 *     ACL evaluator chooses (identity/vault-acl.ts: duplicate blocks merged, exact before
 *     wildcard, then Vault's priority order) decides, so a more specific `deny` in the same policy
 *     removes a reach (checked on a witness path). Each policy is evaluated as if held alone: a
 *     deny in another policy of the same token could only remove reach, so this over-reports at
 *     most.
 *   - Principals: an ACL naming a group/user/token declared by another tenant, and a login binding
 *     handing out another tenant's policy, are violations too.
 */
import * as fs from 'fs';
import type { FleetFile, KommuneFile } from '../model/parameters';
import type { LoadedFleet } from '../config/load';
import { resolveFleet } from '../config/resolve';
import { SEGMENT_NAMES } from '../model/catalogue';
import type { TenantSpec } from '../model/spec';
import { normalizeProxmoxPath, qualifyVaultPath, vaultPathMatches, type VaultGrant } from '../identity/path-access';
import { VaultAcl, type VaultAclCapability } from '../identity/vault-acl';
import { assignTenantKeys } from '../model/tenant-key';
import { tenantVaultPolicyName } from '../model/vault-names';
import { FootprintRegistry, tenantFootprint, type TenantFootprint } from '../model/footprint';
import { tenantPipelineTokenId, tenantPipelineUserId } from '../model/pve-names';
import {
  grantsFromJson, KV_OPERATIONS, ownershipFromFootprint, tenantOwnership, type ProxmoxGrant, type TenantGrants, type TenantOwnership, type VaultPolicyGrants,
} from './ownership';
import type { StackJson } from './types';

/** One tenant as the analysis sees it. */
export interface TenantIsolationInput {
  readonly tenant: string;
  readonly ownership: TenantOwnership;
  readonly grants: TenantGrants;
}

export type IsolationViolationKind = 'proxmox-acl' | 'vault-policy' | 'proxmox-principal' | 'vault-binding' | 'shared-resource' | 'foreign-object';

/** Options of {@link analyseIsolation}. */
export interface IsolationOptions {
  /**
   * The fleet's footprint registry (lib/model/footprint.ts). With it, a tenant declaring a policy
   * or a Proxmox principal the registry gives to another tenant (or the platform) is a violation
   * (`foreign-object`), and principals and policies are attributed by the registry instead of by
   * whichever tenant declared them first.
   */
  readonly registry?: FootprintRegistry;
}

/** A counter-example: tenant `tenant` has `grant`, which reaches `resource` of `otherTenant`. */
export interface IsolationViolation {
  readonly kind: IsolationViolationKind;
  readonly tenant: string;
  readonly grant: string;
  readonly otherTenant: string;
  readonly resource: string;
  readonly address?: string;
}

export interface IsolationResult {
  readonly ok: boolean;
  readonly tenants: number;
  readonly grantsChecked: number;
  readonly resourcesIndexed: number;
  readonly violations: readonly IsolationViolation[];
}

/** A readable line for a counter-example. */
export function formatViolation(v: IsolationViolation): string {
  return `${v.tenant}: ${v.grant} reaches ${v.resource} of tenant ${v.otherTenant} (${v.kind}${v.address ? `, ${v.address}` : ''})`;
}

// ---------------------------------------------------------------------------------------------
// Path trie
// ---------------------------------------------------------------------------------------------

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly segments: readonly string[];
  owner?: string;
  /** Up to two distinct owners of resources at or below this node: enough to find "someone else". */
  readonly below: string[];
}

function node(segments: readonly string[]): TrieNode {
  return { children: new Map(), segments, below: [] };
}

class PathTrie {
  public readonly root = node([]);
  public size = 0;

  /** Inserts a resource; returns the previous owner when another tenant already owns exactly this path. */
  public insert(segments: readonly string[], owner: string): string | undefined {
    let n = this.root;
    note(n, owner);
    for (let i = 0; i < segments.length; i++) {
      let c = n.children.get(segments[i]);
      if (c === undefined) {
        c = node(segments.slice(0, i + 1));
        n.children.set(segments[i], c);
      }
      n = c;
      note(n, owner);
    }
    const previous = n.owner;
    if (previous === undefined) {
      n.owner = owner;
      this.size++;
    }
    return previous !== undefined && previous !== owner ? previous : undefined;
  }
}

function note(n: TrieNode, owner: string): void {
  if (n.below.length < 2 && !n.below.includes(owner)) n.below.push(owner);
}

function otherBelow(n: TrieNode, me: string): string | undefined {
  return n.below.find((o) => o !== me);
}

/** First node at or below `n` owned by `owner` (depth-first, sorted keys: deterministic). */
function findOwned(n: TrieNode, owner: string): TrieNode | undefined {
  if (n.owner === owner) return n;
  for (const k of [...n.children.keys()].sort()) {
    const c = n.children.get(k)!;
    if (!c.below.includes(owner) && c.below.length < 2) continue;
    const hit = findOwned(c, owner);
    if (hit) return hit;
  }
  return undefined;
}

const proxmoxSegments = (p: string): string[] => normalizeProxmoxPath(p).split('/').filter((s) => s !== '');
const vaultSegments = (p: string): string[] => p.replace(/^\/+|\/+$/g, '').split('/');

// ---------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------

/** Proves isolation for every pair of tenants; returns all counter-examples found. */
export function analyseIsolation(inputs: readonly TenantIsolationInput[], options: IsolationOptions = {}): IsolationResult {
  const violations: IsolationViolation[] = [];
  const registry = options.registry;
  const pve = new PathTrie();
  const vault = new PathTrie();
  const ranges: { start: number; end: number; owner: string }[] = [];
  const principalOwner = new Map<string, string>();
  const policyOwner = new Map<string, string>();

  for (const t of inputs) {
    for (const p of t.ownership.proxmoxPaths) {
      const prev = pve.insert(proxmoxSegments(p), t.tenant);
      if (prev !== undefined) violations.push({ kind: 'shared-resource', tenant: t.tenant, grant: `owns ${p}`, otherTenant: prev, resource: p });
    }
    for (const p of t.ownership.vaultPaths) {
      const prev = vault.insert(vaultSegments(p), t.tenant);
      if (prev !== undefined) violations.push({ kind: 'shared-resource', tenant: t.tenant, grant: `owns ${p}`, otherTenant: prev, resource: p });
    }
    if (t.ownership.vmIds) ranges.push({ ...t.ownership.vmIds, owner: t.tenant });
    for (const pr of t.grants.principals) if (!principalOwner.has(pr)) principalOwner.set(pr, t.tenant);
    for (const pol of t.grants.policies) {
      const k = `${pol.namespace ?? ''}|${pol.name}`;
      if (!policyOwner.has(k)) policyOwner.set(k, t.tenant);
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].start <= ranges[i - 1].end) {
      violations.push({ kind: 'shared-resource', tenant: ranges[i].owner, grant: `owns VM IDs ${ranges[i].start}-${ranges[i].end}`, otherTenant: ranges[i - 1].owner, resource: `/vms/${ranges[i].start}` });
    }
  }
  const rangeOwner = (id: number): string | undefined => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (id < ranges[mid].start) hi = mid - 1;
      else if (id > ranges[mid].end) lo = mid + 1;
      else return ranges[mid].owner;
    }
    return undefined;
  };

  if (registry !== undefined) {
    for (const t of inputs) {
      for (const pol of t.grants.policies) {
        const id = qualifyVaultPath(pol.namespace, pol.name);
        const owner = registry.ownerOf('vault-policy', id);
        if (owner !== undefined && owner !== t.tenant) {
          violations.push({ kind: 'foreign-object', tenant: t.tenant, grant: `declares policy ${id}`, otherTenant: owner, resource: `policy ${id}`, address: pol.address });
        }
      }
      for (const pr of t.grants.principals) {
        const owner = registry.ownerOf(principalKind(pr), pr);
        if (owner !== undefined && owner !== t.tenant) {
          violations.push({ kind: 'foreign-object', tenant: t.tenant, grant: `declares principal ${pr}`, otherTenant: owner, resource: `principal ${pr}` });
        }
      }
    }
  }
  const ownerOfPrincipal = (pr: string): string | undefined => registry?.ownerOf(principalKind(pr), pr) ?? principalOwner.get(pr);
  const ownerOfPolicy = (ns: string | undefined, name: string): string | undefined => registry?.ownerOf('vault-policy', qualifyVaultPath(ns, name)) ?? policyOwner.get(`${ns ?? ''}|${name}`);

  let grantsChecked = 0;
  for (const t of inputs) {
    const mine = new Set(t.grants.principals);
    for (const acl of t.grants.acls) {
      grantsChecked++;
      const v = checkAcl(t.tenant, acl, pve, ranges, rangeOwner);
      if (v) violations.push(v);
      const owner = ownerOfPrincipal(acl.principal);
      if (owner !== undefined && owner !== t.tenant && !mine.has(acl.principal)) {
        violations.push({ kind: 'proxmox-principal', tenant: t.tenant, grant: `ACL ${acl.path} for ${acl.principal}`, otherTenant: owner, resource: `principal ${acl.principal}`, address: acl.address });
      }
    }
    for (const pol of t.grants.policies) {
      for (const g of pol.grants) {
        grantsChecked++;
        if (g.capabilities.every((c) => c === 'deny')) continue;
        const v = checkVaultGrant(t.tenant, pol, g, vault);
        if (v) violations.push(v);
      }
    }
    for (const b of t.grants.bindings) {
      for (const name of b.policies) {
        grantsChecked++;
        const owner = ownerOfPolicy(b.namespace, name);
        if (owner !== undefined && owner !== t.tenant) {
          violations.push({ kind: 'vault-binding', tenant: t.tenant, grant: `login binding hands out policy ${name}`, otherTenant: owner, resource: `policy ${qualifyVaultPath(b.namespace, name)}`, address: b.address });
        }
      }
    }
  }
  return { ok: violations.length === 0, tenants: inputs.length, grantsChecked, resourcesIndexed: pve.size + vault.size + ranges.length, violations };
}

/** The registry kind of a Proxmox principal: a token (`user@realm!name`), a user (`name@realm`) or a group. */
function principalKind(principal: string): 'pve-token' | 'pve-user' | 'pve-group' {
  return principal.includes('!') ? 'pve-token' : principal.includes('@') ? 'pve-user' : 'pve-group';
}

function checkAcl(
  me: string, acl: ProxmoxGrant, trie: PathTrie, ranges: readonly { owner: string; start: number }[], rangeOwner: (id: number) => string | undefined,
): IsolationViolation | undefined {
  const segs = proxmoxSegments(acl.path);
  const grant = `ACL ${normalizeProxmoxPath(acl.path)}${acl.propagate ? ' (propagate)' : ''} for ${acl.principal}`;
  const hit = (other: string, resource: string): IsolationViolation => ({ kind: 'proxmox-acl', tenant: me, grant, otherTenant: other, resource, address: acl.address });
  if (segs[0] === 'vms' && segs.length >= 2 && /^\d+$/.test(segs[1])) {
    const owner = rangeOwner(Number(segs[1]));
    if (owner !== undefined && owner !== me) return hit(owner, `/vms/${segs[1]}`);
  }
  if (acl.propagate && (segs.length === 0 || (segs.length === 1 && segs[0] === 'vms'))) {
    const other = ranges.find((r) => r.owner !== me);
    if (other) return hit(other.owner, `/vms/${other.start}`);
  }
  let n: TrieNode | undefined = trie.root;
  for (let i = 0; i <= segs.length && n !== undefined; i++) {
    if (n.owner !== undefined && n.owner !== me) return hit(n.owner, `/${n.segments.join('/')}`);
    if (i === segs.length) break;
    n = n.children.get(segs[i]);
  }
  if (n !== undefined && acl.propagate) {
    const other = otherBelow(n, me);
    if (other !== undefined) {
      const r = findOwned(n, other);
      return hit(other, r ? `/${r.segments.join('/')}` : `/${n.segments.join('/')}/…`);
    }
  }
  return undefined;
}

function checkVaultGrant(me: string, pol: VaultPolicyGrants, g: VaultGrant, trie: PathTrie): IsolationViolation | undefined {
  const pattern = qualifyVaultPath(pol.namespace, g.path);
  const segs = pattern.split('/');
  const grant = `policy ${pol.name}${pol.namespace ? ` (namespace ${pol.namespace})` : ''}: path "${g.path}" [${g.capabilities.join(', ')}]`;
  let found: IsolationViolation | undefined;
  const consider = (other: string, resourceNode: TrieNode, witness: string): boolean => {
    // The rule Vault chooses on the witness path decides, in the policy's merged ACL (duplicate
    // blocks merged, exact before wildcard, then Vault's priority order): a more specific deny, or a
    // more specific block without capabilities, removes the reach.
    const caps = policyAcl(pol).check('read', witness).capabilities;
    if (vaultPathMatches(pattern, witness) && (caps.length === 0 || caps.includes('deny'))) return false;
    found = { kind: 'vault-policy', tenant: me, grant, otherTenant: other, resource: resourceNode.segments.join('/') + '/', address: pol.address };
    return true;
  };
  const instantiate = (walked: readonly string[], from: number): string => {
    const rest = segs.slice(from).map((s, j) => (s === '+' ? 'w' : from + j === segs.length - 1 && s.endsWith('*') ? `${s.slice(0, -1)}w` : s));
    return [...walked, ...rest].join('/');
  };
  const walk = (n: TrieNode, i: number): boolean => {
    if (n.owner !== undefined && n.owner !== me) return consider(n.owner, n, instantiate(n.segments, i));
    if (i === segs.length) return false;
    const seg = segs[i];
    if (i === segs.length - 1 && seg.endsWith('*')) {
      const pre = seg.slice(0, -1);
      for (const [k, c] of n.children) {
        if (!k.startsWith(pre)) continue;
        const other = otherBelow(c, me);
        if (other === undefined) continue;
        const r = findOwned(c, other) ?? c;
        if (consider(other, r, `${r.segments.join('/')}/w`)) return true;
      }
      return false;
    }
    if (seg === '+') {
      for (const c of n.children.values()) if (walk(c, i + 1)) return true;
      return false;
    }
    const c = n.children.get(seg);
    return c !== undefined && walk(c, i + 1);
  };
  walk(trie.root, 0);
  return found;
}

/** The merged ACL of one policy (a token holding only it), built once per policy. */
const POLICY_ACLS = new WeakMap<VaultPolicyGrants, VaultAcl>();

function policyAcl(pol: VaultPolicyGrants): VaultAcl {
  let acl = POLICY_ACLS.get(pol);
  if (acl === undefined) {
    const paths = pol.grants.map((g) => ({ path: g.path, capabilities: (g.capabilities.includes('deny') ? ['deny'] : g.capabilities) as VaultAclCapability[] }));
    acl = VaultAcl.fromPolicies([{ name: pol.name, namespace: pol.namespace ?? '', paths }]);
    POLICY_ACLS.set(pol, acl);
  }
  return acl;
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/** Isolation input from a synthesized tenant stack (and its spec when known). */
export function isolationInputFromJson(tenant: string, json: StackJson, spec?: TenantSpec): TenantIsolationInput {
  return { tenant, ownership: tenantOwnership(json, spec), grants: grantsFromJson(json) };
}

/**
 * Isolation input from a TenantSpec alone, mirroring what KommuneStack renders (tenant-props.ts,
 * TenantAccess, TenantVault): used at fleet scale, where synthesizing thousands of stacks would
 * dominate. A test pins it against the synthesized reference tenant.
 */
export function isolationInputFromSpec(spec: TenantSpec): TenantIsolationInput {
  return isolationInputFromFootprint(spec, tenantFootprint(spec));
}

/** Like {@link isolationInputFromSpec}, with the tenant's footprint from the fleet's registry (retired segments included). */
export function isolationInputFromFootprint(spec: TenantSpec, footprint: TenantFootprint): TenantIsolationInput {
  const ownership = ownershipFromFootprint(footprint);
  const zone = spec.network.zone.id;
  const pool = `/pool/${spec.compute.pool}`;
  const vnets = SEGMENT_NAMES.filter((s) => spec.network.segments[s] !== undefined).map((s) => `/sdn/zones/${zone}/${spec.network.segments[s]!.vnetId}`);
  const storage = `/storage/${spec.backup.storageId}`;
  const g = spec.identity.groups;
  const pipelineUser = tenantPipelineUserId(spec.key);
  const pipelineToken = tenantPipelineTokenId(spec.key);
  const acls: ProxmoxGrant[] = [];
  for (const principal of [g.admins, g.operators, g.auditors, pipelineUser, pipelineToken]) acls.push({ path: pool, propagate: true, principal });
  for (const principal of [g.admins, g.operators, pipelineUser, pipelineToken]) for (const v of vnets) acls.push({ path: v, propagate: true, principal });
  for (const principal of [g.admins, g.operators]) acls.push({ path: storage, propagate: false, principal });

  const v = spec.vault;
  const ns = v.isolation === 'namespace' ? v.namespace : undefined;
  const pre = v.pathPrefix === '' ? '' : `${v.pathPrefix}/`;
  const kv = (ops: readonly string[], caps: string[]): VaultGrant[] => ops.map((op) => ({ path: `${v.kvMount}/${op}/${pre}*`, capabilities: caps }));
  const issue: VaultGrant[] = [
    { path: `${v.pkiMount}/issue/${v.pkiRole}`, capabilities: ['update'] },
    { path: `${v.pkiMount}/roles/${v.pkiRole}`, capabilities: ['read'] },
  ];
  const policies: VaultPolicyGrants[] = [
    { name: v.policies.admin, namespace: ns, grants: [...kv(KV_OPERATIONS, ['update']), ...(ns ? [] : issue)] },
    { name: v.policies.operator, namespace: ns, grants: [...kv(['data', 'metadata'], ['read']), ...(ns ? [] : issue)] },
    { name: v.policies.readonly, namespace: ns, grants: kv(['data', 'metadata'], ['read']) },
    { name: v.policies.pipeline, namespace: ns, grants: [{ path: `${v.kvMount}/data/${pre}ci/*`, capabilities: ['read'] }] },
  ];
  if (ns !== undefined) {
    const root = ns.slice(0, -(spec.key.length + 1));
    policies.push({ name: tenantVaultPolicyName(root, spec.key, 'pki'), grants: issue });
  }
  return {
    tenant: spec.key,
    ownership,
    grants: { acls, policies, bindings: [{ namespace: ns, policies: [v.policies.pipeline] }], principals: [g.admins, g.operators, g.auditors, pipelineUser, pipelineToken] },
  };
}

// ---------------------------------------------------------------------------------------------
// Benchmark on the real Rheinland-Pfalz fleet
// ---------------------------------------------------------------------------------------------

/** Timing figures of {@link benchIsolation}. */
export interface IsolationBench {
  readonly tenants: number;
  readonly resolveMs: number;
  readonly buildMs: number;
  readonly analyseMs: number;
  readonly grantsChecked: number;
  readonly resourcesIndexed: number;
  readonly violations: number;
}

/** The bench fleet's platform settings (documentation addresses, RFC 2606). */
export function benchFleetFile(zoneType: FleetFile['network']['zoneType'] = 'evpn'): FleetFile {
  return {
    name: 'rlp', namingDomain: 'kommunen.example.org', land: '07',
    network: { zoneType, supernets: ['10.0.0.0/8'], nodes: ['pve1'], evpnController: 'evpnctl', evpnAsn: 65000 },
    backup: { server: 'pbs1.example.org', datastore: 'kommunen', secondCopy: { server: 'pbs2.example.org', datastore: 'copy' } },
    vault: { isolation: 'path' },
    logging: { collector: 'logs.example.org:6514' },
    identity: { sharedRealm: { id: 'platform-oidc', issuerUrl: 'https://sso.example.org/realms/kommunen', clientId: 'proxmox-ve' } },
  };
}

/** Reads the municipality register (AGS, name, Land) from a CSV with header `ags,name,land,...`. */
export function readMunicipalityRegister(csvPath: string): { ags: string; name: string }[] {
  const lines = fs.readFileSync(csvPath, 'utf8').split('\n').filter((l) => l !== '');
  const row = /^(\d{8}),("(?:[^"]|"")*"|[^,"]*),/;
  return lines.slice(1).map((line, i) => {
    const m = row.exec(line);
    if (m === null) throw new Error(`${csvPath}:${i + 2}: unexpected row ${JSON.stringify(line)}; expected ags,name,...`);
    return { ags: m[1], name: m[2].startsWith('"') ? m[2].slice(1, -1).replace(/""/g, '"') : m[2] };
  });
}

/**
 * Resolves every Gemeinde of one Land (default 07, Rheinland-Pfalz: 2,301) through the real
 * allocation and resolution (resolveFleet), then analyses isolation from the specs.
 * Returns undefined when the register does not exist (e.g. ../shared not checked out).
 */
export function benchIsolation(options: { readonly csvPath: string; readonly land?: string; readonly clock?: () => number }): IsolationBench | undefined {
  if (!fs.existsSync(options.csvPath)) return undefined;
  const clock = options.clock ?? (() => 0);
  const land = options.land ?? '07';
  const t0 = clock();
  const specs = resolveRegisterFleet(readMunicipalityRegister(options.csvPath).filter((g) => g.ags.startsWith(land)));
  const t1 = clock();
  const registry = FootprintRegistry.fromFleet(specs);
  const inputs = registry.tenants.map((fp) => isolationInputFromFootprint(specs[fp.owner], fp));
  const t2 = clock();
  const result = analyseIsolation(inputs, { registry });
  const t3 = clock();
  return {
    tenants: inputs.length, resolveMs: t1 - t0, buildMs: t2 - t1, analyseMs: t3 - t2,
    grantsChecked: result.grantsChecked, resourcesIndexed: result.resourcesIndexed, violations: result.violations.length,
  };
}

/** Resolves a fleet of Gemeinden (one Kommune file each, in memory) with the bench fleet settings. */
export function resolveRegisterFleet(register: readonly { ags: string; name: string }[], fleetFile: FleetFile = benchFleetFile()): Readonly<Record<string, TenantSpec>> {
  const keys = assignTenantKeys(register);
  const at = (file: string) => () => ({ file, line: 1, column: 1 });
  const tenants = register.map((g) => {
    const data: KommuneFile = { key: keys.get(g.ags)!, name: g.name, kind: 'gemeinde', ags: g.ags };
    return { file: `${data.key}.yaml`, path: `/memory/${data.key}.yaml`, data, position: at(`${data.key}.yaml`) };
  });
  const fleet = { file: 'fleet.yaml', path: '/memory/fleet.yaml', dir: '/memory', data: fleetFile, position: at('fleet.yaml'), tenants } as unknown as LoadedFleet;
  return resolveFleet(fleet).specs;
}
