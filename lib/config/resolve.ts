/**
 * Resolution: validated parameter files + lockfile -> one frozen TenantSpec per tenant.
 *
 * Defaults are applied only where the user left a value unset (an explicit value is always kept),
 * allocation comes from lib/allocation (stable, recorded in the lock), and every derived name is
 * checked against the target system's identifier rules (lib/model) before it is handed out.
 */
import { recordBackupRetention } from '../allocation/backup-retention';
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, DEFAULT_SIZE } from '../model/catalogue';
import * as D from '../model/defaults';
import { FLOW_CATALOGUE } from '../model/flows';
import type { LoadedFleet, LoadedKommune } from './load';
import { MSG } from './messages';
import type { FleetFile, KommuneFile, LockFile, SegmentName, TenantAllocation } from '../model/parameters';
import {
  ApprovalSpec, deepFreeze, FlowSpec, IdentitySpec, RetentionSpec, SegmentSpec, TenantSpec, VaultSpec,
} from '../model/spec';
import { enabledSegments, minutesIntoNight } from './validate-kommune';
import { allocate, AllocationResult, requestFromFleet, TenantRequest } from '../allocation/allocate';
import { hasTenantZone } from '../model/allocation-scheme';
import { dhcpRangeOf, gatewayOf } from '../allocation/addresses';
import { checkDnsLabel, checkGroupId, checkPbsNamespace, checkPoolId, checkSdnId, checkSecurityGroupName, checkString, checkVaultPathSegment, checkVlanTag, checkVmId, checkVni, SECURITY_GROUP_RULE } from '../model/identifier-rules';
import { tenantVaultPolicyName } from '../model/vault-names';
import { declaresClusters, fleetClusters, placementClustersOf, placementPinsOf } from '../model/clusters';
import { hasTwoSiteCopy, secondCopyOf } from '../model/sites';
import { placeTenants } from '../allocation/placement';
import { AllocationError } from '../allocation/errors';
import { segmentIpSetName, segmentSecurityGroupName } from '../model/codes';
import { recordGuestVmIds, guestVmIds, type GuestCounts } from '../allocation/guest-ids';
import { collectorHostPort, GUEST_CATALOGUE, PLATFORM_SERVICE_NAMES, PLATFORM_SERVICES, platformServiceAddresses, platformServiceParameter, type PlatformServiceName } from '../model/guests';
import type { GuestServiceSpec, GuestSpec } from '../model/spec';
import { mustReadCidr } from '../allocation/addresses';

export interface ResolvedFleet {
  /** Tenant specs by key, in key order. */
  readonly specs: Readonly<Record<string, TenantSpec>>;
  /** The lock after this run (previous allocations unchanged, new tenants added). */
  readonly lock: LockFile;
  /** What allocation changed compared with the previous lock. */
  readonly allocation: AllocationResult;
  /** Tenants placed on a cluster in this run (lib/allocation/placement.ts), sorted. */
  readonly placed: readonly string[];
}

/** Prefix length of every enabled segment (explicit value, else the size profile's default). */
export function segmentPrefixes(k: KommuneFile): Partial<Record<SegmentName, number>> {
  const size = k.size ?? DEFAULT_SIZE;
  const out: Partial<Record<SegmentName, number>> = {};
  for (const name of enabledSegments(k.segments)) {
    out[name] = k.segments?.[name]?.prefixLength ?? SEGMENT_CATALOGUE[name].prefixLength[size];
  }
  return out;
}

/**
 * Resolves every tenant of a loaded fleet. Allocates tenants missing from `previousLock` (in
 * memory; write the returned lock to record them).
 * @throws AllocationError when allocation fails (e.g. address space exhausted)
 * @throws Error when a derived name breaks an identifier rule (a bug, not a user error)
 */
