/**
 * Semantic checks of fleet.yaml and of the tenants of a fleet together (duplicates, Land, shared
 * realm). Like validate-kommune.ts, each check only looks at values of the right type.
 */
import * as path from 'path';
import { TENANT_BLOCK_PREFIX } from '../model/catalogue';
import * as D from '../model/defaults';
import { MSG } from './messages';
import type { Problem } from './problems';
import type { SourceFile } from './source';
import { isRecord } from '../core/guards';
import { didYouMean } from '../core/did-you-mean';
import { isHttpsUrl } from '../core/url';
import { readCidr } from '../allocation/addresses';
import { cidrsOverlap, type Ipv4Cidr } from '../core/ipv4';
import { checkVaultPathSegment } from '../model/identifier-rules';
import { hostFirewallCidrProblem, underlayPeerProblem } from '../model/firewall-networks';
import { DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS, forbiddingEntry } from '../model/suppression-policy';
import { PG_MAX_IDENTIFIER_BYTES, pgStateSchemaName } from '../model/state-names';

import { isGuestProfile, templateParameter } from '../model/guests';
import { DEFAULT_VM_IDS_PER_TENANT } from '../model/allocation-scheme';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Shapes the schema already requires (lib/config/json-schema.ts); values of another shape are reported there. */
const CIDR_SHAPE = /^[0-9]{1,3}(\.[0-9]{1,3}){3}\/[0-9]{1,2}$/;
const HOST_SHAPE = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;

