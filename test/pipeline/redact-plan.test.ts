/**
 * Plan redaction on real plan JSON: test/fixtures/plans/real/*.json are `terraform show -json` of
 * landkreis-fleet's tenant stadt-musterhausen (terraform 1.11.4, shadow providers), recorded by
 * scripts/record-plan-fixtures.js: its first plan (PBS password and encryption key and the Vault
 * OIDC client secret read from the pipeline-inputs secret) and its second plan after apply (the
 * prior state also holds the pipeline token's secret).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fleetCiInputSecrets } from '../../lib/rehearsal/identities';
import { guardPlan } from '../../lib/pipeline/plan-guard';
import { parsePlanJson } from '../../lib/pipeline/plan-json';
import { planDifferences, REDACTED, redactPlanJson, redactValue } from '../../lib/pipeline/redact-plan';
import { exampleModel } from '../helpers/fleet';
import { cleanup, kommunalInProcess, REPO, tempDir } from './fixtures';
import { spawnSync } from 'child_process';

/** `node bin/kommunal.js <args>` with `input` on standard input (needs `npm run build`). */
const kommunal = (args: readonly string[], cwd: string, input: string) => {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/kommunal.js'), ...args], { cwd, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const TENANT = 'stadt-musterhausen';
const REAL = path.join(__dirname, '../fixtures/plans/real');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(REAL, name), 'utf8')) as Record<string, unknown>;
const model = exampleModel('landkreis-fleet');
/** The values the rehearsal seeded as the tenant's pipeline inputs (Vault KV). */
const seeded = Object.values(fleetCiInputSecrets(model).find((s) => s.name.includes(TENANT))?.data ?? {});

/** Every `value` of the tenant's Proxmox pipeline token in the plan's prior state, as terraform wrote it. */
function tokenSecrets(plan: Record<string, unknown>): string[] {
  const prior = plan.prior_state as { values?: { root_module?: { resources?: { type: string; values: { value?: string } }[] } } } | undefined;
  return (prior?.values?.root_module?.resources ?? []).filter((r) => r.type === 'proxmox_user_token').flatMap((r) => r.values.value ?? []);
}

describe('redactPlanJson on real plan JSON', () => {
  it('the fixtures hold the secrets in clear text (what the plan job kept as artifact until now)', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    for (const f of ['tenant-first.json', 'tenant-second.json']) {
      const text = fs.readFileSync(path.join(REAL, f), 'utf8');
      for (const s of seeded) expect(text).toContain(s);
    }
    expect(tokenSecrets(read('tenant-second.json'))).toHaveLength(1);
  });

  it.each(['tenant-first.json', 'tenant-second.json'])('%s: no seeded secret and no token secret is left', (f) => {
    const raw = read(f);
    const redacted = JSON.stringify(redactPlanJson(raw));
    for (const s of [...seeded, ...tokenSecrets(raw)]) expect(redacted).not.toContain(s);
    expect(redacted).toContain(REDACTED);
    // The input is not changed.
    expect(JSON.stringify(raw)).toContain(seeded[0]);
  });

  it.each(['tenant-first.json', 'tenant-second.json'])('%s: the plan guard reads the same facts from the redacted plan', (f) => {
    const raw = read(f);
    const spec = model.specs[TENANT];
    const guard = (p: unknown) => guardPlan(parsePlanJson(JSON.stringify(p), f), spec, { date: '2026-12-05' });
    expect(guard(redactPlanJson(raw))).toEqual(guard(raw));
    // Addresses, actions and non-sensitive attributes are kept.
    const changes = (p: Record<string, unknown>) => (p.resource_changes as { address: string; change: { actions: string[] } }[]).map((c) => [c.address, c.change.actions]);
    expect(changes(redactPlanJson(raw))).toEqual(changes(raw));
    expect(JSON.stringify(redactPlanJson(raw))).toContain('"proxmox_storage_pbs"');
  });

  it('redacts variable values unless the configuration declares them not sensitive', () => {
    const raw = read('tenant-first.json');
    const withValues = {
      ...raw,
      variables: { ...(raw.variables as object), proxmox_api_token: { value: 'ci@pve!t=secret-uuid' }, proxmox_endpoint: { value: 'https://pve:8006/' }, undeclared: { value: 'x' } },
    };
    const vars = redactPlanJson(withValues).variables as Record<string, { value: unknown }>;
    expect(vars.proxmox_api_token.value).toBe(REDACTED);
    expect(vars.proxmox_endpoint.value).toBe('https://pve:8006/');
    expect(vars.undeclared.value).toBe(REDACTED);
    expect(vars.pbs_fingerprint.value).toBeNull();
  });
});

