import { BACKEND_CREDENTIAL_ENV, BACKEND_ENVIRONMENT, configureStateBackend, StateBackendConfig } from '../../lib/blueprint/state-backend';
import { synthJson, testStack } from '../helpers/synth';

function backendOf(config: StateBackendConfig, name = 'musterstadt') {
  const { stack } = testStack(name);
  configureStateBackend(stack, config, name);
  return synthJson(stack).terraform?.backend as Record<string, Record<string, unknown>>;
}

describe('configureStateBackend', () => {
  it('gives each tenant its own local state file by default', () => {
    expect(backendOf({ backend: 'local' })).toEqual({ local: { path: 'state/musterstadt.tfstate' } });
  });

  it('uses one PostgreSQL schema per tenant and no connection string in the output', () => {
    const b = backendOf({ backend: 'pg', settings: { schemaPrefix: 'rlp' } }, 'bad-ems');
    expect(b).toEqual({ pg: { schema_name: 'rlp_bad_ems' } });
  });

  it('uses one S3 key per tenant with a lock file and path-style addressing (MinIO, Ceph RGW)', () => {
    const b = backendOf({ backend: 's3', settings: { bucket: 'tfstate', endpoint: 'https://s3.dc.example' } });
    expect(b.s3).toMatchObject({ bucket: 'tfstate', key: 'kommunal/musterstadt/terraform.tfstate', endpoints: { s3: 'https://s3.dc.example' }, use_path_style: true, use_lockfile: true, encrypt: true });
    expect(b.s3).not.toHaveProperty('access_key');
    expect(b.s3).not.toHaveProperty('secret_key');
  });

  it('leaves out the upload checksum that S3-compatible stores store unreadable (test/rehearsal/backends/s3-backend.test.ts)', () => {
    const b = backendOf({ backend: 's3', settings: { bucket: 'tfstate', endpoint: 'https://s3.dc.example' } });
    expect(b.s3.skip_s3_checksum).toBe(true);
    // The other half of the fix lives in the environment: terraform >= 1.11's AWS SDK adds a CRC32 trailer otherwise.
    expect(BACKEND_ENVIRONMENT.s3).toEqual({ AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required', AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required' });
    for (const name of Object.keys(BACKEND_ENVIRONMENT.s3)) expect(BACKEND_CREDENTIAL_ENV.s3).not.toContain(name);
    // pg: the jobs' least-privilege roles create nothing (lib/pipeline/state-roles.ts, test/rehearsal/backends/pg-state-roles.test.ts).
    expect(BACKEND_ENVIRONMENT.pg).toEqual({ PG_SKIP_SCHEMA_CREATION: 'true', PG_SKIP_TABLE_CREATION: 'true', PG_SKIP_INDEX_CREATION: 'true' });
    expect(BACKEND_ENVIRONMENT.http).toEqual({});
  });

  it('uses GitLab-managed state per tenant with its lock endpoint', () => {
    const b = backendOf({ backend: 'http', settings: { address: 'https://gitlab.dc.example/api/v4/projects/42/terraform/state/' } });
    expect(b.http).toEqual({
      address: 'https://gitlab.dc.example/api/v4/projects/42/terraform/state/musterstadt',
      lock_address: 'https://gitlab.dc.example/api/v4/projects/42/terraform/state/musterstadt/lock',
      unlock_address: 'https://gitlab.dc.example/api/v4/projects/42/terraform/state/musterstadt/lock',
      lock_method: 'POST', unlock_method: 'DELETE', retry_wait_min: 5,
    });
  });

  it('fails when required settings are missing or a credential is put in the fleet file', () => {
    expect(() => backendOf({ backend: 's3', settings: { bucket: 'b' } })).toThrow(/state.settings.endpoint: is required for the s3 backend/);
    expect(() => backendOf({ backend: 'http', settings: { address: 'https://g/x', password: 'x' } })).toThrow(/state.settings.password: is not a setting of the http backend[\s\S]*credentials never go into the fleet file/);
    expect(() => backendOf({ backend: 'http', settings: { address: 'http://g/x' } })).toThrow(/state.settings.address: "http:\/\/g\/x" must be an https URL/);
  });
});
