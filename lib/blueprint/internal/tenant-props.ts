/**
 * Maps a resolved TenantSpec (plus the PlatformSpec it lives in) to the props of each L2 construct.
 * Pure functions over plain data: everything the KommuneStack renders is decided here or earlier,
 * so it can be tested and inspected without synthesizing.
 */
import { TENANT_PIPELINE_TOKEN_NAME, tenantPipelineUserId } from '../../model/pve-names';
import { tenantCiPlanRoleName, tenantCiRoleName } from '../../model/vault-names';
import { SEGMENT_NAMES } from '../../model/catalogue';
import { CI_ENVIRONMENT_PREFIX, DEFAULT_CI_DEFAULT_BRANCH } from '../../model/defaults';
import type { SegmentName } from '../../model/parameters';
import type { GuestSpec, TenantSpec } from '../../model/spec';
import { PLATFORM_SERVICE_NAMES } from '../../model/guests';
import { ZONE_ROUTING } from '../../model/zone-routing';
import type { TenantIdentity } from '../../model/tenant-identity';
import type { BackupPlanProps } from '../../backup/backup-plan';
import type { TenantAccessProps } from '../../identity/tenant-access-props';
import type { TenantVaultProps } from '../../identity/tenant-vault';
import type { TenantPipelineLoginProps } from '../../identity/tenant-pipeline-login';
import type { LoggingBaselineProps } from '../../logging/logging-baseline';
import { loggingVendorDataVolume } from '../../logging/logging-vendor-data';
import type { NetworkSegmentsProps, SegmentDefinition } from '../../network/network-segments';
import type { FirewallFlow, FirewallGuest, FirewallPlatformService, FirewallSegment, TenantFirewallProps } from '../../network/tenant-firewall';
import { guestNode, type TenantGuestsProps } from '../../compute/tenant-guests';
import type { PlatformSpec } from '../platform-spec';

/** The tenant's segments in catalogue order. */
export function activeSegments(spec: TenantSpec): SegmentName[] {
  return SEGMENT_NAMES.filter((s) => spec.network.segments[s] !== undefined);
}

export function tenantIdentity(spec: TenantSpec): TenantIdentity {
  return { key: spec.key, code: spec.code, displayName: spec.name, pool: spec.compute.pool };
}

export function networkProps(spec: TenantSpec, platform: PlatformSpec): NetworkSegmentsProps {
  const n = spec.network;
  const segments: Record<string, SegmentDefinition> = {};
  for (const name of activeSegments(spec)) {
    const s = n.segments[name]!;
    segments[name] = { vnetId: s.vnetId, tag: s.tag, cidr: s.cidr, gateway: s.gateway, dhcpRange: s.dhcpRange };
  }
  const zone = n.zone.owner === 'platform'
    ? { type: n.zoneType, id: n.zone.id, owner: 'platform' as const }
    : n.zoneType === 'qinq'
      ? { type: n.zoneType, id: n.zone.id, owner: 'tenant' as const, bridge: n.bridge ?? platform.network.bridge, serviceTag: n.zone.tag, nodes: platform.network.nodes }
      : {
        type: n.zoneType, id: n.zone.id, owner: 'tenant' as const, vrfVni: n.zone.tag, controller: platform.network.evpnController?.id, nodes: platform.network.nodes,
        ...(platform.network.evpnExitNodes !== undefined ? { exitNodes: platform.network.evpnExitNodes } : {}),
        ...(platform.network.evpnPrimaryExitNode !== undefined ? { primaryExitNode: platform.network.evpnPrimaryExitNode } : {}),
      };
  return { tenant: tenantIdentity(spec), zone, block: n.block, segments };
}

/**
 * Firewall props. A catalogue flow to `all` becomes one flow per target segment, keyed
 * `<flow id>--<target>` so that each rule names its flow.
 */