export function checkFleet(src: SourceFile, data: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isRecord(data)) return out;
  const report = (p: (string | number)[], message: string, part: 'key' | 'value' = 'value') => out.push(src.problem(p, message, part));

  if (isRecord(data.network)) {
    const n = data.network;
    if (Array.isArray(n.supernets)) {
      const parsed: { cidr: Ipv4Cidr; text: string }[] = [];
      const smallestBlock = Math.max(...Object.values(TENANT_BLOCK_PREFIX));
      n.supernets.forEach((s, i) => {
        if (typeof s !== 'string' || !/^[0-9]{1,3}(\.[0-9]{1,3}){3}\/[0-9]{1,2}$/.test(s)) return; // schema reports it
        const c = readCidr(s);
        if (typeof c === 'string') {
          report(['network', 'supernets', i], MSG.invalidCidr(s));
          return;
        }
        if (c.prefixLength > smallestBlock) report(['network', 'supernets', i], MSG.supernetTooSmall(s, smallestBlock));
        const other = parsed.find((p) => cidrsOverlap(p.cidr, c));
        if (other) report(['network', 'supernets', i], MSG.overlappingSupernets(s, other.text));
        parsed.push({ cidr: c, text: s });
      });
    }
    const zoneType = str(n.zoneType);
    if (zoneType === 'vxlan' && n.vxlanPeers === undefined && !isRecord(data.clusters)) report(['network', 'zoneType'], MSG.zoneNeeds('vxlan', 'vxlanPeers'));
    if (zoneType === 'evpn' && n.evpnController === undefined) report(['network', 'zoneType'], MSG.zoneNeeds('evpn', 'evpnController'));
    if (zoneType === 'evpn' && n.evpnAsn === undefined) report(['network', 'zoneType'], MSG.zoneNeeds('evpn', 'evpnAsn'));
    // Proxmox refuses an EVPN controller without peers (see lib/blueprint/platform-base.ts for the source).
    if (zoneType === 'evpn' && n.evpnPeers === undefined && !isRecord(data.clusters)) report(['network', 'zoneType'], MSG.zoneNeeds('evpn', 'evpnPeers'));
    if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnPeers !== undefined) report(['network', 'evpnPeers'], MSG.zoneFieldUnused(zoneType, 'evpnPeers'), 'key');
    if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnAsn !== undefined) report(['network', 'evpnAsn'], MSG.zoneFieldUnused(zoneType, 'evpnAsn'), 'key');
    if (zoneType !== undefined && zoneType !== 'vxlan' && n.vxlanPeers !== undefined) report(['network', 'vxlanPeers'], MSG.zoneFieldUnused(zoneType, 'vxlanPeers'), 'key');
    if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnController !== undefined) report(['network', 'evpnController'], MSG.zoneFieldUnused(zoneType, 'evpnController'), 'key');
    if (zoneType !== undefined && zoneType !== 'evpn' && n.evpnExitNodes !== undefined) report(['network', 'evpnExitNodes'], MSG.zoneFieldUnused(zoneType, 'evpnExitNodes'), 'key');
    // Exit nodes route the tenant VRFs of their own cluster: each is one of its nodes (with clusters,
    // checked per cluster below). A project rule: PVE's `pve-node-list` format alone does not say so.
    if (zoneType === 'evpn' && !isRecord(data.clusters) && Array.isArray(n.evpnExitNodes) && Array.isArray(n.nodes)) {
      const nodes = n.nodes.filter((x): x is string => typeof x === 'string');
      n.evpnExitNodes.forEach((x, i) => {
        if (typeof x === 'string' && !nodes.includes(x)) report(['network', 'evpnExitNodes', i], MSG.exitNodeNotANode(x, undefined, nodes));
      });
    }
    // The datacenter firewall's host rules (lib/network/host-firewall.ts): peers must be addresses,
    // networks valid CIDRs no wider than HOST_FIREWALL_MIN_PREFIX (nothing opens 0.0.0.0/0).
    for (const field of ['vxlanPeers', 'evpnPeers']) {
      const peers = n[field];
      if (!Array.isArray(peers)) continue;
      peers.forEach((peer, i) => {
        const problem = typeof peer === 'string' && HOST_SHAPE.test(peer) ? underlayPeerProblem(peer) : undefined; // else the schema reports it
        if (problem !== undefined) report(['network', field, i], problem);
      });
    }
    for (const field of ['managementCidrs', 'ciRunnerCidrs']) {
      const cidrs = n[field];
      if (!Array.isArray(cidrs)) continue;
      cidrs.forEach((c, i) => {
        const problem = typeof c === 'string' && CIDR_SHAPE.test(c) ? hostFirewallCidrProblem(c) : undefined; // else the schema reports it
        if (problem !== undefined) report(['network', field, i], problem);
      });
    }
    if (isRecord(n.ceph)) {
      for (const field of ['publicNetwork', 'clusterNetwork']) {
        const c = n.ceph[field];
        const problem = typeof c === 'string' && CIDR_SHAPE.test(c) ? hostFirewallCidrProblem(c) : undefined; // else the schema reports it
        if (problem !== undefined) report(['network', 'ceph', field], problem);
      }
    }
  }

  if (isRecord(data.compute) && Array.isArray(data.compute.guestStorages)) {
    // A tenant's PBS storage is `pbs-<tenant code>` (lib/config/resolve.ts) and holds backups only
    // (pve-storage src/PVE/Storage/PBSPlugin.pm L33: content `backup`): no guest disk can go there,
    // and making it a pool member would carry one tenant's pool roles onto another tenant's backups.
    data.compute.guestStorages.forEach((s, i) => {
      if (typeof s === 'string' && s.startsWith(D.TENANT_PBS_STORAGE_PREFIX)) report(['compute', 'guestStorages', i], MSG.guestStorageIsBackupStorage(s));
    });
  }

  out.push(...checkClusters(src, data));

  const tenants = str(data.tenants);
  if (tenants !== undefined && !isSubfolder(tenants)) report(['tenants'], MSG.tenantsOutsideFleet(tenants));

  if (isRecord(data.logging)) {
    const c = str(data.logging.collector);
    if (c !== undefined && !isHostPort(c)) report(['logging', 'collector'], MSG.invalidHostPort(c));
  }

  if (isRecord(data.vault) && isRecord(data.vault.ci)) {
    const n = ['projectPathPrefix', 'projectPath'].filter((k) => (data.vault as Record<string, Record<string, unknown>>).ci[k] !== undefined).length;
    if (n !== 1) report(['vault', 'ci'], MSG.ciProjectChoice());
  }

  // Every segment of the Vault paths a tenant's namespace, KV mount and PKI mount are built from
  // must be a usable Vault path segment (the resolver asserts the same on the derived paths; unchecked
  // here, "sys" or "a//b" ended as an internal error or a construct's refusal).
  if (isRecord(data.vault)) {
    for (const field of ['tenantRoot', 'sharedKvMount', 'pkiIntermediatePath'] as const) {
      const v = str(data.vault[field]);
      if (v === undefined) continue;
      const bad = v.split('/').map((seg) => (seg === '' ? 'an empty path segment ("//")' : checkVaultPathSegment(seg))).find((x) => x !== undefined);
      if (bad !== undefined) report(['vault', field], MSG.vaultPathInvalid(`vault.${field}`, v, bad));
    }
  }

  if (isRecord(data.vault) && isRecord(data.vault.directoryAuth) && data.vault.directoryAuth.kind === 'oidc') {
    for (const field of ['discoveryUrl', 'clientId', 'redirectUris']) {
      if (data.vault.directoryAuth[field] === undefined) report(['vault', 'directoryAuth'], MSG.oidcAuthNeeds(field));
    }
  }

  if (isRecord(data.identity) && isRecord(data.identity.sharedRealm)) {
    const url = str(data.identity.sharedRealm.issuerUrl);
    if (url !== undefined && !isHttpsUrl(url)) report(['identity', 'sharedRealm', 'issuerUrl'], MSG.issuerNotHttps(url));
  }
  return out;
}

