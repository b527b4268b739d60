/**
 * The platform plan jobs' own read-only Proxmox identity (issue #14, point 5): the grants
 * (PLATFORM_PLAN_PROXMOX_PRIVILEGES, concrete per stack: platformPlanProxmoxGrants) let every
 * read-back GET of the Proxmox call table for the platform stacks of the three examples pass PVE's
 * permission checks (the model's PveAccess), refuse every write, and the generated pipeline hands
 * the token to `plan:platform*` only when the fleet has platform roles (otherwise the YAML is
 * byte-identical to the one recorded before the change).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { PveAccess } from '../../lib/identity/pve-permissions';
import {
  credentialNeeds, PLAN_PROXMOX_PRIVILEGES, PLAN_PROXMOX_TOKEN_VARIABLE, PLATFORM_PLAN_PROXMOX_PRIVILEGES, PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE, platformPlanProxmoxGrants, type PlanProxmoxGrant,
} from '../../lib/pipeline/credentials';
import { generateGitlabPipelines, type GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
import type { DatacenterView } from '../../lib/rehearsal/model/api';
import { callsFor, runCalls, type ApiCall } from '../../lib/rehearsal/model/proxmox/calls';
import { exampleModel, synthModel } from '../helpers/fleet';
import { PLATFORM_ROLES_PIPELINE } from './fixtures';

const USER = 'kommunal-platform-plan@pve';
const TOKEN = `${USER}!ci`;
const EMPTY: DatacenterView = { list: () => [], get: () => undefined };

/** The PVE access config of the plan user: one role per grant, on the user and its privilege-separated token. */
function planAccess(grants: readonly PlanProxmoxGrant[]): PveAccess {
  const roles: Record<string, readonly string[]> = {};
  const acl = grants.flatMap((g, i) => {
    roles[`KommunalPlatformPlan${i}`] = g.privileges;
    return [{ path: g.path, roleId: `KommunalPlatformPlan${i}`, propagate: true, user: USER }, { path: g.path, roleId: `KommunalPlatformPlan${i}`, propagate: true, token: TOKEN }];
  });
  return new PveAccess({ roles, users: [{ id: USER, enabled: true }], groups: {}, tokens: [{ id: TOKEN, privsep: true }], acl });
}

type Res = Record<string, Record<string, Record<string, unknown>>>;

/** Every call the table lists for creating each resource of a stack (a refresh makes the read-back GETs). */
function stackCalls(stack: Record<string, unknown>): { type: string; call: ApiCall }[] {
  const out: { type: string; call: ApiCall }[] = [];
  for (const [type, byName] of Object.entries((stack.resource ?? {}) as Res)) {
    if (!type.startsWith('proxmox')) continue;
    for (const attrs of Object.values(byName)) {
      for (const call of callsFor({ typeName: type, action: 'create', prior: null, planned: attrs }, { kind: 'proxmox', userId: USER }, true) ?? []) out.push({ type, call });
    }
  }
  return out;
}

/** Runs one call's permission checks only (the server's existence rules need the objects, which a refresh finds in place). */
const refused = (call: ApiCall, access: PveAccess) => runCalls([{ ...call, rules: undefined }], access, TOKEN, EMPTY).map((e) => e.summary);

const EXAMPLES = ['musterstadt', 'verbandsgemeinde', 'landkreis-fleet'];
const platformStacks = EXAMPLES.flatMap((ex) => {
  const synth = synthModel(exampleModel(ex));
  return Object.entries(synth.stacks).filter(([name]) => name === 'platform' || name.startsWith('platform-')).map(([name, stack]) => ({ ex, name, stack }));
});
const proxmoxStacks = platformStacks.filter((s) => stackCalls(s.stack).length > 0);

