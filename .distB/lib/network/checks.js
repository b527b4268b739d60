"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MTU_BOUNDS = exports.FIREWALL_LOG_LEVELS = exports.VNET_ALIAS_RULE = exports.NODE_NAME_RULE = exports.BRIDGE_RULE = exports.IP_SET_RULE = exports.MAP_KEY_RULE = void 0;
exports.checkOneOf = checkOneOf;
exports.checkRule = checkRule;
exports.checkSdnIdAt = checkSdnIdAt;
exports.checkSecurityGroupAt = checkSecurityGroupAt;
exports.checkIntegerIn = checkIntegerIn;
exports.checkCidrAt = checkCidrAt;
exports.checkAddressAt = checkAddressAt;
exports.checkPortsAt = checkPortsAt;
exports.checkTextAt = checkTextAt;
exports.checkMapKeys = checkMapKeys;
const errors_1 = require("../core/errors");
const rules_1 = require("../naming/rules");
const ipv4_1 = require("./ipv4");
/** Map keys that become construct IDs and Terraform address parts (segments, flows, guests). */
exports.MAP_KEY_RULE = {
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/, minLength: 2, maxLength: 63,
    description: "a lower-case letter, then lower-case letters, digits and '-', not ending with '-', 2-63 characters",
};
/** Cluster-level firewall IP set names: same alphabet as security groups, kept to 18 characters. */
exports.IP_SET_RULE = { ...rules_1.SECURITY_GROUP_RULE };
/** Linux interface names (bridges): IFNAMSIZ leaves 15 visible characters. */
exports.BRIDGE_RULE = {
    pattern: /^[A-Za-z][A-Za-z0-9._-]*$/, minLength: 1, maxLength: 15,
    description: "a letter, then letters, digits, '.', '-' and '_', 1-15 characters (Linux interface name)",
};
/** Proxmox node names (host names, one DNS label). */
exports.NODE_NAME_RULE = {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, minLength: 1, maxLength: 63,
    description: "letters, digits and '-', not starting or ending with '-', 1-63 characters",
};
/** Vnet alias, as Proxmox accepts it (kept to ASCII so every tool shows it unchanged). */
exports.VNET_ALIAS_RULE = {
    pattern: /^[A-Za-z0-9 ()._-]+$/, minLength: 1, maxLength: 256,
    description: "letters, digits, spaces and '(', ')', '.', '_', '-', 1-256 characters",
};
/** Proxmox firewall log levels, in order of severity. */
exports.FIREWALL_LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'nolog'];
/** Bounds of a zone MTU in bytes (IPv4 minimum to common jumbo frame size). */
exports.MTU_BOUNDS = { min: 576, max: 9216 };
/** Adds a problem when `value` is not one of `allowed`. Returns true when it is. */
function checkOneOf(problems, path, value, allowed) {
    const ok = typeof value === 'string' && allowed.includes(value);
    problems.check(ok, path, `${(0, errors_1.show)(value)} is not allowed; allowed: ${allowed.map((a) => (0, errors_1.show)(a)).join(', ')}`);
    return ok;
}
/** Adds a problem when `value` breaks a naming rule (message from lib/naming). */
function checkRule(problems, path, rule, what, value) {
    const problem = (0, rules_1.checkString)(rule, what, value);
    if (problem)
        problems.add(path, problem);
    return problem === undefined;
}
function checkSdnIdAt(problems, path, value) {
    const problem = (0, rules_1.checkSdnId)(value);
    if (problem)
        problems.add(path, problem);
    return problem === undefined;
}
function checkSecurityGroupAt(problems, path, value) {
    const problem = (0, rules_1.checkSecurityGroupName)(value);
    if (problem)
        problems.add(path, problem);
    return problem === undefined;
}
/** Adds a problem when `value` is not an integer in [min, max]; `what` names the number. */
function checkIntegerIn(problems, path, value, min, max, what) {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    problems.check(ok, path, `${what} ${(0, errors_1.show)(value)} is not allowed; allowed: an integer from ${min} to ${max}`);
    return ok;
}
/** Parses a CIDR, adding a problem when it is invalid. */
function checkCidrAt(problems, path, value) {
    const parsed = (0, ipv4_1.parseCidr)(value);
    if (!parsed.ok) {
        problems.add(path, `${(0, errors_1.show)(value)} ${parsed.reason}`);
        return undefined;
    }
    return parsed.cidr;
}
/** Parses an IPv4 address, adding a problem when it is invalid. */
function checkAddressAt(problems, path, value) {
    const parsed = (0, ipv4_1.parseIpv4)(value);
    problems.check(parsed !== undefined, path, `${(0, errors_1.show)(value)} is not an IPv4 address (dotted quad, no leading zeros)`);
    return parsed;
}
/**
 * Checks a firewall destination port expression: a port, a range `a:b`, or a comma list of those;
 * every port 1-65535 and every range ascending.
 */
function checkPortsAt(problems, path, value) {
    const syntax = typeof value === 'string' && /^[0-9]{1,5}(:[0-9]{1,5})?(,[0-9]{1,5}(:[0-9]{1,5})?)*$/.test(value);
    if (!syntax) {
        problems.add(path, `${(0, errors_1.show)(value)} is not a port expression; allowed: a port ("443"), a range ("8000:8080") or a comma list of those ("80,443"), ports 1-65535`);
        return false;
    }
    for (const part of value.split(',')) {
        const [a, b] = part.split(':').map(Number);
        const from = a;
        const to = b ?? from;
        if (from < 1 || to > 65535 || from > 65535 || to < 1) {
            problems.add(path, `${(0, errors_1.show)(value)}: port ${(0, errors_1.show)(part)} is out of range; allowed: 1-65535`);
            return false;
        }
        if (from > to) {
            problems.add(path, `${(0, errors_1.show)(value)}: range ${(0, errors_1.show)(part)} is reversed; write the lower port first`);
            return false;
        }
    }
    return true;
}
/** Adds a problem when a free text is empty or holds control characters (line breaks, tabs). */
function checkTextAt(problems, path, value, what) {
    const ok = typeof value === 'string' && value.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(value);
    problems.check(ok, path, `${what} ${(0, errors_1.show)(value)} is not allowed; allowed: a non-empty single-line text`);
    return ok;
}
/** Adds a problem per key of `map` that breaks MAP_KEY_RULE; a missing or empty map is a problem too. */
function checkMapKeys(problems, path, map, what, allowEmpty = false) {
    if (map === null || typeof map !== 'object' || Array.isArray(map)) {
        problems.add(path, `${(0, errors_1.show)(map)} is not allowed; allowed: a map of ${what} keyed by stable name`);
        return [];
    }
    const keys = Object.keys(map);
    problems.check(allowEmpty || keys.length > 0, path, `is empty; at least one ${what} is required`);
    for (const key of keys) {
        const problem = (0, rules_1.checkString)(exports.MAP_KEY_RULE, `${what} name`, key);
        if (problem)
            problems.add(`${path}.${key}`, problem);
    }
    return keys.sort();
}
