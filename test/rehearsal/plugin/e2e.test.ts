/**
 * End to end with the real `terraform` binary: the compiled test provider is installed into a temp
 * filesystem mirror with install.ts, then terraform runs offline (TF_CLI_CONFIG_FILE) through
 * init, validate, plan -out, show -json, apply, a second plan without changes, and a validate that
 * fails with the provider's diagnostic. Skipped with a printed reason when terraform is absent.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { installShadowProviders } from '../../../lib/rehearsal/plugin/install';
import { requireBuiltFixture, tempDir } from './helpers';

function findTerraform(): string | undefined {
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) {
    const f = path.join(d, 'terraform');
    try {
      fs.accessSync(f, fs.constants.X_OK);
      return f;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

const terraform = findTerraform();
if (!terraform) console.warn('e2e.test.ts: skipped, `terraform` is not on PATH (the end-to-end rehearsal needs terraform 1.11.x)');
const describeE2e = terraform ? describe : describe.skip;

const CONFIG = (name: string): unknown => ({
  terraform: { required_providers: { shadowtest: { source: 'example/shadowtest', version: '0.1.0' } } },
  provider: { shadowtest: { endpoint: 'https://shadow.invalid' } },
  resource: {
    shadowtest_machine: {
      web: { name, tags: ['a', 'b'], labels: { env: 'test' }, disk: [{ size: 8, slot: 'scsi0' }], endpoints: [{ host: 'h', port: 80 }] },
    },
  },
  data: { shadowtest_lookup: { l: { name: 'x' } } },
  output: { machine_id: { value: '${shadowtest_machine.web.id}' }, lookup_id: { value: '${data.shadowtest_lookup.l.id}' } },
});

describeE2e('terraform end to end against the test provider', () => {
  let dir: string;
  let work: string;
  let env: NodeJS.ProcessEnv;

  const tf = (...args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(terraform!, args, { cwd: work, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const ok = (...args: string[]): string => {
    const r = tf(...args);
    if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };

  beforeAll(() => {
    const entry = requireBuiltFixture();
    dir = tempDir('plugin-e2e');
    work = path.join(dir, 'work');
    fs.mkdirSync(work);
    const mirror = path.join(dir, 'mirror');
    const rc = path.join(dir, 'terraformrc');
    installShadowProviders(mirror, rc, [{ namespace: 'example', type: 'shadowtest', version: '0.1.0', entry, nodePath: process.execPath }]);
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      TF_CLI_CONFIG_FILE: rc,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      XDG_CACHE_HOME: path.join(dir, 'cache'),
      KOMMUNAL_SHADOW_LOG: path.join(dir, 'shadow.log'),
    };
    fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify(CONFIG('web'), null, 2));
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('init, validate, plan, show, apply, re-plan without changes, and a failing validate', () => {
    const t0 = Date.now();
    ok('init', '-input=false', '-no-color');
    expect(fs.existsSync(path.join(work, '.terraform/providers/registry.terraform.io/example/shadowtest/0.1.0/linux_amd64'))).toBe(true);

    expect(ok('validate', '-no-color')).toContain('The configuration is valid');

    ok('plan', '-input=false', '-no-color', '-out=tfplan');
    const plan = JSON.parse(ok('show', '-json', 'tfplan')) as {
      resource_changes: { address: string; change: { actions: string[]; after: Record<string, unknown>; after_unknown: Record<string, unknown> } }[];
    };
    const web = plan.resource_changes.find((c) => c.address === 'shadowtest_machine.web')!;
    expect(web.change.actions).toEqual(['create']);
    expect(web.change.after.name).toBe('web');
    expect(web.change.after.size).toBe(1);
    expect(web.change.after.tags).toEqual(['a', 'b']);
    expect(web.change.after_unknown.id).toBe(true);

    const applied = ok('apply', '-input=false', '-no-color', 'tfplan');
    expect(applied).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    const outputs = JSON.parse(ok('output', '-json')) as Record<string, { value: unknown }>;
    expect(outputs.machine_id.value).toBe('machine-web');
    expect(outputs.lookup_id.value).toBe('lookup-x');

    const again = tf('plan', '-input=false', '-no-color', '-detailed-exitcode');
    expect(again.stdout).toContain('No changes.');
    expect(again.code).toBe(0);

    // A rename forces replacement (requires_replace from the provider).
    fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify(CONFIG('db'), null, 2));
    const replan = tf('plan', '-input=false', '-no-color');
    expect(replan.code).toBe(0);
    expect(replan.stdout).toContain('must be replaced');
    expect(replan.stdout).toContain('# forces replacement');

    fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify(CONFIG('Web'), null, 2));
    const bad = tf('validate', '-no-color');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Invalid machine name');
    expect(bad.stderr).toContain('machine names are lower case, got "Web"');
    console.info(`e2e.test.ts: one cycle (init, validate, plan, show, apply, output, plan, plan, validate) took ${Date.now() - t0} ms`);
  });
});
