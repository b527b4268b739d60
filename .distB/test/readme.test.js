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
/** The README is tested documentation (STYLE 13): code blocks are cut from real files and cannot drift. */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ROOT = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
describe('README', () => {
    const snippets = [...README.matchAll(/<!-- snippet:([^ ]+) -->\n```[a-z]*\n([\s\S]*?)```\n<!-- \/snippet -->/g)];
    it('has code snippets cut from files', () => {
        expect(snippets.length).toBeGreaterThan(0);
    });
    it.each(snippets.map((m) => [m[1], m[2]]))('shows %s exactly as it is', (file, body) => {
        expect(body).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    });
    it('gives the two set-up commands that package.json defines', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
        expect(README).toContain('npm ci && npm run synth:musterstadt');
        expect(README).toContain('npm ci && npm test');
        expect(pkg.scripts['synth:musterstadt']).toBeDefined();
        expect(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
    });
    it('quotes the abridged musterstadt parameters as they are in the example file', () => {
        const example = fs.readFileSync(path.join(ROOT, 'examples/musterstadt/kommunen/musterstadt.yaml'), 'utf8');
        const block = /```yaml\n(key: musterstadt[\s\S]*?)```/.exec(README)?.[1] ?? '';
        for (const line of block.split('\n').filter((l) => l.trim() !== ''))
            expect(example).toContain(line);
    });
});
