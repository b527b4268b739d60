import { TerraformIterator, TerraformStack } from 'cdktf';
import { KvSecretV2 } from '@cdktf/provider-vault/lib/kv-secret-v2';
import { Mount } from '@cdktf/provider-vault/lib/mount';
import { Policy } from '@cdktf/provider-vault/lib/policy';
import { VaultProvider } from '@cdktf/provider-vault/lib/provider';
import { DataVaultPolicyDocument } from '@cdktf/provider-vault/lib/data-vault-policy-document';
import { ProxmoxProvider } from '../../lib/providers/proxmox/provider';
import { SdnZoneVlan } from '../../lib/providers/proxmox/sdn-zone-vlan';
import { SdnVnet } from '../../lib/providers/proxmox/sdn-vnet';
import { SdnSubnet } from '../../lib/providers/proxmox/sdn-subnet';
import { StoragePbs } from '../../lib/providers/proxmox/storage-pbs';
import { BackupJob } from '../../lib/providers/proxmox/backup-job';
import { VirtualEnvironmentFirewallIpset } from '../../lib/providers/proxmox/virtual-environment-firewall-ipset';
import { VirtualEnvironmentVm } from '../../lib/providers/proxmox/virtual-environment-vm';
import { checkConformance, formatFindings } from '../../lib/verify/conformance';
import { synthJson, testStack } from '../helpers/synth';

function build(stack: TerraformStack): void {
  new ProxmoxProvider(stack, 'proxmox', { endpoint: 'https://pve.example:8006/', insecure: false, ssh: { agent: true, nodeAttribute: [{ name: 'pve1', address: '10.0.0.1' }] } });
  const zone = new SdnZoneVlan(stack, 'zone', { id: 'k1z', bridge: 'vmbr0' });
  const vnet = new SdnVnet(stack, 'net_servers', { id: 'k1srv', zone: zone.id, tag: 110 });
  new SdnSubnet(stack, 'subnet', { cidr: '10.1.0.0/24', vnet: vnet.id, gateway: '10.1.0.1', dhcpRange: { startAddress: '10.1.0.100', endAddress: '10.1.0.200' } });
  new StoragePbs(stack, 'pbs', { id: 'pbs-k1', datastore: 'ds', server: 'pbs.example', username: 'u@pbs', password: 'secret', namespace: 'k1', backups: { keepDaily: 7, keepWeekly: 4 } });
  new BackupJob(stack, 'job', { id: 'k1-daily', schedule: '02:00', storage: 'pbs-k1', pool: 'k1', pruneBackups: { 'keep-daily': '7' } });
  new VirtualEnvironmentVm(stack, 'vm', {
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
  new VirtualEnvironmentFirewallIpset(stack, 'ipset', { name: 'k1-servers', cidr: [{ name: '10.1.0.0/24', comment: 'servers' }, { name: '10.1.1.0/24' }] });

  new VaultProvider(stack, 'vault', { address: 'https://vault.example:8200' });
  const tenantVault = new VaultProvider(stack, 'vault_tenant', { alias: 'tenant', address: 'https://vault.example:8200', namespace: 'k1' });
  const kv = new Mount(stack, 'kv', { path: 'k1/kv', type: 'kv', options: { version: '2' }, lifecycle: { preventDestroy: true }, provider: tenantVault });
  new KvSecretV2(stack, 'secret', { mount: kv.path, name: 'pbs', dataJson: JSON.stringify({ password: 'x' }), customMetadata: { maxVersions: 5, data: { owner: 'k1' } }, provider: tenantVault });
  const it = TerraformIterator.fromList(['read', 'list']);
  const doc = new DataVaultPolicyDocument(stack, 'doc', {
    rule: [{ path: `${kv.path}/data/*`, capabilities: ['read', 'list'], description: 'read secrets' }],
  });
  new Policy(stack, 'policy', { name: 'k1-read', policy: doc.hcl, dependsOn: [kv] });
  new DataVaultPolicyDocument(stack, 'dyn', {
    rule: it.dynamic({ path: 'k1/kv/data/x', capabilities: [it.value] }),
  });
}

describe('conformance of a synthesized stack', () => {
  it('passes a correct Proxmox + Vault stack with references between resources', () => {
    const { stack } = testStack('kommune');
    build(stack);
    const json = synthJson(stack);
    const findings = checkConformance(json);
    expect(formatFindings(findings)).toBe('');
  });
});

describe('conformance of a synthesized stack after a deliberate break', () => {
  it('fails when a required argument is removed from the synthesized JSON (exactly one finding)', () => {
    const { stack } = testStack('kommune');
    build(stack);
    const json = synthJson(stack) as unknown as { resource: Record<string, Record<string, Record<string, unknown>>> };
    delete json.resource.proxmox_sdn_vnet.net_servers.zone;
    json.resource.vault_kv_secret_v2.secret.path = 'k1/kv/data/pbs';
    const findings = checkConformance(json);
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'missing-required resource.proxmox_sdn_vnet.net_servers.zone',
      'computed-only resource.vault_kv_secret_v2.secret.path',
    ]);
  });
});
