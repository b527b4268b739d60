/**
 * Validation of the shadow providers against the shipped real schemas and behaviour files: each
 * validator kind and relation kind with a real attribute of a real type, a passing and a failing
 * case, in the wording of the SDK the type comes from.
 */
import { createShadowProvider, loadShadowProvider } from '../../../lib/rehearsal/engine';
import { ProviderBehaviourJson } from '../../../lib/rehearsal/engine/behaviour';
import { UNKNOWN } from '../../../lib/rehearsal/provider-api';
import { blockOf, fullObject, proxmox, vault } from './helpers';

async function check(p: typeof proxmox, type: string, partial: Record<string, unknown>) {
  return p.validateResourceConfig(type, fullObject(blockOf(p, type), partial));
}

const vnet = { id: 'vnet1', zone: 'zone1' };

describe('required attributes that are a known null', () => {
  it('passes when set (framework: proxmox_sdn_vnet)', async () => {
    expect(await check(proxmox, 'proxmox_sdn_vnet', vnet)).toEqual([]);
  });
  it('fails when null, framework wording (proxmox_sdn_vnet.zone)', async () => {
    const d = await check(proxmox, 'proxmox_sdn_vnet', { id: 'vnet1' });
    expect(d).toEqual([
      expect.objectContaining({ severity: 'error', summary: 'Missing Configuration for Required Attribute', path: ['zone'], detail: expect.stringContaining('Must set a configuration value for the zone attribute as the provider has marked it as required.') }),
    ]);
  });
  it('fails when null, SDKv2 wording (vault_policy.policy)', async () => {
    expect(await check(vault, 'vault_policy', { name: 'p', policy: 'path "x" {}' })).toEqual([]);
    const d = await check(vault, 'vault_policy', { name: 'p' });
    expect(d).toEqual([{ severity: 'error', summary: 'Missing required argument', detail: 'The argument "policy" is required, but no definition was found.', path: ['policy'] }]);
  });
  it('fails inside a nested block (proxmox_virtual_environment_firewall_ipset cidr.name)', async () => {
    const d = await check(proxmox, 'proxmox_virtual_environment_firewall_ipset', { name: 'set1', cidr: [{ comment: 'x' }] });
    expect(d.map((x) => [x.summary, x.path])).toEqual([['Missing required argument', ['cidr', 0, 'name']]]);
    expect(d[0].detail).toBe('The argument "cidr.0.name" is required, but no definition was found.');
  });
  it('names set elements by position in SDKv2 keys, as the SDK validates sets like lists (group acl.path)', async () => {
    const d = await check(proxmox, 'proxmox_virtual_environment_group', { group_id: 'g', acl: [{ role_id: 'R' }] });
    expect(d.map((x) => [x.detail, x.path])).toEqual([['The argument "acl.0.path" is required, but no definition was found.', ['acl']]]);
  });
  it('does not fail on an unknown required value', async () => {
    expect(await check(proxmox, 'proxmox_sdn_vnet', { id: 'vnet1', zone: UNKNOWN })).toEqual([]);
  });
});