export function firewallProps(spec: TenantSpec, nodes: readonly string[] = []): TenantFirewallProps {
  const segments: Record<string, FirewallSegment> = {};
  for (const name of activeSegments(spec)) {
    const s = spec.network.segments[name]!;
    // The edge serves DHCP in a `dhcp: true` segment where the zone type says so (lib/model/zone-routing.ts).
    const dhcpByRouter = s.dhcpRange !== undefined && ZONE_ROUTING[spec.network.zoneType].dhcp === 'edge';
    segments[name] = { cidr: s.cidr, securityGroup: s.securityGroup, ipSet: s.ipSetName, ...(dhcpByRouter ? { dhcpByRouter } : {}) };
  }
  const flows: Record<string, FirewallFlow> = {};
  for (const f of Object.values(spec.network.flows)) {
    for (const target of f.targets) {
      const key = f.to === 'all' ? `${f.id}--${target}` : f.id;
      flows[key] = { from: f.from, to: target, protocol: f.protocol, ports: f.ports, reason: f.reason, source: f.source };
    }
  }
  const guests = guestFirewalls(spec, nodes);
  const routes = guests !== undefined && Object.values(guests).some((g) => g.router === true);
  return {
    tenant: tenantIdentity(spec), segments, flows, ...(guests !== undefined ? { guests } : {}), logLevelIn: spec.logging.firewallLogLevel,
    ...(routes ? { segmentServices: segmentServicesOfSpec(spec), tenantBlock: spec.network.block } : {}),
  };
}

/**
 * The platform services one guest starts connections to, as firewall rules need them: per service
 * of its profile and per vetted protocol, the ports and the fleet's addresses (comma-separated).
 */
export function guestPlatformServices(spec: TenantSpec, guest: Pick<GuestSpec, 'services'>): FirewallPlatformService[] {
  return guest.services.flatMap((name) => {
    const svc = spec.guestServices?.[name];
    if (svc === undefined) return [];
    return svc.ports.map((p) => ({ name, protocol: p.protocol, ports: p.ports, address: svc.addresses.join(',') }));
  });
}

/**
 * The platform services the guests of each segment need (the union over the segment's guests that
 * are not routers, in catalogue order): what the edge forwards from that segment to its uplink.
 * Segments without such guests get none.
 */
export function segmentServicesOfSpec(spec: TenantSpec): Record<string, FirewallPlatformService[]> {
  const out: Record<string, FirewallPlatformService[]> = {};
  for (const seg of activeSegments(spec)) {
    const needed = new Set<string>();
    for (const g of Object.values(spec.guests ?? {})) if (!g.ownsGateways && g.nics.some((n) => n.segment === seg)) for (const svc of g.services) needed.add(svc);
    const names = PLATFORM_SERVICE_NAMES.filter((n) => needed.has(n));
    if (names.length === 0) continue;
    out[seg] = guestPlatformServices(spec, { services: names });
  }
  return out;
}

/** Key of a guest instance in TenantFirewall's `guests`: `<guest name>-<index>`. */
export function guestFirewallKey(name: string, index: number): string {
  return `${name}-${index}`;
}

/**
 * The firewall of every guest instance (TenantFirewall `guests`): its first NIC on the guest's
 * segment, further NICs (the edge) as `extraNics`; the edge owning the gateways is a router.
 */
function guestFirewalls(spec: TenantSpec, nodes: readonly string[]): Record<string, FirewallGuest> | undefined {
  if (spec.guests === undefined) return undefined;
  const out: Record<string, FirewallGuest> = {};
  for (const name of Object.keys(spec.guests).sort()) {
    const g = spec.guests[name];
    const [first, ...rest] = g.nics;
    for (const inst of g.instances) {
      out[guestFirewallKey(name, inst.index)] = {
        node: guestNode(inst.vmId, nodes),
        vmId: inst.vmId,
        segment: first.segment,
        kind: g.kind,
        nic: first.nic,
        ...(rest.length > 0 ? { extraNics: Object.fromEntries(rest.map((n) => [n.nic, n.segment])) } : {}),
        ...(g.services.length > 0 ? { services: guestPlatformServices(spec, g) } : {}),
        ...(g.ownsGateways ? {
          router: true,
          addresses: Object.fromEntries(g.nics.filter((n) => n.address !== undefined).map((n) => [n.nic, (n.address as string).split('/')[0]])),
          ...(g.uplink !== undefined ? { uplinkNic: g.uplink.nic } : {}),
        } : {}),
      };
    }
  }
  return out;
}

/** Props of TenantGuests (present only when the tenant has guests). */
export function guestsProps(spec: TenantSpec, platform: PlatformSpec): TenantGuestsProps | undefined {
  if (spec.guests === undefined) return undefined;
  return {
    tenant: tenantIdentity(spec),
    guests: spec.guests,
    nodes: platform.network.nodes ?? [],
    ...(spec.cell !== undefined ? { cellNodes: spec.cell.nodes } : {}),
    vendorDataVolume: loggingVendorDataVolume(platform.fleet, platform.logging.snippets.datastore),
  };
}