export function resolveFleet(fleet: LoadedFleet, previousLock?: LockFile): ResolvedFleet {
  const requests: Record<string, TenantRequest> = {};
  const byKey = new Map<string, LoadedKommune>();
  for (const t of [...fleet.tenants].sort((a, b) => (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0))) {
    byKey.set(t.data.key, t);
    requests[t.data.key] = { size: t.data.size ?? DEFAULT_SIZE, segments: segmentPrefixes(t.data) };
  }
  const allocated = allocate(requestFromFleet(fleet.data, requests), previousLock);
  const placement = placeTenants({
    clusters: placementClustersOf(fleet.data),
    ...(fleet.data.legacyCluster !== undefined ? { legacyCluster: fleet.data.legacyCluster } : {}),
    tenants: Object.fromEntries([...byKey].map(([key, t]) => [key, placementPinsOf(t.data)])),
    added: allocated.added,
  }, allocated.lock);
  if (placement.problems.length > 0) throw new AllocationError(placement.problems, 'cluster placement');
  // Guest VM IDs (lib/allocation/guest-ids.ts): recorded for tenants that list guests or had some.
  const guestRequests: Record<string, GuestCounts> = {};
  for (const [key, t] of byKey) {
    if (t.data.guests !== undefined || placement.lock.tenants[key]?.guests !== undefined) {
      guestRequests[key] = Object.fromEntries(Object.entries(t.data.guests ?? {}).map(([n, g]) => [n, g.count ?? 1]));
    }
  }
  const guestIds = recordGuestVmIds(placement.lock, guestRequests);
  if (guestIds.problems.length > 0) throw new AllocationError(guestIds.problems, 'guest VM IDs');
  const allocation: AllocationResult = { ...allocated, lock: guestIds.lock };
  const specs: Record<string, TenantSpec> = {};
  const problems: string[] = [];
  for (const [key, t] of byKey) {
    const a = allocation.lock.tenants[key];
    if (!a) {
      problems.push(MSG.allocationMissing(key));
      continue;
    }
    try {
      specs[key] = resolveTenant(fleet.data, t.data, a);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  if (problems.length > 0) throw new Error(`resolution failed:\n  ${problems.join('\n  ')}`);
  // A raised backup retention raises the lock's record (lib/allocation/backup-retention.ts); a
  // lowered one leaves it, and entries without a record stay so until the lock is written anyway.
  const retentions = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.backup.retention]));
  const lock = recordBackupRetention(allocation.lock, retentions, false);
  return { specs: Object.freeze(specs), lock, allocation, placed: placement.placed };
}

/** FNV-1a, 32 bit, over the UTF-16 code units of a string: a stable, platform-independent hash. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function clock(minutesIntoNightValue: number): string {
  const [eh, em] = D.BACKUP_WINDOW_BOUNDS.earliest.split(':').map(Number);
  const total = (eh * 60 + em + minutesIntoNightValue) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The nightly start time of a tenant's backup job: a stable hash of the key picks a minute in the
 * window minus the run reserve, so thousands of tenants do not all start at once.
 */
export function backupSchedule(key: string, windowStart: string, windowEnd: string): string {
  const start = minutesIntoNight(windowStart);
  const length = minutesIntoNight(windowEnd) - start;
  const span = Math.max(1, length - D.BACKUP_RUN_RESERVE_MINUTES);
  return `*-*-* ${clock(start + (stableHash(key) % span))}`;
}

function resolveRetention(k: KommuneFile): RetentionSpec {
  const r = k.backup?.retention ?? {};
  return {
    ...(r.keepLast !== undefined ? { keepLast: r.keepLast } : {}),
    keepDaily: r.keepDaily ?? D.DEFAULT_RETENTION.keepDaily,
    keepWeekly: r.keepWeekly ?? D.DEFAULT_RETENTION.keepWeekly,
    keepMonthly: r.keepMonthly ?? D.DEFAULT_RETENTION.keepMonthly,
    keepYearly: r.keepYearly ?? D.DEFAULT_RETENTION.keepYearly,
  };
}