/**
 * Sites and clusters (issue #17): every cluster stands at a declared site; clusters share no node
 * names, API endpoints or underlay peers (one cluster never spans two, and a node belongs to one
 * corosync cluster); the zone settings a cluster sets fit the zone type. Tenant addresses, VM IDs
 * and SDN IDs are allocated fleet-wide (one lock), so no two clusters can hand out the same one.
 */
function checkClusters(src: SourceFile, data: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const report = (p: (string | number)[], message: string, part: 'key' | 'value' = 'value') => out.push(src.problem(p, message, part));
  const clusters = isRecord(data.clusters) ? data.clusters : undefined;
  const sites = isRecord(data.sites) ? Object.keys(data.sites) : [];
  const ids = clusters !== undefined ? Object.keys(clusters) : [];
  const legacy = str(data.legacyCluster);
  if (legacy !== undefined && !ids.includes(legacy)) report(['legacyCluster'], MSG.legacyClusterUnknown(legacy, ids));
  // Sites without clusters are reported below; the second copy is checked once that is fixed.
  if (clusters !== undefined || data.sites === undefined) out.push(...checkSecondCopy(src, data, clusters !== undefined ? sites : []));
  if (clusters === undefined) {
    if (data.sites !== undefined) report(['sites'], MSG.sitesWithoutClusters(), 'key');
    return out;
  }
  const network = isRecord(data.network) ? data.network : {};
  const zoneType = str(network.zoneType);
  if (network.nodes !== undefined) report(['network', 'nodes'], MSG.clustersReplaceNetworkNodes(), 'key');
  const owners: Record<string, Map<string, string>> = { node: new Map(), endpoint: new Map(), 'underlay peer': new Map() };
  const claim = (what: string, value: unknown, cluster: string, at: (string | number)[]) => {
    if (typeof value !== 'string') return; // the schema reports it
    const norm = what === 'endpoint' ? value.toLowerCase().replace(/\/+$/, '') : value.toLowerCase();
    const other = owners[what].get(norm);
    if (other !== undefined) report(at, MSG.clusterFieldTaken(what, value, cluster, other));
    else owners[what].set(norm, cluster);
  };
  for (const id of [...ids].sort()) {
    const c = clusters[id];
    if (!isRecord(c)) continue;
    const site = str(c.site);
    if (site !== undefined && !sites.includes(site)) report(['clusters', id, 'site'], MSG.clusterSiteUnknown(id, site, sites));
    claim('endpoint', c.endpoint, id, ['clusters', id, 'endpoint']);
    if (Array.isArray(c.nodes)) c.nodes.forEach((n, i) => claim('node', n, id, ['clusters', id, 'nodes', i]));
    for (const field of ['vxlanPeers', 'evpnPeers']) {
      if (Array.isArray(c[field])) (c[field] as unknown[]).forEach((p, i) => claim('underlay peer', p, id, ['clusters', id, field, i]));
    }
    const unused: Record<string, readonly string[]> = { vxlanPeers: ['vxlan'], evpnPeers: ['evpn'], evpnController: ['evpn'], evpnAsn: ['evpn'], evpnExitNodes: ['evpn'], bridge: ['vlan', 'qinq'] };
    for (const [field, types] of Object.entries(unused)) {
      if (zoneType !== undefined && c[field] !== undefined && !types.includes(zoneType)) report(['clusters', id, field], MSG.clusterFieldUnused(zoneType, field), 'key');
    }
    // The cluster's exit nodes (its own, else the fleet-wide ones) must be its nodes; reported
    // where they are written.
    if (zoneType === 'evpn' && Array.isArray(c.nodes)) {
      const nodes = c.nodes.filter((x): x is string => typeof x === 'string');
      const own = Array.isArray(c.evpnExitNodes);
      const exits = own ? (c.evpnExitNodes as unknown[]) : Array.isArray(network.evpnExitNodes) ? (network.evpnExitNodes as unknown[]) : [];
      exits.forEach((x, i) => {
        if (typeof x === 'string' && !nodes.includes(x)) report(own ? ['clusters', id, 'evpnExitNodes', i] : ['network', 'evpnExitNodes', i], MSG.exitNodeNotANode(x, id, nodes));
      });
    }
  }
  // Underlay peers are per cluster: each cluster needs some (its own or the fleet-wide ones), and
  // with several clusters the fleet-wide ones would be shared by all.
  for (const field of zoneType === 'evpn' ? ['evpnPeers'] : zoneType === 'vxlan' ? ['vxlanPeers'] : []) {
    const inheriting = ids.filter((id) => isRecord(clusters[id]) && (clusters[id] as Record<string, unknown>)[field] === undefined);
    if (network[field] === undefined) for (const id of inheriting) report(['clusters', id], MSG.clusterZoneNeeds(zoneType as string, id, field));
    else if (ids.length > 1 && inheriting.length > 0) report(['network', field], MSG.clusterPeersShared(field), 'key');
  }
  return out;
}