export function accessProps(spec: TenantSpec, platform: PlatformSpec): TenantAccessProps {
  const i = spec.identity;
  const identity: TenantAccessProps['identity'] = i.source === 'ldap'
    ? { source: 'ldap', realm: i.realm.id, ldap: i.ldap! }
    : i.source === 'oidc'
      ? { source: 'oidc', realm: i.realm.id, oidc: i.oidc! }
      : { source: 'platform', realm: i.realm.id };
  return {
    tenant: tenantIdentity(spec),
    roles: { roleIds: platform.roles },
    groups: i.groups,
    paths: {
      vnets: activeSegments(spec).map((s) => `/sdn/zones/${spec.network.zone.id}/${spec.network.segments[s]!.vnetId}`),
      storages: [`/storage/${spec.backup.storageId}`],
    },
    identity,
    directoryGroups: i.directoryGroups,
    guestStorages: spec.compute.guestStorages,
    pipeline: { user: tenantPipelineUserId(spec.key), tokenName: TENANT_PIPELINE_TOKEN_NAME },
  };
}

export function vaultProps(spec: TenantSpec, platform: PlatformSpec): TenantVaultProps {
  const v = spec.vault;
  const auth = platform.vault.directoryAuth;
  const ci = platform.vault.ciJwt;
  const directoryGroups = spec.identity.directoryGroups;
  return {
    tenant: tenantIdentity(spec),
    isolation: v.isolation,
    tenantRoot: platform.vault.tenantRoot,
    kv: v.isolation === 'namespace' ? { mount: v.kvMount } : { mount: v.kvMount, prefix: v.pathPrefix },
    pki: { mount: v.pkiMount, role: v.pkiRole, allowedDomain: v.allowedDomain },
    auth: {
      // The platform's directory auth mount serves people of the platform directory (tenants whose
      // identity source is the shared realm). A Kommune with its own directory logs into Proxmox
      // through its own realm; Vault logins for it need an auth mount bound to that directory
      // (namespace mode: inside its namespace), which the platform onboarding adds.
      directory: auth && spec.identity.source === 'platform'
        ? {
          kind: auth.kind,
          mount: auth.path,
          groups: { admin: directoryGroups.admins, operator: directoryGroups.operators, readonly: directoryGroups.auditors },
          redirectUris: auth.redirectUris,
          // Namespace mode: the tenant stack mounts the OIDC login in its own namespace with the
          // fleet's directory client (TenantVault, docs/identity.md).
          ...(v.isolation === 'namespace' && auth.kind === 'oidc' && auth.discoveryUrl !== undefined && auth.clientId !== undefined
            ? { oidc: { discoveryUrl: auth.discoveryUrl, clientId: auth.clientId } }
            : {}),
        }
        : undefined,
      ci: ci
        ? {
          jwtMount: ci.path,
          role: tenantCiRoleName(platform.vault.tenantRoot, spec.key),
          boundClaims: ciBoundClaims(ci, spec.key),
          boundAudiences: [ci.audience],
          plan: { role: tenantCiPlanRoleName(platform.vault.tenantRoot, spec.key), boundClaims: ciPlanBoundClaims(ci, spec.key) },
        }
        : undefined,
    },
  };
}

/** What of the fleet's CI settings decides a tenant's bound claims. */
interface CiClaimSettings {
  readonly projectPathPrefix?: string;
  readonly projectPath?: string;
  readonly defaultBranch?: string;
}

/**
 * The claims GitLab puts into a job's ID token that the CI roles bind, with the values GitLab
 * writes (gitlabhq/gitlabhq lib/gitlab/ci/jwt.rb, commit 017a6c12, `ci_claims`): `ref_type` is
 * 'branch' or 'tag' (app/presenters/ci/build_runner_presenter.rb `ref_type`), `ref_protected` is
 * `build.protected.to_s` and `environment_protected` is `environment_protected?.to_s` — strings
 * 'true'/'false', not JSON booleans. The Vault JWT plugin compares a bound value with the claim by
 * Go interface equality (hashicorp/vault-plugin-auth-jwt claims.go `matchFound`, commit 10ea64cb:
 * `actVal != expVal`), so a string 'true' matches only a string claim 'true', never a JSON `true`;
 * the provider sends `bound_claims` as a map of strings, which is what GitLab's claims are. In
 * GitLab CE `environment_protected?` is always false (protected environments are a Premium feature,
 * overridden in ee/), so a fleet repository's apply role needs protected environments.
 */
const CLAIM_TRUE = 'true';

