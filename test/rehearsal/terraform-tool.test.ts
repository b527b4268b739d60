/**
 * Finding and checking the terraform binary (no real terraform needed: fake binaries on a private
 * PATH), the rehearsal values of stack variables, and the CLI's bad-input paths.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runKommunal } from '../helpers/cli';
import { checkTool, errorText, toolFromEnv, ToolError } from '../../lib/rehearsal/terraform';
import { rehearsalVariables } from '../../lib/rehearsal/workspace';
import { REPO, tempDir } from '../helpers/rehearsal';

function fakeTool(name: string, script: string): string {
  const dir = tempDir('kommunal-fake-tool-');
  fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dir;
}

describe('the terraform binary', () => {
  it('reads TF_TOOL like the pipeline does', () => {
    expect(toolFromEnv({})).toBe('terraform');
    expect(toolFromEnv({ TF_TOOL: 'tofu' })).toBe('tofu');
    expect(() => toolFromEnv({ TF_TOOL: 'terragrunt' })).toThrow(/TF_TOOL is "terragrunt"; allowed: terraform, tofu/);
  });

  it('accepts a supported version', () => {
    const dir = fakeTool('terraform', `echo '{"terraform_version":"1.11.4","platform":"linux_amd64"}'`);
    expect(checkTool('terraform', { PATH: dir })).toEqual({ tool: 'terraform', version: '1.11.4' });
  });

  it('fails when the binary is missing, saying which one and what to do', () => {
    const empty = tempDir('kommunal-no-tool-');
    expect(() => checkTool('terraform', { PATH: empty })).toThrow(ToolError);
    expect(() => checkTool('terraform', { PATH: empty })).toThrow(/needs terraform on PATH, and there is none.*1\.11 or newer, or use tofu \(TF_TOOL=tofu\)/);
  });

  it('fails for a version below or above the supported range', () => {
    const old = fakeTool('terraform', `echo '{"terraform_version":"1.5.7"}'`);
    expect(() => checkTool('terraform', { PATH: old })).toThrow(/terraform 1\.5\.7 is not supported by the rehearsal: it needs terraform >= 1\.11 and < 2\.0/);
    const tofu = fakeTool('tofu', `echo '{"terraform_version":"1.7.2"}'`);
    expect(() => checkTool('tofu', { PATH: tofu })).toThrow(/tofu 1\.7\.2 is not supported/);
  });

  it('kommunal rehearse exits 2 with a clear message when terraform is missing', () => {
    const empty = tempDir('kommunal-no-tool-');
    const r = runKommunal(['rehearse', '--fleet', path.join(REPO, 'examples/musterstadt/fleet.yaml')], { env: { PATH: empty, HOME: process.env.HOME ?? '/tmp' }, timeoutMs: 60000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kommunal: rehearsal needs terraform on PATH, and there is none/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('kommunal rehearse exits 2 for an unsupported terraform version', () => {
    const old = fakeTool('terraform', `echo '{"terraform_version":"1.5.7"}'`);
    const r = runKommunal(['rehearse', '--fleet', path.join(REPO, 'examples/musterstadt/fleet.yaml')], { env: { PATH: `${old}:${path.dirname(process.execPath)}`, HOME: process.env.HOME ?? '/tmp' }, timeoutMs: 60000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terraform 1\.5\.7 is not supported/);
  });

  it('cuts terraform output to its error diagnostics', () => {
    const text = errorText({ args: [], exitCode: 1, ms: 1, stdout: 'Initializing...\n', stderr: '\x1b[31m╷\n│ Error: Unsupported argument\n│ \n│   on cdk.tf.json line 3\n╵\n' });
    expect(text.startsWith('╷\n│ Error: Unsupported argument') || text.startsWith('│ Error: Unsupported argument')).toBe(true);
    expect(text).not.toMatch(/Initializing|\x1b/);
  });
});

describe('rehearsal values of stack variables', () => {
  it('gives every variable without a default a value of its type, never a real credential', () => {
    const v = rehearsalVariables({
      variable: {
        proxmox_endpoint: { type: 'string' },
        vault_address: { type: 'string' },
        proxmox_insecure: { type: 'bool' },
        pbs_password: { type: 'string' },
        pbs_fingerprint: { type: 'string' },
        with_default: { type: 'string', default: 'x' },
      },
    });
    expect(v).toEqual({
      proxmox_endpoint: 'https://pve.rehearsal.invalid:8006/',
      vault_address: 'https://vault.rehearsal.invalid:8200',
      proxmox_insecure: 'false',
      pbs_password: 'rehearsal-pbs-password',
      pbs_fingerprint: expect.stringMatching(/^00(:00){31}$/),
    });
  });
});
