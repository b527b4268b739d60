import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { importEdges, LIB } from './import-graph';

/** The package's entry points (package.json "exports") that are written by hand. */
const ENTRY_POINTS = ['index.ts', 'testing.ts'];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(LIB, file), 'utf8'), ts.ScriptTarget.ES2022, true);
}

describe('entry points', () => {
  it.each(ENTRY_POINTS)('%s only re-exports, by name (no export *)', (file) => {
    const src = parse(file);
    const bad = src.statements.filter((s) => !(ts.isExportDeclaration(s) && (s.exportClause !== undefined || s.moduleSpecifier === undefined)));
    expect(bad.map((s) => s.getText().split('\n')[0])).toEqual([]);
  });

  it.each(ENTRY_POINTS)('%s exports nothing from an internal/ folder', (file) => {
    const src = parse(file);
    const specs = src.statements.filter(ts.isExportDeclaration).map((s) => (s.moduleSpecifier as ts.StringLiteral | undefined)?.text ?? '');
    expect(specs.filter((s) => s.split('/').includes('internal'))).toEqual([]);
  });

  it('is declared in package.json for every hand-written entry point', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(LIB, '..', 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> };
    expect(pkg.exports['.'].default).toBe('./dist/lib/index.js');
    expect(pkg.exports['./testing'].default).toBe('./dist/lib/testing.js');
  });
});

describe('internal/ folders', () => {
  it('are imported only from inside their own folder', () => {
    const leaks = importEdges().filter((e) => {
      const parts = e.to.split('/');
      const at = parts.indexOf('internal');
      if (at < 0) return false;
      const owner = parts.slice(0, at).join('/') + '/';
      return !e.from.startsWith(owner);
    });
    expect(leaks.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });
});
