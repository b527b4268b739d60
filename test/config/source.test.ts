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
