/**
 * Runs the real `terraform` binary on a stack whose backend block comes from our
 * `configureStateBackend`. The stack holds only `terraform_data` resources (terraform's built-in
 * provider, terraform.io/builtin/terraform), so `terraform init` needs no provider download.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DataResource } from 'cdktf';
import { configureStateBackend, StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { synthText, testStack } from '../../helpers/synth';

/** Why terraform cannot be run here, or undefined when it can. */
export function terraformUnavailable(): string | undefined {
  const probe = spawnSync('terraform', ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return probe.status === 0 ? undefined : 'no terraform binary on PATH';
}

/** The outcome of one terraform command. */
export interface TfResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time in milliseconds. */
  readonly ms: number;
}

/** A terraform process that is still running (e.g. an apply waiting at its approval prompt). */
export interface TfRunning {
  /** Resolves once `text` has appeared on stdout. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /** Writes a line to the process's stdin. */
  answer(line: string): void;
  /** Closes the process's stdin. */
  closeInput(): void;
  /** Resolves when the process exits. */
  readonly done: Promise<TfResult>;
  /** Kills the process (for cleanup after a failed assertion). */
  kill(): void;
}

/** A temporary root folder for the work folders of one test file. */
export class TfSandbox {
  readonly root: string;
  private readonly running = new Set<TfRunning>();
  private readonly cliConfig: string;

  /** Creates the root folder, a HOME for terraform and an empty CLI configuration file. */
  constructor(prefix: string) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), `kommunal-${prefix}-`));
    fs.mkdirSync(path.join(this.root, 'home'));
    this.cliConfig = path.join(this.root, 'terraformrc');
    fs.writeFileSync(this.cliConfig, '');
  }

  /**
   * Synthesizes the stack `stateName` with our backend configuration and one `terraform_data`
   * resource whose input is `value`, into the folder `<root>/<folder>`; returns the folder.
   */
  stackDir(folder: string, config: StateBackendConfig, stateName: string, value: string): string {
    const dir = path.join(this.root, folder);
    fs.mkdirSync(dir, { recursive: true });
    const { stack } = testStack(stateName);
    configureStateBackend(stack, config, stateName);
    new DataResource(stack, 'marker', { input: { tenant: stateName, value } });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), synthText(stack));
    return dir;
  }

  /** The synthesized backend block of a stack folder (as terraform reads it). */
  backendOf(dir: string): Record<string, Record<string, unknown>> {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) as { terraform: { backend: Record<string, Record<string, unknown>> } }).terraform.backend;
  }

  /**
   * The environment terraform runs with: only PATH, a private HOME, an empty CLI configuration
   * (the machine's TF_CLI_CONFIG_FILE points to a file that does not exist), no checkpoint calls,
   * plus the backend's own variables. Nothing else of this process's environment leaks in.
   */
  env(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: path.join(this.root, 'home'),
      TF_CLI_CONFIG_FILE: this.cliConfig,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      ...extra,
    };
  }

  /** Starts `terraform <args>` in `dir`; stdin stays open for `answer`. */
  start(dir: string, args: readonly string[], env: Readonly<Record<string, string>>): TfRunning {
    const started = Date.now();
    const child = spawn('terraform', [...args], { cwd: dir, env: this.env(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const waiters: Array<{ text: string; resolve: () => void }> = [];
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      for (const w of [...waiters]) {
        if (stdout.includes(w.text)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const done = new Promise<TfResult>((resolve) => {
      child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
    });
    const handle: TfRunning = {
      waitFor: (text, timeoutMs = 60_000) => new Promise<void>((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        const timer = setTimeout(() => reject(new Error(`terraform did not print ${JSON.stringify(text)} within ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
        waiters.push({ text, resolve: () => { clearTimeout(timer); resolve(); } });
        void done.then(() => {
          clearTimeout(timer);
          if (!stdout.includes(text)) reject(new Error(`terraform exited before printing ${JSON.stringify(text)}:\n${stdout}\n${stderr}`));
        });
      }),
      answer: (line) => { child.stdin.write(`${line}\n`); },
      closeInput: () => { child.stdin.end(); },
      done,
      kill: () => { if (child.exitCode === null) child.kill('SIGKILL'); },
    };
    this.running.add(handle);
    void done.then(() => this.running.delete(handle));
    return handle;
  }

  /** Runs `terraform <args>` in `dir` to its end (stdin closed). */
  run(dir: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<TfResult> {
    const p = this.start(dir, args, env);
    p.closeInput();
    return p.done;
  }

  /** Kills any terraform still running and removes the root folder. */
  async cleanup(): Promise<void> {
    const left = [...this.running];
    for (const p of left) p.kill();
    await Promise.all(left.map((p) => p.done));
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Arguments of a non-interactive command: no input, no colour. */
export const BATCH = ['-input=false', '-no-color'] as const;
