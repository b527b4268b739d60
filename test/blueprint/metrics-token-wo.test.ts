import { PlatformBase, type PlatformBaseProps } from '../../lib/blueprint/platform-base';
import { PLATFORM_STACK_NAME } from '../../lib/blueprint/fleet';
import { rehearsalVariables } from '../../lib/rehearsal/workspace';
import { resourcesOf, synthJson, testStack, type SynthJson } from '../helpers/synth';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

// Issue #14, deliverable 4: the platform's InfluxDB token reaches the metrics server only through
// the write-only `influx_token_wo` (bpg 0.111.1), fed by an ephemeral variable, so it is neither in
// the platform's plan nor in its state; the version in the fleet file makes a rotation visible.
type Json = SynthJson & { variable?: Record<string, Record<string, unknown>> };

describe('metrics server token: write-only (musterstadt example)', () => {
  const model = exampleModel('musterstadt');
  const synth = synthModel(model);
  afterAll(() => removeDir(synth.outdir));
  const platform = synth.stacks[PLATFORM_STACK_NAME] as Json;

  it('the example has an InfluxDB metrics server', () => {
    expect(model.platform.metrics.target).toMatchObject({ type: 'influxdb' });
  });

  it('sets influx_token_wo from the ephemeral variable with version 1 and no plain influx_token', () => {
    const [server] = Object.values(resourcesOf(platform, 'proxmox_metrics_server'));
    expect(server).toBeDefined();
    expect(server).not.toHaveProperty('influx_token');
    expect(server.influx_token_wo).toBe('${var.metrics_influx_token}');
    expect(server.influx_token_wo_version).toBe(1);
    expect(platform.variable?.metrics_influx_token).toMatchObject({ ephemeral: true, sensitive: true, type: 'string' });
  });

  it('the value a run gets (the rehearsal\'s TF_VAR value) appears nowhere in the synthesized stack', () => {
    const value = rehearsalVariables(platform).metrics_influx_token;
    expect(value).toBe('rehearsal-metrics-influx-token');
    expect(JSON.stringify(platform)).not.toContain(value);
    // Every reference to the variable is the write-only attribute: no other attribute, output or
    // local carries it into plan or state.
    const refs = [...JSON.stringify(platform).matchAll(/"([a-z_]+)":"\$\{var\.metrics_influx_token\}"/g)].map((m) => m[1]);
    expect(refs).toEqual(['influx_token_wo']);
  });
});

describe('PlatformBase: metrics token version', () => {
  const props = (metrics: Partial<NonNullable<PlatformBaseProps['metrics']>>): PlatformBaseProps => ({
    network: { zoneType: 'qinq', zoneId: 'kommunal', bridge: 'vmbr1' },
    metrics: { name: 'platform-metrics', server: 'influx.dc.example', port: 8086, ...metrics },
    vault: { isolation: 'path', tenantRoot: 'kommunen', sharedKvMount: 'kv-kommunen', pkiIntermediatePath: 'pki-int', pkiCommonName: 'CA' },
  });
  const synth = (p: PlatformBaseProps) => {
    const { stack } = testStack('platform');
    new PlatformBase(stack, 'Platform', p);
    return synthJson(stack) as Json;
  };

  it('sends the fleet\'s version, so a rotated token is applied', () => {
    const [server] = Object.values(resourcesOf(synth(props({ influxTokenVersion: 3 })), 'proxmox_metrics_server'));
    expect(server.influx_token_wo_version).toBe(3);
  });

  it('other metrics types get no token and no variable', () => {
    const json = synth(props({ type: 'graphite', influxTokenVersion: 2 }));
    const [server] = Object.values(resourcesOf(json, 'proxmox_metrics_server'));
    expect(server).not.toHaveProperty('influx_token_wo');
    expect(server).not.toHaveProperty('influx_token_wo_version');
    expect(json.variable?.metrics_influx_token).toBeUndefined();
  });

  it.each([0, 1.5, 2147483648])('refuses version %s', (v) => {
    expect(() => synth(props({ influxTokenVersion: v }))).toThrow(/metrics\.influxTokenVersion.*is not an integer 1-2147483647/s);
  });
});