describe('validators from the behaviour files', () => {
  it('one-of, framework (proxmox_backup_job.mode, stringvalidator.OneOf)', async () => {
    const base = { id: 'job1', schedule: 'daily', storage: 'pbs' };
    expect(await check(proxmox, 'proxmox_backup_job', { ...base, mode: 'snapshot' })).toEqual([]);
    const d = await check(proxmox, 'proxmox_backup_job', { ...base, mode: 'pause' });
    expect(d).toEqual([
      { severity: 'error', summary: 'Invalid Attribute Value Match', detail: 'Attribute mode value must be one of: ["snapshot" "suspend" "stop"], got: "pause"', path: ['mode'] },
    ]);
  });
  it('one-of, SDKv2 with the flatmap key (vault_jwt_auth_backend.type, validation.StringInSlice)', async () => {
    expect(await check(vault, 'vault_jwt_auth_backend', { type: 'oidc' })).toEqual([]);
    expect(await check(vault, 'vault_jwt_auth_backend', { type: 'saml' })).toEqual([
      { severity: 'error', summary: 'expected type to be one of ["jwt" "oidc"], got saml', path: ['type'] },
    ]);
  });
  it('one-of ignoring case, SDKv2 in a nested block with the last-name key (security group rule.type)', async () => {
    const t = 'proxmox_virtual_environment_cluster_firewall_security_group';
    expect(await check(proxmox, t, { name: 'sg1', rule: [{ type: 'IN', action: 'ACCEPT' }] })).toEqual([]);
    expect(await check(proxmox, t, { name: 'sg1', rule: [{ type: 'sideways', action: 'ACCEPT' }] })).toEqual([
      { severity: 'error', summary: 'expected type to be one of ["in" "out" "forward"], got sideways', path: ['rule', 0, 'type'] },
    ]);
  });
  it('range, framework (proxmox_metrics_server.port, int64validator.Between)', async () => {
    const base = { name: 'm1', server: '10.0.0.1', type: 'influxdb' };
    expect(await check(proxmox, 'proxmox_metrics_server', { ...base, port: 8089 })).toEqual([]);
    expect(await check(proxmox, 'proxmox_metrics_server', { ...base, port: 0 })).toEqual([
      { severity: 'error', summary: 'Invalid Attribute Value', detail: 'Attribute port value must be between 1 and 65536, got: 0', path: ['port'] },
    ]);
  });
  it('range, SDKv2 (vault_quota_rate_limit.interval, validation.IntAtLeast; rate, validation.FloatAtLeast)', async () => {
    const base = { name: 'q', rate: 10 };
    expect(await check(vault, 'vault_quota_rate_limit', { ...base, interval: 1 })).toEqual([]);
    expect(await check(vault, 'vault_quota_rate_limit', { ...base, interval: 0 })).toEqual([
      { severity: 'error', summary: 'expected interval to be at least (1), got 0', path: ['interval'] },
    ]);
    expect((await check(vault, 'vault_quota_rate_limit', { name: 'q', rate: -1 })).map((d) => d.summary)).toEqual(['expected rate to be at least (0.000000), got -1.000000']);
  });
  it('regex and length, framework (proxmox_sdn_vnet.id: RegexMatches with message, LengthAtMost 8)', async () => {
    expect(await check(proxmox, 'proxmox_sdn_vnet', { ...vnet, id: 'v2a' })).toEqual([]);
    expect(await check(proxmox, 'proxmox_sdn_vnet', { ...vnet, id: '1vnet' })).toEqual([
      { severity: 'error', summary: 'Invalid Attribute Value Match', detail: 'Attribute id must be a valid SDN identifier, got: 1vnet', path: ['id'] },
    ]);
    expect(await check(proxmox, 'proxmox_sdn_vnet', { ...vnet, id: 'vnet12345' })).toEqual([
      { severity: 'error', summary: 'Invalid Attribute Value Length', detail: 'Attribute id string length must be at most 8, got: 9', path: ['id'] },
    ]);
  });
  it('regex, SDKv2 with message (proxmox_virtual_environment_cluster_firewall log_ratelimit.rate, validation.StringMatch)', async () => {
    const t = 'proxmox_virtual_environment_cluster_firewall';
    expect(await check(proxmox, t, { log_ratelimit: [{ rate: '5/minute' }] })).toEqual([]);
    expect(await check(proxmox, t, { log_ratelimit: [{ rate: 'fast' }] })).toEqual([
      { severity: 'error', summary: "invalid value for rate (Must be a valid rate expression, e.g. '1/second')", path: ['log_ratelimit', 0, 'rate'] },
    ]);
  });
  it('size, framework (proxmox_harule.resources, setvalidator.SizeAtLeast)', async () => {
    const block = blockOf(proxmox, 'proxmox_harule');
    const required = Object.entries(block.attributes ?? {}).filter(([, a]) => a.required).map(([n]) => n);
    expect(required).toContain('resources');
    const base: Record<string, unknown> = { rule: 'r1', type: 'node-affinity', nodes: { pve1: 1 } };
    expect(await check(proxmox, 'proxmox_harule', { ...base, resources: ['vm:100'] })).toEqual([]);
    expect(await check(proxmox, 'proxmox_harule', { ...base, resources: [] })).toContainEqual({
      severity: 'error',
      summary: 'Invalid Attribute Value',
      detail: 'Attribute resources set must contain at least 1 elements, got: 0',
      path: ['resources'],
    });
  });
  it('element validators, framework (proxmox_sdn_zone_vxlan.nodes, setvalidator.ValueStringsAre)', async () => {
    const base = { id: 'z1', peers: ['10.0.0.1'] };
    expect(await check(proxmox, 'proxmox_sdn_zone_vxlan', { ...base, nodes: ['pve1'] })).toEqual([]);
    const d = await check(proxmox, 'proxmox_sdn_zone_vxlan', { ...base, nodes: ['  '] });
    expect(d.map((x) => x.detail)).toEqual(['Attribute nodes must be a non-empty and non-whitespace string, got:   ']);
  });
  it('does not validate unknown values', async () => {
    expect(await check(proxmox, 'proxmox_backup_job', { id: 'j', schedule: 'daily', storage: 'pbs', mode: UNKNOWN })).toEqual([]);
    expect(await check(vault, 'vault_jwt_auth_backend', { type: UNKNOWN })).toEqual([]);
  });
  it('none-of and not-regex (no real attribute uses them; a real attribute with an added fact)', async () => {
    const base = loadShadowProvider('proxmox');
    const behaviour = JSON.parse(JSON.stringify(require('../../../lib/rehearsal/schemas/bpg-proxmox-0.111.1.behaviour.json'))) as ProviderBehaviourJson & { resources: Record<string, { attributes: Record<string, { validators: unknown[] }> }> };
    behaviour.resources.proxmox_sdn_vnet.attributes.alias.validators.push({ func: 'stringvalidator.NoneOf', args: ['forbidden'], none_of: ['forbidden'] });
    behaviour.resources.proxmox_virtual_environment_cluster_firewall.attributes.input_policy.validators.push({ func: 'validation.StringDoesNotMatch', args: [{ regex: '^REJECT$' }, ''], not_regex: '^REJECT$' });
    const p = createShadowProvider({ providerAddress: 'registry.terraform.io/bpg/proxmox', schema: base.schema, behaviour });
    expect(await check(p, 'proxmox_sdn_vnet', { ...vnet, alias: 'allowed' })).toEqual([]);
    expect((await check(p, 'proxmox_sdn_vnet', { ...vnet, alias: 'forbidden' })).map((d) => d.detail)).toEqual(['Attribute alias value must be none of: ["forbidden"], got: "forbidden"']);
    expect(await check(p, 'proxmox_virtual_environment_cluster_firewall', { input_policy: 'DROP' })).toEqual([]);
    expect((await check(p, 'proxmox_virtual_environment_cluster_firewall', { input_policy: 'REJECT' })).map((d) => d.summary)).toEqual([
      'expected value of input_policy to not match regular expression "^REJECT$", got REJECT',
    ]);
  });
});

