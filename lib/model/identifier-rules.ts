/**
 * Identifier rules of every target system a tenant's names land in. Each validator returns an error
 * text (naming the value and what is allowed) or undefined. The rule constants are exported so that
 * documentation and JSON Schemas can show the same rule.
 *
 * Sources: Proxmox VE SDN (zone/vnet IDs), pve-firewall (`pve-security-group-name`), pve-access
 * (`pve-poolid`, `pve-groupid`, `pve-roleid`), Proxmox Backup Server (`BACKUP_NS_RE`,
 * `MAX_NAMESPACE_DEPTH`), RFC 1123 (DNS labels), IEEE 802.1Q (VLAN), RFC 7348 (VXLAN VNI).
 */

export interface StringRule {
  /** Anchored pattern the whole value must match. */
  readonly pattern: RegExp;
  readonly minLength: number;
  readonly maxLength: number;
  /** Human description used in error texts. */
  readonly description: string;
}

export interface IntegerRule {
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

/** Proxmox SDN zone and vnet IDs: cluster-wide unique. */
export const SDN_ID_RULE: StringRule = {
  pattern: /^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$/, minLength: 2, maxLength: 8,
  description: 'a letter, then letters and digits only, 2-8 characters',
};

/** Proxmox firewall security group names (cluster-wide). */
export const SECURITY_GROUP_RULE: StringRule = {
  pattern: /^[A-Za-z][A-Za-z0-9_-]+$/, minLength: 2, maxLength: 18,
  description: "a letter, then letters, digits, '-' and '_', 2-18 characters",
};

/** Proxmox pool, group and role IDs (pve-poolid / pve-groupid / pve-roleid). */
export const PVE_ACCESS_ID_RULE: StringRule = {
  pattern: /^[A-Za-z0-9._-]+$/, minLength: 1, maxLength: 64,
  description: "letters, digits, '.', '-' and '_', 1-64 characters",
};

/** One DNS label (RFC 1123: may start with a digit). */
export const DNS_LABEL_RULE: StringRule = {
  pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, minLength: 1, maxLength: 63,
  description: "letters, digits and '-', not starting or ending with '-', 1-63 characters",
};

/** One segment of a Vault/OpenBao path or namespace (conservative: no wildcards, no '/'). */
export const VAULT_PATH_SEGMENT_RULE: StringRule = {
  pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 128,
  description: "a letter, digit or '_', then letters, digits, '.', '-' and '_', 1-128 characters",
};

/** Segment names Vault reserves at the top of a namespace. */
export const VAULT_RESERVED_SEGMENTS: readonly string[] = ['root', 'sys', 'audit', 'auth', 'cubbyhole', 'identity'];

/** One component of a Proxmox Backup Server namespace. */
export const PBS_NAMESPACE_COMPONENT_RULE: StringRule = {
  pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 256,
  description: "a letter, digit or '_', then letters, digits, '.', '-' and '_'",
};
/** PBS namespaces are at most 7 levels deep and at most 256 characters long. */
export const PBS_NAMESPACE_MAX_DEPTH = 7;
export const PBS_NAMESPACE_MAX_LENGTH = 256;

/** Construct IDs that are also safe as Terraform resource name parts (no '/', no spaces). */
export const CONSTRUCT_ID_RULE: StringRule = {
  pattern: /^[A-Za-z_][A-Za-z0-9_-]*$/, minLength: 1, maxLength: 255,
  description: "a letter or '_', then letters, digits, '-' and '_', 1-255 characters",
};

export const VLAN_TAG_RULE: IntegerRule = { min: 1, max: 4094, description: 'VLAN tag (802.1Q)' };
export const VNI_RULE: IntegerRule = { min: 1, max: 16_777_215, description: 'VXLAN network identifier (24 bit)' };
export const VM_ID_RULE: IntegerRule = { min: 100, max: 999_999_999, description: 'Proxmox VM ID' };

/** Checks a string against a rule; `what` names the kind of identifier in the message. */
export function checkString(rule: StringRule, what: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${what} ${JSON.stringify(value)}: must be a string (${rule.description})`;
  if (value.length < rule.minLength || value.length > rule.maxLength) {
    return `${what} "${value}": has ${value.length} characters, allowed ${rule.minLength}-${rule.maxLength} (${rule.description})`;
  }
  if (!rule.pattern.test(value)) return `${what} "${value}": must match ${rule.pattern.source} (${rule.description})`;
  return undefined;
}

/** Checks an integer against a rule. */
export function checkInteger(rule: IntegerRule, what: string, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
    return `${what} ${JSON.stringify(value)}: must be an integer from ${rule.min} to ${rule.max} (${rule.description})`;
  }
  return undefined;
}

export const checkSdnId = (id: unknown): string | undefined => checkString(SDN_ID_RULE, 'SDN zone/vnet ID', id);
export const checkSecurityGroupName = (name: unknown): string | undefined =>
  checkString(SECURITY_GROUP_RULE, 'firewall security group', name);
export const checkPoolId = (id: unknown): string | undefined => checkString(PVE_ACCESS_ID_RULE, 'Proxmox pool ID', id);
export const checkGroupId = (id: unknown): string | undefined => checkString(PVE_ACCESS_ID_RULE, 'Proxmox group ID', id);
export const checkRoleId = (id: unknown): string | undefined => checkString(PVE_ACCESS_ID_RULE, 'Proxmox role ID', id);
export const checkDnsLabel = (label: unknown): string | undefined => checkString(DNS_LABEL_RULE, 'DNS label', label);
export const checkConstructId = (id: unknown): string | undefined => checkString(CONSTRUCT_ID_RULE, 'construct ID', id);
export const checkVlanTag = (tag: unknown): string | undefined => checkInteger(VLAN_TAG_RULE, 'VLAN tag', tag);
export const checkVni = (vni: unknown): string | undefined => checkInteger(VNI_RULE, 'VNI', vni);
export const checkVmId = (id: unknown): string | undefined => checkInteger(VM_ID_RULE, 'VM ID', id);

/** A Vault path segment; reserved top-level names are rejected. */
export function checkVaultPathSegment(segment: unknown): string | undefined {
  const problem = checkString(VAULT_PATH_SEGMENT_RULE, 'Vault path segment', segment);
  if (problem) return problem;
  if (segment === '.' || segment === '..' || VAULT_RESERVED_SEGMENTS.includes(segment as string)) {
    return `Vault path segment "${String(segment)}": is reserved (${VAULT_RESERVED_SEGMENTS.join(', ')}, '.', '..')`;
  }
  return undefined;
}

/** A PBS namespace such as "kommunen/mainz": components, depth and total length. */
export function checkPbsNamespace(ns: unknown): string | undefined {
  if (typeof ns !== 'string') return `PBS namespace ${JSON.stringify(ns)}: must be a string`;
  if (ns.length > PBS_NAMESPACE_MAX_LENGTH) {
    return `PBS namespace "${ns}": has ${ns.length} characters, at most ${PBS_NAMESPACE_MAX_LENGTH} allowed`;
  }
  const parts = ns.split('/');
  if (parts.length > PBS_NAMESPACE_MAX_DEPTH) {
    return `PBS namespace "${ns}": is ${parts.length} levels deep, at most ${PBS_NAMESPACE_MAX_DEPTH} allowed`;
  }
  for (const part of parts) {
    const problem = checkString(PBS_NAMESPACE_COMPONENT_RULE, 'PBS namespace component', part);
    if (problem) return `PBS namespace "${ns}": ${problem}`;
  }
  return undefined;
}
