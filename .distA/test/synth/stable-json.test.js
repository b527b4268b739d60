"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const cdktf_internals_1 = require("../../lib/synth/cdktf-internals");
const stable_json_1 = require("../../lib/synth/stable-json");
describe('stableStringify', () => {
    it('writes exactly what cdktf writes, on random JSON documents', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.jsonValue({ maxDepth: 5 }), (doc) => {
            expect((0, stable_json_1.stableStringify)(doc)).toBe((0, cdktf_internals_1.cdktfStableJson)(doc));
        }), { numRuns: 600 });
    });
    it('writes exactly what cdktf writes, on documents with undefined, functions, dates, unicode keys and empty containers', () => {
        const value = fast_check_1.default.oneof(fast_check_1.default.constant(undefined), fast_check_1.default.constant(() => 1), fast_check_1.default.date({ noInvalidDate: true }), fast_check_1.default.double(), fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.constant([]), fast_check_1.default.constant({}));
        const doc = fast_check_1.default.letrec((tie) => ({
            node: fast_check_1.default.oneof({ depthSize: 'small' }, value, fast_check_1.default.array(tie('node'), { maxLength: 4 }), fast_check_1.default.dictionary(fast_check_1.default.string({ unit: 'binary', maxLength: 4 }), tie('node'), { maxKeys: 5 })),
        })).node;
        fast_check_1.default.assert(fast_check_1.default.property(doc, (d) => {
            expect((0, stable_json_1.stableStringify)(d)).toBe((0, cdktf_internals_1.cdktfStableJson)(d));
        }), { numRuns: 600 });
    });
    it('keeps the library quirk of two-line empty containers', () => {
        expect((0, stable_json_1.stableStringify)({ a: [], b: {} })).toBe('{\n  "a": [\n  ],\n  "b": {\n  }\n}');
    });
    it('fails when the document is circular, like cdktf', () => {
        const a = {};
        a.self = a;
        expect(() => (0, stable_json_1.stableStringify)(a)).toThrow(/circular/);
        expect(() => (0, cdktf_internals_1.cdktfStableJson)(a)).toThrow(/circular/);
    });
});
