import * as fs from 'fs';
import * as path from 'path';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { SYNTH_MANIFEST_NAME } from '../../lib/synth/inputs';
import { loadModel, makeFleet, REPO, readTree, removeDir, synthStraightforward } from './fixture';

describe('fast fleet synthesis', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeFleet(20).dir;
  });
  afterAll(() => removeDir(dir));

  it('writes every cdk.tf.json and manifest.json byte-identical to new Fleet(app, model) + app.synth()', async () => {
    const model = loadModel(path.join(dir, 'fleet.yaml'));
    const plain = path.join(dir, 'out-plain');
    const fast = path.join(dir, 'out-fast');
    synthStraightforward(model, plain);
    // Small batches: several Apps in one process, with token release between them.
    const result = await synthFleet({ model, outdir: fast, runner: 'inline', batchSize: 6 });
    const expected = readTree(plain);
    const actual = readTree(fast, [SYNTH_MANIFEST_NAME]);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBe(22 + 1 + 1); // 22 tenants, platform, manifest.json
    const differing = [...expected].filter(([f, text]) => actual.get(f) !== text).map(([f]) => f);
    expect(differing).toEqual([]);
    expect(result.built).toHaveLength(23);
    expect(result.stacks.musterstadt.resources).toBeGreaterThan(20);
  });

  it('writes the same bytes with worker processes, and recycles workers', async () => {
    const fast = path.join(dir, 'out-fast');
    const procs = path.join(dir, 'out-processes');
    // Worker processes run the built code (dist/, made by `npm test` before jest).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(path.join(REPO, 'dist', 'lib', 'synth', 'synth-fleet.js')) as typeof import('../../lib/synth/synth-fleet');
    const model = loadModel(path.join(dir, 'fleet.yaml'));
    const result = await built.synthFleet({ model, outdir: procs, runner: 'process', jobs: 2, batchSize: 4, recycleAfter: 8 });
    expect(result.runner).toBe('process');
    expect(result.workers.length).toBeGreaterThan(2); // replaced after 8 tenants
    expect(result.workers.every((w) => w.pid !== process.pid && w.maxRssMiB > 0)).toBe(true);
    const expected = readTree(fast, [SYNTH_MANIFEST_NAME]);
    const actual = readTree(procs, [SYNTH_MANIFEST_NAME]);
    expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
    // Six worker process starts: ~9 s measured on a loaded 2-core machine, beyond jest's 5 s default
    // (the projects' testTimeout in jest.config.js does not reach this test).
  }, 60000);

  it('is byte-identical for the verbandsgemeinde example too (vxlan zone, Vault namespaces)', async () => {
    const model = loadModel(path.join(REPO, 'examples', 'verbandsgemeinde', 'fleet.yaml'));
    synthStraightforward(model, path.join(dir, 'vg-plain'));
    await synthFleet({ model, outdir: path.join(dir, 'vg-fast'), runner: 'inline' });
    const expected = readTree(path.join(dir, 'vg-plain'));
    const actual = readTree(path.join(dir, 'vg-fast'), [SYNTH_MANIFEST_NAME]);
    expect(expected.size).toBe(3);
    expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
  });

  it('synthesizes only the requested tenants and keeps the other manifest entries', async () => {
    const model = loadModel(path.join(dir, 'fleet.yaml'));
    const out = path.join(dir, 'out-some');
    const r = await synthFleet({ model, outdir: out, runner: 'inline', tenants: ['testgemeinde-03', 'musterstadt'] });
    expect(r.built).toEqual(['musterstadt', 'testgemeinde-03']);
    expect(fs.readdirSync(path.join(out, 'stacks')).sort()).toEqual(['musterstadt', 'testgemeinde-03']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { stacks: Record<string, unknown> };
    expect(Object.keys(manifest.stacks).sort()).toEqual(['musterstadt', 'testgemeinde-03']);
    await synthFleet({ model, outdir: out, runner: 'inline', tenants: ['vg-musterland'] });
    const again = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { stacks: Record<string, unknown> };
    expect(Object.keys(again.stacks).sort()).toEqual(['musterstadt', 'testgemeinde-03', 'vg-musterland']);
  });

  it('fails when a requested tenant is not in the fleet, naming it', async () => {
    const model = loadModel(path.join(dir, 'fleet.yaml'));
    await expect(synthFleet({ model, outdir: path.join(dir, 'out-unknown'), runner: 'inline', tenants: ['musterstad'] })).rejects.toThrow(
      /unknown tenant "musterstad": the fleet has 22 tenants \(did you mean "musterstadt"\?\)/,
    );
  });
});