/**
 * The second copy (issue #17, deliverable 4; lib/model/sites.ts): with two or more sites each site's
 * backups are copied to its partner site (`syncTo`, or the other of exactly two sites), which must
 * be another declared site with another PBS server; `backup.secondCopy` is then refused (it would
 * contradict the partner sites). With fewer sites `backup.secondCopy` is required, as before.
 * Not checked for `sites` without `clusters` (reported apart).
 */
function checkSecondCopy(src: SourceFile, data: Record<string, unknown>, sites: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const backup = isRecord(data.backup) ? data.backup : undefined;
  if (sites.length < 2) {
    if (backup !== undefined && backup.secondCopy === undefined) out.push(src.problem(['backup'], MSG.secondCopyRequired(sites.length), 'key'));
    return out;
  }
  if (backup !== undefined && backup.secondCopy !== undefined) out.push(src.problem(['backup', 'secondCopy'], MSG.secondCopyWithSites(), 'key'));
  const siteData = data.sites as Record<string, unknown>;
  const serverOf = (id: string): string | undefined => {
    const site = siteData[id];
    const pbs = isRecord(site) && isRecord(site.pbs) ? str(site.pbs.server) : undefined;
    return pbs?.toLowerCase();
  };
  for (const id of [...sites].sort()) {
    const site = siteData[id];
    if (!isRecord(site)) continue;
    const syncTo = site.syncTo;
    if (syncTo === undefined) {
      if (sites.length > 2) out.push(src.problem(['sites', id], MSG.siteSyncToRequired(id, sites.length), 'key'));
      continue;
    }
    if (typeof syncTo !== 'string') continue; // the schema reports it
    if (syncTo === id) out.push(src.problem(['sites', id, 'syncTo'], MSG.siteSyncToSelf(id)));
    else if (!sites.includes(syncTo)) out.push(src.problem(['sites', id, 'syncTo'], MSG.siteSyncToUnknown(id, syncTo, sites.filter((s) => s !== id))));
  }
  // The copy must be on another server than the first copy (KOM-BAK-2 checks the result too).
  for (const id of [...sites].sort()) {
    const site = siteData[id];
    if (!isRecord(site)) continue;
    const partner = typeof site.syncTo === 'string' ? site.syncTo : sites.length === 2 ? sites.find((s) => s !== id) : undefined;
    if (partner === undefined || partner === id || !sites.includes(partner)) continue;
    const own = serverOf(id);
    if (own !== undefined && own === serverOf(partner)) {
      out.push(src.problem(site.syncTo !== undefined ? ['sites', id, 'syncTo'] : ['sites', id, 'pbs', 'server'], MSG.siteSyncToSameServer(id, partner, own)));
    }
  }
  return out;
}

