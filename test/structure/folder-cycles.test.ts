import { cycles, folderGraph, importEdges, witnesses } from './import-graph';

describe('folder dependencies of lib/', () => {
  const edges = importEdges();
  const graph = folderGraph(edges);

  it('reads a non-trivial import graph', () => {
    // Guards the scanner itself: if it found nothing, "no cycles" would pass vacuously.
    expect(edges.length).toBeGreaterThan(300);
    expect(graph.get('config')).toContain('model');
  });

  it('has no folder cycle', () => {
    const found = cycles(graph).map((cycle) => {
      const lines = cycle.flatMap((a) => cycle.filter((b) => b !== a).flatMap((b) => witnesses(edges, a, b)));
      return `cycle between ${cycle.join(', ')}:\n    ${lines.join('\n    ')}`;
    });
    expect(found).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('fails when two folders import each other', () => {
    const g = folderGraph([
      { from: 'config/a.ts', to: 'naming/b' },
      { from: 'naming/b.ts', to: 'config/c' },
      { from: 'cli/x.ts', to: 'config/a' },
    ]);
    expect(cycles(g)).toEqual([['config', 'naming']]);
  });

  it('finds a longer cycle and ignores imports inside a folder', () => {
    const g = folderGraph([
      { from: 'a/1.ts', to: 'a/2' },
      { from: 'a/1.ts', to: 'b/1' },
      { from: 'b/1.ts', to: 'c/1' },
      { from: 'c/1.ts', to: 'a/2' },
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });
});
