/** The recorded blueprint version reaches every path that builds tenant stacks. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Fleet, FleetModel, recordedBlueprintFor } from '../../lib/blueprint/fleet';
import { tenantInputHash } from '../../lib/synth/inputs';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { BLUEPRINT_VERSION } from '../../lib/upgrade/address-map';
import { exampleModel } from '../helpers/fleet';

/** The landkreis fleet with one tenant recorded at a blueprint version newer than this library. */
function withNewerTenant(): FleetModel {
  const model = exampleModel('landkreis-fleet');
  const t = model.lock.tenants['zv-abwasser'];
  return { ...model, lock: { ...model.lock, tenants: { ...model.lock.tenants, 'zv-abwasser': { ...t, blueprint: BLUEPRINT_VERSION + 1 } } } };
}

describe('recorded blueprint versions', () => {
  it('are undefined for current tenants and absent entries', () => {
    const model = exampleModel('landkreis-fleet');
    expect(recordedBlueprintFor(model.lock, 'zv-abwasser')).toBeUndefined();
    expect(recordedBlueprintFor(withNewerTenant().lock, 'zv-abwasser')).toBe(BLUEPRINT_VERSION + 1);
  });

  it('fail synthesis through Fleet when a tenant is newer than the library', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-')) });
    new Fleet(app, withNewerTenant());
    try {
      expect(() => app.synth()).toThrow(/newer/);
    } finally {
      fs.rmSync(app.outdir, { recursive: true, force: true });
    }
  });

  it('fail the fast synthesis the same way', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-'));
    try {
      await expect(synthFleet({ model: withNewerTenant(), outdir, runner: 'inline', tenants: ['zv-abwasser'], platform: false })).rejects.toThrow(/newer/);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('are part of the incremental input hash', () => {
    const spec = exampleModel('landkreis-fleet').specs['zv-abwasser'];
    expect(tenantInputHash('e', 'p', spec, 2)).not.toBe(tenantInputHash('e', 'p', spec));
    expect(tenantInputHash('e', 'p', spec, undefined)).toBe(tenantInputHash('e', 'p', spec));
  });
});
