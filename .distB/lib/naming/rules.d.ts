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
export declare const SDN_ID_RULE: StringRule;
/** Proxmox firewall security group names (cluster-wide). */
export declare const SECURITY_GROUP_RULE: StringRule;
/** Proxmox pool, group and role IDs (pve-poolid / pve-groupid / pve-roleid). */
export declare const PVE_ACCESS_ID_RULE: StringRule;
/** One DNS label (RFC 1123: may start with a digit). */
export declare const DNS_LABEL_RULE: StringRule;
/** One segment of a Vault/OpenBao path or namespace (conservative: no wildcards, no '/'). */
export declare const VAULT_PATH_SEGMENT_RULE: StringRule;
/** Segment names Vault reserves at the top of a namespace. */
export declare const VAULT_RESERVED_SEGMENTS: readonly string[];
/** One component of a Proxmox Backup Server namespace. */
export declare const PBS_NAMESPACE_COMPONENT_RULE: StringRule;
/** PBS namespaces are at most 7 levels deep and at most 256 characters long. */
export declare const PBS_NAMESPACE_MAX_DEPTH = 7;
export declare const PBS_NAMESPACE_MAX_LENGTH = 256;
/** Construct IDs that are also safe as Terraform resource name parts (no '/', no spaces). */
export declare const CONSTRUCT_ID_RULE: StringRule;
export declare const VLAN_TAG_RULE: IntegerRule;
export declare const VNI_RULE: IntegerRule;
export declare const VM_ID_RULE: IntegerRule;
/** Checks a string against a rule; `what` names the kind of identifier in the message. */
export declare function checkString(rule: StringRule, what: string, value: unknown): string | undefined;
/** Checks an integer against a rule. */
export declare function checkInteger(rule: IntegerRule, what: string, value: unknown): string | undefined;
export declare const checkSdnId: (id: unknown) => string | undefined;
export declare const checkSecurityGroupName: (name: unknown) => string | undefined;
export declare const checkPoolId: (id: unknown) => string | undefined;
export declare const checkGroupId: (id: unknown) => string | undefined;
export declare const checkRoleId: (id: unknown) => string | undefined;
export declare const checkDnsLabel: (label: unknown) => string | undefined;
export declare const checkConstructId: (id: unknown) => string | undefined;
export declare const checkVlanTag: (tag: unknown) => string | undefined;
export declare const checkVni: (vni: unknown) => string | undefined;
export declare const checkVmId: (id: unknown) => string | undefined;
/** A Vault path segment; reserved top-level names are rejected. */
export declare function checkVaultPathSegment(segment: unknown): string | undefined;
/** A PBS namespace such as "kommunen/mainz": components, depth and total length. */
export declare function checkPbsNamespace(ns: unknown): string | undefined;
