/**
 * The import graph of `lib/`, read with the TypeScript compiler's own pre-processor
 * (`ts.preProcessFile`, which lists every `import`, `export … from`, `require()` and `import()`
 * specifier without type-checking). Shared by the structure tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const REPO = path.resolve(__dirname, '../..');
export const LIB = path.join(REPO, 'lib');

/** The generated bindings are never hand-edited and import only cdktf/constructs and each other. */
const SKIPPED = [path.join(LIB, 'providers', 'proxmox') + path.sep, path.join(LIB, 'providers', 'facts') + path.sep];

/** One relative import from one file of `lib/` to another. */
export interface ImportEdge {
  /** Importing file, relative to `lib/` with forward slashes, e.g. `config/resolve.ts`. */
  readonly from: string;
  /** Imported module, relative to `lib/` without extension, e.g. `model/catalogue`. */
  readonly to: string;
}

/** Every `.ts` file below `dir`, sorted, without the generated bindings. */
export function sourceFiles(dir: string = LIB): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.some((s) => (p + path.sep).startsWith(s))) walk(p);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The relative imports of every file below `lib/` that resolve to a place inside `lib/`. */
export function importEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles()) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), ref.fileName);
      if (!target.startsWith(LIB + path.sep)) continue;
      edges.push({ from: toPosix(path.relative(LIB, file)), to: toPosix(path.relative(LIB, target)) });
    }
  }
  return edges;
}

/**
 * The folder a module belongs to: its first path segment below `lib/` (`config/resolve` ->
 * `config`), or `(root)` for the entry points directly in `lib/` (`index.ts`, `proxmox.ts`, …).
 */
export function folderOf(modulePath: string): string {
  const parts = modulePath.split('/');
  return parts.length === 1 ? '(root)' : parts[0];
}

/** Folder-level dependencies: folder -> the other folders it imports from. */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  return graph;
}

/**
 * Strongly connected components with more than one member (Tarjan's algorithm, iterative order of
 * the sorted node names so the result is deterministic). Each one is a folder cycle.
 */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return out;
}

/** The files of `from` that import something of folder `to` (for readable failure messages). */
export function witnesses(edges: readonly ImportEdge[], from: string, to: string): string[] {
  return edges.filter((e) => folderOf(e.from) === from && folderOf(e.to) === to).map((e) => `${e.from} -> ${e.to}`);
}