/**
 * True when a `tenants` setting names a folder below the fleet folder: relative, not the fleet
 * folder itself, and no `..` that leads out of it (either separator, as a fleet repository is
 * checked out on Linux and on Windows).
 */
export function isSubfolder(setting: string): boolean {
  const p = setting.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  const norm = path.posix.normalize(p).replace(/\/+$/, '');
  return norm !== '.' && norm !== '' && norm !== '..' && !norm.startsWith('../');
}

/** "host:port" with a host name or IPv4 address and a port 1-65535. */
export function isHostPort(value: string): boolean {
  const m = /^([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})$/.exec(value);
  if (!m) return false;
  const port = Number(m[3]);
  return port >= D.PORT_BOUNDS.min && port <= D.PORT_BOUNDS.max;
}

/**
 * Tenant keys a fleet cannot give a tenant: stack names of its own. `platform` is the platform
 * stack (PLATFORM_STACK_NAME in lib/blueprint/fleet.ts, which this layer may not import; a test
 * keeps the two equal): a tenant of that key would overwrite the platform stack's cdk.tf.json.
 */
export const RESERVED_TENANT_KEYS: readonly string[] = ['platform'];

/** A tenant file of a fleet, as the cross-file checks see it. */
export interface TenantSource {
  readonly src: SourceFile;
  readonly data: unknown;
}

/**
 * Checks across the fleet and its tenant files: duplicate keys and AGS, Land, shared realm. With
 * `fleetData` undefined (tenant files validated without their fleet) only the duplicate checks run.
 */
