"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.isCalendarDate = exports.NIGHT_MINUTES = void 0;
exports.isObj = isObj;
exports.minutesIntoNight = minutesIntoNight;
exports.enabledSegments = enabledSegments;
exports.domainProblem = domainProblem;
exports.checkKommune = checkKommune;
exports.isHttpsUrl = isHttpsUrl;
/**
 * Semantic checks of one kommune file: everything the JSON Schema cannot express. Runs on data that
 * may also have structural problems, so each check only looks at values of the right type (the
 * schema check reports the others); together they report every problem of a file at once.
 */
const path = __importStar(require("path"));
const catalogue_1 = require("./catalogue");
const D = __importStar(require("./defaults"));
const flows_1 = require("./flows");
const messages_1 = require("./messages");
const naming_1 = require("../naming");
const dates_1 = require("../core/dates");
Object.defineProperty(exports, "isCalendarDate", { enumerable: true, get: function () { return dates_1.isCalendarDate; } });
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
const str = (v) => (typeof v === 'string' ? v : undefined);
const int = (v) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
/** Minutes since the earliest window time (18:00): 18:00 -> 0, 06:00 -> 720, 12:00 -> 1080. */
function minutesIntoNight(hhmm) {
    const [h, m] = hhmm.split(':').map(Number);
    const [eh, em] = D.BACKUP_WINDOW_BOUNDS.earliest.split(':').map(Number);
    return (h * 60 + m - (eh * 60 + em) + 1440) % 1440;
}
/** Length of the vetted night in minutes (18:00-06:00 = 720). */
exports.NIGHT_MINUTES = minutesIntoNight(D.BACKUP_WINDOW_BOUNDS.latest);
/** Segments a tenant has: the mandatory ones plus those listed under `segments`. */
function enabledSegments(segments) {
    const listed = isObj(segments) ? segments : {};
    return catalogue_1.SEGMENT_NAMES.filter((n) => catalogue_1.SEGMENT_CATALOGUE[n].mandatory || n in listed);
}
/** Checks a DNS domain beyond the schema pattern (label lengths, total length). */
function domainProblem(domain) {
    if (domain.length > 253)
        return 'longer than 253 characters';
    const long = domain.split('.').find((l) => l.length > 63);
    return long ? `label "${long}" is longer than 63 characters` : undefined;
}
function checkKommune(src, data) {
    const out = [];
    if (!isObj(data))
        return out;
    const report = (p, message, part = 'value') => out.push(src.problem(p, message, part));
    // key: naming rules and file name
    const key = str(data.key);
    if (key !== undefined) {
        const keyProblems = (0, naming_1.validateTenantKey)(key);
        if (keyProblems.length > 0)
            report(['key'], messages_1.MSG.invalidKey(key, keyProblems.map((t) => t.replace(/^tenant key "[^"]*": /, '')).join('; ')));
        const fileName = path.basename(src.file);
        if (fileName !== `${key}.yaml`)
            report(['key'], messages_1.MSG.fileNameMismatch(fileName, key));
    }
    // kind, AGS, ARS, members
    const kind = str(data.kind);
    const ags = str(data.ags);
    const ars = str(data.ars);
    const agsOk = ags !== undefined && /^[0-9]{8}$/.test(ags);
    const arsOk = ars !== undefined && /^[0-9]{12}$/.test(ars);
    if (kind === 'zweckverband' && ags !== undefined)
        report(['ags'], messages_1.MSG.agsNotForZweckverband());
    if (agsOk && arsOk && (ars.slice(0, 5) !== ags.slice(0, 5) || ars.slice(9) !== ags.slice(5))) {
        report(['ars'], messages_1.MSG.arsAgsMismatch(ars, ags));
    }
    if (data.members !== undefined && kind !== undefined && kind !== 'verbandsgemeinde') {
        report(['members'], messages_1.MSG.membersOnlyForVerbandsgemeinde(kind), 'key');
    }
    if (kind === 'verbandsgemeinde' && data.members === undefined)
        report(['kind'], messages_1.MSG.membersRequired());
    if (kind === 'verbandsgemeinde' && isObj(data.members)) {
        const kreis = arsOk ? ars.slice(0, 5) : agsOk ? ags.slice(0, 5) : undefined;
        for (const [slug, m] of Object.entries(data.members)) {
            const mags = isObj(m) ? str(m.ags) : undefined;
            if (kreis !== undefined && mags !== undefined && /^[0-9]{8}$/.test(mags) && !mags.startsWith(kreis)) {
                report(['members', slug, 'ags'], messages_1.MSG.memberAgsOutsideKreis(mags, kreis));
            }
        }
    }
    const domain = str(data.domain);
    if (domain !== undefined) {
        const why = domainProblem(domain);
        if (why)
            report(['domain'], messages_1.MSG.invalidDomain(domain, why));
    }
    // segments: prefix lengths fit in the tenant block
    const size = data.size === 's' || data.size === 'm' || data.size === 'l' ? data.size : catalogue_1.DEFAULT_SIZE;
    const blockPrefix = catalogue_1.TENANT_BLOCK_PREFIX[size];
    const segs = isObj(data.segments) ? data.segments : {};
    const enabled = enabledSegments(data.segments);
    let needed = 0;
    let sizesKnown = true;
    for (const name of enabled) {
        const input = segs[name];
        const explicit = isObj(input) ? int(input.prefixLength) : undefined;
        if (isObj(input) && input.prefixLength !== undefined && explicit === undefined)
            sizesKnown = false;
        const prefix = explicit ?? catalogue_1.SEGMENT_CATALOGUE[name].prefixLength[size];
        if (explicit !== undefined && (explicit < catalogue_1.SEGMENT_PREFIX_BOUNDS.min || explicit > catalogue_1.SEGMENT_PREFIX_BOUNDS.max))
            sizesKnown = false;
        else if (explicit !== undefined && explicit < blockPrefix) {
            report(['segments', name, 'prefixLength'], messages_1.MSG.prefixLargerThanBlock(explicit, blockPrefix, size));
            sizesKnown = false;
        }
        needed += 2 ** (32 - prefix);
    }
    const available = 2 ** (32 - blockPrefix);
    if (sizesKnown && needed > available) {
        report(data.segments !== undefined ? ['segments'] : ['size'], messages_1.MSG.segmentsDoNotFit(needed, available, blockPrefix, size), data.segments !== undefined ? 'key' : 'value');
    }
    // flows from the catalogue: segments must exist
    if (isObj(data.flows)) {
        for (const id of Object.keys(data.flows)) {
            const f = flows_1.FLOW_CATALOGUE[id];
            if (!f)
                continue; // reported by the schema with a suggestion
            for (const seg of [f.from, f.to]) {
                if (seg !== 'all' && !enabled.includes(seg))
                    report(['flows', id], messages_1.MSG.flowSegmentMissing(id, seg), 'key');
            }
        }
    }
    // flow exceptions
    if (isObj(data.flowExceptions)) {
        for (const [id, e] of Object.entries(data.flowExceptions)) {
            if (flows_1.FLOW_CATALOGUE[id])
                report(['flowExceptions', id], messages_1.MSG.exceptionIdIsCatalogueId(id), 'key');
            if (!isObj(e))
                continue;
            const from = str(e.from);
            const to = str(e.to);
            const fromOk = from !== undefined && catalogue_1.SEGMENT_NAMES.includes(from);
            const toOk = to !== undefined && catalogue_1.SEGMENT_NAMES.includes(to);
            if (fromOk && toOk) {
                if ((0, flows_1.isForbiddenFlow)(from, to))
                    report(['flowExceptions', id, 'to'], messages_1.MSG.forbiddenFlow(from, to));
                else if (from === to)
                    report(['flowExceptions', id, 'to'], messages_1.MSG.sameSegmentFlow(from));
            }
            if (fromOk && !enabled.includes(from))
                report(['flowExceptions', id, 'from'], messages_1.MSG.flowSegmentMissing(id, from));
            if (toOk && !enabled.includes(to))
                report(['flowExceptions', id, 'to'], messages_1.MSG.flowSegmentMissing(id, to));
            const protocol = str(e.protocol);
            const ports = str(e.ports);
            if (protocol === 'icmp' && e.ports !== undefined)
                report(['flowExceptions', id, 'ports'], messages_1.MSG.portsNotForIcmp());
            if ((protocol === 'tcp' || protocol === 'udp') && e.ports === undefined)
                report(['flowExceptions', id], messages_1.MSG.portsRequired(protocol), 'key');
            if (ports !== undefined && new RegExp(D.PORTS_PATTERN).test(ports) && (0, flows_1.parsePorts)(ports) === undefined) {
                report(['flowExceptions', id, 'ports'], messages_1.MSG.portsOutOfRange(ports));
            }
            checkDate(e.expires, ['flowExceptions', id, 'expires'], report);
        }
    }
    // suppressions: expiry dates
    if (isObj(data.suppressions)) {
        for (const [id, s] of Object.entries(data.suppressions)) {
            if (isObj(s))
                checkDate(s.expires, ['suppressions', id, 'expires'], report);
        }
    }
    // lifecycle: decommissionedSince only (and always) in state decommissioning
    const state = str(data.state);
    if (state === 'decommissioning' && data.decommissionedSince === undefined)
        report(['state'], messages_1.MSG.decommissionedSinceRequired());
    if (data.decommissionedSince !== undefined && state !== 'decommissioning' && (state === undefined || state === 'active')) {
        report(['decommissionedSince'], messages_1.MSG.decommissionedSinceUnused(state ?? D.DEFAULT_STATE), 'key');
    }
    checkDate(data.decommissionedSince, ['decommissionedSince'], report);
    // approvals: real dates, expiry not before approval
    if (isObj(data.approvals)) {
        for (const [id, a] of Object.entries(data.approvals)) {
            if (!isObj(a))
                continue;
            checkDate(a.approvedOn, ['approvals', id, 'approvedOn'], report);
            checkDate(a.expires, ['approvals', id, 'expires'], report);
            const on = str(a.approvedOn);
            const until = str(a.expires);
            if (on !== undefined && until !== undefined && (0, dates_1.isCalendarDate)(on) && (0, dates_1.isCalendarDate)(until) && until < on) {
                report(['approvals', id, 'expires'], messages_1.MSG.approvalExpiresBeforeApproved(on, until));
            }
        }
    }
    // backup window
    if (isObj(data.backup)) {
        const b = data.backup;
        const times = [['windowStart', b.windowStart], ['windowEnd', b.windowEnd]];
        let allInside = true;
        for (const [field, v] of times) {
            const t = str(v);
            if (t === undefined || !new RegExp(D.TIME_PATTERN).test(t)) {
                if (v !== undefined)
                    allInside = false;
                continue;
            }
            if (minutesIntoNight(t) > exports.NIGHT_MINUTES) {
                report(['backup', field], messages_1.MSG.windowOutside(t, D.BACKUP_WINDOW_BOUNDS.earliest, D.BACKUP_WINDOW_BOUNDS.latest));
                allInside = false;
            }
        }
        if (allInside) {
            const start = str(b.windowStart) ?? D.DEFAULT_BACKUP_WINDOW.start;
            const end = str(b.windowEnd) ?? D.DEFAULT_BACKUP_WINDOW.end;
            const len = minutesIntoNight(end) - minutesIntoNight(start);
            const at = b.windowEnd !== undefined ? ['backup', 'windowEnd'] : ['backup', 'windowStart'];
            if (len <= 0)
                report(at, messages_1.MSG.windowInverted(start, end, D.BACKUP_WINDOW_BOUNDS.earliest));
            else if (len < D.BACKUP_WINDOW_MIN_MINUTES)
                report(at, messages_1.MSG.windowTooShort(start, end, len, D.BACKUP_WINDOW_MIN_MINUTES));
        }
    }
    // identity
    if (isObj(data.identity)) {
        const id = data.identity;
        const source = str(id.source) ?? D.DEFAULT_IDENTITY_SOURCE;
        if (source === 'ldap' && id.ldap === undefined)
            report(['identity', 'source'], messages_1.MSG.identityBlockRequired('ldap'));
        if (source === 'oidc' && id.oidc === undefined)
            report(['identity', 'source'], messages_1.MSG.identityBlockRequired('oidc'));
        for (const block of ['ldap', 'oidc']) {
            if (id[block] !== undefined && source !== block && ['ldap', 'oidc', 'platform'].includes(source)) {
                report(['identity', block], messages_1.MSG.identityBlockUnused(block, source), 'key');
            }
        }
        if (isObj(id.ldap)) {
            const baseDn = str(id.ldap.baseDn);
            if (baseDn !== undefined && !/^[A-Za-z][A-Za-z0-9-]*=[^,=]+(,\s*[A-Za-z][A-Za-z0-9-]*=[^,=]+)*$/.test(baseDn)) {
                report(['identity', 'ldap', 'baseDn'], messages_1.MSG.invalidBaseDn(baseDn));
            }
        }
        if (isObj(id.oidc)) {
            const url = str(id.oidc.issuerUrl);
            if (url !== undefined && !isHttpsUrl(url))
                report(['identity', 'oidc', 'issuerUrl'], messages_1.MSG.issuerNotHttps(url));
        }
    }
    return out;
}
function isHttpsUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' && u.hostname !== '';
    }
    catch {
        return false;
    }
}
function checkDate(v, at, report) {
    const s = str(v);
    if (s === undefined || !new RegExp(D.DATE_PATTERN).test(s))
        return;
    if (!(0, dates_1.isCalendarDate)(s))
        report(at, messages_1.MSG.invalidDate(s));
}
