import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { testApp } from '../helpers/synth';
import { loadFleet } from '../../lib/config/load';
import { resolvePlatform } from '../../lib/blueprint/resolve-platform';
import { PlatformStack } from '../../lib/blueprint/platform-stack';
import { pipelineIdentities } from '../../lib/rehearsal/identities';
import { loadFleetModel } from '../../lib/blueprint/fleet';

const EXAMPLE = path.join(__dirname, '../../examples/verbandsgemeinde/fleet.yaml');

describe('logging vendor data wiring (issue #16)', () => {
  let tmp: string;
  beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-logging-wiring-')); });
  afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('refuses a node-local snippets datastore named in fleet.yaml, at its line', () => {
    const text = fs.readFileSync(EXAMPLE, 'utf8').replace('  collector: logs.platform.example.org:6514\n', '  collector: logs.platform.example.org:6514\n  snippets:\n    datastore: local\n');
    fs.cpSync(path.dirname(EXAMPLE), tmp, { recursive: true, filter: (src) => !src.includes('cdktf.out') });
    const file = path.join(tmp, 'fleet.yaml');
    fs.writeFileSync(file, text);
    const line = text.split('\n').indexOf('    datastore: local') + 1;
    let err: unknown;
    try { resolvePlatform(loadFleet(file)); } catch (e) { err = e; }
    const problems = (err as { problems?: Array<{ path: string; message: string; line?: number }> }).problems ?? [];
    expect(problems.map((p) => p.path)).toEqual(['logging.snippets.datastore']);
    expect(problems[0].message).toMatch(/"local" is node-local storage/);
    expect(problems[0].line).toBe(line);
  });

  it('puts the one vendor data file on cephfs by default and gives the platform provider an ssh block from variables', () => {
    const platform = resolvePlatform(loadFleet(EXAMPLE));
    expect(platform.logging.snippets.datastore).toBe('cephfs');
    const app = testApp();
    const json = JSON.parse(Testing.synth(new PlatformStack(app, 'platform', { platform }))) as Record<string, any>;
    const files = Object.values(json.resource.proxmox_virtual_environment_file ?? {}) as Array<Record<string, unknown>>;
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ datastore_id: 'cephfs', content_type: 'snippets' });
    const provider = (json.provider.proxmox as Array<Record<string, any>>)[0];
    expect(provider.ssh).toEqual({ username: '${var.proxmox_ssh_username}', private_key: '${var.proxmox_ssh_private_key}' });
    expect(json.variable.proxmox_ssh_private_key).toMatchObject({ sensitive: true, default: null });
  });

  it('runs the rehearsed platform job with SSH credentials, and tenant jobs without', () => {
    const model = loadFleetModel({ fleetFile: EXAMPLE });
    const idOf = pipelineIdentities(model);
    expect(Object.keys(idOf('platform').env ?? {}).sort()).toEqual(['PROXMOX_VE_SSH_PRIVATE_KEY', 'PROXMOX_VE_SSH_USERNAME']);
    expect(idOf(Object.keys(model.specs)[0]).env).toBeUndefined();
  });
});
