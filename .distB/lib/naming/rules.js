"use strict";
/**
 * Identifier rules of every target system a tenant's names land in. Each validator returns an error
 * text (naming the value and what is allowed) or undefined. The rule constants are exported so that
 * documentation and JSON Schemas can show the same rule.
 *
 * Sources: Proxmox VE SDN (zone/vnet IDs), pve-firewall (`pve-security-group-name`), pve-access
 * (`pve-poolid`, `pve-groupid`, `pve-roleid`), Proxmox Backup Server (`BACKUP_NS_RE`,
 * `MAX_NAMESPACE_DEPTH`), RFC 1123 (DNS labels), IEEE 802.1Q (VLAN), RFC 7348 (VXLAN VNI).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkVmId = exports.checkVni = exports.checkVlanTag = exports.checkConstructId = exports.checkDnsLabel = exports.checkRoleId = exports.checkGroupId = exports.checkPoolId = exports.checkSecurityGroupName = exports.checkSdnId = exports.VM_ID_RULE = exports.VNI_RULE = exports.VLAN_TAG_RULE = exports.CONSTRUCT_ID_RULE = exports.PBS_NAMESPACE_MAX_LENGTH = exports.PBS_NAMESPACE_MAX_DEPTH = exports.PBS_NAMESPACE_COMPONENT_RULE = exports.VAULT_RESERVED_SEGMENTS = exports.VAULT_PATH_SEGMENT_RULE = exports.DNS_LABEL_RULE = exports.PVE_ACCESS_ID_RULE = exports.SECURITY_GROUP_RULE = exports.SDN_ID_RULE = void 0;
exports.checkString = checkString;
exports.checkInteger = checkInteger;
exports.checkVaultPathSegment = checkVaultPathSegment;
exports.checkPbsNamespace = checkPbsNamespace;
/** Proxmox SDN zone and vnet IDs: cluster-wide unique. */
exports.SDN_ID_RULE = {
    pattern: /^[A-Za-z][A-Za-z0-9]*[A-Za-z0-9]$/, minLength: 2, maxLength: 8,
    description: 'a letter, then letters and digits only, 2-8 characters',
};
/** Proxmox firewall security group names (cluster-wide). */
exports.SECURITY_GROUP_RULE = {
    pattern: /^[A-Za-z][A-Za-z0-9_-]+$/, minLength: 2, maxLength: 18,
    description: "a letter, then letters, digits, '-' and '_', 2-18 characters",
};
/** Proxmox pool, group and role IDs (pve-poolid / pve-groupid / pve-roleid). */
exports.PVE_ACCESS_ID_RULE = {
    pattern: /^[A-Za-z0-9._-]+$/, minLength: 1, maxLength: 64,
    description: "letters, digits, '.', '-' and '_', 1-64 characters",
};
/** One DNS label (RFC 1123: may start with a digit). */
exports.DNS_LABEL_RULE = {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, minLength: 1, maxLength: 63,
    description: "letters, digits and '-', not starting or ending with '-', 1-63 characters",
};
/** One segment of a Vault/OpenBao path or namespace (conservative: no wildcards, no '/'). */
exports.VAULT_PATH_SEGMENT_RULE = {
    pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 128,
    description: "a letter, digit or '_', then letters, digits, '.', '-' and '_', 1-128 characters",
};
/** Segment names Vault reserves at the top of a namespace. */
exports.VAULT_RESERVED_SEGMENTS = ['root', 'sys', 'audit', 'auth', 'cubbyhole', 'identity'];
/** One component of a Proxmox Backup Server namespace. */
exports.PBS_NAMESPACE_COMPONENT_RULE = {
    pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 256,
    description: "a letter, digit or '_', then letters, digits, '.', '-' and '_'",
};
/** PBS namespaces are at most 7 levels deep and at most 256 characters long. */
exports.PBS_NAMESPACE_MAX_DEPTH = 7;
exports.PBS_NAMESPACE_MAX_LENGTH = 256;
/** Construct IDs that are also safe as Terraform resource name parts (no '/', no spaces). */
exports.CONSTRUCT_ID_RULE = {
    pattern: /^[A-Za-z_][A-Za-z0-9_-]*$/, minLength: 1, maxLength: 255,
    description: "a letter or '_', then letters, digits, '-' and '_', 1-255 characters",
};
exports.VLAN_TAG_RULE = { min: 1, max: 4094, description: 'VLAN tag (802.1Q)' };
exports.VNI_RULE = { min: 1, max: 16_777_215, description: 'VXLAN network identifier (24 bit)' };
exports.VM_ID_RULE = { min: 100, max: 999_999_999, description: 'Proxmox VM ID' };
/** Checks a string against a rule; `what` names the kind of identifier in the message. */
function checkString(rule, what, value) {
    if (typeof value !== 'string')
        return `${what} ${JSON.stringify(value)}: must be a string (${rule.description})`;
    if (value.length < rule.minLength || value.length > rule.maxLength) {
        return `${what} "${value}": has ${value.length} characters, allowed ${rule.minLength}-${rule.maxLength} (${rule.description})`;
    }
    if (!rule.pattern.test(value))
        return `${what} "${value}": must match ${rule.pattern.source} (${rule.description})`;
    return undefined;
}
/** Checks an integer against a rule. */
function checkInteger(rule, what, value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
        return `${what} ${JSON.stringify(value)}: must be an integer from ${rule.min} to ${rule.max} (${rule.description})`;
    }
    return undefined;
}
const checkSdnId = (id) => checkString(exports.SDN_ID_RULE, 'SDN zone/vnet ID', id);
exports.checkSdnId = checkSdnId;
const checkSecurityGroupName = (name) => checkString(exports.SECURITY_GROUP_RULE, 'firewall security group', name);
exports.checkSecurityGroupName = checkSecurityGroupName;
const checkPoolId = (id) => checkString(exports.PVE_ACCESS_ID_RULE, 'Proxmox pool ID', id);
exports.checkPoolId = checkPoolId;
const checkGroupId = (id) => checkString(exports.PVE_ACCESS_ID_RULE, 'Proxmox group ID', id);
exports.checkGroupId = checkGroupId;
const checkRoleId = (id) => checkString(exports.PVE_ACCESS_ID_RULE, 'Proxmox role ID', id);
exports.checkRoleId = checkRoleId;
const checkDnsLabel = (label) => checkString(exports.DNS_LABEL_RULE, 'DNS label', label);
exports.checkDnsLabel = checkDnsLabel;
const checkConstructId = (id) => checkString(exports.CONSTRUCT_ID_RULE, 'construct ID', id);
exports.checkConstructId = checkConstructId;
const checkVlanTag = (tag) => checkInteger(exports.VLAN_TAG_RULE, 'VLAN tag', tag);
exports.checkVlanTag = checkVlanTag;
const checkVni = (vni) => checkInteger(exports.VNI_RULE, 'VNI', vni);
exports.checkVni = checkVni;
const checkVmId = (id) => checkInteger(exports.VM_ID_RULE, 'VM ID', id);
exports.checkVmId = checkVmId;
/** A Vault path segment; reserved top-level names are rejected. */
function checkVaultPathSegment(segment) {
    const problem = checkString(exports.VAULT_PATH_SEGMENT_RULE, 'Vault path segment', segment);
    if (problem)
        return problem;
    if (segment === '.' || segment === '..' || exports.VAULT_RESERVED_SEGMENTS.includes(segment)) {
        return `Vault path segment "${String(segment)}": is reserved (${exports.VAULT_RESERVED_SEGMENTS.join(', ')}, '.', '..')`;
    }
    return undefined;
}
/** A PBS namespace such as "kommunen/mainz": components, depth and total length. */
function checkPbsNamespace(ns) {
    if (typeof ns !== 'string')
        return `PBS namespace ${JSON.stringify(ns)}: must be a string`;
    if (ns.length > exports.PBS_NAMESPACE_MAX_LENGTH) {
        return `PBS namespace "${ns}": has ${ns.length} characters, at most ${exports.PBS_NAMESPACE_MAX_LENGTH} allowed`;
    }
    const parts = ns.split('/');
    if (parts.length > exports.PBS_NAMESPACE_MAX_DEPTH) {
        return `PBS namespace "${ns}": is ${parts.length} levels deep, at most ${exports.PBS_NAMESPACE_MAX_DEPTH} allowed`;
    }
    for (const part of parts) {
        const problem = checkString(exports.PBS_NAMESPACE_COMPONENT_RULE, 'PBS namespace component', part);
        if (problem)
            return `PBS namespace "${ns}": ${problem}`;
    }
    return undefined;
}
