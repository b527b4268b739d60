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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRECOMPILED_VALIDATORS = exports.AJV_OPTIONS = void 0;
exports.configureAjv = configureAjv;
exports.schemaProblems = schemaProblems;
/**
 * Structural validation with ajv against the generated JSON Schemas, with every ajv error mapped to
 * a positioned Problem and a message from lib/config/messages.ts.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ajv_1 = __importDefault(require("ajv"));
const did_you_mean_1 = require("./did-you-mean");
const json_schema_1 = require("./json-schema");
const messages_1 = require("./messages");
const problems_1 = require("./problems");
/** The ajv options of both schemas (shared with scripts/gen-validators.js, which precompiles them). */
exports.AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, useDefaults: false };
/** Registers the schemas' extra keywords on an ajv instance. */
function configureAjv(ajv) {
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    return ajv;
}
/** File name of the validators that `npm run build` precompiles next to this module (dist only). */
exports.PRECOMPILED_VALIDATORS = 'validators.generated.js';
let compiled;
/**
 * The two validators: precompiled by the build (ajv standalone code, same options, same errors;
 * saves ~0.1 s per CLI run), else compiled now (running from source, as the tests do).
 */
function validators() {
    if (!compiled) {
        const file = path.join(__dirname, exports.PRECOMPILED_VALIDATORS);
        if (fs.existsSync(file)) {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const m = require(file);
            compiled = { kommune: m.kommune, fleet: m.fleet };
        }
        else {
            const ajv = configureAjv(new ajv_1.default(exports.AJV_OPTIONS));
            compiled = {
                kommune: ajv.compile((0, json_schema_1.kommuneSchema)()),
                fleet: ajv.compile((0, json_schema_1.fleetSchema)()),
            };
        }
    }
    return compiled;
}
/** Validates `src.data` against the schema and returns one problem per violation. */
function schemaProblems(src, kind) {
    const validate = validators()[kind];
    if (validate(src.data))
        return [];
    const out = [];
    const seen = new Set();
    for (const e of validate.errors ?? []) {
        const p = mapError(src, e);
        if (!p)
            continue;
        const id = `${p.line}:${p.column}:${p.path}:${p.message}`;
        if (!seen.has(id)) {
            seen.add(id);
            out.push(p);
        }
    }
    return out;
}
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const out = [];
    let cur = data;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            const i = Number(seg);
            out.push(i);
            cur = cur[i];
        }
        else {
            out.push(seg);
            cur = cur && typeof cur === 'object' ? cur[seg] : undefined;
        }
    }
    return out;
}
function expectedType(t) {
    const one = (x) => ({ string: 'a text', integer: 'a whole number', number: 'a number', boolean: 'true or false', object: 'a mapping of fields', array: 'a list', null: 'empty' })[x] ?? x;
    return Array.isArray(t) ? t.map((x) => one(String(x))).join(' or ') : one(String(t));
}
function mapError(src, e) {
    const base = pointerToPath(e.instancePath, src.data);
    const parent = e.parentSchema;
    const value = e.data;
    // propertyNames violations: ajv reports the inner keyword with `propertyName` set, then a wrapper.
    if (e.keyword === 'propertyNames')
        return undefined;
    if (e.propertyName !== undefined) {
        const hint = parent?.patternErrorMessage ?? `a name matching ${String(e.params.pattern ?? '')}`;
        return src.problem([...base, e.propertyName], messages_1.MSG.patternMismatch(e.propertyName, hint), 'key');
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = Object.keys(parent?.properties ?? {});
            const suggestion = (0, did_you_mean_1.didYouMean)(key, allowed);
            const parentName = base[base.length - 1];
            let message;
            if (base.length === 1 && parentName === 'flows')
                message = messages_1.MSG.unknownFlow(key, suggestion);
            else if (base.length === 1 && parentName === 'segments')
                message = messages_1.MSG.unknownSegment(key, allowed, suggestion);
            else
                message = messages_1.MSG.unknownKey(key, allowed, suggestion);
            return src.problem([...base, key], message, 'key');
        }
        case 'required': {
            const missing = String(e.params.missingProperty);
            const p = src.problem(base, messages_1.MSG.missingField(missing), 'key');
            return { ...p, path: (0, problems_1.formatPath)([...base, missing]) };
        }
        case 'type': {
            const expected = expectedType(e.params.type);
            const raw = src.rawScalar(base);
            if (typeof value === 'number' && raw !== undefined && /^0[0-9]+$/.test(raw) && expected === 'a text') {
                return src.problem(base, messages_1.MSG.unquotedDigits(raw));
            }
            return src.problem(base, messages_1.MSG.wrongType(value, expected));
        }
        case 'enum': {
            const allowed = e.params.allowedValues;
            const suggestion = typeof value === 'string' ? (0, did_you_mean_1.didYouMean)(value, allowed.map(String)) : undefined;
            return src.problem(base, messages_1.MSG.notOneOf(value, allowed, suggestion));
        }
        case 'maximum':
            return src.problem(base, messages_1.MSG.aboveMaximum(value, Number(e.params.limit)));
        case 'minimum':
            return src.problem(base, messages_1.MSG.belowMinimum(value, Number(e.params.limit)));
        case 'minLength':
            return src.problem(base, messages_1.MSG.tooShort(value, Number(e.params.limit)));
        case 'maxLength':
            return src.problem(base, messages_1.MSG.tooLong(value, Number(e.params.limit)));
        case 'minItems':
            return src.problem(base, messages_1.MSG.tooFewItems(Number(e.params.limit)));
        case 'maxItems':
            return src.problem(base, messages_1.MSG.tooManyItems(Number(e.params.limit)));
        case 'minProperties':
            return src.problem(base, messages_1.MSG.tooFewProperties(Number(e.params.limit)));
        case 'uniqueItems': {
            const j = Number(e.params.j);
            const arr = Array.isArray(value) ? value : [];
            return src.problem([...base, j], messages_1.MSG.duplicateItem(arr[j]));
        }
        case 'pattern': {
            const hint = parent?.patternErrorMessage ?? `text matching ${String(e.params.pattern)}`;
            return src.problem(base, messages_1.MSG.patternMismatch(value, hint));
        }
        default:
            return src.problem(base, messages_1.MSG.schemaOther(e.message ?? e.keyword));
    }
}