const REALM_RULE = { pattern: /^[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]$/, minLength: 2, maxLength: 32, description: 'a Proxmox realm ID' };
const STORAGE_RULE = { pattern: /^[a-z][a-z0-9._-]*[a-z0-9]$/, minLength: 2, maxLength: 64, description: 'a Proxmox storage ID' };

/** Resolves one tenant against its allocation. */
export function resolveTenant(fleet: FleetFile, k: KommuneFile, a: TenantAllocation): TenantSpec {
  const problems: string[] = [];
  const assert = (what: string, value: string | number, problem: string | undefined): void => {
    if (problem !== undefined) problems.push(MSG.derivedNameInvalid(what, String(value), problem));
  };
  const key = k.key;
  const code = a.code;
  const zoneType = fleet.network.zoneType;
  const size = k.size ?? DEFAULT_SIZE;
  const enabled = enabledSegments(k.segments);
  // A fleet with clusters: the tenant's cluster (placed in the lock) gives the bridge and the PBS.
  const cluster = declaresClusters(fleet) ? fleetClusters(fleet).find((c) => c.id === a.cluster) : undefined;
  if (declaresClusters(fleet) && cluster === undefined) problems.push(MSG.allocationClusterMissing(key, a.cluster));
  // The second copy: the partner site's PBS with two or more sites, else the fleet-wide one
  // (lib/model/sites.ts); fleet validation reports a fleet that has neither.
  const secondCopy = secondCopyOf(fleet, cluster, a.pbsNamespace);
  if (secondCopy === undefined) problems.push(MSG.secondCopyMissing(key, cluster?.site));

  // network
  const segments: Partial<Record<SegmentName, SegmentSpec>> = {};
  for (const name of enabled) {
    const alloc = a.segments[name];
    if (!alloc) {
      problems.push(MSG.allocationSegmentMissing(key, name));
      continue;
    }
    const c = SEGMENT_CATALOGUE[name];
    const dhcp = k.segments?.[name]?.dhcp ?? c.dhcp;
    const securityGroup = segmentSecurityGroupName(code, name);
    const ipSetName = segmentIpSetName(code, name);
    assert('vnet ID', alloc.vnet, checkSdnId(alloc.vnet));
    assert('segment tag', alloc.tag, zoneType === 'vxlan' || zoneType === 'evpn' ? checkVni(alloc.tag) : checkVlanTag(alloc.tag));
    assert('security group', securityGroup, checkSecurityGroupName(securityGroup));
    assert('IP set', ipSetName, checkString(SECURITY_GROUP_RULE, 'firewall IP set', ipSetName));
    segments[name] = {
      name,
      role: c.role,
      trust: c.trust,
      vnetId: alloc.vnet,
      tag: alloc.tag,
      cidr: alloc.cidr,
      gateway: gatewayOf(alloc.cidr),
      ...(dhcp ? { dhcpRange: dhcpRangeOf(alloc.cidr) } : {}),
      securityGroup,
      ipSetName,
    };
  }
  const zone = hasTenantZone(zoneType)
    ? { id: a.zone ?? '', owner: 'tenant' as const, ...(a.zoneTag !== undefined ? { tag: a.zoneTag } : {}) }
    : { id: D.PLATFORM_ZONE_IDS[zoneType], owner: 'platform' as const };
  assert('zone ID', zone.id, checkSdnId(zone.id));

  const flows: Record<string, FlowSpec> = {};
  for (const [id, input] of Object.entries(k.flows ?? {})) {
    const f = FLOW_CATALOGUE[id];
    const targets = f.to === 'all' ? enabled.filter((s) => s !== f.from) : [f.to];
    flows[id] = {
      id,
      from: f.from,
      to: f.to,
      targets,
      protocol: f.protocol,
      ...(f.ports !== undefined ? { ports: f.ports } : {}),
      reason: input?.reason ?? f.description,
      source: 'catalogue',
    };
  }
  for (const [id, e] of Object.entries(k.flowExceptions ?? {})) {
    flows[id] = {
      id,
      from: e.from,
      to: e.to,
      targets: [e.to],
      protocol: e.protocol,
      ...(e.ports !== undefined ? { ports: e.ports } : {}),
      reason: e.reason,
      source: 'exception',
      ...(e.expires !== undefined ? { expires: e.expires } : {}),
    };
  }

  // compute
  const pool = `kom-${key}`;
  assert('pool ID', pool, checkPoolId(pool));
  assert('first VM ID', a.vmIds.start, checkVmId(a.vmIds.start));
  assert('last VM ID', a.vmIds.end, checkVmId(a.vmIds.end));
  for (const s of fleet.compute?.guestStorages ?? D.DEFAULT_GUEST_STORAGES) assert('guest storage ID', s, checkString(STORAGE_RULE, 'Proxmox storage ID', s));

  // backup
  const windowStart = k.backup?.windowStart ?? D.DEFAULT_BACKUP_WINDOW.start;
  const windowEnd = k.backup?.windowEnd ?? D.DEFAULT_BACKUP_WINDOW.end;
  const storageId = `${D.TENANT_PBS_STORAGE_PREFIX}${code}`;
  assert('PBS storage ID', storageId, checkString(STORAGE_RULE, 'Proxmox storage ID', storageId));
  assert('PBS namespace', a.pbsNamespace, checkPbsNamespace(a.pbsNamespace));

  // identity
  const identity = resolveIdentity(fleet, k, code, problems);
  for (const g of Object.values(identity.groups)) assert('group ID', g, checkGroupId(g));
  assert('realm ID', identity.realm.id, checkString(REALM_RULE, 'Proxmox realm ID', identity.realm.id));

  // vault
  const domain = k.domain ?? `${key}.${fleet.namingDomain}`;
  const vault = resolveVault(fleet, key, domain);
  for (const p of [vault.namespace ?? '', vault.pathPrefix, vault.kvMount]) {
    for (const seg of p.split('/').filter((s) => s !== '')) assert('Vault path segment', seg, checkVaultPathSegment(seg));
  }
  assert('DNS label', key, checkDnsLabel(key));

  if (problems.length > 0) throw new Error(`tenant "${key}": ${problems.join('; ')}`);

  const members: Record<string, { name: string; ags?: string }> = {};
  for (const [slug, m] of Object.entries(k.members ?? {})) members[slug] = { name: m.name, ...(m.ags !== undefined ? { ags: m.ags } : {}) };
  const suppressions: Record<string, { rule: string; reason: string; expires?: string }> = {};
  for (const [id, s] of Object.entries(k.suppressions ?? {})) {
    suppressions[id] = { rule: s.rule, reason: s.reason, ...(s.expires !== undefined ? { expires: s.expires } : {}) };
  }

  const spec: TenantSpec = {
    key,
    name: k.name,
    kind: k.kind,
    ...(k.ags !== undefined ? { ags: k.ags } : {}),
    ...(k.ars !== undefined ? { ars: k.ars } : {}),
    members,
    domain,
    size,
    state: k.state ?? D.DEFAULT_STATE,
    number: a.number,
    code,
    network: {
      zoneType,
      zone,
      ...(zoneType === 'vlan' || zoneType === 'qinq' ? { bridge: cluster?.bridge ?? fleet.network.bridge ?? D.DEFAULT_BRIDGE } : {}),
      block: a.block,
      segments,
      flows,
    },
    compute: { pool, vmIds: { start: a.vmIds.start, end: a.vmIds.end }, guestStorages: [...(fleet.compute?.guestStorages ?? D.DEFAULT_GUEST_STORAGES)] },
    backup: {
      storageId,
      pbsServer: cluster?.pbs.server ?? fleet.backup.server,
      datastore: cluster?.pbs.datastore ?? fleet.backup.datastore,
      namespace: a.pbsNamespace,
      schedule: backupSchedule(key, windowStart, windowEnd),
      window: { start: windowStart, end: windowEnd },
      retention: resolveRetention(k),
      mode: D.BACKUP_MODE,
      compress: D.BACKUP_COMPRESS,
      protected: k.backup?.protected ?? D.DEFAULT_BACKUP_PROTECTED,
      notificationTarget: fleet.backup.notificationTarget ?? D.DEFAULT_BACKUP_NOTIFICATION_TARGET,
      secondCopy: secondCopy ?? { server: '', datastore: '', namespace: a.pbsNamespace },
      ...(hasTwoSiteCopy(fleet) && cluster !== undefined ? { site: cluster.site } : {}),
    },
    logging: {
      retentionDays: k.logging?.retentionDays ?? D.LOG_RETENTION_DAYS.default,
      firewallLogLevel: D.DEFAULT_FIREWALL_LOG_LEVEL,
      collector: fleet.logging.collector,
      metricsServer: fleet.logging.metricsServer ?? D.DEFAULT_METRICS_SERVER,
    },
    identity,
    vault,
    suppressions,
    ...(k.decommissionedSince !== undefined ? { decommissionedSince: k.decommissionedSince } : {}),
    ...(k.approvals !== undefined && Object.keys(k.approvals).length > 0 ? { approvals: resolveApprovals(k.approvals) } : {}),
    ...(cluster !== undefined ? { cluster: cluster.id } : {}),
    // The tenant's cell (placed in the lock) and its nodes; placement checked that the cluster declares it.
    ...(cluster?.cells !== undefined && a.cell !== undefined && cluster.cells[a.cell] !== undefined ? { cell: { id: a.cell, nodes: [...cluster.cells[a.cell]] } } : {}),
    ...(k.guests !== undefined && Object.keys(k.guests).length > 0 ? { guests: resolveGuests(fleet, k, a, segments), guestServices: resolveGuestServices(fleet, k) } : {}),
    // A move under way (lib/allocation/move.ts): recorded in the lock next to the cluster.
    ...(cluster !== undefined && a.moveTo !== undefined ? { move: { from: cluster.id, to: a.moveTo, phase: 'leave' as const } } : {}),
    ...(cluster !== undefined && a.movedFrom !== undefined ? { move: { from: a.movedFrom, to: cluster.id, phase: 'arrive' as const } } : {}),
  };
  return deepFreeze(spec);
}

