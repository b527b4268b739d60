"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const kommune_stack_1 = require("../../lib/blueprint/kommune-stack");
const sdn_applier_1 = require("../../lib/providers/proxmox/sdn-applier");
const conformance_1 = require("../../lib/verify/conformance");
const synth_1 = require("../helpers/synth");
const fleet_1 = require("../helpers/fleet");
describe('KommuneStack (examples/musterstadt)', () => {
    const model = (0, fleet_1.exampleModel)('musterstadt');
    const synth = (0, fleet_1.synthModel)(model);
    afterAll(() => (0, fleet_1.removeDir)(synth.outdir));
    const tenant = synth.stacks.musterstadt;
    const spec = model.specs.musterstadt;
    it('builds the platform stack and one stack per tenant', () => {
        expect(Object.keys(synth.stacks)).toEqual(['musterstadt', 'platform']);
    });
    it('conforms to the provider schemas (every stack)', () => {
        for (const [name, json] of Object.entries(synth.stacks)) {
            expect({ name, findings: (0, conformance_1.checkConformance)(json) }).toEqual({ name, findings: [] });
        }
    });
    it('renders every segment of the spec as vnet, subnet, IP set and security group', () => {
        const segments = Object.values(spec.network.segments).map((s) => s);
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
        expect(job).toMatchObject({ pool: spec.compute.pool, schedule: spec.backup.schedule, 'prune_backups': { 'keep-daily': String(spec.backup.retention.keepDaily) } });
    });
    it('has its own state and references platform objects only by name', () => {
        expect(tenant.terraform?.backend).toEqual({ local: { path: 'state/musterstadt.tfstate' } });
        expect(JSON.stringify(tenant)).not.toContain('terraform_remote_state');
    });
    it('declares no cluster-wide singleton (they live in the platform stack)', () => {
        const addresses = (0, synth_1.resourceAddresses)(tenant);
        for (const type of ['proxmox_sdn_applier', 'proxmox_virtual_environment_cluster_firewall', 'proxmox_metrics_server', 'vault_audit']) {
            expect(addresses.filter((a) => a.startsWith(`${type}.`))).toEqual([]);
            expect((0, synth_1.resourceAddresses)(synth.stacks.platform).some((a) => a.startsWith(`${type}.`))).toBe(true);
        }
    });
    it('puts no secret literal into the output: every sensitive input is a variable', () => {
        const text = synth.texts.musterstadt + synth.texts.platform;
        expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----|PVEAPIToken=|hvs\.[A-Za-z0-9]{20,}/);
        const storage = Object.values(tenant.resource?.proxmox_storage_pbs ?? {})[0];
        expect(storage).toMatchObject({ password: '${var.pbs_password}', encryption_key: '${var.pbs_encryption_key}' });
    });
    it('exposes what a Kommune needs as outputs', () => {
        expect(Object.keys(tenant.output ?? {}).sort()).toEqual(['log_retention_days', 'logging_snippet', 'pool', 'security_groups', 'state', 'tenant_key', 'vault_kv_prefix', 'vm_id_range', 'vnets']);
        expect(tenant.output?.vm_id_range).toMatchObject({ value: `${spec.compute.vmIds.start}-${spec.compute.vmIds.end}` });
    });
});
describe('KommuneStack refuses cluster singletons', () => {
    it('fails synth when a tenant stack declares the SDN applier, naming the path and type', () => {
        const model = (0, fleet_1.exampleModel)('musterstadt');
        const stack = new kommune_stack_1.KommuneStack(new cdktf_1.App(), 'musterstadt', { spec: model.specs.musterstadt, platform: model.platform });
        new sdn_applier_1.SdnApplier(stack, 'MyApplier', {});
        expect(() => (0, synth_1.synthJson)(stack, true)).toThrow(/MyApplier[\s\S]*proxmox_sdn_applier|proxmox_sdn_applier[\s\S]*MyApplier/);
    });
});
