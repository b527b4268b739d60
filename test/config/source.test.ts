import { SourceFile } from '../../lib/config/source';

const TEXT = `name: Musterstadt
ags: "07315000"
segments:
  verwaltung:
    cidr: 10.20.0.0/24
  schule:
    cidr: 10.20.1.0/24
backup:
  retention:
    keepDaily: 14
`;

describe('SourceFile', () => {
  it('finds the same positions and raw scalars after compact() (the text is parsed again on demand)', () => {
    const paths: (string | number)[][] = [[], ['name'], ['ags'], ['segments', 'schule', 'cidr'], ['backup', 'retention', 'keepDaily'], ['segments', 'missing', 'x']];
    const src = new SourceFile('k.yaml', TEXT);
    const before = paths.map((p) => [src.position(p), src.position(p, 'key'), src.rawScalar(p)]);
    const problem = src.problem(['segments', 'schule', 'cidr'], 'overlaps');
    src.compact();
    expect(paths.map((p) => [src.position(p), src.position(p, 'key'), src.rawScalar(p)])).toEqual(before);
    expect(src.problem(['segments', 'schule', 'cidr'], 'overlaps')).toEqual(problem);
    expect(problem).toMatchObject({ file: 'k.yaml', line: 7, column: 11, path: 'segments.schule.cidr' });
    expect(src.data).toEqual({ name: 'Musterstadt', ags: '07315000', segments: { verwaltung: { cidr: '10.20.0.0/24' }, schule: { cidr: '10.20.1.0/24' } }, backup: { retention: { keepDaily: 14 } } });
  });
});

/** Problems of a text as `line:column message`. */
const yamlProblems = (text: string): string[] => new SourceFile('k.yaml', text).syntaxProblems.map((p) => `${p.line}:${p.column} ${p.message}`);

/** The "billion laughs" alias bomb: nine levels of nine aliases each (9^9 values when expanded). */
function aliasBomb(): string {
  const names = 'abcdefghi';
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < names.length; i += 1) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `${lines.join('\n')}\nkey: *i\n`;
}

describe('SourceFile with hostile YAML', () => {
  it('reports an alias bomb as a positioned syntax error at the first nested alias, fast', () => {
    const t0 = Date.now();
    const src = new SourceFile('k.yaml', aliasBomb());
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(src.data).toBeUndefined();
    expect(src.syntaxProblems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'k.yaml:3:8 YAML syntax error: alias *b expands to too many values (more than 100 alias expansions, a guard against alias bombs); write the values out instead of nesting aliases',
    ]);
  });

  it('keeps a few plain aliases working', () => {
    const src = new SourceFile('k.yaml', 'a: &w "23:00"\nb: *w\nc: [*w, *w]\n');
    expect(src.syntaxProblems).toEqual([]);
    expect(src.data).toEqual({ a: '23:00', b: '23:00', c: ['23:00', '23:00'] });
  });

  it('reports an alias without an anchor and an alias inside its own anchor', () => {
    expect(yamlProblems('a: 1\nb: *nowhere\n')).toEqual(['2:4 YAML syntax error: alias *nowhere has no anchor &nowhere before it; set the anchor first or write the value out']);
    expect(yamlProblems('a: &x [1, *x]\n')).toEqual(['1:11 YAML syntax error: alias *x is inside its own anchor &x, a loop; write the value out']);
  });

  it('reports every duplicate key at its second occurrence with the line of the first, in block and flow mappings', () => {
    expect(yamlProblems('name: A\nsize: s\nname: B\nb: { x: 1, y: 2, x: 3 }\n1: a\n"1": b\n')).toEqual([
      '3:1 YAML syntax error: duplicate key "name": this mapping already has it on line 1; write each key once (YAML would silently keep only the last)',
      '4:18 YAML syntax error: duplicate key "x": this mapping already has it on line 4; write each key once (YAML would silently keep only the last)',
      '6:1 YAML syntax error: duplicate key "1": this mapping already has it on line 5; write each key once (YAML would silently keep only the last)',
    ]);
  });

  it('allows the same key in different mappings', () => {
    expect(yamlProblems('a: { x: 1 }\nb: { x: 1 }\nc: [{ x: 1 }, { x: 2 }]\n')).toEqual([]);
  });

  it('refuses a list or a mapping as a key', () => {
    expect(yamlProblems('? [a, b]\n: 1\n')).toEqual(['1:3 YAML syntax error: a key must be plain text or a number, not a list or a mapping']);
  });

  it('reports 16,000 duplicate keys, each at its own line, and finds positions through an index', () => {
    const n = 16_000;
    const keys = Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('');
    const t0 = Date.now();
    const dup = new SourceFile('k.yaml', keys + keys);
    expect(dup.syntaxProblems).toHaveLength(n);
    expect(dup.syntaxProblems[n - 1]).toMatchObject({ line: 2 * n, column: 1 });
    const src = new SourceFile('k.yaml', keys);
    for (let i = 0; i < n; i += 1) expect(src.position([`k${i}`]).line).toBe(i + 1);
    // A guard against gross regressions only (the figures come from npm run bench:yaml): the yaml
    // package's own check alone took 2.2 s for 16,000 distinct keys there and grows with the square.
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
