/**
 * docs/architecture.md matches the code: its folder table lists every folder of lib/, the code's
 * folder-level imports stay within each row's "may import", and the allowed imports are layered
 * (no cycle).
 */
import * as fs from 'fs';
import * as path from 'path';
import { cycles, folderGraph, importEdges, LIB, REPO, witnesses } from './import-graph';

const DOC = path.join(REPO, 'docs', 'architecture.md');

/** The folder table: folder -> folders it may import. */
export function allowedImports(markdown: string): Map<string, Set<string>> {
  const section = markdown.split(/^## Folders$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| folder') && !l.startsWith('| ---'));
  const allowed = new Map<string, Set<string>>();
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    const folder = cells[1];
    const mayImport = cells[cells.length - 2];
    allowed.set(folder, new Set(mayImport === '(nothing)' ? [] : mayImport.split(',').map((s) => s.trim())));
  }
  return allowed;
}

describe('docs/architecture.md', () => {
  const allowed = allowedImports(fs.readFileSync(DOC, 'utf8'));
  const edges = importEdges();
  const actual = folderGraph(edges);

  it('has a row for every folder of lib/ and no row for a folder that does not exist', () => {
    const folders = fs.readdirSync(LIB, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...allowed.keys()].sort()).toEqual([...folders, '(root)'].sort());
  });

  it('allows every folder-level import the code makes', () => {
    const violations: string[] = [];
    for (const [from, tos] of actual) {
      for (const to of tos) {
        if (!allowed.get(from)?.has(to)) violations.push(`${from} may not import ${to}: ${witnesses(edges, from, to).join('; ')}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('names only existing folders in "may import", and they form layers (no cycle)', () => {
    const known = new Set(allowed.keys());
    const unknown = [...allowed].flatMap(([from, tos]) => [...tos].filter((t) => !known.has(t)).map((t) => `${from}: ${t}`));
    expect(unknown).toEqual([]);
    expect(cycles(allowed)).toEqual([]);
  });

  it('reads the table it checks (guards the parser)', () => {
    expect(allowed.get('core')).toEqual(new Set());
    expect(allowed.get('model')).toEqual(new Set(['core']));
    expect(allowedImports('## Folders\n| folder | owns | may import |\n| --- | --- | --- |\n| a | x, y | b, c |\n').get('a')).toEqual(new Set(['b', 'c']));
  });
});