describe('the platform plan Proxmox user', () => {
  it('finds a Proxmox part in the platform stacks of all three examples', () => {
    expect(proxmoxStacks.map((s) => `${s.ex}/${s.name}`)).toEqual(['musterstadt/platform', 'verbandsgemeinde/platform', 'landkreis-fleet/platform', 'landkreis-fleet/platform-dr1']);
  });

  it.each(proxmoxStacks.map((s) => [`${s.ex}/${s.name}`, s] as const))('%s: every read-back GET passes with the plan grants, every write is refused', (_label, { stack }) => {
    const grants = platformPlanProxmoxGrants(stack);
    const access = planAccess(grants);
    const calls = stackCalls(stack);
    const gets = calls.filter((c) => c.call.method === 'GET');
    expect(gets.map((g) => g.call.path)).toContain('/cluster/firewall/options');
    expect(gets.some((g) => g.call.path.startsWith('/storage/'))).toBe(true);
    expect(gets.some((g) => g.call.path.startsWith('/access/domains/'))).toBe(true);
    expect(gets.flatMap((g) => refused(g.call, access).map((r) => `${g.type} ${g.call.path}: ${r}`))).toEqual([]);
    const writes = calls.filter((c) => c.call.method !== 'GET' && c.call.perms.length > 0);
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.filter((w) => refused(w.call, access).length === 0).map((w) => `${w.type} ${w.call.method} ${w.call.path}`)).toEqual([]);
    // Each grant beyond `/` is needed: without it a GET is refused.
    for (let i = 1; i < grants.length; i++) {
      const without = planAccess(grants.filter((_, j) => j !== i));
      expect([grants[i].path, gets.some((g) => refused(g.call, without).length > 0)]).toEqual([grants[i].path, true]);
    }
  });

  it('reads the platform zone where the stack has one (verbandsgemeinde) with SDN.Allocate on that zone only', () => {
    const vg = proxmoxStacks.find((s) => s.ex === 'verbandsgemeinde')!;
    const grants = platformPlanProxmoxGrants(vg.stack);
    expect(grants.map((g) => g.path)).toEqual(['/', '/sdn/zones/komvxlan', '/storage/cephfs']);
    expect(stackCalls(vg.stack).some((c) => c.call.method === 'GET' && c.call.path.startsWith('/cluster/sdn/zones/komvxlan'))).toBe(true);
  });

  it('the tenant plan grants do not reach the platform objects, and the platform grants hold no write privilege at / or on the storage and zone roots', () => {
    const tenantLike = planAccess(PLAN_PROXMOX_PRIVILEGES.filter((g) => g.path === '/'));
    const ms = proxmoxStacks.find((s) => s.ex === 'musterstadt')!;
    const file = stackCalls(ms.stack).find((c) => c.call.method === 'GET' && c.call.path === '/storage/cephfs')!;
    expect(refused(file.call, tenantLike)).toEqual([expect.stringMatching(/^Permission check failed/)]);
    expect(PLATFORM_PLAN_PROXMOX_PRIVILEGES.filter((g) => g.path === '/').flatMap((g) => g.privileges).every((p) => p.endsWith('.Audit'))).toBe(true);
    for (const { stack } of proxmoxStacks) {
      const access = planAccess(platformPlanProxmoxGrants(stack));
      for (const [p, priv] of [['/storage', 'Datastore.Allocate'], ['/sdn/zones', 'SDN.Allocate'], ['/', 'Sys.Modify'], ['/access', 'Sys.Modify'], ['/access/realm', 'Realm.Allocate'], ['/storage/other', 'Datastore.Allocate']]) {
        expect([p, priv, access.check(TOKEN, p, [priv])]).toEqual([p, priv, expect.stringMatching(/^Permission check failed/)]);
      }
    }
  });

  it('env-check --stage plan names the platform plan token for platform stacks and the tenant plan token for tenant stacks', () => {
    for (const { stack } of proxmoxStacks) {
      expect(credentialNeeds(stack, 'plan').find((n) => n.what.startsWith('Proxmox VE API token'))).toEqual({ what: 'Proxmox VE API token of the platform plan jobs (a read-only PVE user, protected)', anyOf: [PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE] });
      expect(credentialNeeds(stack, 'apply').find((n) => n.what.startsWith('Proxmox VE API token'))?.anyOf).toEqual(['TF_VAR_proxmox_api_token', 'PROXMOX_VE_API_TOKEN']);
    }
    const tenant = synthModel(exampleModel('musterstadt')).stacks.musterstadt;
    expect(credentialNeeds(tenant, 'plan').find((n) => n.what.startsWith('Proxmox VE API token'))?.anyOf).toEqual([PLAN_PROXMOX_TOKEN_VARIABLE]);
  });
});

type Job = { script: string[] };
const BASE = PLATFORM_ROLES_PIPELINE;

/** Pipelines without platform roles, recorded before the platform plan token existed (KOMMUNAL_RECORD_BASELINE=1 rewrites them). */
const BASELINE_DIR = path.join(__dirname, 'platform-plan-baseline');
const WITHOUT_ROLES: Record<string, GitlabPipelineOptions> = {
  'vault-no-platform-roles-pg': { ...BASE, vault: { mount: 'jwt-ci', audience: 'https://gitlab.example' } },
  'no-vault-http': { ...BASE, tenants: BASE.tenants.map(({ key, number, cluster }) => ({ key, number, ...(cluster !== undefined ? { cluster } : {}) })), vault: undefined, stateBackend: 'http' },
};

describe('the platform plan jobs in the generated pipeline', () => {
  const doc = parse(generateGitlabPipelines(BASE).parent.text) as Record<string, Job>;
  const exportLine = `export PROXMOX_VE_API_TOKEN="\${${PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE}:-}"`;

  it('plan:platform and plan:platform-<cluster> export the platform plan token before terraform and check it with --stage plan; apply jobs do not', () => {
    for (const job of ['plan:platform', 'plan:platform-nord']) {
      const s = doc[job].script;
      const at = s.indexOf(exportLine);
      expect([job, at > 0]).toEqual([job, true]);
      expect(s.findIndex((l) => l.includes(' init -input=false'))).toBeGreaterThan(at);
      expect(s).toContain(`npx kommunal env-check cdktf.out/stacks/${job.slice(5)} --stage plan`);
      expect(s).toContain('export PG_CONN_STR="${KOMMUNAL_PLAN_PG_CONN_STR:-}"');
    }
    for (const job of ['apply:platform', 'apply:platform-nord']) expect(doc[job].script.join('\n')).not.toContain(PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE);
    expect(generateGitlabPipelines(BASE).parent.text).toMatch(new RegExp(`^#\\s+${PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE}\\s+platform plan jobs .*protected$`, 'm'));
  });

  it.each(Object.keys(WITHOUT_ROLES))('without platform roles (%s) the parent pipeline is byte-identical to the recorded one', (name) => {
    const text = generateGitlabPipelines(WITHOUT_ROLES[name]).parent.text;
    const file = path.join(BASELINE_DIR, `${name}.yml`);
    if (process.env.KOMMUNAL_RECORD_BASELINE === '1') {
      fs.mkdirSync(BASELINE_DIR, { recursive: true });
      fs.writeFileSync(file, text);
    }
    expect(text).not.toContain(PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE);
    expect(text).toBe(fs.readFileSync(file, 'utf8'));
  });
});