/**
 * The tenant's guests: catalogue sizes (or the override), the lock's VM IDs, the first guest
 * storage (or the override's), the fleet's template, and NICs on the segments' vnets.
 */
function resolveGuests(fleet: FleetFile, k: KommuneFile, a: TenantAllocation, segments: Partial<Record<SegmentName, SegmentSpec>>): Record<string, GuestSpec> {
  const storages = fleet.compute?.guestStorages ?? D.DEFAULT_GUEST_STORAGES;
  const ownsGateways = fleet.network.zoneType !== 'evpn';
  const out: Record<string, GuestSpec> = {};
  for (const name of Object.keys(k.guests ?? {}).sort()) {
    const g = k.guests![name];
    const p = GUEST_CATALOGUE[g.profile];
    const size = g.size ?? 's';
    const base = p.sizes[size];
    const o = g.override;
    const segment = g.segment ?? p.defaultSegment;
    const count = g.count ?? 1;
    const tpl = fleet.compute?.templates?.[g.profile];
    if (tpl === undefined) throw new Error(`guest "${name}": ${MSG.guestTemplateMissing(g.profile, `compute.templates.${g.profile}`, Object.keys(fleet.compute?.templates ?? {}))}`);
    const template = p.kind === 'vm' ? { vmId: tpl.vmId! } : { file: tpl.file! };
    const nicSegments = p.everySegment ? [segment, ...SEGMENT_NAMES.filter((s) => s !== segment && segments[s] !== undefined)] : [segment];
    const nics = nicSegments.map((s, i) => {
      const seg = segments[s];
      if (seg === undefined) throw new Error(`guest "${name}": ${MSG.guestSegmentMissing(name, s, Object.keys(segments))}`);
      const prefix = mustReadCidr(seg.cidr).prefixLength;
      return { nic: `net${i}`, segment: s, vnetId: seg.vnetId, ...(p.everySegment && ownsGateways ? { address: `${seg.gateway}/${prefix}` } : {}), dhcp: seg.dhcpRange !== undefined };
    });
    const dataDiskGiB = p.dataDisk ? o?.dataDiskGiB ?? base.dataDiskGiB : undefined;
    out[name] = {
      name,
      profile: g.profile,
      kind: p.kind,
      size,
      segment,
      instances: guestVmIds(a, name, count).map((vmId, index) => ({ index, vmId, hostname: `${name}-${index}` })),
      cores: o?.cores ?? base.cores,
      memoryMiB: o?.memoryMiB ?? base.memoryMiB,
      diskGiB: o?.diskGiB ?? base.diskGiB,
      ...(dataDiskGiB !== undefined ? { dataDiskGiB } : {}),
      storage: o?.storage ?? storages[0],
      template,
      nics,
      ha: p.ha,
      protected: p.dataDisk,
      cloudInit: p.cloudInit,
      ownsGateways: p.everySegment && ownsGateways,
      ...(p.everySegment && ownsGateways ? { uplink: { nic: `net${nics.length}`, bridge: fleet.compute?.edgeUplinkBridge ?? D.DEFAULT_EDGE_UPLINK_BRIDGE } } : {}),
      ...(o !== undefined ? { overrideReason: o.reason } : {}),
      services: p.services,
    };
  }
  return out;
}

