/**
 * The JSON Schemas of kommune files and fleet.yaml, generated from the catalogue and the vetted
 * defaults so that every bound appears once. The loader validates with these objects; the same
 * objects are exported to schemas/*.schema.json for editors (yaml-language-server) by
 * `writeJsonSchemas()`, and docs/parameters.md's table is generated from them.
 *
 * Only structure lives here; checks that need several fields or other files are in code
 * (lib/config/validate-*.ts). `patternErrorMessage` is understood by VS Code's YAML/JSON language
 * servers and by our error mapper.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, SEGMENT_PREFIX_BOUNDS, DEFAULT_SIZE, TENANT_BLOCK_PREFIX } from '../model/catalogue';
import * as D from '../model/defaults';
import { FLOW_CATALOGUE, FLOW_IDS } from '../model/flows';
import { HOST_FIREWALL_MIN_PREFIX } from '../model/firewall-networks';
import { APPROVAL_MAX_DAYS } from '../model/approvals';
import { GUEST_CATALOGUE, GUEST_COUNT_BOUNDS, GUEST_NAME_PATTERN, GUEST_OVERRIDE_BOUNDS, GUEST_PROFILE_NAMES, GUEST_SIZE_NAMES } from '../model/guests';
import { DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS, FORBIDDEN_SUPPRESSION_PATTERN } from '../model/suppression-policy';

/**
 * A GitLab user or group as CODEOWNERS names it: "@" and a path of namespace segments (letters,
 * digits, ".", "_", "-"; GitLab's docs, user/reserved_names and namespace rules; segment rule not
 * checked against GitLab's source: a guess kept narrow).
 */
const GITLAB_OWNER_PATTERN = '^@[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$';
const GITLAB_OWNER_HINT = 'a GitLab group or user like "@kommunal/platform"';

/** The subset of JSON Schema (draft-07) we generate. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: readonly (string | number | boolean)[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  pattern?: string;
  patternErrorMessage?: string;
  examples?: unknown[];
}

const DRAFT = 'http://json-schema.org/draft-07/schema#';

function obj(properties: Record<string, JsonSchema>, opts: { required?: string[]; description?: string } = {}): JsonSchema {
  const s: JsonSchema = { type: 'object', additionalProperties: false, properties };
  if (opts.description) s.description = opts.description;
  if (opts.required && opts.required.length > 0) s.required = opts.required;
  return s;
}

/**
 * Text of parameter files is one line of printable characters: no C0 controls (line breaks, tab,
 * ESC, NUL, ...), no DEL, no C1 controls. Names and reasons reach terminals (`kommunal explain`),
 * Markdown documents and resource comments, where an ESC sequence or a line break forges output.
 */
export const SINGLE_LINE_TEXT_PATTERN = '^[^\\u0000-\\u001F\\u007F-\\u009F]*$';
const SINGLE_LINE_TEXT_HINT = 'one line of text without control characters (no line break, tab, ESC or NUL)';

/** A string field; one without its own pattern gets {@link SINGLE_LINE_TEXT_PATTERN}. */
function str(description: string, extra: Partial<JsonSchema> = {}): JsonSchema {
  const text = extra.pattern === undefined && extra.enum === undefined ? { pattern: SINGLE_LINE_TEXT_PATTERN, patternErrorMessage: SINGLE_LINE_TEXT_HINT } : {};
  return { type: 'string', description, ...text, ...extra };
}

function int(description: string, bounds: D.IntBounds, def?: number): JsonSchema {
  const s: JsonSchema = { type: 'integer', description, minimum: bounds.min, maximum: bounds.max };
  if (def !== undefined) s.default = def;
  return s;
}

function map(description: string, value: JsonSchema, keyPattern: string, keyHint: string): JsonSchema {
  return {
    type: 'object',
    description,
    propertyNames: { pattern: keyPattern, patternErrorMessage: keyHint },
    additionalProperties: value,
  };
}

const SLUG_HINT = 'a lower-case slug: letters, digits and hyphens, starting with a letter (e.g. "ortsgemeinde-a")';
const TIME_HINT = 'a time "HH:MM" (24 h)';
const DATE_HINT = 'a date "YYYY-MM-DD"';
const HOST_PATTERN = '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$';
const CIDR_PATTERN = '^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$';
const CIDR_HINT = 'an IPv4 CIDR like "10.64.0.0/12"';
const HOST_HINT = 'a host name or IPv4 address';
/**
 * A storage ID as the blueprint writes them: pve-common src/PVE/JSONSchema.pm parse_id (L292-304)
 * accepts either case; the blueprint keeps storage IDs lower-case (PROXMOX_STORAGE_ID).
 */
export const GUEST_STORAGE_PATTERN = '^[a-z][a-z0-9._-]*[a-z0-9]$';
const CLUSTER_ID_HINT = 'a lower-case DNS label of 2-20 characters (letters, digits, hyphens; starts with a letter)';
const PBS_DATASTORE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9._-]*$';
const DOMAIN_PATTERN = '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}$';
const DOMAIN_HINT = 'a lower-case DNS domain such as "musterstadt.de"';

function reason(what: string): JsonSchema {
  return str(`${what}, at least ${D.REASON_MIN_LENGTH} characters: who asked, why, until when.`, { minLength: D.REASON_MIN_LENGTH, maxLength: 500 });
}

