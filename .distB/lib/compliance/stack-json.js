"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resourcesOf = resourcesOf;
exports.allResources = allResources;
exports.proxmoxTypes = proxmoxTypes;
exports.isExpression = isExpression;
exports.findingAt = findingAt;
exports.resolveRef = resolveRef;
exports.preventsDestroy = preventsDestroy;
exports.blocks = blocks;
exports.literal = literal;
/**
 * The resources of one type, built once per frozen `byName` object (the fast synthesis path
 * freezes a stack's document before the rules read it, and every rule asks for resources by
 * type). A frozen object cannot change, so the cached list always matches it; unfrozen documents
 * are read afresh on every call.
 */
const FROZEN_TYPE_INDEX = new WeakMap();
function resourcesOfType(type, byName) {
    const frozen = Object.isFrozen(byName);
    if (frozen) {
        const hit = FROZEN_TYPE_INDEX.get(byName);
        if (hit !== undefined)
            return hit;
    }
    const out = [];
    for (const name of Object.keys(byName).sort()) {
        const body = byName[name];
        const meta = body['//']?.metadata;
        out.push({ type, name, address: `${type}.${name}`, constructPath: typeof meta?.path === 'string' ? meta.path : undefined, body });
    }
    if (frozen)
        FROZEN_TYPE_INDEX.set(byName, out);
    return out;
}
/** Every resource of the given types, in a stable order (type, then name). */
function resourcesOf(json, ...types) {
    const out = [];
    for (const type of types) {
        const byName = json.resource?.[type];
        if (byName === undefined)
            continue;
        for (const r of resourcesOfType(type, byName))
            out.push(r);
    }
    return out;
}
/** Every resource of the stack, in a stable order. */
function allResources(json) {
    return resourcesOf(json, ...Object.keys(json.resource ?? {}).sort());
}
/** The short and the legacy name of a Proxmox resource type (`sdn_vnet` → both). */
function proxmoxTypes(short) {
    return [`proxmox_${short}`, `proxmox_virtual_environment_${short}`];
}
/** True for a Terraform expression string (`${var.x}`, `${proxmox_x.y.id}`). */
function isExpression(v) {
    return typeof v === 'string' && /\$\{[^}]*\}/.test(v);
}
/** A finding located at a resource. */
function findingAt(r, message) {
    return { address: r.address, constructPath: r.constructPath, message };
}
/**
 * Resolves a value that is either a literal or a reference `${<type>.<name>.<attr>}` to another
 * resource of the stack: returns the literal, the referenced resource's attribute literal, or
 * undefined when it cannot be resolved statically.
 */
function resolveRef(json, value) {
    if (!isExpression(value))
        return { value };
    const m = /^\$\{([a-z0-9_]+)\.([^.}]+)\.([a-z0-9_]+)\}$/.exec(value);
    if (m === null)
        return {};
    const body = json.resource?.[m[1]]?.[m[2]];
    if (body === undefined)
        return {};
    const target = resourcesOf(json, m[1]).find((r) => r.name === m[2]);
    const attr = body[m[3]];
    return { value: isExpression(attr) ? undefined : attr, target };
}
/** A resource's `lifecycle.prevent_destroy` is literally true. */
function preventsDestroy(r) {
    const lc = r.body.lifecycle;
    return lc?.prevent_destroy === true;
}
/** Nested blocks may be synthesized as an object or as a list of objects. */
function blocks(v) {
    if (Array.isArray(v))
        return v.filter((x) => x !== null && typeof x === 'object');
    if (v !== null && typeof v === 'object')
        return [v];
    return [];
}
/** A string literal (not an expression), else undefined. */
function literal(v) {
    return typeof v === 'string' && !isExpression(v) ? v : undefined;
}
