/**
 * The footprint registry agrees with what the constructs render (issue #14, deliverable 1): for
 * each example, every object a tenant stack declares is in that tenant's footprint, and every
 * enumerated object of the footprint is declared by the stack, for the types the plan guard
 * checks. A name built twice (once by a construct, once by the registry) would drift apart here.
 */
import { exampleModel, synthModel } from '../helpers/fleet';
import { FootprintRegistry, FOOTPRINT_KINDS, type FootprintKind } from '../../lib/model/footprint';
import { normalizeProxmoxPath } from '../../lib/identity/path-access';

type Body = Record<string, unknown>;
const lit = (v: unknown): string | undefined => (typeof v === 'string' && !v.includes('${') ? v : undefined);
const qualify = (ns: unknown, name: string): string => (lit(ns) !== undefined ? `${lit(ns)!.replace(/^\/+|\/+$/g, '')}/${name}` : name);

/** Objects a synthesized stack declares, by registry kind (literal values only). */
function declared(json: Record<string, unknown>): Map<FootprintKind, Set<string>> {
  const out = new Map<FootprintKind, Set<string>>(FOOTPRINT_KINDS.map((k) => [k, new Set<string>()]));
  const add = (k: FootprintKind, v: string | undefined) => v !== undefined && out.get(k)!.add(v);
  const resources = (json.resource ?? {}) as Record<string, Record<string, Body>>;
  for (const [type, byName] of Object.entries(resources)) {
    const t = type.replace(/^proxmox_virtual_environment_/, 'proxmox_');
    for (const b of Object.values(byName)) {
      if (t === 'proxmox_pool') add('pve-pool', lit(b.pool_id));
      else if (t.startsWith('proxmox_sdn_zone_')) add('pve-zone', lit(b.id));
      else if (t === 'proxmox_sdn_vnet') add('pve-vnet', lit(b.id));
      else if (t === 'proxmox_sdn_subnet') add('pve-subnet', lit(b.cidr));
      else if (t === 'proxmox_storage_pbs') {
        add('pve-storage', lit(b.id));
        add('pbs-namespace', lit(b.namespace));
      } else if (t === 'proxmox_group') add('pve-group', lit(b.group_id));
      else if (t === 'proxmox_user') add('pve-user', lit(b.user_id));
      else if (t === 'proxmox_user_token') add('pve-token', lit(b.user_id) && lit(b.token_name) ? `${lit(b.user_id)}!${lit(b.token_name)}` : undefined);
      else if (t === 'proxmox_realm_ldap' || t === 'proxmox_realm_openid') add('pve-realm', lit(b.realm));
      else if (t === 'proxmox_acl' && lit(b.path) !== undefined && !lit(b.path)!.startsWith('/vms/')) add('pve-acl-path', normalizeProxmoxPath(lit(b.path)!));
      else if (t === 'proxmox_cluster_firewall_security_group') add('pve-security-group', lit(b.name));
      // A guest's own IP sets (ipfilter-net<n>, the edge's beyond-tenant) live in that guest's firewall
      // (vm_id/container_id), not in the cluster's name space; the registry owns the guest by its VM ID.
      else if (t === 'proxmox_firewall_ipset' && b.vm_id === undefined && b.container_id === undefined) add('pve-ipset', lit(b.name));
      else if (t === 'vault_namespace' && lit(b.path)) add('vault-namespace', qualify(b.namespace, lit(b.path)!));
      else if (t === 'vault_mount' && lit(b.path)) add('vault-mount', qualify(b.namespace, lit(b.path)!.replace(/^\/+|\/+$/g, '')));
      else if (t === 'vault_policy' && lit(b.name)) add('vault-policy', qualify(b.namespace, lit(b.name)!));
      else if (t === 'vault_jwt_auth_backend_role' && lit(b.role_name)) add('vault-auth-role', qualify(b.namespace, lit(b.role_name)!));
      else if (t === 'vault_pki_secret_backend_role' && lit(b.backend) && lit(b.name)) {
        add('vault-pki-role', `${lit(b.backend)!.replace(/^\/+|\/+$/g, '')}/${lit(b.name)}`);
        for (const d of Array.isArray(b.allowed_domains) ? b.allowed_domains : []) add('pki-domain', lit(d)?.toLowerCase());
      } else if (t === 'vault_ldap_auth_backend_group') add('directory-group', lit(b.groupname));
    }
  }
  return out;
}

/** Kinds the stack and the footprint must agree on exactly (both directions). */
const EXACT: readonly FootprintKind[] = [
  'pve-pool', 'pve-zone', 'pve-vnet', 'pve-subnet', 'pve-storage', 'pbs-namespace', 'pve-group', 'pve-user', 'pve-token', 'pve-realm',
  'pve-security-group', 'pve-ipset', 'vault-namespace', 'vault-mount', 'vault-policy', 'vault-pki-role', 'pki-domain',
];
/** Kinds where the footprint may hold more than one stack renders (names reserved for the tenant in every configuration). */
const SUBSET: readonly FootprintKind[] = ['pve-acl-path', 'vault-auth-role', 'directory-group'];

describe.each(['musterstadt', 'verbandsgemeinde', 'landkreis-fleet'])('footprint registry of example %s', (example) => {
  const model = exampleModel(example);
  const registry = FootprintRegistry.fromFleet(model.specs, { lock: model.lock, platform: model.platform });
  const synth = synthModel(model);

  it('agrees with every tenant stack', () => {
    const mismatches: string[] = [];
    for (const key of Object.keys(model.specs)) {
      const fp = registry.tenant(key)!;
      const seen = declared(synth.stacks[key]!);
      for (const kind of [...EXACT, ...SUBSET]) {
        for (const id of seen.get(kind)!) {
          const owner = registry.ownerOf(kind, id);
          if (owner !== key) mismatches.push(`${key}: stack declares ${kind} ${id}, registry owner ${owner}`);
        }
      }
      for (const kind of EXACT) {
        for (const id of fp.ids[kind]) if (!seen.get(kind)!.has(id)) mismatches.push(`${key}: footprint has ${kind} ${id}, stack does not declare it`);
      }
    }
    expect(mismatches).toEqual([]);
    // The comparison is not empty.
    expect(Object.keys(model.specs).length).toBeGreaterThan(0);
    expect(declared(synth.stacks[Object.keys(model.specs)[0]]!).get('vault-policy')!.size).toBeGreaterThanOrEqual(4);
  });

  it("gives no object of the platform stack to a tenant except the tenants' CI logins", () => {
    const seen = declared(synth.stacks.platform!);
    const foreign: string[] = [];
    for (const kind of EXACT) {
      for (const id of seen.get(kind)!) {
        const owner = registry.ownerOf(kind, id);
        if (owner !== undefined && owner !== 'platform') foreign.push(`${kind} ${id} -> ${owner}`);
      }
    }
    expect(foreign).toEqual([]);
    for (const id of registry.platform!.ids['vault-mount']) expect(seen.get('vault-mount')!.has(id) || id.startsWith('auth/')).toBe(true);
  });
});
