/**
 * `npm run rehearse:zones` (bench/rehearse-zones.ts, bench/zone-fleets.ts) without terraform: the
 * fleets it generates per zone type, its arguments, and how it reads the CLI's JSON. The rehearsal
 * itself runs outside the default suite (50 tenants per zone type take minutes).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { formatTable, parseZoneArgs, RehearseJson, zoneFigures, ZoneUsageError } from '../../bench/rehearse-zones';
import { pickMunicipalities, writeZoneFleet, ZONE_BASE, ZONE_TYPES, zoneFleetYaml } from '../../bench/zone-fleets';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { REPO } from '../helpers/fleet';

describe('the zone fleets', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-zone-fleets-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('covers the four zone types of the fleet schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/fleet.schema.json'), 'utf8'));
    const zoneType = schema.properties.network.properties.zoneType;
    expect([...ZONE_TYPES].sort()).toEqual([...zoneType.enum].sort());
  });

  it.each(ZONE_TYPES)('%s: the example fleet.yaml with only the zone type and the tenants folder set', (zone) => {
    const base = parseDocument(fs.readFileSync(path.join(REPO, 'examples', ZONE_BASE[zone], 'fleet.yaml'), 'utf8')).toJS();
    const made = parseDocument(zoneFleetYaml(zone)).toJS();
    expect(made).toEqual({ ...base, network: { ...base.network, zoneType: zone }, tenants: 'kommunen' });
  });

  it.each(ZONE_TYPES)('%s: 3 tenants of the fleet\'s Land, with a lock, load as that zone type', (zone) => {
    const dir = path.join(root, zone);
    const f = writeZoneFleet(dir, zone, 3);
    expect(f).toMatchObject({ zone, tenants: 3, fleetFile: path.join(dir, 'fleet.yaml') });
    const model = loadFleetModel({ fleetFile: f.fleetFile });
    expect(model.lockChanged).toBe(false);
    expect(model.fleet.data.network.zoneType).toBe(zone);
    const specs = Object.values(model.specs);
    expect(specs).toHaveLength(3);
    const land = model.fleet.data.land;
    expect(land).toBe('07');
    for (const spec of specs) expect(spec.ags?.startsWith(land!)).toBe(true);
  });

  it('takes the same municipalities every time, in register order, and says when the Land has too few', () => {
    const rows = [
      { ags: '07111000', name: 'A' },
      { ags: '08111000', name: 'B' },
      { ags: '07222000', name: 'C' },
    ];
    expect(pickMunicipalities(rows, '07', 2).map((r) => r.name)).toEqual(['A', 'C']);
    expect(pickMunicipalities(rows, undefined, 2).map((r) => r.name)).toEqual(['A', 'B']);
    expect(() => pickMunicipalities(rows, '07', 3)).toThrow(/2 municipalities in Land 07, fewer than 3/);
  });

  it('refuses a tenant count below 1', () => {
    expect(() => writeZoneFleet(path.join(root, 'none'), 'qinq', 0)).toThrow(/at least 1/);
  });
});

describe('rehearse:zones arguments', () => {
  it('defaults to 50 tenants in every zone type with 2 jobs', () => {
    expect(parseZoneArgs([])).toEqual({ tenants: 50, zoneTypes: ZONE_TYPES, jobs: 2, keep: false });
  });

  it('takes --tenants, --zone-types (deduplicated), --jobs and --keep', () => {
    expect(parseZoneArgs(['--tenants', '3', '--zone-types', 'evpn,qinq,evpn', '--jobs', '1', '--keep'])).toEqual({ tenants: 3, zoneTypes: ['evpn', 'qinq'], jobs: 1, keep: true });
  });

  it.each([
    [['--tenants', '0'], /--tenants needs a whole number/],
    [['--tenants', '2.5'], /--tenants needs a whole number/],
    [['--jobs'], /--jobs needs a whole number of at least 1, got nothing/],
    [['--zone-types', 'qinq,geneve'], /--zone-types takes a comma-separated list/],
    [['--zone-types', ''], /--zone-types takes/],
    [['--fast'], /unknown argument "--fast"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseZoneArgs(argv)).toThrow(ZoneUsageError);
    expect(() => parseZoneArgs(argv)).toThrow(message);
  });
});

describe('rehearse:zones figures', () => {
  const stack = (name: string, ms: number, ok = true) => ({ stack: name, ok, applied: ok, ms, ...(ok ? {} : { failure: { step: 'apply', detail: '╷\n│ Error: error creating proxmox_virtual_environment_pool: permission denied\n╵' } }) });
  const out = (over: Partial<RehearseJson>): RehearseJson => ({
    ok: true,
    tool: 'terraform',
    toolVersion: '1.11.4',
    synthMs: 2000,
    ms: 32000,
    skipped: [],
    stacks: [stack('platform', 10000), stack('a', 10000), stack('b', 10000)],
    refusals: [],
    pendingSdn: [],
    ...over,
  });

  it('counts applied stacks and takes the tenants\' time without synthesis and the platform stack', () => {
    const f = zoneFigures('qinq', 2, out({}), 0, 35000);
    expect(f).toEqual({ zone: 'qinq', tenants: 2, stacks: 3, applied: 3, failed: [], skipped: 0, refusals: 0, pendingSdn: 0, wallMs: 35000, tenantMs: 20000, clean: true });
    expect(formatTable([f])).toMatch(/^qinq\s+2\s+3\/3\s+0\s+0\s+0\s+35\.00 s\s+10\.00\s+clean$/m);
  });

  it('is not clean with a failed stack, a refusal, SDN left pending, or a non-zero exit code', () => {
    const failed = zoneFigures('evpn', 2, out({ ok: false, stacks: [stack('platform', 1), stack('a', 1), stack('b', 1, false)] }), 1, 1);
    expect(failed.clean).toBe(false);
    expect(failed.applied).toBe(2);
    expect(failed.failed).toEqual(['b at apply: Error: error creating proxmox_virtual_environment_pool: permission denied']);
    expect(zoneFigures('evpn', 2, out({ ok: false, refusals: [{ stack: 'a', action: 'create', typeName: 't', summary: 's' }] }), 1, 1)).toMatchObject({ refusals: 1, clean: false });
    expect(zoneFigures('evpn', 2, out({ ok: false, pendingSdn: [{ kind: 'zone', id: 'z', state: 'new' }] }), 1, 1)).toMatchObject({ pendingSdn: 1, clean: false });
    expect(zoneFigures('evpn', 2, out({}), 1, 1).clean).toBe(false);
    const skipped = zoneFigures('vxlan', 2, out({ ok: false, stacks: [stack('platform', 1, false)], skipped: ['a', 'b'] }), 1, 1);
    expect(skipped).toMatchObject({ stacks: 3, applied: 0, skipped: 2, clean: false });
    expect(formatTable([skipped])).toMatch(/^vxlan\s+2\s+0\/3\s+3\s.*NOT CLEAN$/m);
  });
});