/**
 * The claims a tenant's apply role binds: its own project (one project per tenant) or the fleet
 * repository in the tenant's protected environment (one repository for all tenants, as the
 * generated GitLab pipelines run it), a branch pipeline of the default branch, on a protected ref.
 * A merge request pipeline of a fork carries the fork's `project_path` (jwt.rb `project_claims`
 * takes the MR's source project), so it never matches.
 */
export function ciBoundClaims(ci: CiClaimSettings, key: string): Readonly<Record<string, string>> {
  const ref = { ref: ci.defaultBranch ?? DEFAULT_CI_DEFAULT_BRANCH, ref_type: 'branch', ref_protected: CLAIM_TRUE };
  if (ci.projectPath !== undefined) return { project_path: ci.projectPath, ...ref, environment: `${CI_ENVIRONMENT_PREFIX}/${key}`, environment_protected: CLAIM_TRUE };
  return { project_path: `${ci.projectPathPrefix ?? ''}/${key}`, ...ref };
}

/**
 * The claims a tenant's plan role binds: the same project (and, in a fleet repository, the
 * tenant's environment), any branch (merge requests included: their jobs carry the source
 * branch, `ref_type` 'branch'), no tag. Neither `ref_protected` nor `environment_protected`: a
 * merge request's branch is not protected; the plan role's policy only reads.
 */
export function ciPlanBoundClaims(ci: CiClaimSettings, key: string): Readonly<Record<string, string>> {
  if (ci.projectPath !== undefined) return { project_path: ci.projectPath, ref_type: 'branch', environment: `${CI_ENVIRONMENT_PREFIX}/${key}` };
  return { project_path: `${ci.projectPathPrefix ?? ''}/${key}`, ref_type: 'branch' };
}

/**
 * The Proxmox nodes a tenant uses: its cell's (fleet `clusters.<id>.cells`, placed in the lock), else
 * every node of its cluster (`platform` as platformForTenant gives it). Its PBS storage entry is
 * enabled on these nodes only (pve-storage storage_check_node: a storage with a `nodes` list is
 * polled and used on those nodes alone, PVE/Storage.pm L264-292 @ 0c56bad as cited in
 * lib/rehearsal/model/proxmox/limits.ts) and its guests are created on them.
 */
export function tenantNodes(spec: Pick<TenantSpec, 'cell'>, platform: PlatformSpec): readonly string[] | undefined {
  return spec.cell !== undefined ? spec.cell.nodes : platform.network.nodes;
}

export function backupProps(spec: TenantSpec, platform: PlatformSpec): BackupPlanProps {
  const b = spec.backup;
  return {
    tenant: tenantIdentity(spec),
    storage: { id: b.storageId, server: b.pbsServer, datastore: b.datastore, namespace: b.namespace, username: `${platform.backup.userPrefix}${spec.key}@pbs`, nodes: tenantNodes(spec, platform) },
    schedule: b.schedule,
    retention: b.retention,
    // The PBS prune job runs when the backup window ends.
    pruneSchedule: `*-*-* ${b.window.end}`,
    secondCopy: b.secondCopy,
    mode: b.mode,
    protected: b.protected,
    mailTo: platform.backup.mailTo,
  };
}

export function loggingProps(spec: TenantSpec, platform: PlatformSpec): LoggingBaselineProps {
  return {
    tenant: tenantIdentity(spec),
    retentionDays: spec.logging.retentionDays,
    metricsServer: spec.logging.metricsServer,
    vendorDataVolume: loggingVendorDataVolume(platform.fleet, platform.logging.snippets.datastore),
    firewallLogLevel: spec.logging.firewallLogLevel,
  };
}

/**
 * The CI login of every tenant of a fleet, for the platform stack (sorted by key): each tenant's
 * Vault props as its own stack renders them, with the CI role. Undefined when the platform has no
 * CI mount.
 */
export function tenantPipelineLogins(specs: Readonly<Record<string, TenantSpec>>, platform: PlatformSpec): TenantPipelineLoginProps[] | undefined {
  if (platform.vault.ciJwt === undefined) return undefined;
  return Object.keys(specs).sort().map((key) => ({ ...vaultProps(specs[key], platform), ciInputsMount: platform.vault.sharedKvMount, ...(hasRealmClientKey(specs[key]) ? { realmClientKey: true } : {}) }) as TenantPipelineLoginProps);
}

/** Whether the tenant's login realm is a confidential OIDC client (a client key with a version). */
export function hasRealmClientKey(spec: TenantSpec): boolean {
  return spec.identity.source === 'oidc' && spec.identity.oidc?.clientKeyVersion !== undefined;
}
