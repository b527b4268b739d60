/**
 * The steps every backend rehearsal runs against its real local server, on real terraform:
 * apply and read back, per-stack locks, and a backend that is down. The test files supply the
 * backend (our configuration, the credentials in the environment, a way to read the stored state
 * directly from the server).
 */
import { StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { BATCH, TfResult, TfSandbox } from './terraform-workdir';

/** A backend under test. */
export interface BackendUnderTest {
  /** Our fleet-file configuration of the backend. */
  readonly config: StateBackendConfig;
  /** The credentials and trust settings terraform gets from the environment. */
  readonly env: Readonly<Record<string, string>>;
  /** The stored state of stack `stateName`, read directly from the server (object, row, body). */
  readStoredState(stateName: string): string | undefined;
}

/** A terraform result in a form that shows the output when an expectation on the code fails. */
export function outcome(r: TfResult): { code: number | null; output: string } {
  return { code: r.code, output: r.code === 0 ? '' : `${r.stdout}\n${r.stderr}` };
}

/**
 * The `terraform_data.marker` input recorded in a state document (terraform keeps a dynamic value
 * there as `{ value, type }`).
 */
export function markerInputOf(stateJson: string): unknown {
  const state = JSON.parse(stateJson) as { resources?: Array<{ type: string; name: string; instances: Array<{ attributes: { input?: { value?: unknown } } }> }> };
  const marker = (state.resources ?? []).find((r) => r.type === 'terraform_data' && r.name === 'marker');
  return marker?.instances[0]?.attributes.input?.value;
}

/**
 * init, plan, apply; then a second plan in a fresh work folder (a new CI job) finds no changes,
 * and the state read directly from the server holds the applied value. Returns the folder.
 */
export async function applyAndReadBack(sb: TfSandbox, b: BackendUnderTest, stateName: string, value: string): Promise<string> {
  const dir = sb.stackDir(`${stateName}-apply`, b.config, stateName, value);
  expect(outcome(await sb.run(dir, ['init', ...BATCH], b.env))).toEqual({ code: 0, output: '' });
  const plan = await sb.run(dir, ['plan', ...BATCH], b.env);
  expect(outcome(plan)).toEqual({ code: 0, output: '' });
  expect(plan.stdout).toMatch(/Plan: 1 to add, 0 to change, 0 to destroy/);
  expect(outcome(await sb.run(dir, ['apply', '-auto-approve', ...BATCH], b.env))).toEqual({ code: 0, output: '' });

  const again = sb.stackDir(`${stateName}-again`, b.config, stateName, value);
  expect(outcome(await sb.run(again, ['init', ...BATCH], b.env))).toEqual({ code: 0, output: '' });
  // -detailed-exitcode: 0 = no changes, 2 = changes; so 0 proves the state was read back.
  expect(outcome(await sb.run(again, ['plan', '-detailed-exitcode', ...BATCH], b.env))).toEqual({ code: 0, output: '' });

  const stored = b.readStoredState(stateName);
  expect(stored).toBeDefined();
  expect(markerInputOf(stored!)).toEqual({ tenant: stateName, value });
  return dir;
}

/** What the lock rehearsal measured. */
export interface LockObservation {
  /** The refused plan of the held stack. */
  readonly refused: TfResult;
  /** The plan of the other stack while the first was held. */
  readonly otherWhileHeld: TfResult;
  /** The two plans started together, of two different stacks. */
  readonly parallel: readonly [TfResult, TfResult];
}

/**
 * With two stacks already applied: both plan at the same time; then a terraform apply of stack A
 * stops at its approval prompt, holding A's lock; a plan of A from another work folder with
 * `-lock-timeout=0s` is refused with terraform's "Error acquiring the state lock" and exit 1, while
 * B plans; after the apply is cancelled, A plans again (the lock was released).
 */
export async function lockRehearsal(sb: TfSandbox, b: BackendUnderTest, a: string, other: string): Promise<LockObservation> {
  const aDir = sb.stackDir(`${a}-lock`, b.config, a, 'changed');
  const aSecond = sb.stackDir(`${a}-lock-second`, b.config, a, 'changed');
  const bDir = sb.stackDir(`${other}-lock`, b.config, other, 'changed');
  for (const dir of [aDir, aSecond, bDir]) expect(outcome(await sb.run(dir, ['init', ...BATCH], b.env))).toEqual({ code: 0, output: '' });

  const parallel = await Promise.all([
    sb.run(aSecond, ['plan', '-lock-timeout=0s', ...BATCH], b.env),
    sb.run(bDir, ['plan', '-lock-timeout=0s', ...BATCH], b.env),
  ]);
  expect(parallel.map(outcome)).toEqual([{ code: 0, output: '' }, { code: 0, output: '' }]);

  const holder = sb.start(aDir, ['apply', '-no-color'], b.env);
  try {
    await holder.waitFor('Enter a value:');
    const [refused, otherWhileHeld] = await Promise.all([
      sb.run(aSecond, ['plan', '-lock-timeout=0s', ...BATCH], b.env),
      sb.run(bDir, ['plan', '-lock-timeout=0s', ...BATCH], b.env),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Error acquiring the state lock');
    expect(outcome(otherWhileHeld)).toEqual({ code: 0, output: '' });
    holder.answer('no');
    const cancelled = await holder.done;
    expect(cancelled.stdout + cancelled.stderr).toContain('Apply cancelled.');
    expect(outcome(await sb.run(aSecond, ['plan', '-lock-timeout=0s', ...BATCH], b.env))).toEqual({ code: 0, output: '' });
    return { refused, otherWhileHeld, parallel: [parallel[0], parallel[1]] };
  } finally {
    holder.kill();
  }
}

/** `terraform init` against a backend that is down: terraform's error and a non-zero exit. */
export async function initAgainstDownBackend(sb: TfSandbox, config: StateBackendConfig, env: Readonly<Record<string, string>>, stateName: string): Promise<TfResult> {
  const dir = sb.stackDir(`${stateName}-down`, config, stateName, 'down');
  const init = await sb.run(dir, ['init', ...BATCH], env);
  expect(init.code).not.toBe(0);
  return init;
}
