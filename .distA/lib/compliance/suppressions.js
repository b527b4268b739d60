"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isIsoDate = exports.REASON_MIN_DISTINCT_CHARACTERS = exports.SUPPRESSION_METADATA_TYPE = void 0;
exports.suppress = suppress;
exports.constructSuppressions = constructSuppressions;
exports.tenantFileSuppressions = tenantFileSuppressions;
exports.suppressionProblems = suppressionProblems;
exports.isActive = isActive;
exports.covers = covers;
const defaults_1 = require("../config/defaults");
const did_you_mean_1 = require("../config/did-you-mean");
const dates_1 = require("../core/dates");
/** Metadata entry type under which `suppress()` stores a suppression. */
exports.SUPPRESSION_METADATA_TYPE = 'kommunal:compliance-suppression';
/**
 * Suppresses a rule for a construct and everything below it. The suppression is checked when the
 * rule pack runs: an unknown rule ID, a too-short reason or a suppression that matches nothing
 * fail the check.
 */
function suppress(construct, rule, reason, options = {}) {
    construct.node.addMetadata(exports.SUPPRESSION_METADATA_TYPE, { rule, reason, ...(options.expires !== undefined ? { expires: options.expires } : {}) });
}
/** Every suppression declared with `suppress()` in `scope` and below. */
function constructSuppressions(scope) {
    const out = [];
    for (const node of scope.node.findAll()) {
        for (const m of node.node.metadata) {
            if (m.type !== exports.SUPPRESSION_METADATA_TYPE)
                continue;
            const d = m.data;
            out.push({ rule: d.rule, reason: d.reason, expires: d.expires, scope: node.node.path, source: 'construct', origin: node.node.path || '(root)' });
        }
    }
    return out;
}
/** Suppressions of a tenant file (TenantSpec.suppressions), keyed by their stable slug. */
function tenantFileSuppressions(entries) {
    return Object.keys(entries).sort().map((key) => {
        const e = entries[key];
        return { rule: e.rule, reason: e.reason, expires: e.expires, source: 'tenant-file', origin: `suppressions.${key}` };
    });
}
/** Minimum number of distinct letters or digits in a reason ("aaaaaaaaaaaaaaaaaaaaaa" tells an auditor nothing). */
exports.REASON_MIN_DISTINCT_CHARACTERS = 6;
/** Problems with one suppression's shape: rule ID, reason, expiry date. */
function suppressionProblems(s, knownRules) {
    const at = `${s.origin} (${s.source})`;
    const out = [];
    if (typeof s.rule !== 'string' || !new RegExp(defaults_1.RULE_ID_PATTERN).test(s.rule) || !knownRules.includes(s.rule)) {
        const hint = typeof s.rule === 'string' ? (0, did_you_mean_1.didYouMean)(s.rule, knownRules) : undefined;
        out.push(`${at}: rule ${JSON.stringify(s.rule)} is not a rule of the pack${hint ? `; did you mean ${hint}?` : ''} (known: ${knownRules.join(', ')})`);
    }
    const reason = typeof s.reason === 'string' ? s.reason.trim() : '';
    const distinct = new Set(reason.toLowerCase().replace(/[^a-z0-9äöüß]/g, '')).size;
    if (reason.length < defaults_1.REASON_MIN_LENGTH) {
        out.push(`${at}: reason ${JSON.stringify(s.reason)} has ${reason.length} characters; at least ${defaults_1.REASON_MIN_LENGTH} are required (who decided, why, until when)`);
    }
    else if (distinct < exports.REASON_MIN_DISTINCT_CHARACTERS || /^(.{1,8}?)\1+$/s.test(reason)) {
        out.push(`${at}: reason ${JSON.stringify(s.reason)} is a repetition, not an explanation; write who decided, why and until when`);
    }
    if (s.expires !== undefined && !(0, exports.isIsoDate)(s.expires)) {
        out.push(`${at}: expires ${JSON.stringify(s.expires)} is not a date; allowed: YYYY-MM-DD`);
    }
    return out;
}
/** True for a real calendar date in ISO form (lib/core/dates.ts). */
exports.isIsoDate = dates_1.isCalendarDate;
/** Is the suppression in force on `now`? Without `now`, expiry is not evaluated (the report says so). */
function isActive(s, now) {
    return s.expires === undefined || now === undefined || now <= s.expires;
}
/** Does a suppression cover a finding at `constructPath` (undefined: a whole-stack finding)? */
function covers(s, constructPath, stackPath) {
    if (s.scope === undefined || s.scope === '' || s.scope === stackPath)
        return true;
    if (constructPath === undefined)
        return false;
    return constructPath === s.scope || constructPath.startsWith(`${s.scope}/`);
}
