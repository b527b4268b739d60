/**
 * Issue #16, "tenants cannot create guests: the pool has no storage members": the tenant stack adds
 * the fleet's guest storages to its pool, applied by terraform as the tenant pipeline's Proxmox
 * identity (`terraform-tenants@pve`), with the datacenter model enforcing. Two tenants of one fleet
 * (a stack pair) add the same storage to their own pools: PVE compares only a pool's own members.
 * Without the tenant identity's grant on /storage, PVE refuses the membership (pve-manager
 * PVE/API2/Pool.pm L361: perm-modify on /storage/<id>).
 *
 * Small stacks: the pool and its storage members exactly as the blueprint synthesizes them for the
 * landkreis-fleet example (cut out of the tenants' cdk.tf.json), so the rehearsal applies a handful
 * of resources per tenant, not whole stacks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadFleetModel } from '../../../lib/blueprint/fleet';
import { fleetDatacenterSeed, pipelineIdentities } from '../../../lib/rehearsal/identities';
import { TENANT_IDENTITY, type ProxmoxSeed } from '../../../lib/rehearsal/model/proxmox';
import { applyStack, planStack } from '../../../lib/rehearsal/stack-run';
import { Workspace } from '../../../lib/rehearsal/workspace';
import { synthFleet } from '../../../lib/synth/synth-fleet';
import { copyExample, describeRehearsal, expectOk, tempDir } from '../../helpers/rehearsal';

const TENANTS = ['kreisverwaltung', 'stadt-musterhausen'];
const KEEP = ['proxmox_virtual_environment_pool', 'proxmox_pool_membership'];

type StackJson = { terraform: unknown; provider: Record<string, unknown>; variable?: unknown; resource: Record<string, unknown> };

/** The tenant stack reduced to its Proxmox provider, its variables, its pool and the pool's members. */
function poolOnly(stack: StackJson): StackJson {
  const resource = Object.fromEntries(Object.entries(stack.resource).filter(([t]) => KEEP.includes(t)));
  return { terraform: stack.terraform, provider: { proxmox: stack.provider.proxmox }, ...(stack.variable !== undefined ? { variable: stack.variable } : {}), resource };
}

describeRehearsal('rehearsal: tenant pools get their guest storages as members (enforced model, pipeline identity)', () => {
  const dir = copyExample('landkreis-fleet');
  const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  const stacks: Record<string, string> = {};

  beforeAll(async () => {
    const outdir = tempDir('kommunal-pool-member-synth-');
    await synthFleet({ model, outdir, tenants: TENANTS, platform: false, force: true, jobs: 1, runner: 'inline', fleetKeys: Object.keys(model.specs) });
    for (const t of TENANTS) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', t, 'cdk.tf.json'), 'utf8')) as StackJson;
      const small = tempDir(`kommunal-pool-member-${t}-`);
      fs.writeFileSync(path.join(small, 'cdk.tf.json'), JSON.stringify(poolOnly(json), null, 2));
      stacks[t] = small;
    }
  }, 120000);

  /** A workspace whose tenants run with their pipeline job's Proxmox identity (no Vault: these stacks have none). */
  const workspace = (seed: ProxmoxSeed): Workspace => {
    const ids = pipelineIdentities(model);
    const ws = Workspace.open({
      dir: tempDir('kommunal-rehearsal-ws-'),
      tool: 'terraform',
      datacenterModel: 'enforce',
      identityOf: (stack) => ({ proxmoxToken: ids(stack).proxmoxToken }),
      proxmoxSeed: seed,
    });
    for (const t of TENANTS) ws.prepareStack(t, stacks[t]!);
    return ws;
  };

  it('applies each tenant pool with the storage as a member; the same storage joins both pools', async () => {
    const seed = fleetDatacenterSeed(model);
    expect(model.specs.kreisverwaltung!.compute.guestStorages).toEqual(['local-lvm']);
    expect(seed.storages.map((s) => s.id)).toContain('local-lvm');
    expect(pipelineIdentities(model)('kreisverwaltung').proxmoxToken).toMatch(new RegExp(`^${TENANT_IDENTITY.userId}!`));
    const ws = workspace(seed);
    for (const t of TENANTS) {
      expectOk(await planStack(ws, t));
      expectOk(await applyStack(ws, t));
    }
    const state = JSON.parse(fs.readFileSync(path.join(ws.stateDir, 'stadt-musterhausen.tfstate'), 'utf8')) as { resources: { type: string; instances: { attributes: Record<string, unknown> }[] }[] };
    const member = state.resources.find((r) => r.type === 'proxmox_pool_membership');
    expect(member?.instances[0]?.attributes).toMatchObject({ pool_id: model.specs['stadt-musterhausen']!.compute.pool, storage_id: 'local-lvm' });
  }, 300000);

  it('is refused without the tenant identity\'s storage grant: PVE checks Permissions.Modify or Datastore.Allocate on /storage/<id>', async () => {
    const full = fleetDatacenterSeed(model);
    const seed: ProxmoxSeed = { ...full, tenant: { ...full.tenant, grants: full.tenant.grants.filter((g) => g.path !== '/storage') } };
    const ws = workspace(seed);
    const t = TENANTS[0]!;
    expectOk(await planStack(ws, t));
    const r = await applyStack(ws, t);
    expect(r.ok).toBe(false);
    // terraform wraps long diagnostic lines: compare with runs of white space as one space.
    const detail = (r.failure?.detail ?? '').replace(/\s+/g, ' ');
    expect(detail).toContain('Error creating proxmox_pool_membership');
    expect(detail).toContain('Permission check failed (/storage/local-lvm, Permissions.Modify|Datastore.Allocate) HTTP 403; PUT /api2/json/pools');
  }, 300000);
});
