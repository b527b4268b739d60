import { COLLECTOR_CA_PATH, LoggingVendorData, LoggingVendorDataProps, loggingVendorDataVolume } from '../../lib/logging/logging-vendor-data';
import { resourcesOf, synthJson, testStack } from '../helpers/synth';

function props(overrides: Partial<LoggingVendorDataProps> = {}): LoggingVendorDataProps {
  return { fleet: 'example', collector: { host: 'logs.dc.example' }, snippets: { node: 'pve1', datastore: 'cephfs' }, ...overrides };
}

function synth(p: LoggingVendorDataProps) {
  const { stack } = testStack();
  const logging = new LoggingVendorData(stack, 'Logging', p);
  return { json: synthJson(stack), logging };
}

function fileData(json: ReturnType<typeof synthJson>): { file_name: string; data: string } {
  const files = Object.values(resourcesOf(json, 'proxmox_virtual_environment_file'));
  expect(files).toHaveLength(1);
  const raw = files[0].source_raw as Array<{ file_name: string; data: string }> | { file_name: string; data: string };
  return Array.isArray(raw) ? raw[0] : raw;
}

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBdummyBASE64content==\n-----END CERTIFICATE-----\n';

describe('LoggingVendorData', () => {
  it('uploads one cloud-init vendor data file per fleet that forwards syslog over TLS', () => {
    const { json, logging } = synth(props());
    const files = Object.values(resourcesOf(json, 'proxmox_virtual_environment_file'));
    expect(files[0]).toMatchObject({ node_name: 'pve1', datastore_id: 'cephfs', content_type: 'snippets' });
    const raw = fileData(json);
    expect(raw.file_name).toBe('kommunal-example-logging.yaml');
    expect(raw.data.startsWith('#cloud-config\n')).toBe(true);
    expect(raw.data).toContain('target="logs.dc.example" port="6514"');
    expect(raw.data).toContain('StreamDriver="gtls"');
    expect(raw.data).toContain('fleet=\\"example\\"');
    expect(raw.data).toContain('DefaultNetstreamDriverCAFile="/etc/ssl/certs/ca-certificates.crt"');
    expect(logging.volume).toBe('cephfs:snippets/kommunal-example-logging.yaml');
    expect(logging.volume).toBe(loggingVendorDataVolume('example', 'cephfs'));
    expect(json.output?.logging_vendor_data).toMatchObject({ value: 'cephfs:snippets/kommunal-example-logging.yaml' });
  });

  it('writes the collector CA to the guest and verifies the collector against it', () => {
    const raw = fileData(synth(props({ collectorCaPem: PEM })).json);
    expect(raw.data).toContain(`  - path: ${COLLECTOR_CA_PATH}\n    permissions: '0644'\n    content: |\n      -----BEGIN CERTIFICATE-----\n      MIIBdummyBASE64content==\n      -----END CERTIFICATE-----\n`);
    expect(raw.data).toContain(`DefaultNetstreamDriverCAFile="${COLLECTOR_CA_PATH}"`);
  });

  it('forwards over plain TCP only when asked', () => {
    const data = fileData(synth(props({ collector: { host: 'logs.dc.example', port: 514, protocol: 'tcp' } })).json).data;
    expect(data).toContain('port="514"');
    expect(data).not.toContain('gtls');
    expect(data).not.toContain('DefaultNetstreamDriverCAFile');
  });

  it('refuses node-local storage, a malformed target and a CA that is not PEM', () => {
    expect(() => synth(props({ snippets: { node: 'pve1', datastore: 'local' } }))).toThrow(/snippets.datastore: "local" is node-local storage/);
    expect(() => synth(props({ collector: { host: 'https://logs', port: 70000 } }))).toThrow(/collector.host: "https:\/\/logs" is not a host name[\s\S]*collector.port: 70000 is not a port/);
    expect(() => synth(props({ snippets: { node: 'pve 1', datastore: '' } }))).toThrow(/snippets.node: "pve 1"[\s\S]*snippets.datastore: ""/);
    expect(() => synth(props({ collectorCaPem: 'not a pem' }))).toThrow(/collectorCaPem: is not a PEM certificate/);
  });
});
