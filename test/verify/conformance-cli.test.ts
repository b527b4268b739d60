import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runConformanceCli } from '../../lib/verify/conformance-cli';

const FIXTURE = path.join(__dirname, '../fixtures/conformance/broken.cdk.tf.json');
const CLEAN = {
  terraform: { required_providers: { proxmox: { source: 'bpg/proxmox', version: '0.111.1' } } },
  resource: { proxmox_sdn_zone_vlan: { z: { id: 'k1z', bridge: 'vmbr0' } } },
};

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runConformanceCli(argv, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } });
  return { code, out, err };
}

describe('runConformanceCli', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-conformance-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function writeStack(name: string, doc: unknown): string {
    const dir = path.join(tmp, 'cdktf.out', 'stacks', name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc));
    return path.join(dir, 'cdk.tf.json');
  }

  it('fails when a file has findings: exit 1, one line per finding and a summary', () => {
    const r = run([FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[4]).toContain(`${FIXTURE}: resource.proxmox_sdn_vnet.net_servers.tag: wrong-type:`);
    expect(lines[12]).toBe('conformance: 12 finding(s) in 1 of 1 file(s) (checked against bpg/proxmox 0.111.1, hashicorp/vault 5.6.0)');
  });

  it('checks every stack of a cdktf.out folder and exits 0 when all conform', () => {
    writeStack('kommune-a', CLEAN);
    writeStack('kommune-b', CLEAN);
    const r = run([path.join(tmp, 'cdktf.out')]);
    expect(r).toEqual({ code: 0, out: 'conformance: 2 file(s) conform to bpg/proxmox 0.111.1, hashicorp/vault 5.6.0\n', err: '' });
  });

  it('fails when one stack of a cdktf.out folder breaks the schema, printing JSON with --json', () => {
    writeStack('kommune-a', CLEAN);
    const bad = writeStack('kommune-b', { ...CLEAN, resource: { proxmox_sdn_zone_vlan: { z: { id: 'k1z' } } } });
    const r = run(['--json', path.join(tmp, 'cdktf.out')]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out);
    expect(findings).toEqual([
      {
        code: 'missing-required',
        path: 'resource.proxmox_sdn_zone_vlan.z.bridge',
        message: 'proxmox_sdn_zone_vlan.z: required argument "bridge" (string) is missing',
        resourceType: 'proxmox_sdn_zone_vlan',
        address: 'proxmox_sdn_zone_vlan.z',
        file: bad,
      },
    ]);
  });

  it('accepts a stack folder that holds cdk.tf.json itself', () => {
    const file = writeStack('one', CLEAN);
    expect(run([path.dirname(file)]).code).toBe(0);
  });

  it('fails with exit 2 on usage and I/O errors', () => {
    expect(run([])).toMatchObject({ code: 2, err: expect.stringContaining('no input given') });
    expect(run(['--strict', FIXTURE])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--strict"') });
    expect(run([path.join(tmp, 'missing.json')])).toMatchObject({ code: 2, err: expect.stringContaining('missing.json: no such file or folder') });
    expect(run([tmp])).toMatchObject({ code: 2, err: expect.stringContaining('no cdk.tf.json found') });
  });

  it('prints usage with --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: conformance [--json]');
  });
});
