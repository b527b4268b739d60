/** The README is tested documentation (STYLE 13): code blocks are cut from real files and cannot drift. */
import * as fs from 'fs';
import * as path from 'path';

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
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(README).toContain('npm ci && npm run synth:musterstadt');
    expect(README).toContain('npm ci && npm test');
    expect(pkg.scripts['synth:musterstadt']).toBeDefined();
    expect(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
  });

  it('quotes the abridged musterstadt parameters as they are in the example file', () => {
    const example = fs.readFileSync(path.join(ROOT, 'examples/musterstadt/kommunen/musterstadt.yaml'), 'utf8');
    const block = /```yaml\n(key: musterstadt[\s\S]*?)```/.exec(README)?.[1] ?? '';
    for (const line of block.split('\n').filter((l) => l.trim() !== '')) expect(example).toContain(line);
  });
});