/**
 * The platform services the tenant's guests need (the union of their profiles'), with the fleet's
 * addresses and the vetted ports. A service without addresses was refused by validate-fleet with
 * its position; here it is an internal error.
 */
function resolveGuestServices(fleet: FleetFile, k: KommuneFile): Partial<Record<PlatformServiceName, GuestServiceSpec>> {
  const needed = new Set(Object.values(k.guests ?? {}).flatMap((g) => GUEST_CATALOGUE[g.profile].services));
  const out: Partial<Record<PlatformServiceName, GuestServiceSpec>> = {};
  for (const name of PLATFORM_SERVICE_NAMES.filter((n) => needed.has(n))) {
    const addresses = platformServiceAddresses(fleet, name);
    if (addresses === undefined) throw new Error(`${platformServiceParameter(name)} is required by the guests of ${k.key}`);
    const svc = PLATFORM_SERVICES[name];
    const collectorPort = collectorHostPort(fleet.logging.collector)?.port;
    const ports = svc.ports.flatMap((p) => {
      const portText = p.ports ?? collectorPort;
      return portText === undefined ? [] : [{ protocol: p.protocol, ports: portText }];
    });
    out[name] = { name, description: svc.description, addresses: [...addresses], ports };
  }
  return out;
}

function resolveApprovals(input: NonNullable<KommuneFile['approvals']>): Record<string, ApprovalSpec> {
  const out: Record<string, ApprovalSpec> = {};
  for (const [id, a] of Object.entries(input)) {
    out[id] = {
      ...(a.address !== undefined ? { address: a.address } : {}),
      action: a.action,
      ...(a.from !== undefined ? { from: a.from } : {}),
      ...(a.to !== undefined ? { to: a.to } : {}),
      reason: a.reason, approvedBy: a.approvedBy, approvedOn: a.approvedOn, expires: a.expires,
    };
  }
  return out;
}

