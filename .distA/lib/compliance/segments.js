"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.segmentOfVnet = segmentOfVnet;
exports.segmentOfIpSet = segmentOfIpSet;
exports.segmentOfSecurityGroup = segmentOfSecurityGroup;
exports.segmentOfSource = segmentOfSource;
exports.firewallRules = firewallRules;
/**
 * Which tenant segment a vnet, IP set or security group of a synthesized stack belongs to: from the
 * TenantSpec when known, else from the naming scheme the constructs use (vnet ID `<code><segment
 * code>`, alias `<key> <segment>`, IP set `<code>-<segment code>-net`, security group
 * `<code>-<segment code>`). Returns undefined when a name does not tell.
 */
const catalogue_1 = require("../config/catalogue");
const stack_json_1 = require("./stack-json");
const BY_CODE = new Map(catalogue_1.SEGMENT_NAMES.map((s) => [catalogue_1.SEGMENT_CATALOGUE[s].code, s]));
function segmentOfVnet(r, spec) {
    const id = (0, stack_json_1.literal)(r.body.id);
    if (spec !== undefined) {
        return catalogue_1.SEGMENT_NAMES.find((s) => spec.network.segments[s]?.vnetId === id);
    }
    const alias = (0, stack_json_1.literal)(r.body.alias);
    const last = alias?.trim().split(/\s+/).pop();
    if (last !== undefined && catalogue_1.SEGMENT_NAMES.includes(last))
        return last;
    return id === undefined ? undefined : BY_CODE.get(id.slice(-2));
}
function segmentOfIpSet(name, spec) {
    if (spec !== undefined)
        return catalogue_1.SEGMENT_NAMES.find((s) => spec.network.segments[s]?.ipSetName === name);
    const m = /-([a-z]{2})-net$/.exec(name);
    return m === null ? undefined : BY_CODE.get(m[1]);
}
function segmentOfSecurityGroup(name, spec) {
    if (spec !== undefined)
        return catalogue_1.SEGMENT_NAMES.find((s) => spec.network.segments[s]?.securityGroup === name);
    const m = /-([a-z]{2})$/.exec(name);
    return m === null ? undefined : BY_CODE.get(m[1]);
}
/** The segment an IP set reference `+name` (or `+dc/name`, `+guest/name`) points at. */
function segmentOfSource(source, spec) {
    if (typeof source !== 'string' || !source.startsWith('+'))
        return undefined;
    const name = source.slice(1).replace(/^(dc|guest|sdn)\//, '');
    return segmentOfIpSet(name, spec);
}
/** The security group rules (type `in`/`out`/`group`) of a security-group or firewall-rules resource. */
function firewallRules(r) {
    const rules = r.body.rule;
    return Array.isArray(rules) ? rules.filter((x) => x !== null && typeof x === 'object') : [];
}
