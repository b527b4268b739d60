import { LoggingBaseline, LoggingBaselineProps, LOG_RETENTION_BOUNDS } from '../../lib/logging/logging-baseline';
import { resourcesOf, synthJson, testStack } from '../helpers/synth';

const tenant = { key: 'musterstadt', code: 't0001', displayName: 'Musterstadt, Stadt', pool: 'kom-musterstadt' };

function props(overrides: Partial<LoggingBaselineProps> = {}): LoggingBaselineProps {
  return {
    tenant,
    collector: { host: 'logs.dc.example' },
    retentionDays: 90,
    metricsServer: 'platform-metrics',
    snippet: { node: 'pve1', datastore: 'cephfs' },
    ...overrides,
  };
}

function synth(p: LoggingBaselineProps) {
  const { stack } = testStack();
  const logging = new LoggingBaseline(stack, 'Logging', p);
  return { json: synthJson(stack), logging };
}

describe('LoggingBaseline', () => {
  it('uploads a cloud-init snippet that forwards syslog over TLS, tagged with the tenant', () => {
    const { json, logging } = synth(props());
    const files = Object.values(resourcesOf(json, 'proxmox_virtual_environment_file'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ node_name: 'pve1', datastore_id: 'cephfs', content_type: 'snippets' });
    const raw = (files[0].source_raw as Array<{ file_name: string; data: string }>)[0] ?? (files[0].source_raw as { file_name: string; data: string });
    expect(raw.file_name).toBe('kommunal-musterstadt-logging.yaml');
    expect(raw.data.startsWith('#cloud-config\n')).toBe(true);
    expect(raw.data).toContain('target="logs.dc.example" port="6514"');
    expect(raw.data).toContain('StreamDriver="gtls"');
    expect(raw.data).toContain('tenant=\\"musterstadt\\"');
    expect(logging.snippetVolume).toBe('cephfs:snippets/kommunal-musterstadt-logging.yaml');
    expect(logging.firewallLogLevel).toBe('info');
  });

  it('hands the retention period to the platform as an output', () => {
    const { json } = synth(props({ retentionDays: 45 }));
    expect(json.output?.log_retention_days).toMatchObject({ value: 45 });
  });

  it('forwards over plain TCP only when asked', () => {
    const { json } = synth(props({ collector: { host: 'logs.dc.example', port: 514, protocol: 'tcp' } }));
    const data = JSON.stringify(json);
    expect(data).toContain('port=\\"514\\"');
    expect(data).not.toContain('gtls');
  });

  it('fails when the tenant key is not valid (as every construct checks the tenant)', () => {
    expect(() => synth(props({ tenant: { ...tenant, key: '' } }))).toThrow(/tenant\.key: "" is not a valid tenant key/);
  });

  it('fails when retention is above the legal maximum or below the vetted minimum', () => {
    expect(() => synth(props({ retentionDays: LOG_RETENTION_BOUNDS.maxDays + 1 }))).toThrow(`retentionDays: ${LOG_RETENTION_BOUNDS.maxDays + 1} is above the legal maximum of ${LOG_RETENTION_BOUNDS.maxDays} days`);
    expect(() => synth(props({ retentionDays: 7 }))).toThrow(`retentionDays: 7 is below the vetted minimum of ${LOG_RETENTION_BOUNDS.minDays} days`);
  });

  it('fails when the collector or snippet target is malformed', () => {
    expect(() => synth(props({ collector: { host: 'https://logs', port: 70000 } }))).toThrow(/collector.host: "https:\/\/logs" is not a host name[\s\S]*collector.port: 70000 is not a port/);
    expect(() => synth(props({ snippet: { node: 'pve 1', datastore: '' } }))).toThrow(/snippet.node: "pve 1"[\s\S]*snippet.datastore: ""/);
  });
});