describe('attribute relations', () => {
  it('ConflictsWith, SDKv2 (vault_jwt_auth_backend jwks_url / oidc_discovery_url)', async () => {
    expect(await check(vault, 'vault_jwt_auth_backend', { jwks_url: 'https://idp/jwks' })).toEqual([]);
    const d = await check(vault, 'vault_jwt_auth_backend', { jwks_url: 'https://idp/jwks', oidc_discovery_url: 'https://idp' });
    expect(d).toEqual([
      { severity: 'error', summary: 'Conflicting configuration arguments', detail: '"jwks_url": conflicts with oidc_discovery_url', path: ['jwks_url'] },
      { severity: 'error', summary: 'Conflicting configuration arguments', detail: '"oidc_discovery_url": conflicts with jwks_url', path: ['oidc_discovery_url'] },
    ]);
  });
  it('ConflictsWith, framework (proxmox_realm_ldap mode / secure)', async () => {
    const base = { realm: 'corp', server1: 'ldap.example', base_dn: 'dc=example' };
    expect(await check(proxmox, 'proxmox_realm_ldap', { ...base, mode: 'ldaps' })).toEqual([]);
    const d = await check(proxmox, 'proxmox_realm_ldap', { ...base, mode: 'ldaps', secure: true });
    expect(d.map((x) => [x.summary, x.detail])).toEqual([
      ['Invalid Attribute Combination', 'Attribute "secure" cannot be specified when "mode" is specified'],
      ['Invalid Attribute Combination', 'Attribute "mode" cannot be specified when "secure" is specified'],
    ]);
  });
  it('RequiredWith, framework (proxmox_realm_ldap bind_password needs bind_dn)', async () => {
    const base = { realm: 'corp', server1: 'ldap.example', base_dn: 'dc=example', bind_password: 'secret' };
    expect(await check(proxmox, 'proxmox_realm_ldap', { ...base, bind_dn: 'cn=bind' })).toEqual([]);
    expect((await check(proxmox, 'proxmox_realm_ldap', base)).map((x) => x.detail)).toEqual(['Attribute "bind_dn" must be specified when "bind_password" is specified']);
  });
  it('RequiredWith, SDKv2 (proxmox_virtual_environment_firewall_ipset vm_id needs node_name)', async () => {
    const t = 'proxmox_virtual_environment_firewall_ipset';
    expect(await check(proxmox, t, { name: 's', vm_id: 100, node_name: 'pve1' })).toEqual([]);
    expect(await check(proxmox, t, { name: 's', vm_id: 100 })).toEqual([
      { severity: 'error', summary: 'Missing required argument', detail: '"vm_id": all of `node_name,vm_id` must be specified', path: ['vm_id'] },
    ]);
  });
  it('ExactlyOneOf, SDKv2 (proxmox_virtual_environment_firewall_options vm_id / container_id)', async () => {
    const t = 'proxmox_virtual_environment_firewall_options';
    expect(await check(proxmox, t, { node_name: 'pve1', vm_id: 100 })).toEqual([]);
    expect((await check(proxmox, t, { node_name: 'pve1' })).map((d) => d.detail)).toEqual([
      '"container_id": one of `container_id,vm_id` must be specified',
      '"vm_id": one of `container_id,vm_id` must be specified',
    ]);
    expect((await check(proxmox, t, { node_name: 'pve1', vm_id: 100, container_id: 101 }))[0].detail).toBe(
      '"container_id": only one of `container_id,vm_id` can be specified, but `container_id,vm_id` were specified.',
    );
  });
  it('AtLeastOneOf, SDKv2 (vault_pki_secret_backend_config_auto_tidy tidy_*)', async () => {
    const t = 'vault_pki_secret_backend_config_auto_tidy';
    expect(await check(vault, t, { backend: 'pki', enabled: true, tidy_cert_store: true })).toEqual([]);
    const d = await check(vault, t, { backend: 'pki', enabled: true });
    expect(d.length).toBe(10);
    expect(d[0]).toEqual(expect.objectContaining({ summary: 'Missing required argument', detail: expect.stringMatching(/^"tidy_acme": one of `tidy_acme,tidy_cert_metadata,.*` must be specified$/) }));
  });
});
