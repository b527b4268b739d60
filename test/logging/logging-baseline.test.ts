import { LoggingBaseline, LoggingBaselineProps, LOG_RETENTION_BOUNDS } from '../../lib/logging/logging-baseline';
import { resourcesOf, synthJson, testStack } from '../helpers/synth';

const tenant = { key: 'musterstadt', code: 't0001', displayName: 'Musterstadt, Stadt', pool: 'kom-musterstadt' };

function props(overrides: Partial<LoggingBaselineProps> = {}): LoggingBaselineProps {
  return {
    tenant,
    retentionDays: 90,
    metricsServer: 'platform-metrics',
    vendorDataVolume: 'cephfs:snippets/kommunal-example-logging.yaml',
    ...overrides,
  };
}

function synth(p: LoggingBaselineProps) {
  const { stack } = testStack();
  const logging = new LoggingBaseline(stack, 'Logging', p);
  return { json: synthJson(stack), logging };
}

describe('LoggingBaseline', () => {
  it('declares no file of its own: guests reference the platform vendor data by volume ID', () => {
    const { json, logging } = synth(props());
    expect(Object.keys(resourcesOf(json, 'proxmox_virtual_environment_file'))).toHaveLength(0);
    expect(logging.vendorDataVolume).toBe('cephfs:snippets/kommunal-example-logging.yaml');
    expect(logging.firewallLogLevel).toBe('info');
  });

  it('hands the retention period to the platform as an output', () => {
    const { json } = synth(props({ retentionDays: 45 }));
    expect(json.output?.log_retention_days).toMatchObject({ value: 45 });
  });

  it('fails when the tenant key is not valid (as every construct checks the tenant)', () => {
    expect(() => synth(props({ tenant: { ...tenant, key: '' } }))).toThrow(/tenant\.key: "" is not a valid tenant key/);
  });

  it('fails when retention is above the legal maximum or below the vetted minimum', () => {
    expect(() => synth(props({ retentionDays: LOG_RETENTION_BOUNDS.maxDays + 1 }))).toThrow(`retentionDays: ${LOG_RETENTION_BOUNDS.maxDays + 1} is above the legal maximum of ${LOG_RETENTION_BOUNDS.maxDays} days`);
    expect(() => synth(props({ retentionDays: 7 }))).toThrow(`retentionDays: 7 is below the vetted minimum of ${LOG_RETENTION_BOUNDS.minDays} days`);
  });

  it('fails when the vendor data volume is not a snippets volume ID', () => {
    expect(() => synth(props({ vendorDataVolume: 'cephfs:iso/x.yaml' }))).toThrow(/vendorDataVolume: "cephfs:iso\/x.yaml" is not a snippets volume ID/);
  });
});
