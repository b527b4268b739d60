/**
 * Which plugin entry the rehearsal's launchers start (lib/rehearsal/providers.ts pluginEntry): the
 * one-file bundle that `npm run build` writes, unless it is missing or older than a file it was
 * made of (then the unbundled main.js, so that a `tsc` without the bundle step is never hidden).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pluginEntry } from '../../../lib/rehearsal/providers';

describe('pluginEntry', () => {
  let root: string;
  let dir: string;
  const file = (rel: string, mtimeS: number) => {
    const f = path.join(root, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, '');
    fs.utimesSync(f, mtimeS, mtimeS);
  };
  const inputs = (list: string[]) => fs.writeFileSync(path.join(dir, 'main.bundle.inputs.json'), JSON.stringify(list));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-plugin-entry-'));
    dir = path.join(root, 'dist', 'lib', 'rehearsal', 'plugin');
    file('dist/lib/rehearsal/plugin/main.js', 1000);
    file('dist/lib/rehearsal/engine/plan.js', 1000);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('starts the bundle when every file it was made of is as old as it or older', () => {
    file('dist/lib/rehearsal/plugin/main.bundle.js', 2000);
    inputs(['dist/lib/rehearsal/plugin/main.js', 'dist/lib/rehearsal/engine/plan.js']);
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.bundle.js'));
  });

  it('starts main.js when a file of the bundle was compiled again after it', () => {
    file('dist/lib/rehearsal/plugin/main.bundle.js', 2000);
    inputs(['dist/lib/rehearsal/plugin/main.js', 'dist/lib/rehearsal/engine/plan.js']);
    fs.utimesSync(path.join(root, 'dist/lib/rehearsal/engine/plan.js'), 3000, 3000);
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.js'));
  });

  it('starts main.js when a file of the bundle is gone, or the bundle or its list is missing', () => {
    file('dist/lib/rehearsal/plugin/main.bundle.js', 2000);
    inputs(['dist/lib/rehearsal/plugin/main.js', 'dist/lib/rehearsal/engine/gone.js']);
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.js'));
    fs.rmSync(path.join(dir, 'main.bundle.inputs.json'));
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.js'));
    inputs(['dist/lib/rehearsal/plugin/main.js']);
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.bundle.js'));
    fs.rmSync(path.join(dir, 'main.bundle.js'));
    expect(pluginEntry(root)).toBe(path.join(dir, 'main.js'));
  });
});