export function checkFleetTenants(fleetData: unknown, tenants: readonly TenantSource[]): Problem[] {
  const out: Problem[] = [];
  const fleetKnown = isRecord(fleetData);
  const fleet = isRecord(fleetData) ? fleetData : {};
  const land = str(fleet.land);
  const landOk = land !== undefined && new RegExp(D.LAND_PATTERN).test(land);
  const hasSharedRealm = isRecord(fleet.identity) && isRecord(fleet.identity.sharedRealm);
  // Rules a tenant file may not suppress: the fleet's list, or the default when the fleet does not set it (or is not known).
  const compliance = isRecord(fleet.compliance) ? fleet.compliance : {};
  const forbidden: readonly string[] = Array.isArray(compliance.forbidTenantSuppressions)
    ? compliance.forbidTenantSuppressions.filter((x): x is string => typeof x === 'string')
    : DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS;
  const clusterIds = isRecord(fleet.clusters) ? Object.keys(fleet.clusters).sort() : [];
  const keys = new Map<string, string>();
  const agsOwners = new Map<string, string>();
  for (const t of tenants) {
    if (!isRecord(t.data)) continue;
    const d = t.data;
    const key = str(d.key);
    // In a fleet with clusters, `platform-<cluster id>` is a cluster's platform stack (lib/blueprint/platform-stack.ts).
    if (key !== undefined && fleetKnown && (RESERVED_TENANT_KEYS.includes(key) || clusterIds.some((c) => key === `platform-${c}`))) out.push(t.src.problem(['key'], MSG.reservedTenantKey(key)));
    if (key !== undefined) {
      const other = keys.get(key);
      if (other !== undefined) out.push(t.src.problem(['key'], MSG.duplicateTenantKey(key, other)));
      else keys.set(key, t.src.file);
    }
    const ags = str(d.ags);
    if (ags !== undefined && /^[0-9]{8}$/.test(ags)) {
      const other = agsOwners.get(ags);
      if (other !== undefined) out.push(t.src.problem(['ags'], MSG.duplicateAgs(ags, other)));
      else agsOwners.set(ags, t.src.file);
    }
    if (landOk) {
      const codes: [(string | number)[], unknown][] = [[['ags'], d.ags], [['ars'], d.ars]];
      if (isRecord(d.members)) for (const [slug, m] of Object.entries(d.members)) if (isRecord(m)) codes.push([['members', slug, 'ags'], m.ags]);
      for (const [p, v] of codes) {
        if (typeof v === 'string' && /^[0-9]{8}([0-9]{4})?$/.test(v) && !v.startsWith(land)) out.push(t.src.problem(p, MSG.agsLandMismatch(v, land)));
      }
    }
    if (isRecord(d.suppressions)) {
      for (const [id, sup] of Object.entries(d.suppressions)) {
        const rule = isRecord(sup) ? str(sup.rule) : undefined;
        const entry = rule !== undefined ? forbiddingEntry(rule, forbidden) : undefined;
        if (rule !== undefined && entry !== undefined) out.push(t.src.problem(['suppressions', id, 'rule'], MSG.forbiddenTenantSuppression(rule, entry, Array.isArray(compliance.forbidTenantSuppressions))));
      }
    }
    if (fleetKnown && isRecord(d.guests)) out.push(...checkTenantGuests(fleet, t));
    const pin = str(d.cluster);
    if (pin !== undefined && fleetKnown && !clusterIds.includes(pin)) out.push(t.src.problem(['cluster'], MSG.tenantClusterUnknown(pin, clusterIds, didYouMean(pin, clusterIds))));
    const identity = isRecord(d.identity) ? d.identity : {};
    const source = identity.source ?? D.DEFAULT_IDENTITY_SOURCE;
    if (fleetKnown && source === 'platform' && !hasSharedRealm) out.push(t.src.problem(['identity', 'source'], MSG.platformRealmMissing()));
  }
  // Ortsgemeinden (members of a Verbandsgemeinde): each AGS once in the fleet, and never the AGS of
  // a tenant (a municipality is its own tenant or a member, not both). Reported at the member.
  const memberOwners = new Map<string, string>();
  for (const t of tenants) {
    if (!isRecord(t.data) || !isRecord(t.data.members)) continue;
    for (const [slug, m] of Object.entries(t.data.members)) {
      const mags = isRecord(m) ? str(m.ags) : undefined;
      if (mags === undefined || !/^[0-9]{8}$/.test(mags)) continue;
      const at = ['members', slug, 'ags'];
      const tenant = agsOwners.get(mags);
      const member = memberOwners.get(mags);
      if (tenant !== undefined) out.push(t.src.problem(at, MSG.memberIsTenant(mags, tenant)));
      else if (member !== undefined) out.push(t.src.problem(at, MSG.duplicateMemberAgs(mags, member)));
      else memberOwners.set(mags, `${t.src.file} (members.${slug})`);
    }
  }
  if (fleetKnown) out.push(...checkFleetFootprint(fleet, tenants));
  return out;
}

/**
 * A tenant's guests against the fleet: a template for every profile used, override storages among
 * the guest storages (the tenant pool's members), and all instances inside the VM ID range.
 */
