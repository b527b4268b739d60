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
exports.RULES_END_MARKER = exports.RULES_START_MARKER = void 0;
exports.renderRuleTable = renderRuleTable;
exports.withRuleTable = withRuleTable;
exports.writeRuleTable = writeRuleTable;
/**
 * The README's rule table, generated from the pack (STYLE 8, 13). `writeRuleTable(readme)`
 * rewrites the section between the markers; a test fails when the README drifts.
 */
const fs = __importStar(require("fs"));
const pack_1 = require("./pack");
exports.RULES_START_MARKER = '<!-- rules:start -->';
exports.RULES_END_MARKER = '<!-- rules:end -->';
const cell = (s) => s.replace(/\|/g, '\\|');
/** The Markdown table of the pack (no markers). */
function renderRuleTable(pack = pack_1.GRUNDSCHUTZ_PACK) {
    const lines = [
        '| ID | Level | Rule (English / Deutsch) | Checks | Grundschutz | Grundschutz++ | Needs TenantSpec |',
        '|---|---|---|---|---|---|---|',
        ...pack.map((r) => `| ${r.id} | ${r.level} | ${cell(r.title.en)} / ${cell(r.title.de)} | ${cell(r.cause)} | ${r.grundschutz.join(', ')} | ${r.grundschutzPlusPlus.join(', ') || '–'} | ${r.usesSpec} |`),
    ];
    return `${lines.join('\n')}\n`;
}
/** Replaces the text between the markers of `text` with the rule table; throws when the markers are missing. */
function withRuleTable(text, file = 'README.md', pack = pack_1.GRUNDSCHUTZ_PACK) {
    const start = text.indexOf(exports.RULES_START_MARKER);
    const end = text.indexOf(exports.RULES_END_MARKER);
    if (start < 0 || end < start) {
        throw new Error(`${file}: markers ${exports.RULES_START_MARKER} and ${exports.RULES_END_MARKER} not found (in this order); add them under "## Compliance rules (generated)"`);
    }
    return `${text.slice(0, start + exports.RULES_START_MARKER.length)}\n${renderRuleTable(pack)}${text.slice(end)}`;
}
/** Rewrites the rule table of a README in place; returns whether the file changed. */
function writeRuleTable(readmePath) {
    const before = fs.readFileSync(readmePath, 'utf8');
    const after = withRuleTable(before, readmePath);
    if (after === before)
        return false;
    fs.writeFileSync(readmePath, after);
    return true;
}
