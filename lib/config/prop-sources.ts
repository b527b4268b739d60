/**
 * Where a construct's prop came from: the parameter (a field of the tenant file or of fleet.yaml)
 * that supplied the value a construct refused. The props of the L2 constructs are built from the
 * resolved TenantSpec and PlatformSpec (lib/blueprint/internal/tenant-props.ts, lib/config/resolve.ts),
 * and only some are 1:1 with a parameter file, so the mapping is written out here, per construct and
 * prop, next to the resolver that derives the values. A prop that no parameter supplies (a derived
 * name, an allocated tag) maps to the parameter it is derived from, else to the tenant's `key` (or
 * fleet.yaml's top for the platform stack).
 */
import type { PathSegment } from './source';

/** One candidate source of a prop: a field of the tenant file or of fleet.yaml. */
export interface ParameterSite {
  readonly file: 'tenant' | 'fleet';
  readonly path: readonly PathSegment[];
}

/** A construct's prop path as segments: `segments.dmz.cidr` -> segments, dmz, cidr; `zone.nodes[0]` -> zone, nodes, 0. */
export function propPathSegments(propPath: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of propPath.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (m === null) {
      out.push(part);
      continue;
    }
    if (m[1] !== '') out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

const tenant = (...path: PathSegment[]): ParameterSite => ({ file: 'tenant', path });
const fleet = (...path: PathSegment[]): ParameterSite => ({ file: 'fleet', path });

/** The tenant identity every tenant construct carries (TenantIdentity: key, code, displayName, pool). */
function tenantIdentitySites(rest: readonly PathSegment[]): ParameterSite[] {
  return rest[0] === 'displayName' ? [tenant('name')] : [tenant('key')];
}

/** The Vault props of a tenant (TenantVault, and TenantPipelineLogin in the platform stack). */
function vaultSites(p: readonly PathSegment[]): ParameterSite[] {
  const [a, b, ...rest] = p;
  if (a === 'tenantRoot') return [fleet('vault', 'tenantRoot')];
  if (a === 'kv') return b === 'prefix' ? [fleet('vault', 'tenantRoot')] : [fleet('vault', 'sharedKvMount'), fleet('vault', 'isolation')];
  if (a === 'pki') {
    if (b === 'allowedDomain') return [tenant('domain'), fleet('namingDomain')];
    return [fleet('vault', 'pkiIntermediatePath'), fleet('vault')];
  }
  if (a === 'isolation') return [fleet('vault', 'isolation')];
  if (a === 'auth' && b === 'directory') {
    const [c, d] = rest;
    if (c === 'groups') {
      const role = d === 'admin' ? 'admins' : d === 'operator' ? 'operators' : d === 'readonly' ? 'auditors' : undefined;
      return role !== undefined ? [tenant('identity', 'groups', role), tenant('key')] : [tenant('identity', 'groups')];
    }
    if (c === 'mount') return [fleet('vault', 'directoryAuth', 'mount')];
    if (c === 'redirectUris') return [fleet('vault', 'directoryAuth', ...rest)];
    return [fleet('vault', 'directoryAuth')];
  }
  if (a === 'auth' && b === 'ci') {
    const [c] = rest;
    if (c === 'jwtMount') return [fleet('vault', 'ci', 'mount')];
    if (c === 'boundAudiences') return [fleet('vault', 'ci', 'audience')];
    if (c === 'boundClaims') return [fleet('vault', 'ci', 'projectPath'), fleet('vault', 'ci', 'projectPathPrefix'), fleet('vault', 'ci')];
    return [fleet('vault', 'ci')];
  }
  return [];
}

/**
 * Candidate parameters of a construct's prop, most specific first. The caller takes the first
 * candidate whose field is present in its file; when none is, the problem belongs to the tenant's
 * `key` (tenant stack) or to fleet.yaml's top (platform stack).
 * @param construct construct class, e.g. `TenantFirewall`
 * @param propPath the prop path the construct reported, e.g. `flows.smb-backup.ports`
 */
export function propSources(construct: string, propPath: string): ParameterSite[] {
  const p = propPathSegments(propPath);
  const [a, b, c, ...rest] = p;
  if (a === 'tenant') return tenantIdentitySites(p.slice(1));
  if (a === 'state') return [fleet(...p), fleet('state', 'settings'), fleet('state', 'backend'), fleet('state')];
  switch (construct) {
    case 'NetworkSegments':
      if (a === 'zone') {
        if (b === 'nodes') return [fleet('network', 'nodes', ...p.slice(2))];
        if (b === 'bridge') return [fleet('network', 'bridge'), fleet('network', 'zoneType')];
        if (b === 'controller') return [fleet('network', 'evpnController'), fleet('network', 'zoneType')];
        return [fleet('network', 'zoneType')];
      }
      if (a === 'block') return [tenant('size')];
      if (a === 'segments' && b !== undefined) {
        if (c === 'cidr' || c === 'gateway') return [tenant('segments', b, 'prefixLength'), tenant('segments', b), tenant('size')];
        if (c === 'dhcpRange') return [tenant('segments', b, 'dhcp'), tenant('segments', b)];
        return [tenant('segments', b)];
      }
      return [];
    case 'TenantFirewall':
      if (a === 'flows' && b !== undefined) {
        // A flow exception keeps its key as flow name; a catalogue flow to `all` becomes `<id>--<target>`.
        const id = String(b).split('--')[0];
        const field = c === undefined ? [] : [c];
        return [tenant('flowExceptions', b, ...field), tenant('flowExceptions', b), tenant('flows', id, ...(c === 'reason' ? ['reason'] : [])), tenant('flows', id)];
      }
      if (a === 'segments' && b !== undefined) return [tenant('segments', b)];
      return [];
    case 'TenantAccess':
      // Unset, a directory group defaults to `<key>-<role>` (lib/config/resolve.ts): the key's.
      if (a === 'directoryGroups' && b !== undefined) return [tenant('identity', 'groups', b)];
      if (a === 'identity') {
        if ((b === 'ldap' || b === 'oidc') && c !== undefined) return [tenant('identity', b, c, ...rest), tenant('identity', b), fleet('identity', 'sharedRealm', c)];
        if (b === 'realm') return [tenant('identity', 'source'), fleet('identity', 'sharedRealm', 'id')];
        return [tenant('identity', 'source'), tenant('identity')];
      }
      if (a === 'roles') return [fleet('identity')];
      return [];
    case 'TenantVault':
    case 'TenantPipelineLogin':
      return vaultSites(p);
    case 'BackupPlan':
      if (a === 'storage') {
        if (b === 'server') return [fleet('backup', 'server')];
        if (b === 'datastore') return [fleet('backup', 'datastore')];
        if (b === 'namespace') return [fleet('backup', 'namespaceRoot')];
        if (b === 'username') return [fleet('backup', 'userPrefix')];
        if (b === 'nodes') return [fleet('network', 'nodes', ...p.slice(2))];
        return [];
      }
      // With two or more sites the copy comes from the partner site (`sites`, docs/clusters.md "Two sites").
      if (a === 'secondCopy') return [fleet('backup', 'secondCopy', ...p.slice(1)), fleet('backup', 'secondCopy'), fleet('sites')];
      if (a === 'schedule') return [tenant('backup', 'windowStart'), tenant('backup')];
      if (a === 'retention') return [tenant('backup', 'retention', ...p.slice(1)), tenant('backup', 'retention')];
      if (a === 'protected') return [tenant('backup', 'protected')];
      if (a === 'mailTo') return [fleet('backup', 'mailTo', ...p.slice(1)), fleet('backup', 'mailTo')];
      return [];
    case 'LoggingBaseline':
      if (a === 'retentionDays') return [tenant('logging', 'retentionDays')];
      if (a === 'metricsServer') return [fleet('logging', 'metricsServer'), fleet('logging', 'metrics')];
      if (a === 'vendorDataVolume') return [fleet('logging', 'snippets', 'datastore'), fleet('logging', 'snippets')];
      return [];
    default:
      return [];
  }
}
