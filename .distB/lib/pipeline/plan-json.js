"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlanInputError = void 0;
exports.changeKind = changeKind;
exports.parsePlanJson = parsePlanJson;
exports.gitlabTerraformReport = gitlabTerraformReport;
/**
 * Reading the machine-readable plan that `terraform show -json <planfile>` and
 * `tofu show -json <planfile>` print (format_version 1.x): only the parts the plan guard needs,
 * checked so that anything else (a state file, arbitrary JSON, a newer major format) is rejected
 * with a clear message instead of being treated as "no changes".
 */
const guards_1 = require("../core/guards");
/** Input that is not a usable plan: reported with exit code 2, never with a stack trace. */
class PlanInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanInputError';
    }
}
exports.PlanInputError = PlanInputError;
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
const HINT = 'expected the output of `terraform show -json <planfile>` or `tofu show -json <planfile>`';
/** Reduces an action list to a change kind; undefined for a combination the format does not define. */
function changeKind(actions) {
    const a = actions.join(',');
    switch (a) {
        case 'no-op':
        case 'read':
            return 'none';
        case 'create':
        case 'update':
        case 'delete':
        case 'forget':
            return a;
        case 'delete,create':
        case 'create,delete':
            return 'replace';
        default:
            return undefined;
    }
}
const isObj = guards_1.isRecord;
/**
 * Parses and checks plan JSON text. `file` is only used in messages.
 * @throws PlanInputError naming the file, the field and what was expected
 */
function parsePlanJson(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new PlanInputError(`${file}: not JSON (${e.message}); ${HINT}`);
    }
    if (!isObj(data))
        throw new PlanInputError(`${file}: the top level is ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}, not a plan object; ${HINT}`);
    const fv = data.format_version;
    if (typeof fv !== 'string') {
        throw new PlanInputError(`${file}: not a plan: "format_version" is missing; ${HINT}`);
    }
    if (!/^1\.[0-9]+$/.test(fv)) {
        throw new PlanInputError(`${file}: unsupported format_version ${JSON.stringify(fv)}; this guard reads plan format 1.x`);
    }
    if (!('planned_values' in data) && !('resource_changes' in data) && 'values' in data) {
        throw new PlanInputError(`${file}: this is a state (it has "values" but no "planned_values"), not a plan; ${HINT}`);
    }
    if (!('planned_values' in data) && !('resource_changes' in data)) {
        throw new PlanInputError(`${file}: not a plan: neither "resource_changes" nor "planned_values" is present; ${HINT}`);
    }
    const tv = typeof data.terraform_version === 'string' ? data.terraform_version : 'unknown';
    const raw = data.resource_changes ?? [];
    if (!Array.isArray(raw))
        throw new PlanInputError(`${file}: "resource_changes" must be an array, got ${JSON.stringify(raw).slice(0, 60)}`);
    const problems = [];
    const changes = [];
    raw.forEach((rc, i) => {
        const at = `resource_changes[${i}]`;
        if (!isObj(rc)) {
            problems.push(`${at} is not an object`);
            return;
        }
        const change = rc.change;
        const actions = isObj(change) ? change.actions : undefined;
        if (typeof rc.address !== 'string' || rc.address === '')
            problems.push(`${at}.address must be a non-empty string`);
        if (typeof rc.type !== 'string' || rc.type === '')
            problems.push(`${at}.type must be a non-empty string`);
        if (!isObj(change))
            problems.push(`${at}.change must be an object`);
        else if (!Array.isArray(actions) || actions.some((x) => typeof x !== 'string' || !KNOWN_ACTIONS.has(x))) {
            problems.push(`${at}.change.actions must list actions out of ${[...KNOWN_ACTIONS].join(', ')}, got ${JSON.stringify(actions)}`);
        }
        else if (changeKind(actions) === undefined) {
            problems.push(`${at}.change.actions ${JSON.stringify(actions)} is not a combination the plan format defines`);
        }
        if (problems.length > 0)
            return;
        const c = change;
        changes.push({
            address: rc.address,
            mode: typeof rc.mode === 'string' ? rc.mode : 'managed',
            type: rc.type,
            change: { actions: [...actions], before: c.before ?? null, after: c.after ?? null },
        });
    });
    if (problems.length > 0) {
        throw new PlanInputError(`${file}: not a valid plan:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''}`);
    }
    return { formatVersion: fv, toolVersion: tv, resourceChanges: changes };
}
/** Counts actions as GitLab's merge request widget does (a replace counts as one create and one delete). */
function gitlabTerraformReport(plan) {
    let create = 0;
    let update = 0;
    let del = 0;
    for (const rc of plan.resourceChanges) {
        for (const a of rc.change.actions) {
            if (a === 'create')
                create += 1;
            else if (a === 'update')
                update += 1;
            else if (a === 'delete')
                del += 1;
        }
    }
    return { create, update, delete: del };
}
