/**
 * Prop checks and error texts shared by the network constructs (STYLE 7: error texts live in one
 * module). Every check adds problems to a ProblemCollector under a prop path; none throws.
 * Identifier rules come from lib/model so that allocation and rendering enforce the same rule.
 */
import type { FirewallLogLevel } from '../model/tenant-identity';
import { ProblemCollector, show } from '../core/errors';
import { SECURITY_GROUP_RULE, checkSdnId, checkSecurityGroupName, checkString, type StringRule } from '../model/identifier-rules';
import { formatIpv4, parseCidr, parseIpv4Address, type Ipv4Cidr, type PrefixProblem } from '../core/ipv4';

/** Map keys that become construct IDs and Terraform address parts (segments, flows, guests). */
export const MAP_KEY_RULE: StringRule = {
  pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/, minLength: 2, maxLength: 63,
  description: "a lower-case letter, then lower-case letters, digits and '-', not ending with '-', 2-63 characters",
};

/** Cluster-level firewall IP set names: same alphabet as security groups, kept to 18 characters. */
export const IP_SET_RULE: StringRule = { ...SECURITY_GROUP_RULE };

/** Linux interface names (bridges): IFNAMSIZ leaves 15 visible characters. */
export const BRIDGE_RULE: StringRule = {
  pattern: /^[A-Za-z][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 15,
  description: "a letter, then letters, digits, '.', '-' and '_', 1-15 characters (Linux interface name)",
};

/** Proxmox node names (host names, one DNS label). */
export const NODE_NAME_RULE: StringRule = {
  pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, minLength: 1, maxLength: 63,
  description: "letters, digits and '-', not starting or ending with '-', 1-63 characters",
};

/** Vnet alias, as Proxmox accepts it (kept to ASCII so every tool shows it unchanged). */
export const VNET_ALIAS_RULE: StringRule = {
  pattern: /^[A-Za-z0-9 ()._-]+$/, minLength: 1, maxLength: 256,
  description: "letters, digits, spaces and '(', ')', '.', '_', '-', 1-256 characters",
};

/** Proxmox firewall log levels, in order of severity. */
export const FIREWALL_LOG_LEVELS: readonly FirewallLogLevel[] = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'nolog'];

/** Bounds of a zone MTU in bytes (IPv4 minimum to common jumbo frame size). */
export const MTU_BOUNDS = { min: 576, max: 9216 } as const;

/** Adds a problem when `value` is not one of `allowed`. Returns true when it is. */
export function checkOneOf<T extends string>(problems: ProblemCollector, path: string, value: unknown, allowed: readonly T[]): value is T {
  const ok = typeof value === 'string' && (allowed as readonly string[]).includes(value);
  problems.check(ok, path, `${show(value)} is not allowed; allowed: ${allowed.map((a) => show(a)).join(', ')}`);
  return ok;
}

/** Adds a problem when `value` breaks a naming rule (message from lib/model). */
export function checkRule(problems: ProblemCollector, path: string, rule: StringRule, what: string, value: unknown): boolean {
  const problem = checkString(rule, what, value);
  if (problem) problems.add(path, problem);
  return problem === undefined;
}

export function checkSdnIdAt(problems: ProblemCollector, path: string, value: unknown): boolean {
  const problem = checkSdnId(value);
  if (problem) problems.add(path, problem);
  return problem === undefined;
}

export function checkSecurityGroupAt(problems: ProblemCollector, path: string, value: unknown): boolean {
  const problem = checkSecurityGroupName(value);
  if (problem) problems.add(path, problem);
  return problem === undefined;
}

/** Adds a problem when `value` is not an integer in [min, max]; `what` names the number. */
export function checkIntegerIn(problems: ProblemCollector, path: string, value: unknown, min: number, max: number, what: string): boolean {
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  problems.check(ok, path, `${what} ${show(value)} is not allowed; allowed: an integer from ${min} to ${max}`);
  return ok;
}

/**
 * Why a CIDR prop is not acceptable, as the construct checks (and the compliance rules reading the
 * same values from JSON) word it; the parse itself is lib/core/ipv4.ts.
 */
export function cidrProblemReason(problem: PrefixProblem): string {
  switch (problem.kind) {
    case 'not-string':
      return 'must be a string in IPv4 CIDR notation (a.b.c.d/len)';
    case 'host-bits':
      return `is not a network address; the prefix /${problem.prefixLength} starts at ${formatIpv4(problem.network)}/${problem.prefixLength}`;
    default:
      return 'is not in IPv4 CIDR notation (a.b.c.d/len, len 0-32)';
  }
}

/** Parses a CIDR, adding a problem when it is invalid. */
export function checkCidrAt(problems: ProblemCollector, path: string, value: unknown): Ipv4Cidr | undefined {
  const parsed = parseCidr(value);
  if (!parsed.ok) {
    problems.add(path, `${show(value)} ${cidrProblemReason(parsed.problem)}`);
    return undefined;
  }
  return parsed.cidr;
}

/** Parses an IPv4 address, adding a problem when it is invalid. */
export function checkAddressAt(problems: ProblemCollector, path: string, value: unknown): number | undefined {
  const parsed = parseIpv4Address(value);
  problems.check(parsed !== undefined, path, `${show(value)} is not an IPv4 address (dotted quad, no leading zeros)`);
  return parsed;
}

/**
 * Checks a firewall destination port expression: a port, a range `a:b`, or a comma list of those;
 * every port 1-65535 and every range ascending.
 */
export function checkPortsAt(problems: ProblemCollector, path: string, value: unknown): boolean {
  const syntax = typeof value === 'string' && /^[0-9]{1,5}(:[0-9]{1,5})?(,[0-9]{1,5}(:[0-9]{1,5})?)*$/.test(value);
  if (!syntax) {
    problems.add(path, `${show(value)} is not a port expression; allowed: a port ("443"), a range ("8000:8080") or a comma list of those ("80,443"), ports 1-65535`);
    return false;
  }
  for (const part of (value as string).split(',')) {
    const [a, b] = part.split(':').map(Number);
    const from = a as number;
    const to = b ?? from;
    if (from < 1 || to > 65535 || from > 65535 || to < 1) {
      problems.add(path, `${show(value)}: port ${show(part)} is out of range; allowed: 1-65535`);
      return false;
    }
    if (from > to) {
      problems.add(path, `${show(value)}: range ${show(part)} is reversed; write the lower port first`);
      return false;
    }
  }
  return true;
}

/** Adds a problem when a free text is empty or holds control characters (line breaks, tabs). */
export function checkTextAt(problems: ProblemCollector, path: string, value: unknown, what: string): boolean {
  const ok = typeof value === 'string' && value.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(value);
  problems.check(ok, path, `${what} ${show(value)} is not allowed; allowed: a non-empty single-line text`);
  return ok;
}

/** Adds a problem per key of `map` that breaks MAP_KEY_RULE; a missing or empty map is a problem too. */
export function checkMapKeys(problems: ProblemCollector, path: string, map: unknown, what: string, allowEmpty = false): string[] {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    problems.add(path, `${show(map)} is not allowed; allowed: a map of ${what} keyed by stable name`);
    return [];
  }
  const keys = Object.keys(map);
  problems.check(allowEmpty || keys.length > 0, path, `is empty; at least one ${what} is required`);
  for (const key of keys) {
    const problem = checkString(MAP_KEY_RULE, `${what} name`, key);
    if (problem) problems.add(`${path}.${key}`, problem);
  }
  return keys.sort();
}