function expires(): JsonSchema {
  return str('Date after which the entry no longer applies.', { pattern: D.DATE_PATTERN, patternErrorMessage: DATE_HINT });
}

function retentionSchema(): JsonSchema {
  const texts: Record<string, string> = {
    keepLast: 'Newest backups kept regardless of age (PBS keep-last).',
    keepDaily: 'Days for which the newest backup is kept (PBS keep-daily).',
    keepWeekly: 'Weeks for which the newest backup is kept (PBS keep-weekly).',
    keepMonthly: 'Months for which the newest backup is kept (PBS keep-monthly).',
    keepYearly: 'Years for which the newest backup is kept (PBS keep-yearly).',
  };
  const props: Record<string, JsonSchema> = {};
  for (const f of D.RETENTION_FIELDS) {
    const def = (D.DEFAULT_RETENTION as Record<string, number | undefined>)[f];
    props[f] = int(texts[f], D.RETENTION_BOUNDS[f], def);
  }
  return obj(props, { description: 'Keep-policy of the backups; each field within vetted bounds, unset fields get the vetted default.' });
}

function segmentsSchema(): JsonSchema {
  const props: Record<string, JsonSchema> = {};
  for (const name of SEGMENT_NAMES) {
    const c = SEGMENT_CATALOGUE[name];
    const p = c.prefixLength;
    props[name] = obj(
      {
        prefixLength: {
          ...int(`Prefix length of the segment's subnet. Default by size profile: s /${p.s}, m /${p.m}, l /${p.l}.`, SEGMENT_PREFIX_BOUNDS),
        },
        dhcp: { type: 'boolean', description: 'Serve DHCP in this segment.', default: c.dhcp },
      },
      { description: `${c.role}. Trust ${c.trust}${c.mandatory ? '; always present' : '; optional, enabled by listing it'}.` },
    );
  }
  return obj(props, { description: `Segments from the vetted catalogue. management, servers and clients are always present; list them only to tune them.` });
}

function flowsSchema(): JsonSchema {
  const props: Record<string, JsonSchema> = {};
  for (const id of FLOW_IDS) {
    const f = FLOW_CATALOGUE[id];
    props[id] = obj(
      { reason: str('Why the Kommune needs the flow (shown in the network plan).', { minLength: 1, maxLength: 500 }) },
      { description: `${f.description}: ${f.from} -> ${f.to}, ${f.protocol}${f.ports ? ` ${f.ports}` : ''}.` },
    );
  }
  return obj(props, { description: 'Inter-segment flows enabled from the vetted flow catalogue, keyed by flow ID.' });
}

function guestsSchema(segmentEnum: readonly string[]): JsonSchema {
  const profiles = GUEST_PROFILE_NAMES.map((p) => {
    const c = GUEST_CATALOGUE[p];
    const sizes = GUEST_SIZE_NAMES.map((z) => `${z} ${c.sizes[z].cores} cores/${c.sizes[z].memoryMiB} MiB/${c.sizes[z].diskGiB} GiB${c.sizes[z].dataDiskGiB !== undefined ? `+${c.sizes[z].dataDiskGiB} GiB data` : ''}`).join(', ');
    return `${p} (${c.kind}; ${sizes})`;
  }).join('; ');
  return map(
    'Guests (VMs and containers) from the vetted guest catalogue, keyed by a stable guest name (docs/workloads.md). VM IDs come from the tenant range and are recorded in the lock.',
    obj(
      {
        profile: { type: 'string', description: `Profile of the catalogue: ${profiles}.`, enum: [...GUEST_PROFILE_NAMES] },
        size: { type: 'string', description: 'Size of the catalogue.', enum: [...GUEST_SIZE_NAMES], default: 's' },
        segment: { type: 'string', description: 'Segment of the guest (the edge: its first NIC; it has one NIC per segment). Default: the profile\'s segment (edge: management; others: servers).', enum: [...segmentEnum] },
        count: { ...int('Number of identical instances.', GUEST_COUNT_BOUNDS), default: 1 },
        override: obj(
          {
            cores: int('CPU cores instead of the size\'s.', GUEST_OVERRIDE_BOUNDS.cores),
            memoryMiB: int('Memory in MiB instead of the size\'s.', GUEST_OVERRIDE_BOUNDS.memoryMiB),
            diskGiB: int('System disk in GiB instead of the size\'s.', GUEST_OVERRIDE_BOUNDS.diskGiB),
            dataDiskGiB: int('Data disk in GiB instead of the size\'s (profiles with a data disk).', GUEST_OVERRIDE_BOUNDS.dataDiskGiB),
            storage: str('Storage of the disks instead of the first guest storage; one of the fleet\'s compute.guestStorages.', { pattern: GUEST_STORAGE_PATTERN, patternErrorMessage: 'a lower-case Proxmox storage ID' }),
            reason: reason('Why the vetted size does not fit'),
          },
          { required: ['reason'], description: 'Escape hatch: numbers outside the vetted sizes. Shown in the guest description and tagged `override`.' },
        ),
      },
      { required: ['profile'] },
    ),
    GUEST_NAME_PATTERN,
    'a lower-case slug of 1-20 characters: letters, digits and hyphens, starting with a letter (e.g. "dc", "fachverfahren")',
  );
}