function resolveIdentity(fleet: FleetFile, k: KommuneFile, code: string, problems: string[]): IdentitySpec {
  const key = k.key;
  const input = k.identity ?? {};
  const source = input.source ?? D.DEFAULT_IDENTITY_SOURCE;
  const groups = { admins: `${key}-admins`, operators: `${key}-operators`, auditors: `${key}-auditors` };
  const directoryGroups = {
    admins: input.groups?.admins ?? groups.admins,
    operators: input.groups?.operators ?? groups.operators,
    auditors: input.groups?.auditors ?? groups.auditors,
  };
  if (source === 'ldap') {
    const l = input.ldap;
    if (!l) problems.push(MSG.identityBlockRequired('ldap'));
    const ad = l?.activeDirectory ?? false;
    const ldap = l
      ? {
          server: l.server,
          ...(l.server2 !== undefined ? { server2: l.server2 } : {}),
          port: l.port ?? D.DEFAULT_LDAP_PORT,
          baseDn: l.baseDn,
          ...(l.bindDn !== undefined ? { bindDn: l.bindDn } : {}),
          activeDirectory: ad,
          userAttribute: l.userAttribute ?? (ad ? D.DEFAULT_AD_USER_ATTRIBUTE : D.DEFAULT_LDAP_USER_ATTRIBUTE),
          ...(l.groupFilter !== undefined ? { groupFilter: l.groupFilter } : {}),
        }
      : undefined;
    return {
      source,
      realm: { id: `${code}-${ad ? 'ad' : 'ldap'}`, type: ad ? 'ad' : 'ldap', owner: 'tenant' },
      ...(ldap ? { ldap } : {}),
      groups,
      directoryGroups,
    };
  }
  if (source === 'oidc') {
    const o = input.oidc;
    if (!o) problems.push(MSG.identityBlockRequired('oidc'));
    return {
      source,
      realm: { id: `${code}-oidc`, type: 'openid', owner: 'tenant' },
      ...(o ? { oidc: { issuerUrl: o.issuerUrl, clientId: o.clientId, groupsClaim: o.groupsClaim ?? D.DEFAULT_OIDC_GROUPS_CLAIM, ...(o.clientKeyVersion !== undefined ? { clientKeyVersion: o.clientKeyVersion } : {}) } } : {}),
      groups,
      directoryGroups,
    };
  }
  const shared = fleet.identity?.sharedRealm;
  if (!shared) problems.push(MSG.platformRealmMissing());
  return {
    source,
    realm: { id: shared?.id ?? '', type: 'openid', owner: 'platform' },
    ...(shared ? { oidc: { issuerUrl: shared.issuerUrl, clientId: shared.clientId, groupsClaim: D.DEFAULT_OIDC_GROUPS_CLAIM } } : {}),
    groups,
    directoryGroups,
  };
}

