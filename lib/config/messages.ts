/**
 * Every error text of the parameter loader and resolution, in one place (STYLE 7). Each message
 * names the bad value, what is allowed, and where useful how to fix it. The position
 * (file:line:column) and the field path are added by the caller (see Problem).
 */

import { show as display, type DisplayOptions } from '../core/display';

/** How the parameter-file messages show a value: shortened, "nothing" for a missing one. */
const PARAMETER_DISPLAY: DisplayOptions = { maxLength: 60, undefinedAs: 'nothing' };

function show(value: unknown): string {
  return display(value, PARAMETER_DISPLAY);
}

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : show(v))).join(', ');
}

function suggest(s: string | undefined): string {
  return s === undefined ? '' : `; did you mean "${s}"?`;
}

export const MSG = {
  // --- file and YAML level ---
  cannotRead: (reason: string) => `cannot read the file: ${reason}`,
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  notAMapping: (what: string, value: unknown) => `${what} must be a mapping of fields, got ${show(value)}`,
  duplicateKey: (key: string, firstLine: number) =>
    `duplicate key ${show(key)}: this mapping already has it on line ${firstLine}; write each key once (YAML would silently keep only the last)`,
  complexKey: () => `a key must be plain text or a number, not a list or a mapping`,
  unknownAlias: (name: string) => `alias *${name} has no anchor &${name} before it; set the anchor first or write the value out`,
  aliasLoop: (name: string) => `alias *${name} is inside its own anchor &${name}, a loop; write the value out`,
  aliasBomb: (name: string | undefined, max: number) =>
    `${name === undefined ? 'the aliases' : `alias *${name}`} expand${name === undefined ? '' : 's'} to too many values (more than ${max} alias expansions, a guard against alias bombs); write the values out instead of nesting aliases`,
  emptyFile: (what: string) => `the file is empty; a ${what} needs at least the required fields`,

  // --- structure (mapped from the JSON Schema) ---
  unknownKey: (key: string, allowed: readonly string[], suggestion: string | undefined) =>
    `unknown field "${key}"${suggest(suggestion)} (allowed here: ${allowed.length > 0 ? list(allowed) : 'no fields'})`,
  unknownFlow: (id: string, suggestion: string | undefined) =>
    `unknown flow "${id}": not in the vetted flow catalogue${suggest(suggestion)} (see docs/parameters.md; anything else needs a flowExceptions entry with a reason)`,
  unknownSegment: (name: string, allowed: readonly string[], suggestion: string | undefined) =>
    `unknown segment "${name}"${suggest(suggestion)} (catalogue segments: ${list(allowed)})`,
  missingField: (field: string) => `required field "${field}" is missing`,
  wrongType: (value: unknown, expected: string) => `${show(value)} is not ${expected}`,
  unquotedDigits: (raw: string) =>
    raw.startsWith('0')
      ? `${raw} was read as a number, so leading zeros are lost; write it in quotes: "${raw}"`
      : `${raw} was read as a number, but this field is text; write it in quotes: "${raw}"`,
  aboveMaximum: (value: unknown, max: number) => `${show(value)} is above the vetted maximum ${max}`,
  belowMinimum: (value: unknown, min: number) => `${show(value)} is below the vetted minimum ${min}`,
  notOneOf: (value: unknown, allowed: readonly unknown[], suggestion: string | undefined) =>
    `${show(value)} is not allowed${suggest(suggestion)} (allowed: ${list(allowed)})`,
  patternMismatch: (value: unknown, hint: string) => `${show(value)} is not valid: expected ${hint}`,
  tooShort: (value: unknown, min: number) => `${show(value)} is too short: at least ${min} characters`,
  tooLong: (value: unknown, max: number) => `${show(value)} is too long: at most ${max} characters`,
  tooFewItems: (min: number) => `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`,
  tooManyItems: (max: number) => `allows at most ${max} entr${max === 1 ? 'y' : 'ies'}`,
  tooFewProperties: (min: number) => `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}; remove the field to use none`,
  duplicateItem: (value: unknown) => `${show(value)} is listed twice`,
  schemaOther: (detail: string) => `invalid: ${detail}`,

  // --- tenant semantics ---
  invalidKey: (key: string, reason: string, suggestion?: string) =>
    `${show(key)} is not a valid tenant key: ${reason}${suggestion === undefined ? '' : `; use "${suggestion}" (and name the file "${suggestion}.yaml")`}`,
  keyIsAPath: () => `a tenant key is a name, not a path ("/", "\\" and ".." are not allowed); use lower-case letters a-z, digits and '-' only`,
  fileNameMismatch: (fileName: string, key: string) =>
    `the file is named "${fileName}" but the key is ${show(key)}; rename the file to "${key}.yaml" (the key is the stable identity, the file name follows it)`,
  duplicateTenantKey: (key: string, otherFile: string) =>
    `tenant key ${show(key)} is already used by ${otherFile}; every tenant needs its own key`,
  reservedTenantKey: (key: string) =>
    `tenant key ${show(key)} is reserved: it is the name of the fleet's platform stack; choose another key (and rename the file to match)`,
  domainOverlapsTenant: (domain: string, relation: string, other: string, otherFile: string) =>
    `domain ${show(domain)} is ${relation} ${show(other)}, the domain of the tenant in ${otherFile}; the PKI role of a tenant issues certificates for its domain and every name below it, so tenant domains must be disjoint (neither equal to, above nor below another tenant's); choose a domain of the Kommune's own`,
  domainOverlapsPlatform: (domain: string, relation: string, host: string, where: string) =>
    `domain ${show(domain)} is ${relation} ${show(host)} (${where} in the fleet file); a tenant's PKI role would issue certificates for that platform name; choose a domain that is neither equal to, above nor below a platform host or the namingDomain`,
  duplicateDirectoryGroup: (group: string, otherFile: string) =>
    `directory group ${show(group)} is already mapped by the tenant in ${otherFile}; both tenants would manage the same group of the platform directory (the Proxmox group and the Vault directory group binding); map a group of this Kommune's own`,
  stateNameTooLong: (schema: string, bytes: number, max: number) =>
    `the pg state backend stores this tenant's state in schema ${show(schema)} (${bytes} bytes), but PostgreSQL cuts identifiers at ${max} bytes, so tenants whose names agree in the first ${max} bytes would share one state; use a shorter key or a shorter state.settings.schemaPrefix`,
  duplicateAgs: (ags: string, otherFile: string) => `AGS ${show(ags)} is already used by ${otherFile}`,
  memberIsTenant: (ags: string, tenantFile: string) =>
    `Ortsgemeinde AGS ${show(ags)} is also the AGS of the tenant in ${tenantFile}; a municipality is either a tenant of its own or a member of a Verbandsgemeinde, not both`,
  duplicateMemberAgs: (ags: string, other: string) =>
    `Ortsgemeinde AGS ${show(ags)} is already listed in ${other}; every member AGS appears once in the fleet`,
  agsLandMismatch: (code: string, land: string) =>
    `${show(code)} belongs to Land ${code.slice(0, 2)}, but the fleet is for Land ${land} (the first two digits of every AGS and ARS)`,
  arsAgsMismatch: (ars: string, ags: string) =>
    `ARS ${show(ars)} does not match AGS ${show(ags)}: the ARS is the AGS's first 5 digits, a 4-digit Verband code, then the AGS's last 3 digits`,
  memberAgsOutsideKreis: (ags: string, prefix: string) =>
    `Ortsgemeinde AGS ${show(ags)} is not in the Kreis of this Verbandsgemeinde (AGS must start with ${prefix})`,
  membersOnlyForVerbandsgemeinde: (kind: string) =>
    `members (Ortsgemeinden) are only allowed for kind "verbandsgemeinde", not for "${kind}"`,
  membersRequired: () => `a Verbandsgemeinde lists its Ortsgemeinden under "members"`,
  agsNotForZweckverband: () => `a Zweckverband has no AGS of its own; remove the field (use "ars" if it has a Regionalschluessel)`,
  invalidDomain: (domain: string, reason: string) => `${show(domain)} is not a valid DNS domain: ${reason}`,

  // --- segments ---
  prefixLargerThanBlock: (prefix: number, blockPrefix: number, size: string) =>
    `/${prefix} is larger than the tenant block /${blockPrefix} of size profile "${size}"; use /${blockPrefix} or a longer prefix, or a larger size profile`,
  segmentsDoNotFit: (needed: number, available: number, blockPrefix: number, size: string) =>
    `the segments need ${needed} addresses but the tenant block /${blockPrefix} of size profile "${size}" has ${available}; use longer prefix lengths or a larger size profile`,

  // --- flows ---
  flowSegmentMissing: (id: string, segment: string) =>
    `flow "${id}" needs segment "${segment}", which this tenant does not enable; add "segments.${segment}: {}" or remove the flow`,
  forbiddenFlow: (from: string, to: string) =>
    `a flow from the untrusted segment "${from}" to "${to}" is never allowed, not even as an exception (the management segment is reachable only from itself)`,
  sameSegmentFlow: (segment: string) => `a flow exception connects two different segments; "${segment}" to "${segment}" is not an inter-segment flow`,
  exceptionIdIsCatalogueId: (id: string) =>
    `"${id}" is a catalogue flow ID; enable it under "flows" instead, or give the exception another ID`,
  portsRequired: (protocol: string) => `a ${protocol} flow exception needs "ports" (allowing every port is not a safe default)`,
  portsNotForIcmp: () => `icmp has no ports; remove the field`,
  portsOutOfRange: (ports: string) => `${show(ports)} has a port outside 1-65535 or a reversed range (write "low:high")`,
  catalogueFlowReversed: (id: string) => `catalogue flow "${id}" is defined in the wrong direction`,
  invalidDate: (value: string) => `${show(value)} is not a calendar date (YYYY-MM-DD)`,

  // --- backup ---
  backupProtected: () =>
    'true would keep every backup forever: PBS never prunes protected snapshots, so the retention below would never apply and the namespace grows without bound; ' +
    'remove it (allowed: false). Protection against deletion is set on the PBS side (the tenant\'s PBS user may back up but not prune or delete), see docs/datacenter.md',
  windowOutside: (value: string, earliest: string, latest: string) =>
    `${show(value)} is outside the vetted backup window ${earliest}-${latest} (backups run at night)`,
  windowInverted: (start: string, end: string, earliest: string) =>
    `the window ${start}-${end} ends before it starts (counted from ${earliest}); swap the times`,
  windowTooShort: (start: string, end: string, minutes: number, min: number) =>
    `the window ${start}-${end} is ${minutes} minutes long; the vetted minimum is ${min} minutes`,

  // --- lifecycle and approvals ---
  decommissionedSinceRequired: () =>
    `state "decommissioning" needs "decommissionedSince" (the date changes were frozen, e.g. "2025-03-31"); backup retention is counted from it`,
  decommissionedSinceUnused: (state: string) =>
    `"decommissionedSince" is only allowed with state "decommissioning", not "${state}"; remove it or set state: decommissioning`,
  forbiddenTenantSuppression: (rule: string, entry: string, fromFleet: boolean) =>
    `a tenant file may not suppress ${rule}: the platform forbids tenant-file suppressions of ${entry === rule ? rule : `${entry} rules`} (${fromFleet ? 'fleet.yaml compliance.forbidTenantSuppressions' : 'default of compliance.forbidTenantSuppressions'}); fix the finding, or ask the platform team for an exception in reviewed code`,
  approvalExpired: (id: string, expires: string, date: string) =>
    `approval "${id}" expired on ${expires} (run date ${date}); the plan guard no longer honours it: remove it once its change is applied, or renew it (new approvedOn, expires, reviewed by the platform team)`,
  approvalMoveField: (id: string, field: string, required: boolean) =>
    required
      ? `approval "${id}" (action move) needs "${field}": a move approval names the cluster the tenant leaves (from) and the one it moves to (to) (docs/moving-a-tenant.md)`
      : `approval "${id}" (action move) names no address: it covers the moving plans of this tenant between "from" and "to"; remove "${field}"`,
  approvalMoveSameCluster: (id: string, cluster: string) => `approval "${id}" moves from cluster "${cluster}" to itself; "from" and "to" must differ`,
  approvalAddressMissing: (id: string, action: string) => `approval "${id}" (action ${action}) needs "address": the exact resource address the plan guard prints`,
  approvalMoveOnly: (id: string, field: string, action: string) => `approval "${id}": "${field}" belongs to action move only, not to action ${action}; remove it`,
  approvalExpiresBeforeApproved: (approvedOn: string, expires: string) =>
    `the approval expires (${expires}) before it was given (${approvedOn}); set "expires" on or after "approvedOn"`,

  // --- identity ---
  identityBlockRequired: (source: string) => `identity.source is "${source}", so the "${source}" block with its connection facts is required`,
  identityBlockUnused: (block: string, source: string) =>
    `the "${block}" block is not used because identity.source is "${source}"; remove it or set source: ${block}`,
  platformRealmMissing: () =>
    `identity.source "platform" needs the fleet's identity.sharedRealm, which fleet.yaml does not define; set source to ldap or oidc, or ask the platform team`,
  invalidHost: (host: string) => `${show(host)} is not a valid host name or IP address`,
  invalidBaseDn: (dn: string) => `${show(dn)} is not a distinguished name like "dc=musterstadt,dc=de"`,
  vaultPathInvalid: (field: string, value: string, problem: string) =>
    `${JSON.stringify(value)} is not a usable Vault path for ${field}: ${problem}`,
  issuerNotHttps: (url: string) => `${show(url)} must be an https:// URL (OIDC issuer)`,

  // --- fleet ---
  invalidCidr: (value: string) => `${show(value)} is not an IPv4 network in CIDR notation with host bits zero (e.g. "10.64.0.0/12")`,
  overlappingSupernets: (a: string, b: string) => `supernet ${a} overlaps ${b}`,
  supernetTooSmall: (cidr: string, blockPrefix: number) => `supernet ${cidr} is smaller than one tenant block (/${blockPrefix})`,
  clusterSiteUnknown: (cluster: string, site: string, known: readonly string[]) =>
    `cluster "${cluster}" names site "${site}", which the fleet does not declare (sites: ${known.length > 0 ? list(known) : 'none; add a "sites" block'})`,
  clusterFieldTaken: (what: string, value: string, cluster: string, other: string) =>
    `${what} "${value}" of cluster "${cluster}" is already ${what} of cluster "${other}"; clusters share no ${what}s`,
  clusterZoneNeeds: (zoneType: string, cluster: string, field: string) =>
    `zone type "${zoneType}" needs "clusters.${cluster}.${field}" (or "network.${field}" for a fleet of one cluster)`,
  clusterFieldUnused: (zoneType: string, field: string) => `"${field}" is not used by zone type "${zoneType}"; remove it`,
  exitNodeNotANode: (node: string, cluster: string | undefined, nodes: readonly string[]) =>
    `exit node "${node}" is not a node of ${cluster !== undefined ? `cluster "${cluster}"` : 'the fleet'} (nodes: ${nodes.length > 0 ? list(nodes) : 'none'}); an exit node routes the tenant VRFs of its own cluster`,
  clustersReplaceNetworkNodes: () =>
    'with "clusters", the nodes are per cluster: move "network.nodes" into clusters.<id>.nodes',
  clusterPeersShared: (field: string) =>
    `the clusters share "network.${field}": each cluster has its own underlay; set clusters.<id>.${field} on every cluster`,
  legacyClusterUnknown: (id: string, known: readonly string[]) =>
    `legacyCluster "${id}" is not a cluster of the fleet (clusters: ${known.length > 0 ? list(known) : 'none'})`,
  secondCopyRequired: (sites: number) =>
    `"backup.secondCopy" is required: ${sites === 1 ? 'with one site there is no partner site for the second copy' : 'a fleet without two or more sites has no partner site for the second copy'} (another PBS server, off-site)`,
  secondCopyWithSites: () =>
    'with two or more sites the second copy of each site\'s backups goes to its partner site (sites.<id>.syncTo, docs/clusters.md "Two sites"); remove "backup.secondCopy"',
  siteSyncToRequired: (site: string, sites: number) =>
    `site "${site}" needs "syncTo": with ${sites} sites the partner site that takes the second copy of its backups must be named`,
  siteSyncToSelf: (site: string) => `site "${site}" cannot sync to itself: the second copy must be at another site`,
  siteSyncToUnknown: (site: string, syncTo: string, known: readonly string[]) =>
    `site "${site}" syncs to site "${syncTo}", which the fleet does not declare (other sites: ${known.length > 0 ? list(known) : 'none'})`,
  siteSyncToSameServer: (site: string, partner: string, server: string) =>
    `site "${site}" and its partner site "${partner}" use the same PBS server "${server}": the second copy must be on another server at another site`,
  sitesWithoutClusters: () => '"sites" without "clusters": a fleet without clusters is one implicit cluster with the "backup" PBS; declare clusters or remove sites',
  tenantClusterUnknown: (pin: string, known: readonly string[], suggestion: string | undefined) =>
    known.length === 0
      ? `cluster "${pin}" is pinned but the fleet declares no clusters (it is one implicit cluster); remove the pin`
      : `cluster "${pin}" is not a cluster of the fleet${suggest(suggestion)} (clusters: ${list(known)})`,
  zoneNeeds: (zoneType: string, field: string) => `zone type "${zoneType}" needs "network.${field}"`,
  snippetNodeMissing: () => 'needs "logging.snippets.node" (where cloud-init snippets are uploaded) when "network.nodes" is not listed',
  ciProjectChoice: () => 'needs exactly one of "projectPathPrefix" (one GitLab project per tenant) and "projectPath" (one fleet repository)',
  oidcAuthNeeds: (field: string) => `kind "oidc" needs "vault.directoryAuth.${field}"`,
  guestStorageIsBackupStorage: (id: string) => `${show(id)} is named like a tenant PBS storage (pbs-<code>), which holds backups only; name a storage for guest disks`,
  zoneFieldUnused: (zoneType: string, field: string) => `"network.${field}" is not used by zone type "${zoneType}"; remove it`,
  invalidHostPort: (value: string) => `${show(value)} is not host:port (e.g. "logs.platform.example:6514")`,
  tenantsFolderMissing: (folder: string) => `the tenants folder ${show(folder)} does not exist (relative to fleet.yaml)`,
  noTenants: (folder: string) => `the tenants folder ${show(folder)} contains no .yaml files`,
  tenantsOutsideFleet: (folder: string) =>
    `the tenants folder ${show(folder)} is not a subfolder of the fleet folder; tenant files live in a folder inside it, next to fleet.yaml (e.g. "kommunen"), so the fleet, its lock and its tenants stay together`,
  notATenantFile: (fileName: string, folder: string) =>
    `"${fileName}" is not read: only ".yaml" files belong in the tenants folder ${show(folder)}; if it is a tenant file, rename it to end in ".yaml", else move it out of the folder`,
  wrongExtension: (fileName: string) => `tenant files end in ".yaml"; rename "${fileName}"`,

  // --- guests (lib/model/guests.ts) ---
  guestSegmentMissing: (guest: string, segment: string, enabled: readonly string[]) =>
    `guest "${guest}" is placed in segment "${segment}", which the tenant does not have (its segments: ${list(enabled)}); enable it under "segments" or choose one of these`,
  guestEdgeTwice: (guest: string, other: string) => `guest "${guest}" is a second edge appliance (the first is "${other}"); a tenant has one edge, which owns its segment gateways`,
  guestEdgeCount: (count: number) => `an edge appliance owns the segment gateways and runs once: count must be 1, got ${count}`,
  guestNoDataDisk: (profile: string) => `profile "${profile}" has no data disk; remove "dataDiskGiB" (allowed: cores, memoryMiB, diskGiB, storage)`,
  guestsExceedRange: (count: number, range: number) =>
    `the guests need ${count} VM IDs, more than the ${range} of the tenant's VM ID range (fleet compute.vmIdsPerTenant); lower the counts`,
  guestStorageNotInPool: (storage: string, storages: readonly string[]) =>
    `storage ${show(storage)} is not one of the fleet's guest storages, the members of the tenant pool (allowed: ${list(storages)}); disks go only on pool storages`,
  guestsWithoutNodes: () => 'the fleet names no Proxmox nodes (network.nodes, or clusters) to create guests on; the platform team adds them to fleet.yaml first',
  guestTemplateMissing: (profile: string, parameter: string, defined: readonly string[]) =>
    `the fleet defines no template for profile "${profile}" (fleet ${parameter}${defined.length > 0 ? `; templates exist for: ${list(defined)}` : '; the fleet defines no templates'}); the platform team adds it to fleet.yaml first`,

  // --- resolution and CLI ---
  unknownTenant: (key: string, fleetFile: string, known: readonly string[], suggestion: string | undefined) =>
    `unknown tenant "${key}" in ${fleetFile}${suggest(suggestion)} (known tenants: ${known.length > 0 ? list(known.slice(0, 20)) + (known.length > 20 ? ', ...' : '') : 'none'})`,
  lockZoneTypeMismatch: (lockZone: string, fleetZone: string) =>
    `the lock file was written for zone type "${lockZone}" but the fleet now says "${fleetZone}"; a zone type change is a migration, not an edit`,
  allocationMissing: (key: string) => `allocation returned no entry for tenant "${key}"`,
  allocationClusterMissing: (key: string, cluster: string | undefined) => `the lock places tenant "${key}" on ${cluster === undefined ? 'no cluster' : `cluster "${cluster}"`}, which the fleet does not declare`,
  secondCopyMissing: (key: string, site: string | undefined) => `tenant "${key}" has no second backup copy: ${site !== undefined ? `its site "${site}" has no partner site (sites.${site}.syncTo) and ` : ''}the fleet sets no backup.secondCopy`,
  allocationSegmentMissing: (key: string, segment: string) => `allocation returned no segment "${segment}" for tenant "${key}"`,
  noSuchPath: (p: string) => `no such file or folder: ${p}`,
  noParameterFiles: (p: string) => `no parameter files (*.yaml) in folder: ${p}`,
  noFleetFile: (p: string) => `no fleet file at ${p}; pass --fleet <file>`,
  noLockFile: (p: string) => `no lock file at ${p}`,
  allocatedInMemory: (lockFile: string) =>
    `note: no lock file at ${lockFile}; allocated in memory, so numbers, tags and addresses below are not recorded yet`,
  notInLockYet: (key: string, lockFile: string) => `note: "${key}" is not in ${lockFile} yet; allocated in memory, not recorded`,
  derivedNameInvalid: (what: string, value: string, reason: string) =>
    `derived ${what} ${show(value)} is invalid: ${reason} (report this: naming rules and allocation disagree)`,
} as const;
