/**
 * The `http` backend as configureStateBackend writes it (GitLab-managed state: lock POST, unlock
 * DELETE at `<address>/<stack>/lock`), on real terraform against a local HTTPS server with GitLab's
 * semantics (test/helpers/state-servers/gitlab-state-server.ts). Terraform trusts the throwaway CA
 * through SSL_CERT_FILE and authenticates with TF_HTTP_USERNAME / TF_HTTP_PASSWORD.
 */
import { StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { GitLabStateServer, startGitLabStateServer } from '../../helpers/state-servers/gitlab-state-server';
import { makeThrowawayCa, ThrowawayCa, throwawayCaUnavailable } from '../../helpers/state-servers/throwaway-ca';
import { applyAndReadBack, BackendUnderTest, initAgainstDownBackend, lockRehearsal, outcome } from './rehearsal-steps';
import { BATCH, TfSandbox, terraformUnavailable } from './terraform-workdir';

const skipReason = terraformUnavailable() ?? throwawayCaUnavailable();
if (skipReason) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the http backend rehearsal: ${skipReason}`);
}
const describeIfReady = skipReason ? describe.skip : describe;

const USER = 'gitlab-ci-token';
const TOKEN = 'job-token-for-the-test';

describeIfReady('http backend (GitLab-managed state) on real terraform', () => {
  let ca: ThrowawayCa;
  let server: GitLabStateServer;
  let sb: TfSandbox;
  let config: StateBackendConfig;
  let backend: BackendUnderTest;

  beforeAll(async () => {
    ca = makeThrowawayCa();
    server = await startGitLabStateServer({ cert: ca.serverCert, key: ca.serverKey, username: USER, password: TOKEN });
    sb = new TfSandbox('http');
    config = { backend: 'http', settings: { address: server.address } };
    backend = {
      config,
      env: { SSL_CERT_FILE: ca.caCertFile, TF_HTTP_USERNAME: USER, TF_HTTP_PASSWORD: TOKEN },
      readStoredState: (stateName) => server.state(stateName)?.data?.toString('utf8'),
    };
  });
  afterAll(async () => {
    await sb?.cleanup();
    await server?.close();
    ca?.remove();
  });

  it('applies a stack to its own state address, and a second plan reads it back with no changes', async () => {
    await applyAndReadBack(sb, backend, 'musterstadt', 'v1');
    // terraform locked and unlocked with the methods of our configuration, and sent the state with the lock ID.
    const lockCalls = server.requests.filter((r) => r.path.endsWith('/musterstadt/lock'));
    expect(new Set(lockCalls.map((r) => `${r.method} ${r.status}`))).toEqual(new Set(['POST 200', 'DELETE 200']));
    expect(server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/state/musterstadt') && r.status === 200)).toBe(true);
    expect(server.state('musterstadt')?.lock).toBeUndefined();
  });

  it('two stacks plan at the same time; the same stack twice is refused with 409 and the holder\'s lock info', async () => {
    await applyAndReadBack(sb, backend, 'lindenau', 'v1');
    await applyAndReadBack(sb, backend, 'bad-ems', 'v1');
    const seen = await lockRehearsal(sb, backend, 'lindenau', 'bad-ems');
    // The error names the holder's lock ID (from the 409 body); "Lock Info" below it is the refused request's own.
    const holder = /already locked:\s+ID=([0-9a-f-]{36})/.exec(seen.refused.stderr)?.[1];
    const own = /Lock Info:\s+ID:\s+([0-9a-f-]{36})/.exec(seen.refused.stderr)?.[1];
    expect(holder).toBeDefined();
    expect(own).toBeDefined();
    expect(holder).not.toBe(own);
    expect(server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/lindenau/lock') && r.status === 409)).toBe(true);
  });

  it('fails when the credentials are wrong (401)', async () => {
    const dir = sb.stackDir('wrong-token', config, 'musterstadt', 'v1');
    const init = await sb.run(dir, ['init', ...BATCH], { ...backend.env, TF_HTTP_PASSWORD: 'wrong' });
    const plan = init.code === 0 ? await sb.run(dir, ['plan', '-lock=false', ...BATCH], { ...backend.env, TF_HTTP_PASSWORD: 'wrong' }) : init;
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('HTTP remote state endpoint requires auth');
  });

  it('fails when terraform does not trust the server certificate (no SSL_CERT_FILE)', async () => {
    const dir = sb.stackDir('untrusted', config, 'musterstadt', 'v1');
    const env = { TF_HTTP_USERNAME: USER, TF_HTTP_PASSWORD: TOKEN, SSL_CERT_FILE: `${sb.root}/no-ca.pem` };
    const init = await sb.run(dir, ['init', ...BATCH], env);
    const plan = init.code === 0 ? await sb.run(dir, ['plan', '-lock=false', ...BATCH], env) : init;
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/certificate signed by unknown authority/);
  });

  // Slow on purpose: our retry_wait_min of 5 s with terraform's default retry_max of 2 (backend.go)
  // makes go-retryablehttp try three times before it gives up (about 15 s).
  it('fails with the connection error and a non-zero exit when the server is down', async () => {
    const down = await startGitLabStateServer({ cert: ca.serverCert, key: ca.serverKey, username: USER, password: TOKEN });
    await down.close();
    const init = await initAgainstDownBackend(sb, { backend: 'http', settings: { address: down.address } }, backend.env, 'musterstadt');
    expect(outcome(init).output).toMatch(/connection refused/);
  }, 120_000);
});
