import * as fs from 'fs';
import * as path from 'path';
import { writeLockIfChanged } from '../../lib/blueprint/fleet';
import { extractLockEntries, loadFleetModelForTenants } from '../../lib/synth/select';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { loadModel, makeFleet, readTree, removeDir, syntheticTenant } from './fixture';

describe('light fleet load for selected tenants', () => {
  let dir: string;
  let fleetFile: string;
  beforeAll(() => {
    ({ dir, fleetFile } = makeFleet(8));
    expect(writeLockIfChanged(loadModel(fleetFile))).toBe(true);
  });
  afterAll(() => removeDir(dir));

  const opts = () => ({ fleetFile, displayRoot: dir });

  it('gives the same spec and platform as the full load, with every tenant key', () => {
    const full = loadModel(fleetFile);
    for (const key of ['musterstadt', 'vg-musterland', 'testgemeinde-03', 'testgemeinde-04']) {
      const light = loadFleetModelForTenants(opts(), [key]);
      expect(light.partial).toBe(true);
      expect(Object.keys(light.model.specs)).toEqual([key]);
      expect(JSON.stringify(light.model.specs[key])).toBe(JSON.stringify(full.specs[key]));
      // The light load never synthesizes the platform stack, so it lacks the fleet's CI logins
      // (PlatformSpec.tenantPipelines, which need every tenant); everything else is the same.
      const { tenantPipelines, ...fullPlatform } = full.platform;
      expect(tenantPipelines?.length).toBe(Object.keys(full.specs).length);
      expect(light.model.platform.tenantPipelines).toBeUndefined();
      expect(JSON.stringify(light.model.platform)).toBe(JSON.stringify(fullPlatform));
      expect(light.model.lockChanged).toBe(false);
      expect(light.fleetKeys).toEqual(Object.keys(full.specs).sort());
    }
  });

  it('loads several tenants at once', () => {
    const light = loadFleetModelForTenants(opts(), ['testgemeinde-05', 'musterstadt']);
    expect(light.partial).toBe(true);
    expect(Object.keys(light.model.specs).sort()).toEqual(['musterstadt', 'testgemeinde-05']);
  });

  it('synthesizes a selected tenant without removing the other stacks', async () => {
    const out = path.join(dir, 'out-select');
    await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    const before = readTree(out, ['kommunal-synth.json']);
    const light = loadFleetModelForTenants(opts(), ['testgemeinde-02']);
    const r = await synthFleet({ model: light.model, fleetKeys: light.fleetKeys, outdir: out, tenants: ['testgemeinde-02'], platform: false, runner: 'inline', force: true });
    expect(r.built).toEqual(['testgemeinde-02']);
    expect(r.removed).toEqual([]);
    expect(readTree(out, ['kommunal-synth.json'])).toEqual(before);
    // The hashes recorded by the light run match a full run: nothing is rebuilt afterwards.
    const again = await synthFleet({ model: loadModel(fleetFile), outdir: out, runner: 'inline' });
    expect(again.built).toEqual([]);
  });

  it('falls back to the full load when a new tenant needs allocation', () => {
    const t = syntheticTenant(40);
    const file = path.join(dir, 'kommunen', `${t.key}.yaml`);
    fs.writeFileSync(file, t.yaml);
    try {
      const r = loadFleetModelForTenants(opts(), [t.key]);
      expect(r.partial).toBe(false);
      expect(r.model.lockChanged).toBe(true);
      expect(Object.keys(r.model.specs)).toContain('musterstadt');
    } finally {
      fs.rmSync(file);
    }
  });

  it('falls back to the full load when the tenant enables a segment that is not allocated yet', () => {
    const file = path.join(dir, 'kommunen', 'testgemeinde-01.yaml');
    const original = fs.readFileSync(file, 'utf8');
    expect(original).not.toContain('schools');
    fs.writeFileSync(file, original.replace(/^segments:[\s\S]*$/m, '') + 'segments:\n  schools: {}\n');
    try {
      const r = loadFleetModelForTenants(opts(), ['testgemeinde-01']);
      expect(r.partial).toBe(false);
      expect(r.fallbackReason).toMatch(/allocation would change/);
      expect(r.model.lockChanged).toBe(true);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('fails when the tenant file is invalid, with the messages of the full load', () => {
    const file = path.join(dir, 'kommunen', 'testgemeinde-06.yaml');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${original}sizee: m\n`);
    try {
      expect(() => loadFleetModelForTenants(opts(), ['testgemeinde-06'])).toThrow(/testgemeinde-06\.yaml:\d+:\d+/);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('falls back when the tenant has no file, so the full load can report it', () => {
    const r = loadFleetModelForTenants(opts(), ['no-such-tenant']);
    expect(r.partial).toBe(false);
    expect(r.model.specs['no-such-tenant']).toBeUndefined();
  });
});

describe('extractLockEntries', () => {
  const lock = 'version: 1\nzoneType: qinq\ntenants:\n  a:\n    number: 1\n    segments: {}\n  b:\n    number: 2\n';

  it('keeps the top-level fields and the named tenant blocks', () => {
    expect(extractLockEntries(lock, ['b'])).toBe('version: 1\nzoneType: qinq\ntenants:\n  b:\n    number: 2\n');
    expect(extractLockEntries(lock, ['b', 'a'])).toBe(lock);
  });

  it('fails when a tenant is missing or appears twice, or the layout is not canonical', () => {
    expect(extractLockEntries(lock, ['c'])).toBeUndefined();
    expect(extractLockEntries(`${lock}  b:\n    number: 3\n`, ['b'])).toBeUndefined();
    expect(extractLockEntries(`${lock}other: 1\n`, ['a'])).toBeUndefined();
    expect(extractLockEntries(lock.replace('tenants:', 'tenants: # x'), ['a'])).toBeUndefined();
  });
});
