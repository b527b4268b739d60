"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SourceFile = void 0;
/**
 * A parsed YAML parameter file that remembers where every value came from, so each problem can name
 * `file:line:column`. Uses the `yaml` package's parseDocument + LineCounter.
 */
const yaml_1 = require("yaml");
const messages_1 = require("./messages");
const problems_1 = require("./problems");
class SourceFile {
    file;
    text;
    /** The parsed plain data (undefined when the YAML has syntax errors). */
    data;
    /** YAML syntax problems; when non-empty, `data` is undefined. */
    syntaxProblems;
    doc;
    lines;
    /**
     * @param file the file name as shown in messages
     * @param text the file's content
     */
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.lines = new yaml_1.LineCounter();
        this.doc = (0, yaml_1.parseDocument)(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, strict: true });
        const problems = [];
        for (const e of this.doc.errors) {
            const pos = this.lines.linePos(e.pos[0]);
            const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            problems.push({ file, line: pos.line, column: pos.col, path: '', message: messages_1.MSG.yamlSyntax(detail) });
        }
        this.syntaxProblems = problems;
        this.data = problems.length === 0 ? this.doc.toJS({ maxAliasCount: 100 }) : undefined;
    }
    /** A problem at the given field path. */
    problem(path, message, part = 'value') {
        const { line, column } = this.position(path, part);
        return { file: this.file, line, column, path: (0, problems_1.formatPath)(path), message };
    }
    /** The original text of a scalar (e.g. `07315000` before YAML turned it into a number). */
    rawScalar(path) {
        const node = this.node(path);
        if (node && (0, yaml_1.isScalar)(node) && node.range)
            return this.text.slice(node.range[0], node.range[1]);
        return undefined;
    }
    /** The 1-based position of a path's key or value; falls back to the deepest existing ancestor. */
    position(path, part = 'value') {
        let node = this.doc.contents;
        let lastKey;
        let best = rangeStart(node);
        for (let i = 0; i < path.length; i += 1) {
            const seg = path[i];
            if ((0, yaml_1.isMap)(node)) {
                const pair = node.items.find((p) => keyOf(p) === String(seg));
                if (!pair)
                    break;
                lastKey = (0, yaml_1.isScalar)(pair.key) || (0, yaml_1.isMap)(pair.key) || (0, yaml_1.isSeq)(pair.key) ? pair.key : undefined;
                const isLast = i === path.length - 1;
                if (isLast && part === 'key' && lastKey) {
                    best = rangeStart(lastKey);
                    node = undefined;
                    break;
                }
                node = pair.value;
                best = rangeStart(node) ?? rangeStart(lastKey) ?? best;
            }
            else if ((0, yaml_1.isSeq)(node)) {
                const idx = typeof seg === 'number' ? seg : Number(seg);
                const item = Number.isInteger(idx) ? node.items[idx] : undefined;
                if (item === undefined)
                    break;
                node = item;
                best = rangeStart(node) ?? best;
            }
            else {
                break;
            }
        }
        if (best === undefined)
            return { line: 1, column: 1 };
        const p = this.lines.linePos(best);
        return { line: p.line, column: p.col };
    }
    node(path) {
        let node = this.doc.contents;
        for (const seg of path) {
            if ((0, yaml_1.isMap)(node)) {
                const pair = node.items.find((p) => keyOf(p) === String(seg));
                if (!pair)
                    return undefined;
                node = pair.value;
            }
            else if ((0, yaml_1.isSeq)(node)) {
                node = node.items[Number(seg)];
            }
            else
                return undefined;
        }
        return node;
    }
}
exports.SourceFile = SourceFile;
function keyOf(p) {
    if (!(0, yaml_1.isPair)(p))
        return undefined;
    const k = p.key;
    if ((0, yaml_1.isScalar)(k))
        return String(k.value);
    return typeof k === 'string' ? k : undefined;
}
function rangeStart(node) {
    if (node && typeof node === 'object' && 'range' in node) {
        const r = node.range;
        if (r)
            return r[0];
    }
    return undefined;
}