function checkTenantGuests(fleet: Record<string, unknown>, t: TenantSource): Problem[] {
  const out: Problem[] = [];
  const d = t.data as Record<string, unknown>;
  const guests = d.guests as Record<string, unknown>;
  const compute = isRecord(fleet.compute) ? fleet.compute : {};
  const templates = isRecord(compute.templates) ? compute.templates : {};
  const storages: readonly string[] = Array.isArray(compute.guestStorages)
    ? compute.guestStorages.filter((x): x is string => typeof x === 'string')
    : D.DEFAULT_GUEST_STORAGES;
  const range = typeof compute.vmIdsPerTenant === 'number' ? compute.vmIdsPerTenant : DEFAULT_VM_IDS_PER_TENANT;
  let total = 0;
  for (const [name, g] of Object.entries(guests)) {
    if (!isRecord(g)) continue;
    if (isGuestProfile(g.profile) && templates[g.profile] === undefined) {
      out.push(t.src.problem(['guests', name, 'profile'], MSG.guestTemplateMissing(g.profile, templateParameter(g.profile), Object.keys(templates).sort())));
    }
    const storage = isRecord(g.override) ? str(g.override.storage) : undefined;
    if (storage !== undefined && !storages.includes(storage)) out.push(t.src.problem(['guests', name, 'override', 'storage'], MSG.guestStorageNotInPool(storage, storages)));
    total += typeof g.count === 'number' && Number.isInteger(g.count) && g.count > 0 ? g.count : 1;
  }
  if (total > range) out.push(t.src.problem(['guests'], MSG.guestsExceedRange(total, range), 'key'));
  const network = isRecord(fleet.network) ? fleet.network : {};
  if (Object.keys(guests).length > 0 && !isRecord(fleet.clusters) && !(Array.isArray(network.nodes) && network.nodes.length > 0)) {
    out.push(t.src.problem(['guests'], MSG.guestsWithoutNodes(), 'key'));
  }
  return out;
}

/** How domain `a` relates to domain `b` (DNS names, compared label-wise), or undefined when disjoint. */
function domainRelation(a: string, b: string): 'equal to' | 'below' | 'above' | undefined {
  if (a === b) return 'equal to';
  if (a.endsWith(`.${b}`)) return 'below';
  if (b.endsWith(`.${a}`)) return 'above';
  return undefined;
}

const hostOf = (value: unknown, kind: 'url' | 'host' | 'host:port'): string | undefined => {
  if (typeof value !== 'string' || value === '') return undefined;
  let host = value;
  if (kind === 'url') {
    try {
      host = new URL(value).hostname;
    } catch {
      return undefined;
    }
  } else if (kind === 'host:port') host = value.replace(/:[0-9]+$/, '');
  host = host.toLowerCase().replace(/\.$/, '');
  return /^[0-9.]+$/.test(host) || host.startsWith('[') ? undefined : host;
};

/**
 * Fleet-wide uniqueness of what the tenants' footprints (lib/model/footprint.ts) hold by name:
 * tenant domains (the PKI role issues for the domain and below, so no tenant domain may be equal
 * to, above or below another tenant's, a platform host or the namingDomain itself), directory
 * groups of the platform directory (one tenant per group), and state names within the backend's
 * limits (pg: the schema name within PostgreSQL's identifier length).
 */
