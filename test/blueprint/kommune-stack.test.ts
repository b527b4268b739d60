import { App } from 'cdktf';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { ClusterOptions } from '../../lib/providers/proxmox/cluster-options';
import { checkConformance } from '../../lib/verify/conformance';
import { resourceAddresses, synthJson, SynthJson } from '../helpers/synth';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

describe('KommuneStack (examples/musterstadt)', () => {
  const model = exampleModel('musterstadt');
  const synth = synthModel(model);
  afterAll(() => removeDir(synth.outdir));
  const tenant = synth.stacks.musterstadt as SynthJson;
  const spec = model.specs.musterstadt;

  it('builds the platform stack and one stack per tenant', () => {
    expect(Object.keys(synth.stacks)).toEqual(['musterstadt', 'platform']);
  });

  it('conforms to the provider schemas (every stack)', () => {
    for (const [name, json] of Object.entries(synth.stacks)) {
      expect({ name, findings: checkConformance(json) }).toEqual({ name, findings: [] });
    }
  });

  it('renders every segment of the spec as vnet, subnet, IP set and security group', () => {
    const segments = Object.values(spec.network.segments).map((s) => s!);
    const vnets = Object.values(tenant.resource?.proxmox_sdn_vnet ?? {});
    expect(vnets.map((v) => v.id).sort()).toEqual(segments.map((s) => s.vnetId).sort());
    const subnets = Object.values(tenant.resource?.proxmox_sdn_subnet ?? {});
    expect(subnets.map((s) => s.cidr).sort()).toEqual(segments.map((s) => s.cidr).sort());
    const groups = Object.values(tenant.resource?.proxmox_virtual_environment_cluster_firewall_security_group ?? {});
    expect(groups.map((g) => g.name).sort()).toEqual(segments.map((s) => s.securityGroup).sort());
  });

  it('creates the tenant zone with its allocated service tag (qinq)', () => {
    const zones = Object.values(tenant.resource?.proxmox_sdn_zone_qinq ?? {});
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({ id: spec.network.zone.id, service_vlan: spec.network.zone.tag, bridge: 'vmbr1' });
  });

  it('expands flows to "all" into one rule per target segment', () => {
    const ssh = JSON.stringify(tenant.resource?.proxmox_virtual_environment_cluster_firewall_security_group);
    for (const target of spec.network.flows['management-to-all-ssh'].targets) {
      expect(ssh).toContain(`management-to-all-ssh--${target}`);
    }
  });

  it('uses the Vault policy names the spec resolved', () => {
    const names = Object.values(tenant.resource?.vault_policy ?? {}).map((p) => p.name).sort();
    expect(names).toEqual(expect.arrayContaining(Object.values(spec.vault.policies).sort()));
  });

  it('selects the tenant pool for backups with the spec schedule and retention', () => {
    const job = Object.values(tenant.resource?.proxmox_backup_job ?? {})[0];
    expect(job).toMatchObject({ schedule: spec.backup.schedule, 'prune_backups': { 'keep-all': '1' } });
    // The retention is the PBS prune job's, run when the backup window ends.
    expect(tenant.output?.pbs_prune_job).toMatchObject({ value: { ns: spec.backup.namespace, schedule: `*-*-* ${spec.backup.window.end}`, 'keep-daily': String(spec.backup.retention.keepDaily) } });
    // The pool by reference (same value), so that state records the job's dependency on the pool.
    const [poolAddress, pool] = Object.entries(tenant.resource?.proxmox_virtual_environment_pool ?? {})[0];
    expect(pool).toMatchObject({ pool_id: spec.compute.pool });
    expect(job.pool).toBe(`\${proxmox_virtual_environment_pool.${poolAddress}.pool_id}`);
  });

  it('has its own state and references platform objects only by name', () => {
    expect(tenant.terraform?.backend).toEqual({ local: { path: 'state/musterstadt.tfstate' } });
    expect(JSON.stringify(tenant)).not.toContain('terraform_remote_state');
  });

  it('declares no cluster-wide singleton (they live in the platform stack)', () => {
    const addresses = resourceAddresses(tenant);
    for (const type of ['proxmox_virtual_environment_cluster_firewall', 'proxmox_metrics_server']) {
      expect(addresses.filter((a) => a.startsWith(`${type}.`))).toEqual([]);
      expect(resourceAddresses(synth.stacks.platform as SynthJson).some((a) => a.startsWith(`${type}.`))).toBe(true);
    }
  });

  it('puts no secret literal into the output: every sensitive input is read from Vault (the fleet has CI logins)', () => {
    const text = synth.texts.musterstadt + synth.texts.platform;
    expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----|PVEAPIToken=|hvs\.[A-Za-z0-9]{20,}/);
    // One read of the pipeline inputs, in the root namespace (no namespace attribute).
    expect(tenant.data?.vault_kv_secret_v2).toEqual({ CiInputs: expect.objectContaining({ mount: 'kv-kommunen', name: 'kommunen/musterstadt/ci/terraform' }) });
    expect(tenant.data?.vault_kv_secret_v2?.CiInputs).not.toHaveProperty('namespace');
    const storage = Object.values(tenant.resource?.proxmox_storage_pbs ?? {})[0];
    expect(storage).toMatchObject({ password: '${data.vault_kv_secret_v2.CiInputs.data["pbs_password"]}', encryption_key: '${data.vault_kv_secret_v2.CiInputs.data["pbs_encryption_key"]}' });
    const realm = Object.values(tenant.resource?.proxmox_realm_ldap ?? {})[0];
    expect(realm.bind_password).toMatch(/^\$\{data\.vault_kv_secret_v2\.CiInputs\.data\["proxmox_realm_[a-z0-9_]+_bind_password"\]\}$/);
    // No tenant input is left for a CI/CD variable.
    expect(Object.keys(tenant.variable ?? {}).filter((n) => /password|encryption_key|client_key/.test(n))).toEqual([]);
  });

  it('exposes what a Kommune needs as outputs', () => {
    expect(Object.keys(tenant.output ?? {}).sort()).toEqual(['log_retention_days', 'logging_vendor_data', 'pbs_prune_job', 'pool', 'security_groups', 'state', 'tenant_key', 'vault_kv_prefix', 'vm_id_range', 'vnets']);
    expect(tenant.output?.vm_id_range).toMatchObject({ value: `${spec.compute.vmIds.start}-${spec.compute.vmIds.end}` });
  });
});

describe('KommuneStack refuses cluster singletons', () => {
  it('fails synth when a tenant stack declares the cluster options, naming the path and type', () => {
    const model = exampleModel('musterstadt');
    const stack = new KommuneStack(new App(), 'musterstadt', { spec: model.specs.musterstadt, platform: model.platform });
    new ClusterOptions(stack, 'MyOptions', {});
    expect(() => synthJson(stack, true)).toThrow(/MyOptions[\s\S]*proxmox_cluster_options|proxmox_cluster_options[\s\S]*MyOptions/);
  });
});
