import { PlatformBase, PlatformBaseProps } from '../../lib/blueprint/platform-base';
import { resourcesOf, synthJson, testStack } from '../helpers/synth';

function props(overrides: Partial<PlatformBaseProps['network']> = {}, vault: Partial<PlatformBaseProps['vault']> = {}): PlatformBaseProps {
  return {
    network: { zoneType: 'qinq', zoneId: 'kommunal', bridge: 'vmbr1', ...overrides },
    metrics: { name: 'platform-metrics', server: 'influx.dc.example', port: 8086, influxBucket: 'pve', influxOrganization: 'dc' },
    vault: {
      isolation: 'path', tenantRoot: 'kommunen', sharedKvMount: 'kv-kommunen', pkiIntermediatePath: 'pki-int', pkiCommonName: 'Kommunal-IT Issuing CA 1',
      ciJwt: { path: 'jwt-ci', issuer: 'https://gitlab.dc.example' }, ...vault,
    },
    sharedRealm: { id: 'kommunal', issuerUrl: 'https://id.dc.example/realms/kommunal', clientId: 'proxmox' },
  };
}

function synth(p: PlatformBaseProps) {
  const { stack } = testStack('platform');
  new PlatformBase(stack, 'Platform', p);
  return synthJson(stack);
}

describe('PlatformBase', () => {
  it('declares the cluster singletons once: SDN applier, cluster firewall with default deny inbound, metrics server', () => {
    const json = synth(props());
    expect(Object.keys(resourcesOf(json, 'proxmox_sdn_applier'))).toHaveLength(1);
    // Forward ACCEPT: pve-firewall (iptables) ignores the forward policy and proxmox-firewall
    // (nftables) would drop the nodes' routed EVPN traffic (lib/network/host-firewall.ts).
    expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_cluster_firewall'))[0]).toMatchObject({
      enabled: true, input_policy: 'DROP', forward_policy: 'ACCEPT', output_policy: 'ACCEPT',
    });
    expect(Object.values(resourcesOf(json, 'proxmox_metrics_server'))[0]).toMatchObject({
      name: 'platform-metrics', server: 'influx.dc.example', port: 8086, type: 'influxdb', influx_token_wo: '${var.metrics_influx_token}', influx_token_wo_version: 1,
    });
    expect(json.variable?.metrics_influx_token).toMatchObject({ sensitive: true, ephemeral: true });
  });

  it('creates the platform zone only for platform-wide zone types', () => {
    expect(resourcesOf(synth(props()), 'proxmox_sdn_zone_vlan')).toEqual({});
    expect(Object.values(resourcesOf(synth(props({ zoneType: 'vlan' })), 'proxmox_sdn_zone_vlan'))[0]).toMatchObject({ id: 'kommunal', bridge: 'vmbr1' });
    expect(Object.values(resourcesOf(synth(props({ zoneType: 'vxlan', peers: ['10.255.0.1', '10.255.0.2'] })), 'proxmox_sdn_zone_vxlan'))[0]).toMatchObject({ id: 'kommunal', peers: ['10.255.0.1', '10.255.0.2'] });
    expect(Object.values(resourcesOf(synth(props({ zoneType: 'evpn', peers: ['10.255.0.1'], evpnController: { id: 'evpn1', asn: 65000 } })), 'proxmox_sdn_controller_evpn'))[0]).toMatchObject({ id: 'evpn1', asn: 65000 });
  });

  it('protects the data-holding Vault mounts: shared KV (path mode) or tenant-root namespace, and the PKI', () => {
    const pathMode = synth(props());
    const mounts = Object.values(resourcesOf(pathMode, 'vault_mount'));
    expect(mounts.map((m) => [m.path, m.type]).sort()).toEqual([['kv-kommunen', 'kv'], ['pki-int', 'pki']]);
    for (const m of mounts) expect(m.lifecycle).toEqual({ prevent_destroy: true });
    expect(resourcesOf(pathMode, 'vault_namespace')).toEqual({});
    const nsMode = synth(props({}, { isolation: 'namespace', ciJwt: undefined }));
    expect(Object.values(resourcesOf(nsMode, 'vault_namespace'))[0]).toMatchObject({ path: 'kommunen', lifecycle: { prevent_destroy: true } });
    expect(Object.values(resourcesOf(nsMode, 'vault_mount')).map((m) => m.path)).toEqual(['pki-int']);
    // With CI logins, namespace mode keeps the tenants' pipeline inputs in a root-namespace KV v2
    // that exists before any tenant's first apply (tenantCiInputs).
    const nsCi = synth(props({}, { isolation: 'namespace' }));
    expect(Object.values(resourcesOf(nsCi, 'vault_mount')).map((m) => [m.path, m.type, m.options, m.lifecycle]).sort()).toEqual([
      ['kv-kommunen', 'kv', { version: '2' }, { prevent_destroy: true }],
      ['pki-int', 'pki', undefined, { prevent_destroy: true }],
    ]);
  });

  it('leaves the audit device to the server configuration by default and forgets one an earlier version created; creates it with auditDevice api', () => {
    const json = synth(props());
    expect(resourcesOf(json, 'vault_audit')).toEqual({});
    expect((json as { removed?: unknown }).removed).toEqual([{ from: 'vault_audit.Base_VaultAudit_5354F123', lifecycle: { destroy: false } }]);
    const api = synth(props({}, { auditDevice: 'api' }));
    expect(Object.values(resourcesOf(api, 'vault_audit'))[0]).toMatchObject({ type: 'file' });
    expect((api as { removed?: unknown }).removed).toBeUndefined();
  });

  it('offers the CI JWT mount', () => {
    const json = synth(props());
    expect(Object.values(resourcesOf(json, 'vault_jwt_auth_backend'))[0]).toMatchObject({ path: 'jwt-ci', type: 'jwt', bound_issuer: 'https://gitlab.dc.example' });
  });

  describe('datacenter-level host rules', () => {
    const clusterRules = (json: ReturnType<typeof synth>) => Object.values(resourcesOf(json, 'proxmox_virtual_environment_firewall_rules'));
    const ruleList = (json: ReturnType<typeof synth>) => (clusterRules(json)[0]?.rule ?? []) as Record<string, unknown>[];

    it('declares none for a qinq fleet without management, CI runner or Ceph networks (PVE\'s own rules suffice)', () => {
      const json = synth(props());
      expect(clusterRules(json)).toEqual([]);
      expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_cluster_firewall'))[0].depends_on).toBeUndefined();
    });

    it('lets VXLAN in from the vxlan peers, at cluster level, before the firewall is enabled', () => {
      const json = synth(props({ zoneType: 'vxlan', peers: ['10.255.0.1', '10.255.0.2'] }));
      const [rules] = clusterRules(json);
      expect(rules.node_name).toBeUndefined();
      expect(rules.vm_id).toBeUndefined();
      expect(rules.container_id).toBeUndefined();
      expect(ruleList(json)).toEqual([expect.objectContaining({ type: 'in', action: 'ACCEPT', proto: 'udp', dport: '4789', source: '10.255.0.1,10.255.0.2', enabled: true })]);
      const fw = Object.values(resourcesOf(json, 'proxmox_virtual_environment_cluster_firewall'))[0];
      expect(fw.depends_on).toEqual([expect.stringMatching(/^proxmox_virtual_environment_firewall_rules\./)]);
    });

    it('lets VXLAN and BGP in from the EVPN peers', () => {
      const json = synth(props({ zoneType: 'evpn', peers: ['10.255.0.1', '10.255.0.2'], evpnController: { id: 'evpn1', asn: 65000 } }));
      expect(ruleList(json).map((r) => [r.proto, r.dport, r.source])).toEqual([
        ['udp', '4789', '10.255.0.1,10.255.0.2'],
        ['tcp', '179', '10.255.0.1,10.255.0.2'],
      ]);
    });

    it('opens API and SSH to the management and CI runner networks, and Ceph to its networks, nothing to any source', () => {
      const json = synth({ ...props(), hostFirewall: { managementCidrs: ['192.0.2.0/24'], ciRunnerCidrs: ['198.51.100.7/32', '198.51.100.64/26'], ceph: { publicNetwork: '10.10.0.0/24', clusterNetwork: '10.11.0.0/24' } } });
      expect(ruleList(json).map((r) => [r.proto, r.dport, r.source])).toEqual([
        ['tcp', '3300,6789', '10.10.0.0/24'],
        ['tcp', '6800:7300', '10.10.0.0/24'],
        ['tcp', '6800:7300', '10.11.0.0/24'],
        ['tcp', '8006', '192.0.2.0/24'],
        ['tcp', '22', '192.0.2.0/24'],
        ['tcp', '8006', '198.51.100.7/32,198.51.100.64/26'],
        ['tcp', '22', '198.51.100.7/32,198.51.100.64/26'],
      ]);
      for (const r of ruleList(json)) expect(r.source).toBeDefined();
    });

    it('refuses malformed or too wide networks and peers that are not addresses, with the field', () => {
      expect(() => synth({ ...props(), hostFirewall: { managementCidrs: ['0.0.0.0/0'] } })).toThrow(/hostFirewall.managementCidrs\[0\]: "0.0.0.0\/0" is wider than \/8/);
      expect(() => synth({ ...props(), hostFirewall: { ciRunnerCidrs: ['192.0.2.0/24', '198.51.100.1/24'] } })).toThrow(/hostFirewall.ciRunnerCidrs\[1\]: "198.51.100.1\/24" has host bits set/);
      expect(() => synth({ ...props(), hostFirewall: { ceph: { publicNetwork: 'ceph-net' } } })).toThrow(/hostFirewall.ceph.publicNetwork: "ceph-net" is not an IPv4 network/);
      expect(() => synth(props({ zoneType: 'vxlan', peers: ['10.255.0.1', 'pve2.dc.example'] }))).toThrow(/network.peers\[1\]: "pve2.dc.example" is not an IPv4 address/);
    });
  });

  it('fails when zone facts are missing or malformed', () => {
    expect(() => synth(props({ zoneId: 'kommunal-dc' }))).toThrow(/network.zoneId: "kommunal-dc" is not a Proxmox SDN ID/);
    expect(() => synth(props({ zoneType: 'vxlan', peers: [] }))).toThrow(/network.peers: a vxlan zone needs at least one peer/);
    expect(() => synth(props({ zoneType: 'evpn' }))).toThrow(/network.evpnController: an evpn fleet needs the EVPN controller/);
  });

  it('fails when an issuer is not https', () => {
    expect(() => synth(props({}, { ciJwt: { path: 'jwt-ci', issuer: 'http://gitlab' } }))).toThrow(/vault.ciJwt.issuer: "http:\/\/gitlab" must be an https URL/);
  });
});
