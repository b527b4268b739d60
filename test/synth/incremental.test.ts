import * as fs from 'fs';
import * as path from 'path';
import { writeLockIfChanged } from '../../lib/blueprint/fleet';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { readSynthManifest, SYNTH_MANIFEST_NAME } from '../../lib/synth/inputs';
import { loadModel, makeFleet, readTree, removeDir, synthStraightforward } from './fixture';

describe('incremental fleet synthesis', () => {
  let dir: string;
  let fleetFile: string;
  let out: string;
  beforeAll(() => {
    ({ dir, fleetFile } = makeFleet(6));
    out = path.join(dir, 'cdktf.out');
    // Allocation recorded once, as in a real fleet: later edits must not move other tenants.
    expect(writeLockIfChanged(loadModel(fleetFile))).toBe(true);
  });
  afterAll(() => removeDir(dir));

  it('builds everything on the first run and records an input hash per stack', async () => {
    const r = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    expect(r.built).toHaveLength(9);
    expect(r.unchanged).toEqual([]);
    const m = readSynthManifest(out)!;
    expect(Object.keys(m.stacks).sort()).toEqual(r.built);
    expect(new Set(Object.values(m.stacks)).size).toBe(9);
  });

  it('rebuilds nothing on a second run with the same inputs', async () => {
    const before = fs.statSync(path.join(out, 'stacks', 'musterstadt', 'cdk.tf.json')).mtimeMs;
    const r = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    expect(r.built).toEqual([]);
    expect(r.unchanged).toHaveLength(9);
    expect(fs.statSync(path.join(out, 'stacks', 'musterstadt', 'cdk.tf.json')).mtimeMs).toBe(before);
  });

  it('rebuilds only the tenant whose file changed, and the result equals a full straightforward synth', async () => {
    const file = path.join(dir, 'kommunen', 'testgemeinde-02.yaml');
    fs.appendFileSync(file, 'backup:\n  retention:\n    keepDaily: 21\n');
    const model = loadModel(fleetFile);
    const r = await synthFleet({ model, outdir: out, runner: 'inline' });
    expect(r.built).toEqual(['testgemeinde-02']);
    expect(fs.readFileSync(path.join(out, 'stacks', 'testgemeinde-02', 'cdk.tf.json'), 'utf8')).toMatch(/keep-daily\W{0,6}21/);
    const plain = path.join(dir, 'plain');
    synthStraightforward(model, plain);
    expect(new Map([...readTree(out, [SYNTH_MANIFEST_NAME])].sort())).toEqual(new Map([...readTree(plain)].sort()));
  });

  it('rebuilds a stack whose output file was deleted, and everything with force', async () => {
    fs.rmSync(path.join(out, 'stacks', 'testgemeinde-04'), { recursive: true });
    const r = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    expect(r.built).toEqual(['testgemeinde-04']);
    const forced = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline', force: true });
    expect(forced.built).toHaveLength(9);
  });

  it('removes the stack of a tenant that left the fleet', async () => {
    fs.rmSync(path.join(dir, 'kommunen', 'testgemeinde-05.yaml'));
    const r = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    expect(r.removed).toEqual(['testgemeinde-05']);
    // Only the platform stack is rebuilt: it owns every tenant's CI login and drops the leaver's.
    expect(r.built).toEqual(['platform']);
    const platform = fs.readFileSync(path.join(out, 'stacks', 'platform', 'cdk.tf.json'), 'utf8');
    expect(platform).toContain('kommunen-testgemeinde-04-ci');
    expect(platform).not.toContain('testgemeinde-05');
    expect(fs.existsSync(path.join(out, 'stacks', 'testgemeinde-05'))).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { stacks: Record<string, unknown> };
    expect(Object.keys(manifest.stacks)).not.toContain('testgemeinde-05');
  });
});
