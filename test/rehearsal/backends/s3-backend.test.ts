/**
 * The `s3` backend as configureStateBackend writes it (path style, `use_lockfile`,
 * `skip_s3_checksum`), on real terraform against a local S3-compatible HTTPS server
 * (test/helpers/state-servers/s3-state-server.ts) that, like Ceph RGW in hashicorp/terraform#34054,
 * does not decode aws-chunked bodies. Terraform trusts the throwaway CA through SSL_CERT_FILE and
 * signs with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, which the server verifies.
 */
import { BACKEND_ENVIRONMENT, StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { S3StateServer, startS3StateServer } from '../../helpers/state-servers/s3-state-server';
import { makeThrowawayCa, ThrowawayCa, throwawayCaUnavailable } from '../../helpers/state-servers/throwaway-ca';
import * as fs from 'fs';
import * as path from 'path';
import { applyAndReadBack, BackendUnderTest, initAgainstDownBackend, lockRehearsal, outcome } from './rehearsal-steps';
import { BATCH, TfSandbox, terraformUnavailable } from './terraform-workdir';

const skipReason = terraformUnavailable() ?? throwawayCaUnavailable();
if (skipReason) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the s3 backend rehearsal: ${skipReason}`);
}
const describeIfReady = skipReason ? describe.skip : describe;

const BUCKET = 'tfstate';
const ACCESS_KEY_ID = 'KOMMUNALTESTKEY';
const SECRET = 'test-secret-not-a-real-one';

describeIfReady('s3 backend (S3-compatible, path style, lock file) on real terraform', () => {
  let ca: ThrowawayCa;
  let server: S3StateServer;
  let sb: TfSandbox;
  let config: StateBackendConfig;
  let backend: BackendUnderTest;
  const stateKey = (stateName: string) => `kommunal/${stateName}/terraform.tfstate`;

  beforeAll(async () => {
    ca = makeThrowawayCa();
    server = await startS3StateServer({ cert: ca.serverCert, key: ca.serverKey, bucket: BUCKET, accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET });
    sb = new TfSandbox('s3');
    config = { backend: 's3', settings: { bucket: BUCKET, endpoint: server.endpoint } };
    backend = {
      config,
      env: { SSL_CERT_FILE: ca.caCertFile, AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, ...BACKEND_ENVIRONMENT.s3 },
      readStoredState: (stateName) => server.object(stateKey(stateName))?.body.toString('utf8'),
    };
  });
  afterAll(async () => {
    await sb?.cleanup();
    await server?.close();
    ca?.remove();
  });

  it('stores a readable state object: apply, then a second plan and a direct read of the object', async () => {
    const dir = await applyAndReadBack(sb, backend, 'musterstadt', 'v1');
    expect(sb.backendOf(dir).s3).toMatchObject({ skip_s3_checksum: true, use_lockfile: true, use_path_style: true });
    expect(sb.backendOf(dir).s3).not.toHaveProperty('access_key');
    // No body went out aws-chunked, no GET asked for checksums, and the lock object was written
    // conditionally and removed again.
    expect(server.requests.filter((r) => r.awsChunked || r.checksumMode !== undefined)).toEqual([]);
    const lockPuts = server.requests.filter((r) => r.method === 'PUT' && r.key === `${stateKey('musterstadt')}.tflock`);
    expect(lockPuts.length).toBeGreaterThan(0);
    expect(lockPuts.every((r) => r.ifNoneMatch === '*' && r.status === 200)).toBe(true);
    expect(server.object(`${stateKey('musterstadt')}.tflock`)).toBeUndefined();
  });

  /** Applies stack `name` with the backend block changed by `edit` and the given environment. */
  async function applyWith(name: string, edit: (s3: Record<string, unknown>) => void, env: Readonly<Record<string, string>>) {
    const dir = sb.stackDir(name, config, name, 'v1');
    const file = path.join(dir, 'cdk.tf.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { terraform: { backend: { s3: Record<string, unknown> } } };
    edit(json.terraform.backend.s3);
    fs.writeFileSync(file, JSON.stringify(json));
    expect(outcome(await sb.run(dir, ['init', ...BATCH], env))).toEqual({ code: 0, output: '' });
    const apply = await sb.run(dir, ['apply', '-auto-approve', ...BATCH], env);
    const puts = server.requests.filter((r) => r.method === 'PUT' && r.key.startsWith(`kommunal/${name}/`));
    return { apply, puts, stored: server.object(stateKey(name))?.body.toString('utf8') ?? '' };
  }

  it('without skip_s3_checksum (the old configuration) terraform sends a SHA-256 trailer and the stored state is unreadable', async () => {
    const { apply, puts, stored } = await applyWith('old-config', (s3) => { delete s3.skip_s3_checksum; }, backend.env);
    expect(puts.length).toBeGreaterThan(0);
    expect(puts.every((r) => r.awsChunked && r.trailer === 'x-amz-checksum-sha256')).toBe(true);
    // The store kept the chunk framing around the JSON, with the checksum trailer (as Ceph RGW did in #34054).
    expect(stored).toMatch(/^[0-9a-f]+\r\n\{/);
    expect(stored).toContain('x-amz-checksum-sha256:');
    expect(() => JSON.parse(stored)).toThrow();
    // Terraform fails when it releases the lock: the stored lock object is not JSON either.
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('failed to unmarshal JSON data into LockInfo struct');
  });

  it('with skip_s3_checksum but without BACKEND_ENVIRONMENT.s3, terraform 1.11 still sends a CRC32 trailer and fails the same way', async () => {
    const env: Record<string, string> = { ...backend.env };
    for (const name of Object.keys(BACKEND_ENVIRONMENT.s3)) delete env[name];
    const { apply, puts, stored } = await applyWith('no-sdk-env', () => undefined, env);
    expect(puts.length).toBeGreaterThan(0);
    expect(puts.every((r) => r.awsChunked && r.trailer === 'x-amz-checksum-crc32')).toBe(true);
    expect(() => JSON.parse(stored)).toThrow();
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('failed to unmarshal JSON data into LockInfo struct');
  });

  it('two stacks plan at the same time; the same stack twice is refused by the conditional write of its lock object', async () => {
    await applyAndReadBack(sb, backend, 'lindenau', 'v1');
    await applyAndReadBack(sb, backend, 'bad-ems', 'v1');
    const seen = await lockRehearsal(sb, backend, 'lindenau', 'bad-ems');
    expect(seen.refused.stderr).toMatch(/PreconditionFailed|StatusCode: 412/);
    expect(server.requests.some((r) => r.method === 'PUT' && r.key === `${stateKey('lindenau')}.tflock` && r.status === 412)).toBe(true);
  });

  it('is refused by a lock object put there the way the backend writes it', async () => {
    const lockKey = `${stateKey('bad-ems')}.tflock`;
    server.putObject(lockKey, JSON.stringify({ ID: '11111111-2222-3333-4444-555555555555', Operation: 'OperationTypeApply', Who: 'ci@runner', Version: '1.11.4', Created: '2026-01-01T00:00:00Z', Path: `${BUCKET}/${stateKey('bad-ems')}`, Info: '' }));
    try {
      const dir = sb.stackDir('bad-ems-held', config, 'bad-ems', 'changed');
      expect(outcome(await sb.run(dir, ['init', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });
      const plan = await sb.run(dir, ['plan', '-lock-timeout=0s', ...BATCH], backend.env);
      expect(plan.code).toBe(1);
      expect(plan.stderr).toContain('Error acquiring the state lock');
      expect(plan.stderr).toContain('11111111-2222-3333-4444-555555555555');
      expect(plan.stderr).toContain('ci@runner');
    } finally {
      server.deleteObject(lockKey);
    }
  });

  it('fails when the secret key is wrong (the server checks the signature)', async () => {
    const dir = sb.stackDir('wrong-secret', config, 'musterstadt', 'v1');
    const init = await sb.run(dir, ['init', ...BATCH], { ...backend.env, AWS_SECRET_ACCESS_KEY: 'wrong' });
    expect(init.code).toBe(1);
    expect(init.stderr).toContain('SignatureDoesNotMatch');
  });

  it('fails with the connection error and a non-zero exit when the store is down', async () => {
    const down = await startS3StateServer({ cert: ca.serverCert, key: ca.serverKey, bucket: BUCKET, accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET });
    await down.close();
    const init = await initAgainstDownBackend(sb, { backend: 's3', settings: { bucket: BUCKET, endpoint: down.endpoint } }, backend.env, 'musterstadt');
    expect(outcome(init).output).toMatch(/connection refused/);
  }, 180_000);
});
