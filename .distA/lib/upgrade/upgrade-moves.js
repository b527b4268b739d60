"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stackResources = stackResources;
exports.addUpgradeMoves = addUpgradeMoves;
/**
 * Wiring of the address map into a stack: when a tenant's state was applied with an older blueprint
 * version, every renamed resource of the stack gets a `moved` block from its old address (cdktf's
 * `TerraformResource.moveFromId`). Runs as an aspect, after the whole tree is built.
 */
const cdktf_1 = require("cdktf");
const moves_1 = require("./moves");
/** The managed resources of a stack with their addresses and construct paths below the stack. */
function stackResources(stack) {
    const out = new Map();
    const depth = stack.node.scopes.length;
    for (const c of stack.node.findAll()) {
        if (!cdktf_1.TerraformResource.isTerraformResource(c))
            continue;
        if (cdktf_1.TerraformStack.of(c) !== stack)
            continue;
        const path = c.node.scopes.slice(depth).map((s) => s.node.id).join('/');
        const ref = { type: c.terraformResourceType, name: c.friendlyUniqueId, path };
        out.set(`${ref.type}.${ref.name}`, { ref, resource: c });
    }
    return out;
}
class UpgradeMovesAspect {
    stack;
    props;
    moves = [];
    done = false;
    constructor(stack, props) {
        this.stack = stack;
        this.props = props;
    }
    visit(node) {
        if (this.done || node !== this.stack)
            return;
        this.done = true;
        const resources = stackResources(this.stack);
        this.moves = (0, moves_1.planMoves)([...resources.values()].map((r) => r.ref), this.props.fromVersion, {
            map: this.props.map,
            currentVersion: this.props.currentVersion,
        });
        for (const m of this.moves)
            resources.get(m.to).resource.moveFromId(m.from);
    }
}
/**
 * Makes `stack` emit `moved` blocks for every address that changed since `fromVersion`. Opt-in: call
 * it only for a tenant whose recorded blueprint version is older than BLUEPRINT_VERSION. Errors
 * (unknown version, rename the provider cannot move, ...) surface when the stack is synthesized.
 * @returns a function that lists the planned moves (after synthesis)
 */
function addUpgradeMoves(stack, props) {
    const aspect = new UpgradeMovesAspect(stack, props);
    cdktf_1.Aspects.of(stack).add(aspect);
    return () => aspect.moves;
}
