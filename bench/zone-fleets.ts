/**
 * Fleets of N generated tenants, one per SDN zone type, for `npm run rehearse:zones`
 * (bench/rehearse-zones.ts, issue #16: "a 50-tenant fleet in each zone type rehearses clean").
 *
 * Each zone type's fleet is an example's own `fleet.yaml`, so the platform settings are the vetted
 * ones the examples rehearse with (`test/rehearsal/rehearse-cli.test.ts`), and only the tenants are
 * generated (bench/fleets.ts `writeTenantFiles`: key, name, kind and AGS of the municipality
 * register, everything else the defaults):
 *
 * | zone  | fleet.yaml of            | Vault isolation |
 * |-------|--------------------------|-----------------|
 * | qinq  | examples/musterstadt     | path            |
 * | vlan  | examples/musterstadt, with `zoneType: vlan` (no example uses it; bridge vmbr1 kept) | path |
 * | vxlan | examples/verbandsgemeinde | namespace      |
 * | evpn  | examples/landkreis-fleet | namespace       |
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { loadFleetModel } from '../lib/blueprint/fleet';
import type { ZoneType } from '../lib/model/parameters';
import { assignTenantKeys, type Municipality } from '../lib/model/tenant-key';
import { REPO, register, writeLock, writeTenantFiles } from './fleets';

/** The zone types of `network.zoneType` (schemas/fleet.schema.json), in the order the script runs them. */
export const ZONE_TYPES: readonly ZoneType[] = ['qinq', 'vlan', 'vxlan', 'evpn'];

/** The example whose fleet.yaml each zone type's fleet starts from (see the module comment). */
export const ZONE_BASE: Readonly<Record<ZoneType, string>> = {
  qinq: 'musterstadt',
  vlan: 'musterstadt',
  vxlan: 'verbandsgemeinde',
  evpn: 'landkreis-fleet',
};

/** The tenants folder of a generated fleet. */
const TENANTS = 'kommunen';

/**
 * The fleet.yaml text of a zone type: the base example's file with `network.zoneType` set to the
 * zone type and the tenants folder named explicitly. Throws when the base example's network is of
 * another zone type than vlan/qinq/vxlan/evpn need (a changed example would otherwise rehearse a
 * different zone type under this one's name).
 */
export function zoneFleetYaml(zone: ZoneType): string {
  const base = path.join(REPO, 'examples', ZONE_BASE[zone], 'fleet.yaml');
  const doc = parseDocument(fs.readFileSync(base, 'utf8'));
  const baseZone = doc.getIn(['network', 'zoneType']);
  // vlan and qinq both need only a bridge; every other zone type must come from its own example.
  const compatible = baseZone === zone || (zone === 'vlan' && baseZone === 'qinq');
  if (!compatible) throw new Error(`examples/${ZONE_BASE[zone]}/fleet.yaml has zoneType ${String(baseZone)}, not ${zone}: update ZONE_BASE in bench/zone-fleets.ts`);
  doc.setIn(['network', 'zoneType'], zone);
  doc.set('tenants', TENANTS);
  return doc.toString();
}

/**
 * The first `count` municipalities of the register that the fleet's `land` admits (all when it sets
 * none), in register order: the same tenants on every run.
 */
export function pickMunicipalities(rows: readonly Municipality[], land: string | undefined, count: number): Municipality[] {
  const pick = rows.filter((g) => land === undefined || g.ags.startsWith(land)).slice(0, count);
  if (pick.length < count) throw new Error(`the register has ${pick.length} municipalities in Land ${land ?? '(any)'}, fewer than ${count}`);
  return pick;
}

/** A generated fleet on disk. */
export interface ZoneFleet {
  readonly zone: ZoneType;
  readonly fleetFile: string;
  readonly tenants: number;
  /** False when ../shared/data/gemeinden-2021.csv was missing and names were generated. */
  readonly realNames: boolean;
}

/**
 * Writes the fleet of `zone` with `tenants` tenants into `dir` (fleet.yaml, one file per tenant,
 * and the lock allocated once, as a real fleet commits it) and checks that it loads as that zone
 * type with that many tenants.
 */
export function writeZoneFleet(dir: string, zone: ZoneType, tenants: number): ZoneFleet {
  if (!Number.isInteger(tenants) || tenants < 1) throw new Error(`tenants must be a whole number of at least 1, got ${tenants}`);
  fs.mkdirSync(dir, { recursive: true });
  const yaml = zoneFleetYaml(zone);
  const fleetFile = path.join(dir, 'fleet.yaml');
  fs.writeFileSync(fleetFile, yaml);
  const land = parseDocument(yaml).get('land');
  const { rows, real } = register();
  const pick = pickMunicipalities(rows, typeof land === 'string' ? land : undefined, tenants);
  // Keys over the whole register, so that a name shared with another Land gets its AGS suffix as
  // it would in a fleet of all municipalities (bench/fleets.ts does the same).
  writeTenantFiles(path.join(dir, TENANTS), pick, assignTenantKeys(rows));
  writeLock(fleetFile);
  const model = loadFleetModel({ fleetFile });
  const got = { zone: model.fleet.data.network.zoneType, tenants: Object.keys(model.specs).length };
  if (got.zone !== zone || got.tenants !== tenants) throw new Error(`the generated fleet in ${dir} loads as ${got.tenants} tenants of zone type ${got.zone}, not ${tenants} of ${zone}`);
  return { zone, fleetFile, tenants, realNames: real };
}