function checkFleetFootprint(fleet: Record<string, unknown>, tenants: readonly TenantSource[]): Problem[] {
  const out: Problem[] = [];
  const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
  const naming = hostOf(fleet.namingDomain, 'host');
  const backup = rec(fleet.backup);
  const logging = rec(fleet.logging);
  const vault = rec(fleet.vault);
  const platformHosts: { host: string; where: string }[] = [];
  const addHost = (host: string | undefined, where: string) => {
    if (host !== undefined) platformHosts.push({ host, where });
  };
  addHost(hostOf(backup.server, 'host'), 'backup.server');
  addHost(hostOf(rec(backup.secondCopy).server, 'host'), 'backup.secondCopy.server');
  addHost(hostOf(logging.collector, 'host:port'), 'logging.collector');
  addHost(hostOf(rec(logging.metricsTarget).server, 'host'), 'logging.metricsTarget.server');
  addHost(hostOf(rec(vault.ciJwt).issuer, 'url'), 'vault.ciJwt.issuer');
  addHost(hostOf(rec(vault.directoryAuth).discoveryUrl, 'url'), 'vault.directoryAuth.discoveryUrl');
  addHost(hostOf(rec(rec(fleet.identity).sharedRealm).issuerUrl, 'url'), 'identity.sharedRealm.issuerUrl');

  const state = rec(fleet.state);
  const pg = state.backend === 'pg';
  const schemaPrefix = str(rec(state.settings).schemaPrefix);

  const domains = new Map<string, { file: string; explicit: boolean }>();
  const groups = new Map<string, string>();
  const seenKeys = new Set<string>();
  for (const t of tenants) {
    if (!isRecord(t.data)) continue;
    const d = t.data;
    const key = str(d.key);
    // A duplicate key is reported as such (checkFleetTenants); its derived names would only repeat it.
    if (key === undefined || !/^[a-z0-9-]+$/.test(key) || seenKeys.has(key)) continue;
    seenKeys.add(key);
    const explicit = typeof d.domain === 'string';
    const domain = explicit ? hostOf(d.domain, 'host') : naming !== undefined ? `${key}.${naming}` : undefined;
    const at = explicit ? ['domain'] : ['key'];
    if (domain !== undefined) {
      if (naming !== undefined) {
        const r = domainRelation(domain, naming);
        if (r === 'equal to' || r === 'above') out.push(t.src.problem(at, MSG.domainOverlapsPlatform(domain, r, naming, 'namingDomain')));
      }
      for (const p of platformHosts) {
        const r = domainRelation(domain, p.host);
        if (r !== undefined) out.push(t.src.problem(at, MSG.domainOverlapsPlatform(domain, r, p.host, p.where)));
      }
      // Other tenants' domains: equal or an ancestor (walk up the labels), and descendants found
      // when the descendant is visited (reported at whichever side set its domain explicitly).
      const labels = domain.split('.');
      for (let i = 0; i < labels.length - 1; i++) {
        const up = labels.slice(i).join('.');
        const other = domains.get(up);
        if (other === undefined) continue;
        if (explicit || !other.explicit) out.push(t.src.problem(at, MSG.domainOverlapsTenant(domain, i === 0 ? 'equal to' : 'below', up, other.file)));
      }
      if (!domains.has(domain)) domains.set(domain, { file: t.src.file, explicit });
    }
    const identity = rec(d.identity);
    if ((identity.source ?? D.DEFAULT_IDENTITY_SOURCE) === 'platform') {
      const mapped = rec(identity.groups);
      for (const role of ['admins', 'operators', 'auditors']) {
        const group = str(mapped[role]) ?? `${key}-${role}`;
        const other = groups.get(group);
        if (other !== undefined) out.push(t.src.problem(mapped[role] !== undefined ? ['identity', 'groups', role] : ['key'], MSG.duplicateDirectoryGroup(group, other)));
        else groups.set(group, t.src.file);
      }
    }
    if (pg) {
      const schema = pgStateSchemaName(schemaPrefix, key);
      const bytes = Buffer.byteLength(schema, 'utf8');
      if (bytes > PG_MAX_IDENTIFIER_BYTES) out.push(t.src.problem(['key'], MSG.stateNameTooLong(schema, bytes, PG_MAX_IDENTIFIER_BYTES)));
    }
  }
  // Each overlapping pair is reported once: at the descendant when its domain is explicit (the
  // walk up the labels above found earlier ancestors; later ones are found here), otherwise at
  // the explicit ancestor.
  const order = new Map(tenants.map((t, i) => [t.src.file, i]));
  tenants.forEach((t, i) => {
    if (!isRecord(t.data) || typeof t.data.domain !== 'string') return;
    const domain = hostOf(t.data.domain, 'host');
    if (domain === undefined) return;
    for (const [other, o] of domains) {
      if (o.file === t.src.file || !other.endsWith(`.${domain}`)) continue;
      // An explicit descendant carries the report itself (below); a default one cannot.
      if (!o.explicit) out.push(t.src.problem(['domain'], MSG.domainOverlapsTenant(domain, 'above', other, o.file)));
    }
    // Its ancestors among later tenants' domains (the walk found only the earlier ones).
    const labels = domain.split('.');
    for (let j = 1; j < labels.length - 1; j++) {
      const up = labels.slice(j).join('.');
      const o = domains.get(up);
      if (o !== undefined && o.file !== t.src.file && (order.get(o.file) ?? 0) > i) out.push(t.src.problem(['domain'], MSG.domainOverlapsTenant(domain, 'below', up, o.file)));
    }
  });
  return out;
}
