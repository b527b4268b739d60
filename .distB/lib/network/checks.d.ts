/**
 * Prop checks and error texts shared by the network constructs (STYLE 7: error texts live in one
 * module). Every check adds problems to a ProblemCollector under a prop path; none throws.
 * Identifier rules come from lib/naming so that allocation and rendering enforce the same rule.
 */
import type { FirewallLogLevel } from '../core/tenant';
import { ProblemCollector } from '../core/errors';
import { type StringRule } from '../naming/rules';
import { type Ipv4Cidr } from './ipv4';
/** Map keys that become construct IDs and Terraform address parts (segments, flows, guests). */
export declare const MAP_KEY_RULE: StringRule;
/** Cluster-level firewall IP set names: same alphabet as security groups, kept to 18 characters. */
export declare const IP_SET_RULE: StringRule;
/** Linux interface names (bridges): IFNAMSIZ leaves 15 visible characters. */
export declare const BRIDGE_RULE: StringRule;
/** Proxmox node names (host names, one DNS label). */
export declare const NODE_NAME_RULE: StringRule;
/** Vnet alias, as Proxmox accepts it (kept to ASCII so every tool shows it unchanged). */
export declare const VNET_ALIAS_RULE: StringRule;
/** Proxmox firewall log levels, in order of severity. */
export declare const FIREWALL_LOG_LEVELS: readonly FirewallLogLevel[];
/** Bounds of a zone MTU in bytes (IPv4 minimum to common jumbo frame size). */
export declare const MTU_BOUNDS: {
    readonly min: 576;
    readonly max: 9216;
};
/** Adds a problem when `value` is not one of `allowed`. Returns true when it is. */
export declare function checkOneOf<T extends string>(problems: ProblemCollector, path: string, value: unknown, allowed: readonly T[]): value is T;
/** Adds a problem when `value` breaks a naming rule (message from lib/naming). */
export declare function checkRule(problems: ProblemCollector, path: string, rule: StringRule, what: string, value: unknown): boolean;
export declare function checkSdnIdAt(problems: ProblemCollector, path: string, value: unknown): boolean;
export declare function checkSecurityGroupAt(problems: ProblemCollector, path: string, value: unknown): boolean;
/** Adds a problem when `value` is not an integer in [min, max]; `what` names the number. */
export declare function checkIntegerIn(problems: ProblemCollector, path: string, value: unknown, min: number, max: number, what: string): boolean;
/** Parses a CIDR, adding a problem when it is invalid. */
export declare function checkCidrAt(problems: ProblemCollector, path: string, value: unknown): Ipv4Cidr | undefined;
/** Parses an IPv4 address, adding a problem when it is invalid. */
export declare function checkAddressAt(problems: ProblemCollector, path: string, value: unknown): number | undefined;
/**
 * Checks a firewall destination port expression: a port, a range `a:b`, or a comma list of those;
 * every port 1-65535 and every range ascending.
 */
export declare function checkPortsAt(problems: ProblemCollector, path: string, value: unknown): boolean;
/** Adds a problem when a free text is empty or holds control characters (line breaks, tabs). */
export declare function checkTextAt(problems: ProblemCollector, path: string, value: unknown, what: string): boolean;
/** Adds a problem per key of `map` that breaks MAP_KEY_RULE; a missing or empty map is a problem too. */
export declare function checkMapKeys(problems: ProblemCollector, path: string, map: unknown, what: string, allowEmpty?: boolean): string[];