/** The JSON Schema of one `kommunen/<key>.yaml`. */
export function kommuneSchema(): JsonSchema {
  const segmentEnum = [...SEGMENT_NAMES];
  return {
    $schema: DRAFT,
    title: 'kommunal-cdk tenant (Kommune) parameters',
    description: 'Only the safe knobs a Kommune may choose. Everything else is decided by the platform.',
    ...obj(
      {
        key: str('Stable tenant key: lower-case DNS label. Never change it after the first apply.', {
          pattern: D.TENANT_KEY_PATTERN_SOURCE,
          patternErrorMessage: `a lower-case DNS label of ${D.TENANT_KEY_LENGTH.min}-${D.TENANT_KEY_LENGTH.max} characters (letters, digits, hyphens; starts with a letter)`,
          minLength: D.TENANT_KEY_LENGTH.min,
          maxLength: D.TENANT_KEY_LENGTH.max,
        }),
        name: str('Official name as printed (umlauts, commas, parentheses allowed).', { minLength: 1, maxLength: 200 }),
        kind: { type: 'string', description: 'Kind of Kommune.', enum: ['gemeinde', 'stadt', 'verbandsgemeinde', 'landkreis', 'zweckverband'] },
        ags: str('Amtlicher Gemeindeschluessel, 8 digits, in quotes.', { pattern: D.AGS_PATTERN, patternErrorMessage: '8 digits in quotes, e.g. "07315000"' }),
        ars: str('Amtlicher Regionalschluessel, 12 digits, in quotes.', { pattern: D.ARS_PATTERN, patternErrorMessage: '12 digits in quotes, e.g. "073155001000"' }),
        members: {
          ...map(
            'Ortsgemeinden of a Verbandsgemeinde, keyed by a stable slug.',
            obj(
              {
                name: str('Official name of the Ortsgemeinde.', { minLength: 1, maxLength: 200 }),
                ags: str('AGS of the Ortsgemeinde, 8 digits, in quotes.', { pattern: D.AGS_PATTERN, patternErrorMessage: '8 digits in quotes, e.g. "07315000"' }),
              },
              { required: ['name'] },
            ),
            D.SLUG_PATTERN,
            SLUG_HINT,
          ),
          minProperties: 1,
        },
        domain: str('DNS domain of the Kommune; PKI certificates are issued only below it. Default: <key>.<fleet namingDomain>.', {
          pattern: DOMAIN_PATTERN,
          patternErrorMessage: DOMAIN_HINT,
          maxLength: 253,
        }),
        size: {
          type: 'string',
          description: `Size profile; picks the tenant block (s /${TENANT_BLOCK_PREFIX.s}, m /${TENANT_BLOCK_PREFIX.m}, l /${TENANT_BLOCK_PREFIX.l}) and default segment sizes.`,
          enum: ['s', 'm', 'l'],
          default: DEFAULT_SIZE,
        },
        segments: segmentsSchema(),
        flows: flowsSchema(),
        flowExceptions: map(
          'Flows outside the catalogue, each with a reason. Never from dmz, schools or iot into management.',
          obj(
            {
              from: { type: 'string', description: 'Source segment.', enum: segmentEnum },
              to: { type: 'string', description: 'Target segment.', enum: segmentEnum },
              protocol: { type: 'string', description: 'Protocol.', enum: ['tcp', 'udp', 'icmp'] },
              ports: str('Destination ports: "443", "8000:8080" or a comma list; required for tcp and udp.', {
                pattern: D.PORTS_PATTERN,
                patternErrorMessage: 'ports like "443", "8000:8080" or "80,443"',
              }),
              reason: reason('Why the exception is needed'),
              expires: expires(),
            },
            { required: ['from', 'to', 'protocol', 'reason'] },
          ),
          D.SLUG_PATTERN,
          SLUG_HINT,
        ),
        backup: obj(
          {
            windowStart: str(`Start of the nightly backup window; inside ${D.BACKUP_WINDOW_BOUNDS.earliest}-${D.BACKUP_WINDOW_BOUNDS.latest}.`, {
              pattern: D.TIME_PATTERN,
              patternErrorMessage: TIME_HINT,
              default: D.DEFAULT_BACKUP_WINDOW.start,
            }),
            windowEnd: str(`End of the window (may be after midnight); at least ${D.BACKUP_WINDOW_MIN_MINUTES} minutes after the start.`, {
              pattern: D.TIME_PATTERN,
              patternErrorMessage: TIME_HINT,
              default: D.DEFAULT_BACKUP_WINDOW.end,
            }),
            retention: retentionSchema(),
            protected: { type: 'boolean', description: 'Must stay false: PBS never prunes protected backups, so the retention would never apply. Deletion protection is set on the PBS side.', default: D.DEFAULT_BACKUP_PROTECTED },
          },
          { description: 'Backup of all guests in the tenant pool (Grundschutz CON.3).' },
        ),
        logging: obj(
          {
            retentionDays: int(
              `Days logs are kept centrally: at least ${D.LOG_RETENTION_DAYS.min} (incident analysis), at most ${D.LOG_RETENTION_DAYS.max} (data protection).`,
              D.LOG_RETENTION_DAYS,
              D.LOG_RETENTION_DAYS.default,
            ),
          },
          { description: 'Central logging (Grundschutz OPS.1.1.5).' },
        ),
        identity: obj(
          {
            source: {
              type: 'string',
              description: 'Where users come from: the Kommune\'s LDAP/AD, its OIDC provider, or the platform realm.',
              enum: ['ldap', 'oidc', 'platform'],
              default: D.DEFAULT_IDENTITY_SOURCE,
            },
            ldap: obj(
              {
                server: str('LDAP server host.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT, maxLength: 253 }),
                server2: str('Fallback LDAP server host.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT, maxLength: 253 }),
                port: int('LDAP port.', D.PORT_BOUNDS, D.DEFAULT_LDAP_PORT),
                baseDn: str('Base DN of user lookups, e.g. "dc=musterstadt,dc=de".', { minLength: 3, maxLength: 500 }),
                bindDn: str('Bind DN of the lookup account (the password is stored in Vault, never here).', { minLength: 3, maxLength: 500 }),
                activeDirectory: { type: 'boolean', description: 'Active Directory instead of plain LDAP.', default: false },
                userAttribute: str(`User name attribute. Default: ${D.DEFAULT_LDAP_USER_ATTRIBUTE} (${D.DEFAULT_AD_USER_ATTRIBUTE} for Active Directory).`, {
                  pattern: '^[A-Za-z][A-Za-z0-9-]*$',
                  patternErrorMessage: 'an LDAP attribute name',
                }),
                groupFilter: str('LDAP filter selecting the groups to sync.', { minLength: 3, maxLength: 500 }),
              },
              { required: ['server', 'baseDn'], description: 'Connection facts when source is ldap.' },
            ),
            oidc: obj(
              {
                issuerUrl: str('OIDC issuer URL (https).', { minLength: 9, maxLength: 500 }),
                clientId: str('OIDC client ID.', { minLength: 1, maxLength: 200 }),
                groupsClaim: str('Claim carrying the groups.', { minLength: 1, maxLength: 100, default: D.DEFAULT_OIDC_GROUPS_CLAIM }),
                clientKeyVersion: int(
                  'A confidential client: version of its client key, which the platform team writes to Vault (docs/datacenter.md) and raises here with every rotation. Absent: a public client.',
                  D.OIDC_CLIENT_KEY_VERSION_BOUNDS,
                ),
              },
              { required: ['issuerUrl', 'clientId'], description: 'Connection facts when source is oidc.' },
            ),
            groups: obj(
              {
                admins: str('Directory group whose members administer the tenant.', { minLength: 1, maxLength: 200 }),
                operators: str('Directory group of operators (VM power, console, backup restore).', { minLength: 1, maxLength: 200 }),
                auditors: str('Directory group of auditors (read-only).', { minLength: 1, maxLength: 200 }),
              },
              { description: 'Directory groups mapped to the tenant roles. Default: <key>-admins, <key>-operators, <key>-auditors.' },
            ),
          },
          { description: 'Identity source and admin groups.' },
        ),
        suppressions: map(
          'Compliance rules suppressed for this tenant, each with a reason; suppressed findings still appear in every report.',
          obj(
            {
              rule: str('Rule ID of the compliance pack, e.g. "KOM-NET-1".', { pattern: D.RULE_ID_PATTERN, patternErrorMessage: 'a rule ID like "KOM-NET-1"' }),
              reason: reason('Why the rule does not apply'),
              expires: expires(),
            },
            { required: ['rule', 'reason'] },
          ),
          D.SLUG_PATTERN,
          SLUG_HINT,
        ),
        state: { type: 'string', description: 'Lifecycle state; decommissioning freezes changes.', enum: ['active', 'decommissioning'], default: D.DEFAULT_STATE },
        decommissionedSince: str('Date the tenant entered state decommissioning; required in that state. Backups are kept until this date plus the longest retention.', {
          pattern: D.DATE_PATTERN,
          patternErrorMessage: DATE_HINT,
        }),
        approvals: map(
          'Approved destructive changes (delete or replace of protected resources) for the plan guard, each reasoned, dated and expiring.',
          obj(
            {
              address: str('Exact Terraform resource address, as the plan guard prints it (no globs: one approval per address). Required except for action move.', { minLength: 3, maxLength: 500 }),
              action: { type: 'string', description: 'The approved change: delete, replace, an update that weakens protection or widens identity, or move (both phases of moving the tenant between clusters, docs/moving-a-tenant.md).', enum: ['delete', 'replace', 'update', 'move'] },
              from: str('move only: the cluster the tenant leaves.', { pattern: D.CLUSTER_ID_PATTERN, patternErrorMessage: CLUSTER_ID_HINT }),
              to: str('move only: the cluster the tenant moves to.', { pattern: D.CLUSTER_ID_PATTERN, patternErrorMessage: CLUSTER_ID_HINT }),
              reason: reason('Why the change is approved'),
              approvedBy: str('Who approved the change (name or account).', { minLength: 2, maxLength: 200 }),
              approvedOn: str('Date the approval was given; it does not count before.', { pattern: D.DATE_PATTERN, patternErrorMessage: DATE_HINT }),
              expires: str(`Date after which the approval no longer counts; at most ${APPROVAL_MAX_DAYS} days after approvedOn.`, { pattern: D.DATE_PATTERN, patternErrorMessage: DATE_HINT }),
            },
            { required: ['action', 'reason', 'approvedBy', 'approvedOn', 'expires'] },
          ),
          D.SLUG_PATTERN,
          SLUG_HINT,
        ),
        cluster: str('Pin: the fleet cluster the tenant runs on. Must equal the cluster the lock records; moving is an explicit operation (kommunal move-tenant, docs/moving-a-tenant.md). Default: placed by the fleet.', {
          pattern: D.CLUSTER_ID_PATTERN,
          patternErrorMessage: CLUSTER_ID_HINT,
        }),
        guests: guestsSchema(segmentEnum),
      },
      { required: ['key', 'name', 'kind'] },
    ),
  };
}

/** The JSON Schema of fleet.yaml. */
export function fleetSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    title: 'kommunal-cdk fleet settings',
    description: 'Platform settings owned by the provider engineers, once per fleet.',
    ...obj(
      {
        name: str('Fleet name, a lower-case DNS label.', { pattern: '^[a-z][a-z0-9-]{0,30}[a-z0-9]$', patternErrorMessage: 'a lower-case DNS label of 2-32 characters' }),
        namingDomain: str('DNS suffix of tenant default domains: <key>.<namingDomain>.', { pattern: DOMAIN_PATTERN, patternErrorMessage: DOMAIN_HINT, maxLength: 200 }),
        land: str('Two-digit Land code; when set, every AGS/ARS must start with it (07 = Rheinland-Pfalz).', {
          pattern: D.LAND_PATTERN,
          patternErrorMessage: 'a Land code "01" to "16" in quotes',
        }),
        network: obj(
          {
            zoneType: { type: 'string', description: 'SDN zone type of the fleet.', enum: ['vlan', 'qinq', 'vxlan', 'evpn'] },
            supernets: {
              type: 'array',
              description: 'IPv4 supernets tenant blocks are cut from, in order of use.',
              items: str('IPv4 network in CIDR notation.', { pattern: CIDR_PATTERN, patternErrorMessage: CIDR_HINT }),
              minItems: 1,
              uniqueItems: true,
            },
            bridge: str('Linux bridge of vlan/qinq zones.', { pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,14}$', patternErrorMessage: 'a Linux interface name', default: D.DEFAULT_BRIDGE }),
            vxlanPeers: { type: 'array', description: 'Peer addresses of a vxlan zone.', items: str('Peer address.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
            evpnController: str('EVPN controller ID (platform-owned), for evpn zones.', { pattern: '^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$', patternErrorMessage: 'an SDN controller ID', maxLength: 8 }),
            evpnPeers: { type: 'array', description: 'BGP peers of the EVPN controller (the underlay addresses of the nodes), for evpn zones; Proxmox rejects a controller without peers.', items: str('Peer address.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
            evpnAsn: int('AS number of the EVPN controller (evpn zones).', { min: 1, max: 4294967295 }),
            evpnExitNodes: { type: 'array', description: 'Exit nodes of the tenants\' evpn zones: nodes that route each tenant VRF out of the zone (to the platform services, e.g. the log collector); each one of network.nodes, or of every cluster that inherits them. Default: none (no route out of a tenant VRF).', items: str('Node name.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
            nodes: { type: 'array', description: 'Proxmox nodes the zones apply to.', items: str('Node name.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), uniqueItems: true },
            managementCidrs: { type: 'array', description: `Administrators' networks outside the nodes' own network that may reach the nodes' API (TCP 8006) and SSH (TCP 22); at most /${HOST_FIREWALL_MIN_PREFIX} wide. Default: none (only the nodes' local network).`, items: str('IPv4 network; a single host is /32.', { pattern: CIDR_PATTERN, patternErrorMessage: CIDR_HINT }), uniqueItems: true },
            ciRunnerCidrs: { type: 'array', description: `Networks of the CI runners: API (TCP 8006) and SSH (TCP 22, snippet upload of the platform job); at most /${HOST_FIREWALL_MIN_PREFIX} wide. Default: none (only the nodes' local network).`, items: str('IPv4 network; a single host is /32.', { pattern: CIDR_PATTERN, patternErrorMessage: CIDR_HINT }), uniqueItems: true },
            ceph: obj(
              {
                publicNetwork: str('Ceph public network (monitors TCP 3300/6789, daemons TCP 6800-7300 are let in from it).', { pattern: CIDR_PATTERN, patternErrorMessage: CIDR_HINT }),
                clusterNetwork: str('Ceph cluster network (OSD replication), when separate from the public network.', { pattern: CIDR_PATTERN, patternErrorMessage: CIDR_HINT }),
              },
              { required: ['publicNetwork'] },
            ),
          },
          { required: ['zoneType', 'supernets'] },
        ),
        compute: obj({
          vmIdBase: int('First VM ID of tenant ranges.', D.VM_ID_BOUNDS, D.DEFAULT_VM_ID_BASE),
          vmIdsPerTenant: int('VM IDs per tenant.', D.VM_IDS_PER_TENANT_BOUNDS, D.DEFAULT_VM_IDS_PER_TENANT),
          guestStorages: {
            type: 'array',
            description: 'Proxmox storages tenant guests may put disks on; each becomes a member of every tenant pool (one storage may be a member of many pools). Not a tenant PBS storage (pbs-...).',
            // pve-common src/PVE/JSONSchema.pm parse_id (L292-304): pve-storage-id, 2+ characters.
            items: str('Proxmox storage ID.', { pattern: GUEST_STORAGE_PATTERN, patternErrorMessage: 'a lower-case Proxmox storage ID (letters, digits, ., -, _; starts with a letter)', maxLength: 64 }),
            minItems: 1,
            uniqueItems: true,
            default: [...D.DEFAULT_GUEST_STORAGES],
          },
          templates: {
            ...obj(
              Object.fromEntries(GUEST_PROFILE_NAMES.map((p) => [p, GUEST_CATALOGUE[p].kind === 'vm'
                ? obj({ vmId: int(`VM ID of the template that ${p} guests are cloned from (a full clone).`, D.VM_ID_BOUNDS) }, { required: ['vmId'] })
                : obj({ file: str(`Container template volume of ${p} guests, e.g. "cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst".`, { pattern: '^[a-z][a-z0-9._-]*[a-z0-9]:vztmpl/[A-Za-z0-9._+-]+$', patternErrorMessage: 'a template volume "<storage>:vztmpl/<file>"', maxLength: 255 }) }, { required: ['file'] })])),
              { description: 'Templates per guest profile (docs/workloads.md); nothing is downloaded in synthesis. A profile without a template cannot be used by tenants.' },
            ),
          },
          // pve-common JSONSchema.pm: a bridge is a Linux interface name (pve-iface, at most 20 characters).
          edgeUplinkBridge: str('Linux bridge of the edge guest\'s uplink NIC: its path out of the tenant to the platform services (vlan, qinq and vxlan zones; docs/workloads.md "Routing").', { pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,19}$', patternErrorMessage: 'a Linux bridge name (letters, digits, ., -, _; at most 20 characters)', default: D.DEFAULT_EDGE_UPLINK_BRIDGE }),
        }),
        backup: obj(
          {
            server: str('PBS server host.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }),
            datastore: str('PBS datastore.', { pattern: '^[A-Za-z0-9_][A-Za-z0-9._-]*$', patternErrorMessage: 'a PBS datastore name' }),
            namespaceRoot: str('Root namespace under which each tenant gets its own.', { pattern: '^[A-Za-z0-9_][A-Za-z0-9._-]*$', patternErrorMessage: 'a PBS namespace component', default: D.DEFAULT_PBS_NAMESPACE_ROOT }),
            secondCopy: obj(
              {
                server: str('Second PBS host (sync target, off-site).', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }),
                datastore: str('Datastore on the second PBS.', { pattern: '^[A-Za-z0-9_][A-Za-z0-9._-]*$', patternErrorMessage: 'a PBS datastore name' }),
              },
              { required: ['server', 'datastore'], description: 'The fleet-wide second copy. Required unless the fleet has two or more sites (then each site syncs to its partner site, sites.<id>.syncTo; setting it is an error).' },
            ),
            notificationTarget: str('Notification target on Proxmox VE.', { minLength: 1, maxLength: 64, default: D.DEFAULT_BACKUP_NOTIFICATION_TARGET }),
            userPrefix: str('Prefix of the per-tenant PBS user <prefix><key>@pbs.', { pattern: '^[a-z][a-z0-9_-]{0,15}$', patternErrorMessage: 'lower-case letters, digits, _ and -', default: D.DEFAULT_PBS_USER_PREFIX }),
            mailTo: { type: 'array', description: 'Mail addresses notified of failed backup jobs.', items: str('Mail address.', { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', patternErrorMessage: 'a mail address' }), uniqueItems: true },
          },
          { required: ['server', 'datastore'] },
        ),
        vault: obj(
          {
            isolation: { type: 'string', description: 'Tenant isolation: namespace (Vault Enterprise, OpenBao >= 2.3) or path prefix.', enum: ['namespace', 'path'] },
            pkiIntermediatePath: str('Mount path of the platform PKI intermediate.', { pattern: '^[a-z][a-z0-9/_-]*[a-z0-9]$', patternErrorMessage: 'a Vault mount path', default: D.DEFAULT_PKI_INTERMEDIATE_PATH }),
            tenantRoot: str('Parent namespace or path prefix of tenants.', { pattern: '^[a-z][a-z0-9/_-]*[a-z0-9]$', patternErrorMessage: 'a Vault path', default: D.DEFAULT_VAULT_TENANT_ROOT }),
            sharedKvMount: str('Shared KV v2 mount of all tenants (path isolation).', { pattern: '^[a-z][a-z0-9_-]*[a-z0-9]$', patternErrorMessage: 'a Vault mount path', default: D.DEFAULT_SHARED_KV_MOUNT }),
            pkiCommonName: str('Common name of the platform issuing CA. Default: "<fleet name> Issuing CA".', { minLength: 3, maxLength: 64 }),
            auditDevice: {
              type: 'string',
              description: 'Who declares the audit device: server-config (in the server configuration; OpenBao >= 2.3.2 refuses audit devices created through the API by default) or api (the platform stack creates it: HashiCorp Vault, or OpenBao with unsafe_allow_api_audit_creation).',
              enum: ['server-config', 'api'],
              default: 'server-config',
            },
            ci: obj(
              {
                issuer: str('ID token issuer: the GitLab URL (https).', { pattern: '^https://[^\\s/]+', patternErrorMessage: 'an https URL' }),
                mount: str('JWT auth mount.', { pattern: '^[a-z][a-z0-9_-]*[a-z0-9]$', patternErrorMessage: 'a Vault mount path', default: D.DEFAULT_CI_JWT_MOUNT }),
                audience: str('Audience of the ID tokens. Default: the issuer.', { minLength: 1, maxLength: 200 }),
                projectPathPrefix: str('One project per tenant: the tenant CI role accepts project_path <prefix>/<key>. Set this or projectPath.', { pattern: '^[A-Za-z0-9][A-Za-z0-9_./-]*[A-Za-z0-9]$', patternErrorMessage: 'a GitLab group path' }),
                projectPath: str('One fleet repository: the tenant CI role accepts this project in environment kommunen/<key>. Set this or projectPathPrefix.', { pattern: '^[A-Za-z0-9][A-Za-z0-9_./-]*[A-Za-z0-9]$', patternErrorMessage: 'a GitLab project path' }),
                defaultBranch: str('Default branch of the project(s): only its pipelines, on a protected ref, may log in with a tenant apply role.', { pattern: '^[A-Za-z0-9][A-Za-z0-9_./-]*$', patternErrorMessage: 'a Git branch name', maxLength: 200, default: D.DEFAULT_CI_DEFAULT_BRANCH }),
                platformProjectPath: str('The project whose pipelines run the platform jobs: the platform plan and apply CI roles accept only its jobs in the environment platform. Default: projectPath; without either the platform jobs keep VAULT_TOKEN.', { pattern: '^[A-Za-z0-9][A-Za-z0-9_./-]*[A-Za-z0-9]$', patternErrorMessage: 'a GitLab project path' }),
              },
              { required: ['issuer'] },
            ),
            directoryAuth: obj(
              {
                kind: { type: 'string', description: 'Directory login method.', enum: ['ldap', 'oidc'] },
                mount: str('Auth mount path.', { pattern: '^[a-z][a-z0-9_-]*[a-z0-9]$', patternErrorMessage: 'a Vault mount path' }),
                discoveryUrl: str('OIDC discovery URL (https), for kind oidc.', { pattern: '^https://[^\\s/]+', patternErrorMessage: 'an https URL' }),
                clientId: str('OIDC client ID, for kind oidc.', { minLength: 1, maxLength: 200 }),
                redirectUris: { type: 'array', description: 'Allowed OIDC redirect URIs.', items: str('URI.', { minLength: 8, maxLength: 500 }), uniqueItems: true },
              },
              { required: ['kind', 'mount'] },
            ),
          },
          { required: ['isolation'] },
        ),
        logging: obj(
          {
            collector: str('Central syslog collector, host:port.', { minLength: 3, maxLength: 260 }),
            metricsServer: str('Proxmox metrics server ID.', { pattern: '^[A-Za-z][A-Za-z0-9_-]*$', patternErrorMessage: 'a metrics server ID', default: D.DEFAULT_METRICS_SERVER }),
            metrics: obj(
              {
                server: str('Metrics server host.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }),
                port: int('Metrics server port.', { min: 1, max: 65535 }),
                type: { type: 'string', description: 'Metrics server type.', enum: ['influxdb', 'graphite', 'opentelemetry'], default: 'influxdb' },
                influxBucket: str('InfluxDB bucket.', { minLength: 1, maxLength: 200 }),
                influxOrganization: str('InfluxDB organisation.', { minLength: 1, maxLength: 200 }),
                influxTokenVersion: int(
                  'InfluxDB only: version of the API token (TF_VAR_metrics_influx_token), which the platform stack sends write-only (never in plan or state); raise it with every rotation of the token. Default 1.',
                  D.INFLUX_TOKEN_VERSION_BOUNDS,
                  D.DEFAULT_INFLUX_TOKEN_VERSION,
                ),
              },
              { required: ['server', 'port'] },
            ),
            snippets: obj({
              node: str('Node holding the snippets datastore. Default: the first of network.nodes.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }),
              datastore: str('Shared datastore with content type snippets (never node-local such as local).', { pattern: '^[A-Za-z][A-Za-z0-9._-]*$', patternErrorMessage: 'a datastore ID', default: D.DEFAULT_SNIPPETS_DATASTORE }),
            }),
          },
          { required: ['collector'] },
        ),
        identity: obj({
          sharedRealm: obj(
            {
              id: str('Realm ID on Proxmox VE.', { pattern: '^[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]$', patternErrorMessage: 'a Proxmox realm ID', maxLength: 32 }),
              issuerUrl: str('OIDC issuer URL (https).', { minLength: 9, maxLength: 500 }),
              clientId: str('OIDC client ID.', { minLength: 1, maxLength: 200 }),
            },
            { required: ['id', 'issuerUrl', 'clientId'] },
          ),
        }),
        state: obj(
          {
            backend: { type: 'string', description: 'Terraform state backend.', enum: ['local', 'pg', 's3', 'http'] },
            settings: { type: 'object', description: 'Backend settings without secrets.', additionalProperties: str('A setting.') },
          },
          { required: ['backend'] },
        ),
        tenants: str('Folder with the tenant files, relative to fleet.yaml.', { minLength: 1, default: D.DEFAULT_TENANTS_FOLDER }),
        compliance: obj({
          forbidTenantSuppressions: {
            type: 'array',
            description: 'Rules (KOM-IAM-3) or rule families (KOM-SEC-*) a tenant file may not suppress; [] allows every rule.',
            items: str('A rule ID or a rule family ending in "-*".', { pattern: FORBIDDEN_SUPPRESSION_PATTERN, patternErrorMessage: 'a rule ID like "KOM-IAM-3" or a family like "KOM-SEC-*"' }),
            uniqueItems: true,
            default: [...DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS],
          },
        }, { description: 'What tenant files may do about the compliance rule pack.' }),
        codeowners: obj(
          {
            platformTeam: str('GitLab group or user of the platform team ("@group/subgroup"); owns fleet, lock, pipeline and every tenant file in the generated CODEOWNERS.', { pattern: GITLAB_OWNER_PATTERN, patternErrorMessage: GITLAB_OWNER_HINT }),
            tenantGroupPrefix: str('GitLab group under which each tenant has its group <prefix>/<key>; a tenant file then also needs its tenant group\'s approval.', { pattern: GITLAB_OWNER_PATTERN, patternErrorMessage: GITLAB_OWNER_HINT }),
          },
          { required: ['platformTeam'], description: 'Who must approve changes of which file: the CODEOWNERS file that `kommunal codeowners` writes.' },
        ),
        sites: {
          ...map(
            'Sites (datacenter locations) of the fleet, keyed by site ID; each has its own PBS. Required with clusters. Default: one implicit site.',
            obj(
              {
                name: str('Display name of the site. Default: the site ID.', { minLength: 1, maxLength: 200 }),
                pbs: obj(
                  {
                    server: str('PBS server host of the site.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }),
                    datastore: str('PBS datastore of the site.', { pattern: PBS_DATASTORE_PATTERN, patternErrorMessage: 'a PBS datastore name' }),
                  },
                  { required: ['server', 'datastore'], description: 'The site\'s Proxmox Backup Server: the first copy of the backups of every tenant at the site.' },
                ),
                syncTo: str('Partner site whose PBS takes the second copy of this site\'s backups (a PBS sync job there). Default: with exactly two sites, the other one; required with three or more.', { pattern: D.CLUSTER_ID_PATTERN, patternErrorMessage: CLUSTER_ID_HINT }),
              },
              { required: ['pbs'] },
            ),
            D.CLUSTER_ID_PATTERN,
            CLUSTER_ID_HINT,
          ),
          minProperties: 1,
        },
        clusters: {
          ...map(
            'Proxmox VE clusters of the fleet, keyed by cluster ID; each tenant is placed on one (docs/clusters.md). Default: one implicit cluster from network and backup.',
            obj(
              {
                site: str('ID of the site the cluster stands at (a cluster never spans two sites).', { pattern: D.CLUSTER_ID_PATTERN, patternErrorMessage: CLUSTER_ID_HINT }),
                endpoint: str('Proxmox VE API URL of the cluster (https), e.g. https://pve-a.example.org:8006/.', { pattern: '^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$', patternErrorMessage: 'an https URL of host and optional port, e.g. "https://pve-a.example.org:8006/"', maxLength: 260 }),
                nodes: { type: 'array', description: 'Proxmox nodes of the cluster; a node name is unique across the fleet.', items: str('Node name.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
                bridge: str('Linux bridge of vlan/qinq zones. Default: network.bridge.', { pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,14}$', patternErrorMessage: 'a Linux interface name' }),
                vxlanPeers: { type: 'array', description: 'Peer addresses of the cluster\'s vxlan zone. Default: network.vxlanPeers.', items: str('Peer address.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
                evpnController: str('EVPN controller ID of the cluster (evpn zones). Default: network.evpnController.', { pattern: '^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$', patternErrorMessage: 'an SDN controller ID', maxLength: 8 }),
                evpnPeers: { type: 'array', description: 'BGP peers of the cluster\'s EVPN controller (its nodes\' underlay addresses), for evpn zones.', items: str('Peer address.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
                evpnAsn: int('AS number of the cluster\'s EVPN controller. Default: network.evpnAsn.', { min: 1, max: 4294967295 }),
                evpnExitNodes: { type: 'array', description: 'Exit nodes of the tenants\' evpn zones on this cluster: nodes of the cluster that route each tenant VRF out of the zone. Default: network.evpnExitNodes.', items: str('Node name.', { pattern: HOST_PATTERN, patternErrorMessage: HOST_HINT }), minItems: 1, uniqueItems: true },
                maxTenants: int('Most tenants the cluster may hold (placement and pins).', D.CLUSTER_MAX_TENANTS_BOUNDS, D.DEFAULT_CLUSTER_MAX_TENANTS),
              },
              { required: ['site', 'endpoint', 'nodes'] },
            ),
            D.CLUSTER_ID_PATTERN,
            CLUSTER_ID_HINT,
          ),
          minProperties: 1,
        },
        legacyCluster: str('Cluster of tenants whose lock entry records no cluster (allocated while the fleet had one cluster). Default: the only cluster.', { pattern: D.CLUSTER_ID_PATTERN, patternErrorMessage: CLUSTER_ID_HINT }),
      },
      { required: ['name', 'namingDomain', 'network', 'backup', 'vault', 'logging'] },
    ),
  };
}

/** The package root: the nearest folder above this module with kommunal-cdk's package.json (works from lib/ and dist/lib/). */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'kommunal-cdk') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the kommunal-cdk package root above ${from}`);
    dir = up;
  }
}

/** Serialized form of a schema as committed under schemas/ (stable key order, trailing newline). */
export function serializeSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const SCHEMA_FILES = { kommune: 'schemas/kommune.schema.json', fleet: 'schemas/fleet.schema.json' } as const;

/** Writes schemas/kommune.schema.json and schemas/fleet.schema.json below `root` (the package root). */
export function writeJsonSchemas(root: string = packageRoot()): string[] {
  const written: string[] = [];
  for (const [file, schema] of [
    [SCHEMA_FILES.kommune, kommuneSchema()],
    [SCHEMA_FILES.fleet, fleetSchema()],
  ] as const) {
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, serializeSchema(schema));
    written.push(abs);
  }
  return written;
}
