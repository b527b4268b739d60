"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpgradeError = exports.addressOf = void 0;
exports.inventoryFromJson = inventoryFromJson;
exports.addressesFromJson = addressesFromJson;
exports.validateAddressMap = validateAddressMap;
exports.planMoves = planMoves;
exports.movedBlocksFor = movedBlocksFor;
exports.planAddresses = planAddresses;
exports.assertNoDestroys = assertNoDestroys;
/**
 * From a synthesized stack (or a construct tree) and the blueprint version recorded for a tenant to
 * the Terraform `moved` blocks that carry its state to the current addresses; and an offline model of
 * how Terraform matches addresses, to prove that an upgrade destroys nothing.
 *
 * Pure and deterministic: no clock, no environment, no randomness.
 */
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const address_map_1 = require("./address-map");
/** The address `<type>.<name>` of a resource. */
const addressOf = (r) => `${r.type}.${r.name}`;
exports.addressOf = addressOf;
/** An upgrade that cannot be carried out safely; lists every problem. */
class UpgradeError extends Error {
    problems;
    constructor(problems) {
        super(`blueprint upgrade: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
        this.name = 'UpgradeError';
        this.problems = problems;
    }
}
exports.UpgradeError = UpgradeError;
/**
 * The managed resources of a synthesized stack (the parsed cdk.tf.json). The construct path comes
 * from cdktf's per-resource metadata (`"//".metadata.path`, which starts with the stack name).
 */
function inventoryFromJson(json) {
    const out = [];
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
        for (const [name, body] of Object.entries(byName)) {
            const full = body['//']?.metadata?.path ?? '';
            const path = full.includes('/') ? full.slice(full.indexOf('/') + 1) : '';
            out.push({ type, name, path });
        }
    }
    return out.sort((a, b) => (0, exports.addressOf)(a).localeCompare((0, exports.addressOf)(b)));
}
/** Every managed resource address of a synthesized stack, sorted (data sources excluded). */
function addressesFromJson(json) {
    return inventoryFromJson(json).map(exports.addressOf);
}
// ---------------------------------------------------------------------------------------------
// Logical IDs of old paths
// ---------------------------------------------------------------------------------------------
/**
 * Computes the logical ID cdktf gives a resource at a construct path, with cdktf's own allocation
 * (a scratch stack; nothing is synthesized), so the hash scheme is never re-implemented here.
 */
class LogicalIds {
    stack = new cdktf_1.TerraformStack(new constructs_1.Construct(undefined, ''), 'scratch');
    of(path) {
        let scope = this.stack;
        for (const id of path.split('/')) {
            scope = scope.node.tryFindChild(id) ?? new constructs_1.Construct(scope, id);
        }
        return this.stack.getLogicalId(scope.node);
    }
}
// ---------------------------------------------------------------------------------------------
// Path patterns
// ---------------------------------------------------------------------------------------------
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
function placeholders(pattern) {
    return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}
function patternRegex(pattern) {
    let src = '';
    let last = 0;
    for (const m of pattern.matchAll(PLACEHOLDER)) {
        src += pattern.slice(last, m.index).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        src += `(?<${m[1]}>[^/]+)`;
        last = (m.index ?? 0) + m[0].length;
    }
    src += pattern.slice(last).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    return new RegExp(`^${src}$`);
}
function fillPattern(pattern, values) {
    return pattern.replace(PLACEHOLDER, (_, n) => values[n]);
}
// ---------------------------------------------------------------------------------------------
// Validation of the map
// ---------------------------------------------------------------------------------------------
function describeRename(version, i, r) {
    const parts = [r.address && `address ${r.address.from} -> ${r.address.to}`, r.type && `type ${r.type.from} -> ${r.type.to}`, r.path && `path ${r.path.from} -> ${r.path.to}`];
    return `ADDRESS_MAP[${version}][${i}] (${parts.filter(Boolean).join(', ')})`;
}
/** Problems of an address map (all of them); empty when it is usable. */
function validateAddressMap(map, typeMoves = address_map_1.PROVIDER_TYPE_MOVES) {
    const problems = [];
    for (const [v, renames] of Object.entries(map)) {
        const version = Number(v);
        if (!Number.isInteger(version) || version < 1)
            problems.push(`ADDRESS_MAP key ${JSON.stringify(v)}: a blueprint version is an integer >= 1`);
        renames.forEach((r, i) => {
            const at = describeRename(version, i, r);
            if (r.reason.trim().length < 10)
                problems.push(`${at}: reason ${JSON.stringify(r.reason)} is too short; say why the address changed`);
            if (r.address && (r.type || r.path))
                problems.push(`${at}: give either address or type/path, not both`);
            if (!r.address && !r.type && !r.path)
                problems.push(`${at}: renames nothing; give address, type or path`);
            const ADDRESS = /^[a-z0-9_]+\.[A-Za-z0-9_-]+$/;
            if (r.address) {
                for (const a of [r.address.from, r.address.to])
                    if (!ADDRESS.test(a))
                        problems.push(`${at}: ${JSON.stringify(a)} is not a resource address <type>.<name>`);
                if (r.address.from === r.address.to)
                    problems.push(`${at}: from and to are the same address`);
            }
            const typePair = r.type ?? (r.address ? { from: r.address.from.split('.')[0], to: r.address.to.split('.')[0] } : undefined);
            if (typePair && typePair.from !== typePair.to && typeMoves.get(typePair.from) !== typePair.to) {
                problems.push(`${at}: the provider cannot move state from ${typePair.from} to ${typePair.to} (no state mover is recorded in PROVIDER_TYPE_MOVES); ` +
                    'a moved block would fail at plan time. Keep the old type, or migrate with a removed block (lifecycle destroy = false) plus an import block (see docs/upgrades.md)');
            }
            if (r.type && r.type.from === r.type.to && !r.path)
                problems.push(`${at}: type from and to are the same and no path is given`);
            if (r.path) {
                const a = placeholders(r.path.from);
                const b = placeholders(r.path.to);
                if (a.join() !== b.join())
                    problems.push(`${at}: path placeholders differ: from has {${a.join('}, {')}}, to has {${b.join('}, {')}}`);
                if (r.path.from === r.path.to && !r.type)
                    problems.push(`${at}: path from and to are the same and no type is given`);
            }
        });
    }
    return problems;
}
/** Tries one rename, inverted (new -> old), on a resource; returns the old form or undefined. */
function invert(r, v, ids) {
    if (r.address) {
        if ((0, exports.addressOf)(v) !== r.address.to)
            return undefined;
        const dot = r.address.from.indexOf('.');
        return { ...v, type: r.address.from.slice(0, dot), name: r.address.from.slice(dot + 1) };
    }
    if (r.type && v.type !== r.type.to)
        return undefined;
    let path = v.path;
    if (r.path) {
        const m = patternRegex(r.path.to).exec(v.path);
        if (!m)
            return undefined;
        path = fillPattern(r.path.from, m.groups ?? {});
    }
    const type = r.type ? r.type.from : v.type;
    const name = r.path && !v.pinnedName ? ids.of(path) : v.name;
    return { ...v, type, name, path };
}
/**
 * The `moved` blocks that carry a tenant's state from the addresses of blueprint version
 * `fromVersion` to the addresses of `resources` (the current stack). Renames of several versions
 * are composed (v1 -> v2 -> v3 gives one block from the v1 address to the v3 address).
 *
 * @throws UpgradeError listing every problem: an unknown or future version, a version without a map
 *   entry, an invalid map (e.g. a cross-type rename the provider cannot move), a resource matched by
 *   two renames, an old address that is still declared, two resources claiming one old address.
 */
function planMoves(resources, fromVersion, options = {}) {
    const map = options.map ?? address_map_1.ADDRESS_MAP;
    const current = options.currentVersion ?? address_map_1.BLUEPRINT_VERSION;
    const problems = [];
    if (!Number.isInteger(fromVersion) || fromVersion < 1) {
        throw new UpgradeError([`recorded blueprint version ${JSON.stringify(fromVersion)} is not a version; versions are integers from 1 to ${current}`]);
    }
    if (fromVersion > current) {
        throw new UpgradeError([
            `recorded blueprint version ${fromVersion} is newer than this library (version ${current}); the tenant was applied with a newer kommunal-cdk: upgrade the library, never downgrade a tenant`,
        ]);
    }
    for (let v = fromVersion + 1; v <= current; v += 1) {
        if (map[v] === undefined)
            problems.push(`ADDRESS_MAP has no entry for blueprint version ${v}: the renames from ${v - 1} to ${v} are unknown, so an upgrade from ${fromVersion} could destroy resources`);
    }
    problems.push(...validateAddressMap(map, options.typeMoves ?? address_map_1.PROVIDER_TYPE_MOVES));
    if (problems.length > 0)
        throw new UpgradeError(problems);
    if (fromVersion === current)
        return [];
    const needsPaths = Array.from({ length: current - fromVersion }, (_, i) => map[fromVersion + 1 + i]).some((rs) => rs.some((r) => r.path));
    const pathless = resources.filter((r) => r.path === '');
    if (needsPaths && pathless.length > 0) {
        throw new UpgradeError([
            `${pathless.length} resource(s) have no construct path (e.g. ${(0, exports.addressOf)(pathless[0])}), but the renames since version ${fromVersion} rename paths: ` +
                'synthesize with cdktf metadata ("//".metadata.path, as `cdktf synth` writes it; Testing.synth strips it)',
        ]);
    }
    const ids = new LogicalIds();
    const moves = [];
    for (const res of resources) {
        let v = { type: res.type, name: res.name, path: res.path, pinnedName: res.path === '' || ids.of(res.path) !== res.name };
        for (let version = current; version > fromVersion; version -= 1) {
            const hits = map[version].map((r, i) => ({ i, old: invert(r, v, ids) })).filter((h) => h.old !== undefined);
            if (hits.length > 1) {
                problems.push(`${(0, exports.addressOf)(v)} (version ${version}) is matched by ${hits.length} renames: ${hits.map((h) => describeRename(version, h.i, map[version][h.i])).join('; ')}`);
                continue;
            }
            if (hits.length === 1)
                v = hits[0].old;
        }
        const from = (0, exports.addressOf)(v);
        const to = (0, exports.addressOf)(res);
        if (from !== to)
            moves.push({ from, to });
    }
    const current_ = new Set(resources.map(exports.addressOf));
    const claimed = new Map();
    for (const m of moves) {
        if (current_.has(m.from))
            problems.push(`moved from ${m.from} to ${m.to}: ${m.from} is still declared in the stack; Terraform refuses a move from an address that exists`);
        const other = claimed.get(m.from);
        if (other !== undefined)
            problems.push(`${m.from} would move to both ${other} and ${m.to}; one old object can only move once`);
        claimed.set(m.from, m.to);
    }
    if (problems.length > 0)
        throw new UpgradeError(problems);
    return moves.sort((a, b) => a.to.localeCompare(b.to));
}
/** {@link planMoves} on a synthesized stack (parsed cdk.tf.json). */
function movedBlocksFor(json, fromVersion, options = {}) {
    return planMoves(inventoryFromJson(json), fromVersion, options);
}
/**
 * Matches the addresses of an old state against a new configuration with moved blocks, the way
 * Terraform does for addresses: a move applies when its `from` is in state and its `to` is not; the
 * state after moves minus the declared addresses is destroyed. This checks addresses only; attribute
 * changes that force replacement need a real `terraform plan`.
 */
function planAddresses(stateAddresses, declared, moves) {
    const state = new Set(stateAddresses);
    const applied = [];
    for (const m of moves) {
        if (state.has(m.from) && !state.has(m.to)) {
            state.delete(m.from);
            state.add(m.to);
            applied.push(m);
        }
    }
    const want = new Set(declared);
    return {
        destroy: [...state].filter((a) => !want.has(a)).sort(),
        create: [...want].filter((a) => !state.has(a)).sort(),
        moved: applied,
        kept: [...state].filter((a) => want.has(a)).sort(),
    };
}
/**
 * Throws when upgrading a state with `stateAddresses` to `declared` with `moves` would destroy
 * anything: an address that changed without a recorded rename is an error, never a silent destroy.
 */
function assertNoDestroys(stateAddresses, declared, moves) {
    const plan = planAddresses(stateAddresses, declared, moves);
    if (plan.destroy.length > 0) {
        throw new UpgradeError(plan.destroy.map((a) => `${a} would be destroyed: no rename in ADDRESS_MAP maps it to an address of the new version (record the rename, or remove the resource on purpose in a separate, reviewed release)`));
    }
    return plan;
}