describe('redactValue', () => {
  it('follows terraform\'s sensitivity structure into objects and lists', () => {
    expect(redactValue({ a: 'x', b: { c: 'y', d: 'z' }, l: ['p', 'q'] }, { b: { c: true }, l: [false, true] })).toEqual({ a: 'x', b: { c: REDACTED, d: 'z' }, l: ['p', REDACTED] });
    expect(redactValue({ a: 1 }, true)).toBe(REDACTED);
    expect(redactValue(null, true)).toBeNull();
    expect(redactValue('x', false)).toBe('x');
  });
});

describe('planDifferences: the apply job applies what was reviewed', () => {
  const first = redactPlanJson(read('tenant-first.json'));
  it('a plan equals itself', () => {
    expect(planDifferences(first, redactPlanJson(read('tenant-first.json')))).toEqual([]);
  });
  it('names a changed action, an added and a removed resource, and a changed attribute', () => {
    const changes = first.resource_changes as { address: string; change: { actions: string[]; after: Record<string, unknown> } }[];
    const edited = structuredClone(changes);
    edited[0].change.actions = ['delete'];
    const pbs = edited.findIndex((c) => c.address.startsWith('proxmox_storage_pbs.'));
    expect(pbs).toBeGreaterThan(0);
    edited[pbs].change.after = { ...edited[pbs].change.after, server: 'pbs.evil.example' };
    const added = { ...structuredClone(changes[1]), address: 'proxmox_acl.Extra' };
    const diffs = planDifferences(first, { ...first, resource_changes: [...edited.filter((_, i) => i !== 1), added] });
    expect(diffs).toEqual(expect.arrayContaining([
      `${changes[0].address}: differs in change.actions`,
      `${changes[pbs].address}: differs in change.after`,
      expect.stringMatching(new RegExp(`^${changes[1].address.replace(/\./g, '\\.')}: in the reviewed plan`)),
      expect.stringMatching(/^proxmox_acl\.Extra: not in the reviewed plan/),
    ]));
    expect(diffs).toHaveLength(4);
  });
  it('the second plan (no changes) differs from the first (creates)', () => {
    expect(planDifferences(first, redactPlanJson(read('tenant-second.json'))).length).toBeGreaterThan(10);
  });
});

describe('kommunal redact-plan', () => {
  let dir: string;
  beforeEach(() => { dir = tempDir('kommunal-redact-'); });
  afterEach(() => cleanup(dir));

  it('reads the plan JSON from standard input and writes it redacted', () => {
    fs.copyFileSync(path.join(REAL, 'tenant-second.json'), path.join(dir, 'raw.json'));
    // As the plan job runs it: `show -json plan.cache | kommunal redact-plan - --out plan.json` (here: cat).
    const r = kommunal(['redact-plan', '-', '--out', 'out/plan.json'], dir, fs.readFileSync(path.join(dir, 'raw.json'), 'utf8'));
    expect(r).toMatchObject({ status: 0 });
    const text = fs.readFileSync(path.join(dir, 'out/plan.json'), 'utf8');
    for (const s of [...seeded, ...tokenSecrets(read('tenant-second.json'))]) expect(text).not.toContain(s);
    expect(JSON.parse(text)).toEqual(redactPlanJson(read('tenant-second.json')));
  });

  it('fails with exit 2 on empty input (the show step failed) and writes nothing', () => {
    const r = kommunal(['redact-plan', '-', '--out', 'plan.json'], dir, '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('it is empty: did `show -json` fail?');
    expect(fs.existsSync(path.join(dir, 'plan.json'))).toBe(false);
  });

  it('with --reviewed: exit 0 for the same changes, exit 1 naming the differences otherwise', async () => {
    fs.writeFileSync(path.join(dir, 'reviewed.json'), JSON.stringify(redactPlanJson(read('tenant-first.json'))));
    const same = await kommunalInProcess(['redact-plan', path.join(REAL, 'tenant-first.json'), '--out', 'apply.json', '--reviewed', 'reviewed.json'], dir);
    expect(same).toMatchObject({ status: 0, stdout: 'plan equals the reviewed plan reviewed.json\n' });
    const other = await kommunalInProcess(['redact-plan', path.join(REAL, 'tenant-second.json'), '--out', 'other.json', '--reviewed', 'reviewed.json'], dir);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/differs from the reviewed plan reviewed\.json[^]*proxmox_storage_pbs\.Backup_Storage_B9017233: differs in change\.actions/);
    expect(fs.existsSync(path.join(dir, 'other.json'))).toBe(false);
  });
});