function resolveVault(fleet: FleetFile, key: string, domain: string): VaultSpec {
  const root = fleet.vault.tenantRoot ?? D.DEFAULT_VAULT_TENANT_ROOT;
  const tenantPath = `${root}/${key}`;
  const ns = fleet.vault.isolation === 'namespace';
  return {
    isolation: fleet.vault.isolation,
    ...(ns ? { namespace: tenantPath } : {}),
    pathPrefix: ns ? '' : tenantPath,
    // Path mode: no mount per tenant (the mount table must hold the whole fleet); the tenant owns a
    // prefix of the platform's shared KV v2 mount. Namespace mode: a KV mount in the namespace.
    kvMount: ns ? D.NAMESPACE_KV_MOUNT : fleet.vault.sharedKvMount ?? D.DEFAULT_SHARED_KV_MOUNT,
    pkiMount: fleet.vault.pkiIntermediatePath ?? D.DEFAULT_PKI_INTERMEDIATE_PATH,
    pkiRole: `kom-${key}`,
    policies: {
      admin: tenantVaultPolicyName(root, key, 'admin'),
      operator: tenantVaultPolicyName(root, key, 'operator'),
      readonly: tenantVaultPolicyName(root, key, 'readonly'),
      pipeline: tenantVaultPolicyName(root, key, 'pipeline'),
    },
    allowedDomain: domain,
  };
}

/** All segment names in catalogue order that a spec has (helper for renderers and the CLI). */
export function specSegments(spec: TenantSpec): SegmentName[] {
  return SEGMENT_NAMES.filter((n) => spec.network.segments[n] !== undefined);
}
