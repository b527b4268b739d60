/**
 * A parsed YAML parameter file that remembers where every value came from, so each problem can name
 * `file:line:column`. Uses the `yaml` package's parseDocument + LineCounter.
 */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { MSG } from './messages';
import { formatPath, Problem } from './problems';

export type PathSegment = string | number;

/** Which part of a map entry a problem points at. */
export type Part = 'key' | 'value';

export class SourceFile {
  /** The parsed plain data (undefined when the YAML has syntax errors). */
  public readonly data: unknown;
  /** YAML syntax problems; when non-empty, `data` is undefined. */
  public readonly syntaxProblems: readonly Problem[];
  /** The YAML document with positions; dropped by {@link compact}, parsed again when needed. */
  private parsed?: { readonly doc: Document.Parsed; readonly lines: LineCounter };

  /**
   * @param file the file name as shown in messages
   * @param text the file's content
   */
  constructor(public readonly file: string, public readonly text: string) {
    const { doc, lines } = this.parse();
    const problems: Problem[] = [];
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      problems.push({ file, line: pos.line, column: pos.col, path: '', message: MSG.yamlSyntax(detail) });
    }
    this.syntaxProblems = problems;
    this.data = problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  }

  /**
   * Drops the positioned YAML document (a multiple of the file's size in memory) and keeps the text
   * and data; a later position is found by parsing the text again. A loaded fleet of 10,000 tenant
   * files holds only what it needs then.
   */
  compact(): void {
    this.parsed = undefined;
  }

  private parse(): { readonly doc: Document.Parsed; readonly lines: LineCounter } {
    if (this.parsed === undefined) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
      this.parsed = { doc, lines };
    }
    return this.parsed;
  }

  private get doc(): Document.Parsed {
    return this.parse().doc;
  }

  private get lines(): LineCounter {
    return this.parse().lines;
  }

  /** A problem at the given field path. */
  problem(path: readonly PathSegment[], message: string, part: Part = 'value'): Problem {
    const { line, column } = this.position(path, part);
    return { file: this.file, line, column, path: formatPath(path), message };
  }

  /** The original text of a scalar (e.g. `07315000` before YAML turned it into a number). */
  rawScalar(path: readonly PathSegment[]): string | undefined {
    const node = this.node(path);
    if (node && isScalar(node) && node.range) return this.text.slice(node.range[0], node.range[1]);
    return undefined;
  }

  /** The 1-based position of a path's key or value; falls back to the deepest existing ancestor. */
  position(path: readonly PathSegment[], part: Part = 'value'): { line: number; column: number } {
    let node: unknown = this.doc.contents;
    let lastKey: YamlNode | undefined;
    let best: number | undefined = rangeStart(node);
    for (let i = 0; i < path.length; i += 1) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p: Pair) => keyOf(p) === String(seg));
        if (!pair) break;
        lastKey = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as YamlNode) : undefined;
        const isLast = i === path.length - 1;
        if (isLast && part === 'key' && lastKey) {
          best = rangeStart(lastKey);
          node = undefined;
          break;
        }
        node = pair.value;
        best = rangeStart(node) ?? rangeStart(lastKey) ?? best;
      } else if (isSeq(node)) {
        const idx = typeof seg === 'number' ? seg : Number(seg);
        const item = Number.isInteger(idx) ? node.items[idx] : undefined;
        if (item === undefined) break;
        node = item;
        best = rangeStart(node) ?? best;
      } else {
        break;
      }
    }
    if (best === undefined) return { line: 1, column: 1 };
    const p = this.lines.linePos(best);
    return { line: p.line, column: p.col };
  }

  private node(path: readonly PathSegment[]): unknown {
    let node: unknown = this.doc.contents;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p: Pair) => keyOf(p) === String(seg));
        if (!pair) return undefined;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(seg)];
      } else return undefined;
    }
    return node;
  }
}

function keyOf(p: unknown): string | undefined {
  if (!isPair(p)) return undefined;
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as { range?: [number, number, number] | null }).range;
    if (r) return r[0];
  }
  return undefined;
}
