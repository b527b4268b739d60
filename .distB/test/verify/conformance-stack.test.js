"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const kv_secret_v2_1 = require("@cdktf/provider-vault/lib/kv-secret-v2");
const mount_1 = require("@cdktf/provider-vault/lib/mount");
const policy_1 = require("@cdktf/provider-vault/lib/policy");
const provider_1 = require("@cdktf/provider-vault/lib/provider");
const data_vault_policy_document_1 = require("@cdktf/provider-vault/lib/data-vault-policy-document");
const provider_2 = require("../../lib/providers/proxmox/provider");
const sdn_zone_vlan_1 = require("../../lib/providers/proxmox/sdn-zone-vlan");
const sdn_vnet_1 = require("../../lib/providers/proxmox/sdn-vnet");
const sdn_subnet_1 = require("../../lib/providers/proxmox/sdn-subnet");
const storage_pbs_1 = require("../../lib/providers/proxmox/storage-pbs");
const backup_job_1 = require("../../lib/providers/proxmox/backup-job");
const virtual_environment_firewall_ipset_1 = require("../../lib/providers/proxmox/virtual-environment-firewall-ipset");
const virtual_environment_vm_1 = require("../../lib/providers/proxmox/virtual-environment-vm");
const verify_1 = require("../../lib/verify");
const synth_1 = require("../helpers/synth");
function build(stack) {
    new provider_2.ProxmoxProvider(stack, 'proxmox', { endpoint: 'https://pve.example:8006/', insecure: false, ssh: { agent: true, nodeAttribute: [{ name: 'pve1', address: '10.0.0.1' }] } });
    const zone = new sdn_zone_vlan_1.SdnZoneVlan(stack, 'zone', { id: 'k1z', bridge: 'vmbr0' });
    const vnet = new sdn_vnet_1.SdnVnet(stack, 'net_servers', { id: 'k1srv', zone: zone.id, tag: 110 });
    new sdn_subnet_1.SdnSubnet(stack, 'subnet', { cidr: '10.1.0.0/24', vnet: vnet.id, gateway: '10.1.0.1', dhcpRange: { startAddress: '10.1.0.100', endAddress: '10.1.0.200' } });
    new storage_pbs_1.StoragePbs(stack, 'pbs', { id: 'pbs-k1', datastore: 'ds', server: 'pbs.example', username: 'u@pbs', password: 'secret', namespace: 'k1', backups: { keepDaily: 7, keepWeekly: 4 } });
    new backup_job_1.BackupJob(stack, 'job', { id: 'k1-daily', schedule: '02:00', storage: 'pbs-k1', pool: 'k1', pruneBackups: { 'keep-daily': '7' } });
    new virtual_environment_vm_1.VirtualEnvironmentVm(stack, 'vm', {
        nodeName: 'pve1',
        vmId: 1001,
        name: 'k1-fileserver',
        tags: ['k1', 'servers'],
        agent: { enabled: true },
        cpu: { cores: 2, type: 'x86-64-v2-AES' },
        memory: { dedicated: 4096 },
        disk: [{ datastoreId: 'local-lvm', interface: 'scsi0', size: 32 }],
        networkDevice: [{ bridge: vnet.id, firewall: true }],
        initialization: { ipConfig: [{ ipv4: { address: '10.1.0.10/24', gateway: '10.1.0.1' } }], userAccount: { username: 'admin', keys: ['ssh-ed25519 AAAA'] } },
        operatingSystem: { type: 'l26' },
    });
    new virtual_environment_firewall_ipset_1.VirtualEnvironmentFirewallIpset(stack, 'ipset', { name: 'k1-servers', cidr: [{ name: '10.1.0.0/24', comment: 'servers' }, { name: '10.1.1.0/24' }] });
    new provider_1.VaultProvider(stack, 'vault', { address: 'https://vault.example:8200' });
    const tenantVault = new provider_1.VaultProvider(stack, 'vault_tenant', { alias: 'tenant', address: 'https://vault.example:8200', namespace: 'k1' });
    const kv = new mount_1.Mount(stack, 'kv', { path: 'k1/kv', type: 'kv', options: { version: '2' }, lifecycle: { preventDestroy: true }, provider: tenantVault });
    new kv_secret_v2_1.KvSecretV2(stack, 'secret', { mount: kv.path, name: 'pbs', dataJson: JSON.stringify({ password: 'x' }), customMetadata: { maxVersions: 5, data: { owner: 'k1' } }, provider: tenantVault });
    const it = cdktf_1.TerraformIterator.fromList(['read', 'list']);
    const doc = new data_vault_policy_document_1.DataVaultPolicyDocument(stack, 'doc', {
        rule: [{ path: `${kv.path}/data/*`, capabilities: ['read', 'list'], description: 'read secrets' }],
    });
    new policy_1.Policy(stack, 'policy', { name: 'k1-read', policy: doc.hcl, dependsOn: [kv] });
    new data_vault_policy_document_1.DataVaultPolicyDocument(stack, 'dyn', {
        rule: it.dynamic({ path: 'k1/kv/data/x', capabilities: [it.value] }),
    });
}
describe('conformance of a synthesized stack', () => {
    it('passes a correct Proxmox + Vault stack with references between resources', () => {
        const { stack } = (0, synth_1.testStack)('kommune');
        build(stack);
        const json = (0, synth_1.synthJson)(stack);
        const findings = (0, verify_1.checkConformance)(json);
        expect((0, verify_1.formatFindings)(findings)).toBe('');
    });
});
describe('conformance of a synthesized stack after a deliberate break', () => {
    it('fails when a required argument is removed from the synthesized JSON (exactly one finding)', () => {
        const { stack } = (0, synth_1.testStack)('kommune');
        build(stack);
        const json = (0, synth_1.synthJson)(stack);
        delete json.resource.proxmox_sdn_vnet.net_servers.zone;
        json.resource.vault_kv_secret_v2.secret.path = 'k1/kv/data/pbs';
        const findings = (0, verify_1.checkConformance)(json);
        expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
            'missing-required resource.proxmox_sdn_vnet.net_servers.zone',
            'computed-only resource.vault_kv_secret_v2.secret.path',
        ]);
    });
});
