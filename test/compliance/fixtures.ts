/** Shared fixtures of the compliance tests: the reference tenant, synthesized in memory. */
import * as path from 'path';
import { Fleet, loadFleetModel, type FleetModel } from '../../lib/blueprint/fleet';
import type { StackJson } from '../../lib/compliance/types';
import type { TenantSpec } from '../../lib/model/spec';
import { testApp } from '../helpers/synth';

export const REPO = path.resolve(__dirname, '../..');
export const MUSTERSTADT = path.join(REPO, 'examples/musterstadt');
export const VERBANDSGEMEINDE = path.join(REPO, 'examples/verbandsgemeinde');
export const LANDKREIS = path.join(REPO, 'examples/landkreis-fleet');

const cache = new Map<string, FleetModel>();

export function exampleModel(dir: string): FleetModel {
  let m = cache.get(dir);
  if (!m) {
    m = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    cache.set(dir, m);
  }
  return m;
}

/** Every tenant stack of an example as JSON (compliance aspect off), with its spec. */
export function exampleStacks(dir: string): { key: string; json: StackJson; spec: TenantSpec }[] {
  const model = exampleModel(dir);
  const app = testApp();
  const fleet = new Fleet(app, model, { platform: false, compliance: false });
  return Object.entries(fleet.tenants).map(([key, stack]) => ({ key, json: stack.toTerraform() as StackJson, spec: stack.spec }));
}

/** A deep, mutable copy of a stack JSON for building failing fixtures. */
export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The reference tenant musterstadt. */
export function musterstadt(): { json: StackJson; spec: TenantSpec } {
  const s = exampleStacks(MUSTERSTADT).find((x) => x.key === 'musterstadt')!;
  return { json: s.json, spec: s.spec };
}
