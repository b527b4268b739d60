/**
 * Running the real `terraform` (or `tofu`) binary for a rehearsal: finding it, checking its
 * version, and running one step in a stack folder with a controlled environment, capturing its
 * output and timing. No shell is involved (arguments are passed as an array), so nothing of a
 * stack name or path is ever interpreted.
 */
import { spawn, spawnSync } from 'child_process';
import type { TfTool } from '../pipeline/gitlab';
export type { TfTool };

/**
 * The versions a rehearsal accepts. terraform >= 1.11: `use_lockfile` of the s3 backend, plan JSON
 * format 1.2 and write-only attributes, which the blueprint relies on; it is the version tested here
 * (1.11.4). OpenTofu >= 1.8 speaks the same plugin protocol (tfplugin6) but is untested here.
 */
export const SUPPORTED_VERSIONS: Readonly<Record<TfTool, { readonly min: readonly [number, number]; readonly below: readonly [number, number] }>> = {
  terraform: { min: [1, 11], below: [2, 0] },
  tofu: { min: [1, 8], below: [2, 0] },
};

/** A tool problem the user must fix (no binary, wrong version): exit 2, no stack trace. */
export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
  }
}

export interface ToolInfo {
  readonly tool: TfTool;
  readonly version: string;
}

/** Reads TF_TOOL the way the generated pipeline does: `terraform` unless it says `tofu`. */
export function toolFromEnv(env: NodeJS.ProcessEnv): TfTool {
  const v = env.TF_TOOL;
  if (v === undefined || v === '' || v === 'terraform') return 'terraform';
  if (v === 'tofu') return 'tofu';
  throw new ToolError(`TF_TOOL is "${v}"; allowed: terraform, tofu`);
}

function versionAtLeast(v: readonly number[], min: readonly [number, number]): boolean {
  return v[0] > min[0] || (v[0] === min[0] && v[1] >= min[1]);
}

/** Finds the tool on PATH and checks its version; throws ToolError with a clear message otherwise. */
export function checkTool(tool: TfTool, env: NodeJS.ProcessEnv = process.env): ToolInfo {
  const r = spawnSync(tool, ['version', '-json'], { encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' }, timeout: 30000 });
  if (r.error !== undefined) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const other = tool === 'terraform' ? 'tofu (TF_TOOL=tofu)' : 'terraform (TF_TOOL=terraform)';
      throw new ToolError(`rehearsal needs ${tool} on PATH, and there is none. Install ${tool} ${SUPPORTED_VERSIONS[tool].min.join('.')} or newer, or use ${other}.`);
    }
    throw new ToolError(`${tool} could not be run: ${r.error.message}`);
  }
  let version: string | undefined;
  try {
    version = (JSON.parse(r.stdout) as { terraform_version?: string }).terraform_version;
  } catch {
    version = /v?(\d+\.\d+\.\d+\S*)/.exec(r.stdout)?.[1];
  }
  if (version === undefined) throw new ToolError(`${tool} version -json printed no version: ${r.stdout.trim() || r.stderr.trim()}`);
  const parts = version.split(/[.-]/).map((x) => Number(x));
  const { min, below } = SUPPORTED_VERSIONS[tool];
  if (!versionAtLeast(parts, min) || versionAtLeast(parts, below)) {
    throw new ToolError(`${tool} ${version} is not supported by the rehearsal: it needs ${tool} >= ${min.join('.')} and < ${below.join('.')}.`);
  }
  return { tool, version };
}

export interface StepResult {
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `<tool> <args>` in `cwd` with exactly `env` (no inherited variables beyond it). */
export function runTool(tool: TfTool, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(tool, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => resolve({ args, exitCode: 127, stdout: '', stderr: e.message, ms: Date.now() - t0 }));
    child.on('close', (code) => resolve({ args, exitCode: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - t0 }));
  });
}

/**
 * Terraform's own error text of a failed step: its error diagnostics (from the first `Error:` box
 * on), from stderr where terraform writes them, else from stdout; colour codes removed.
 */
export function errorText(r: StepResult): string {
  // eslint-disable-next-line no-control-regex
  const clean = (t: string) => t.replace(/\x1b\[[0-9;]*m/g, '').trim();
  for (const stream of [clean(r.stderr), clean(r.stdout)]) {
    const at = stream.search(/(^|\n)(╷\n)?│? ?Error: /);
    if (at >= 0) return stream.slice(at).trim();
  }
  return clean(`${r.stderr}\n${r.stdout}`) || `exit code ${r.exitCode}`;
}
