/**
 * A parsed YAML parameter file that remembers where every value came from, so each problem can name
 * `file:line:column`. Uses the `yaml` package's parseDocument + LineCounter.
 *
 * Hostile input is a positioned problem, never an exception and never slow:
 * - duplicate keys are found here with one Set per mapping (linear): the yaml package's own check
 *   (`uniqueKeys: true`) compares each new key with every earlier key of its map
 *   (yaml 2.9.1, dist/compose/util-map-includes.js line 13: `items.some(...)`, called per key from
 *   dist/compose/resolve-block-map.js line 63 and resolve-flow-collection.js line 164), which took
 *   2.2 s for 16,000 keys and more than 90 s for a 5 MB file (`npm run bench:yaml`);
 * - an alias bomb ("billion laughs") is stopped by the package's `maxAliasCount` (see
 *   {@link MAX_ALIAS_COUNT}) and reported at the alias;
 * - an alias without its anchor, an alias inside its own anchor (a loop) and a list or mapping as a
 *   key are refused before the data is built;
 * - positions of map entries are looked up through a per-map index, so thousands of problems in one
 *   file cost linear time too.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { MSG } from './messages';
import { formatPath, Problem } from './problems';

/**
 * The cap on alias expansion handed to the yaml package's `toJS({ maxAliasCount })` (its default,
 * made explicit). yaml 2.9.1 dist/nodes/Alias.js lines 61-67: each time an alias is resolved, its
 * anchor's reference count times the anchor's own nested alias count must stay at most this value,
 * else it throws a ReferenceError ("Excessive alias count indicates a resource exhaustion attack").
 * A parameter file has no use for more than a handful of aliases.
 */
export const MAX_ALIAS_COUNT = 100;

/** The yaml package's parse options of every parameter file (its own duplicate-key check is off). */
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true } as const;

export type PathSegment = string | number;

/** Is `path` present in a parameter file's data (every segment a key or index that exists)? */
export function hasField(data: unknown, path: readonly PathSegment[]): boolean {
  let at: unknown = data;
  for (const seg of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, seg)) return false;
    at = (at as Record<string | number, unknown>)[seg];
  }
  return true;
}

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
    const structure = problems.length === 0 ? structureOf(doc, lines) : undefined;
    if (structure !== undefined) problems.push(...structure.problems.map((p) => this.at(p.offset, p.message)));
    let data: unknown;
    if (problems.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        // Only the package's alias guard is a user error here; anything else is a bug.
        if (!(e instanceof ReferenceError) || structure === undefined) throw e;
        const alias = structure.bombAlias;
        problems.push(this.at(alias?.offset ?? 0, MSG.yamlSyntax(MSG.aliasBomb(alias?.name, MAX_ALIAS_COUNT))));
      }
    }
    this.syntaxProblems = problems;
    this.data = problems.length === 0 ? data : undefined;
  }

  /** A problem of the whole file at a character offset. */
  private at(offset: number, message: string): Problem {
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col, path: '', message };
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
      const doc = parseDocument(this.text, { lineCounter: lines, ...PARSE_OPTIONS });
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
        const pair = pairOf(node, String(seg));
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
        const pair = pairOf(node, String(seg));
        if (!pair) return undefined;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(seg)];
      } else return undefined;
    }
    return node;
  }
}

/** Entries of a map by key, built once per map (the first entry of a key wins). */
const PAIR_INDEX = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = PAIR_INDEX.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) {
      const k = keyOf(p);
      if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
    }
    PAIR_INDEX.set(map, index);
  }
  return index.get(key);
}

/** What the structure check found: problems at character offsets, and where an alias bomb starts. */
interface Structure {
  readonly problems: { readonly offset: number; readonly message: string }[];
  /**
   * The alias to blame when the package's alias guard trips: the first alias whose anchor itself
   * holds aliases (the nesting that makes expansion exponential), else the first alias.
   */
  readonly bombAlias?: { readonly offset: number; readonly name: string };
}

/**
 * One walk over the document: duplicate keys (a Set per mapping, linear), keys that are lists or
 * mappings, aliases without an anchor before them and aliases inside their own anchor.
 */
function structureOf(doc: Document.Parsed, lines: LineCounter): Structure {
  const problems: { offset: number; message: string }[] = [];
  const anchors = new Map<string, YamlNode>();
  const holdsAlias = new Set<YamlNode>();
  const aliases: { offset: number; name: string; target?: YamlNode }[] = [];
  visit(doc, {
    Map: (_k, map) => {
      const seen = new Map<string, number>();
      for (const p of map.items) {
        const key = p.key;
        if (isMap(key) || isSeq(key)) {
          problems.push({ offset: rangeStart(key) ?? 0, message: MSG.yamlSyntax(MSG.complexKey()) });
          continue;
        }
        const k = keyOf(p);
        if (k === undefined) continue;
        const first = seen.get(k);
        if (first === undefined) seen.set(k, rangeStart(key) ?? 0);
        else problems.push({ offset: rangeStart(key) ?? 0, message: MSG.yamlSyntax(MSG.duplicateKey(k, lines.linePos(first).line)) });
      }
      remember(map);
    },
    Seq: (_k, seq) => void remember(seq),
    Scalar: (_k, scalar) => void remember(scalar),
    Alias: (_k, alias, path) => {
      const target = anchors.get(alias.source);
      const offset = rangeStart(alias) ?? 0;
      if (target === undefined) problems.push({ offset, message: MSG.yamlSyntax(MSG.unknownAlias(alias.source)) });
      else if (path.includes(target as never)) problems.push({ offset, message: MSG.yamlSyntax(MSG.aliasLoop(alias.source)) });
      for (const a of path) if (isAnchored(a)) holdsAlias.add(a as YamlNode);
      aliases.push({ offset, name: alias.source, target });
    },
  });
  function remember(node: YamlNode): void {
    if (isAnchored(node)) anchors.set((node as { anchor: string }).anchor, node);
  }
  const nested = aliases.find((a) => a.target !== undefined && holdsAlias.has(a.target));
  const bomb = nested ?? aliases[0];
  problems.sort((a, b) => a.offset - b.offset);
  return { problems, bombAlias: bomb === undefined ? undefined : { offset: bomb.offset, name: bomb.name } };
}

function isAnchored(node: unknown): boolean {
  return !isAlias(node) && typeof (node as { anchor?: unknown } | null)?.anchor === 'string' && (node as { anchor: string }).anchor !== '';
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
