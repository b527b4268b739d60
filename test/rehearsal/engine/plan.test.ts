/**
 * Planning against the shipped real schemas and behaviour files: create, update, replace and
 * destroy plans for SDKv2 and framework types, defaults, UseStateForUnknown, replacement triggers
 * (ForceNew, RequiresReplace, conditional), and terraform's plan validity rules on every plan.
 */
import { createShadowProvider, loadShadowProvider } from '../../../lib/rehearsal/engine';
import { isUnknown, UNKNOWN, Value } from '../../../lib/rehearsal/provider-api';
import { blockOf, create, fullObject, planCreate, planUpdate, proxmox, vault } from './helpers';
import * as fs from 'fs';
import * as path from 'path';
import { resolveConversions } from '../../../lib/rehearsal/engine/plan';

type Obj = Record<string, Value>;

describe('create plans', () => {
  it('framework: defaults fill unset attributes, unset computed ones become unknown (proxmox_acl)', async () => {
    const { res, errors } = await planCreate(proxmox, 'proxmox_acl', { path: '/pool/t1', role_id: 'PVEVMUser', group_id: 't1-admins' });
    const planned = res.planned as Obj;
    expect(errors).toEqual([]);
    expect(res.legacyTypeSystem).toBe(false);
    expect(planned.propagate).toBe(true); // default true
    expect(isUnknown(planned.id)).toBe(true);
    expect(planned.user_id).toBeNull(); // optional, not computed: stays as configured
    expect(res.requiresReplace).toEqual([]);
  });
  it('framework: a configured value wins over the default', async () => {
    const { res } = await planCreate(proxmox, 'proxmox_acl', { path: '/', role_id: 'R', group_id: 'g', propagate: false });
    expect((res.planned as Obj).propagate).toBe(false);
  });
  it('SDKv2: defaults of primitive attributes, computed attributes unknown, legacy type system (vault_jwt_auth_backend)', async () => {
    const { res, errors } = await planCreate(vault, 'vault_jwt_auth_backend', { oidc_discovery_url: 'https://idp.example' });
    const planned = res.planned as Obj;
    expect(res.legacyTypeSystem).toBe(true);
    expect(planned.path).toBe('jwt');
    expect(planned.type).toBe('jwt');
    expect(planned.local).toBe(false);
    expect(isUnknown(planned.accessor)).toBe(true);
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.tune)).toBe(true);
    // Terraform tolerates SDKv2 defaults on non-computed attributes only because of the legacy type system.
    expect(errors).toContain('path: planned value for a non-computed attribute');
    expect(errors.every((e) => /^(path|type|local|disable_remount|namespace_in_state): planned value for a non-computed attribute$/.test(e))).toBe(true);
  });
  it('SDKv2: nested block defaults fill unset attributes of each element (security group rule)', async () => {
    const { res } = await planCreate(proxmox, 'proxmox_virtual_environment_cluster_firewall_security_group', { name: 'sg', rule: [{ type: 'in', action: 'ACCEPT' }] });
    const rule = ((res.planned as Obj).rule as Obj[])[0];
    expect(rule.enabled).toBe(true);
    expect(rule.comment).toBe('');
    expect(rule.type).toBe('in');
    expect(isUnknown(rule.pos)).toBe(true);
  });
  it('write-only attributes are planned null (proxmox_metrics_server.influx_token_wo)', async () => {
    const block = blockOf(proxmox, 'proxmox_metrics_server');
    expect(block.attributes?.influx_token_wo.write_only).toBe(true);
    const { res, errors } = await planCreate(proxmox, 'proxmox_metrics_server', { name: 'm', server: 's', port: 1, type: 'influxdb', influx_token_wo: 'secret', influx_token_wo_version: 1 });
    expect((res.planned as Obj).influx_token_wo).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('update plans', () => {
  it('framework: no change keeps every prior value, no unknowns', async () => {
    const { applied } = await create(proxmox, 'proxmox_sdn_zone_evpn', { id: 'z1', controller: 'evpn1', vrf_vxlan: 10000, mtu: 1450 });
    const prior = applied.newState;
    const { res, errors } = await planUpdate(proxmox, 'proxmox_sdn_zone_evpn', prior, { id: 'z1', controller: 'evpn1', vrf_vxlan: 10000, mtu: 1450 });
    expect(errors).toEqual([]);
    expect(res.planned).toEqual(prior);
    expect(res.requiresReplace).toEqual([]);
  });
  it('framework: a change marks unset computed attributes unknown unless UseStateForUnknown (proxmox_sdn_zone_evpn)', async () => {
    const { applied } = await create(proxmox, 'proxmox_sdn_zone_evpn', { id: 'z1', controller: 'evpn1', vrf_vxlan: 10000 });
    const prior = applied.newState as Obj;
    const withMtu = { ...prior, mtu: 1450 };
    const { res, errors } = await planUpdate(proxmox, 'proxmox_sdn_zone_evpn', withMtu, { id: 'z1', controller: 'evpn1', vrf_vxlan: 10001 });
    const planned = res.planned as Obj;
    expect(errors).toEqual([]);
    expect(planned.vrf_vxlan).toBe(10001);
    expect(isUnknown(planned.pending)).toBe(true); // computed, no plan modifier
    expect(isUnknown(planned.state)).toBe(true);
    expect(planned.mtu).toBe(1450); // UseNonNullStateForUnknown with a non-null prior
    expect(res.requiresReplace).toEqual([]);
  });
  it('framework: UseStateForUnknown keeps the prior ID on an in-place change (proxmox_acl.propagate)', async () => {
    const { applied } = await create(proxmox, 'proxmox_acl', { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    const prior = applied.newState as Obj;
    const { res, errors } = await planUpdate(proxmox, 'proxmox_acl', prior, { path: '/pool/t1', role_id: 'R', group_id: 'g', propagate: false });
    expect(errors).toEqual([]);
    expect((res.planned as Obj).id).toBe(prior.id);
    expect((res.planned as Obj).propagate).toBe(false);
    expect(res.requiresReplace).toEqual([]);
  });
  it('framework: RequiresReplace returns the changed path (proxmox_acl.role_id)', async () => {
    const { applied } = await create(proxmox, 'proxmox_acl', { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    const { res } = await planUpdate(proxmox, 'proxmox_acl', applied.newState, { path: '/pool/t1', role_id: 'R2', group_id: 'g' });
    expect(res.requiresReplace).toEqual([['role_id']]);
  });
  it('SDKv2: an in-place change keeps prior computed values (vault_mount.description)', async () => {
    const { applied } = await create(vault, 'vault_mount', { path: 't1/kv', type: 'kv-v2' });
    const prior = applied.newState as Obj;
    const { res } = await planUpdate(vault, 'vault_mount', prior, { path: 't1/kv', type: 'kv-v2', description: 'tenant KV' });
    const planned = res.planned as Obj;
    expect(res.requiresReplace).toEqual([]);
    expect(planned.accessor).toBe(prior.accessor);
    expect(planned.id).toBe(prior.id);
    expect(planned.description).toBe('tenant KV');
  });
  it('SDKv2: a ForceNew change requires replacement and re-plans computed values as unknown (vault_mount.type)', async () => {
    const { applied } = await create(vault, 'vault_mount', { path: 't1/kv', type: 'kv-v2' });
    const { res } = await planUpdate(vault, 'vault_mount', applied.newState, { path: 't1/kv', type: 'kv' });
    expect(res.requiresReplace).toEqual([['type']]);
    expect(isUnknown((res.planned as Obj).accessor)).toBe(true);
    expect(isUnknown((res.planned as Obj).id)).toBe(true);
  });
  it('SDKv2: ForceNew inside a nested block names the element (proxmox_virtual_environment_firewall_ipset cidr.name)', async () => {
    const t = 'proxmox_virtual_environment_firewall_ipset';
    const { applied } = await create(proxmox, t, { name: 's', cidr: [{ name: '10.0.0.0/24' }] });
    const { res } = await planUpdate(proxmox, t, applied.newState, { name: 's', cidr: [{ name: '10.0.1.0/24' }] });
    expect(res.requiresReplace).toContainEqual(['cidr', 0, 'name']);
    expect(res.requiresReplace).toContainEqual(['cidr']);
  });
  it('SDKv2: a changed non-ForceNew attribute does not replace (proxmox_virtual_environment_pool.comment)', async () => {
    const { applied } = await create(proxmox, 'proxmox_virtual_environment_pool', { pool_id: 't1' });
    const { res } = await planUpdate(proxmox, 'proxmox_virtual_environment_pool', applied.newState, { pool_id: 't1', comment: 'Tenant 1' });
    expect(res.requiresReplace).toEqual([]);
    const { res: r2 } = await planUpdate(proxmox, 'proxmox_virtual_environment_pool', applied.newState, { pool_id: 't2' });
    expect(r2.requiresReplace).toEqual([['pool_id']]);
  });
  it('conditional replacement: replaces only a change of a non-null prior value (proxmox_node_disk_zfs)', async () => {
    const t = 'proxmox_node_disk_zfs';
    const base = { node_name: 'pve1', name: 'tank', devices: ['/dev/sdb'], raidlevel: 'single' };
    const { applied } = await create(proxmox, t, base);
    const prior = applied.newState as Obj;
    expect((await planUpdate(proxmox, t, prior, { ...base, raidlevel: 'mirror' })).res.requiresReplace).toContainEqual(['raidlevel']);
    // ashift was null before: setting it is not a replacement under the provider's condition.
    expect((await planUpdate(proxmox, t, prior, { ...base, ashift: 12 })).res.requiresReplace).not.toContainEqual(['ashift']);
  });
  it('framework: a computed-only ID with RequiresReplace forces replacement on any change, as the real plan modifier does (proxmox_sdn_subnet)', async () => {
    const { applied } = await create(proxmox, 'proxmox_sdn_subnet', { vnet: 'v1', cidr: '10.1.0.0/24' });
    const { res } = await planUpdate(proxmox, 'proxmox_sdn_subnet', applied.newState, { vnet: 'v1', cidr: '10.1.0.0/24', gateway: '10.1.0.1' });
    expect(res.requiresReplace).toEqual([['id']]);
  });
});

describe('requires_replace "if_configured" (no real attribute has it; a real attribute with the fact added)', () => {
  it('replaces a configured change, not a removal from the config', async () => {
    const base = loadShadowProvider('proxmox');
    const behaviour = JSON.parse(JSON.stringify(require('../../../lib/rehearsal/schemas/bpg-proxmox-0.111.1.behaviour.json')));
    behaviour.resources.proxmox_sdn_vnet.attributes.alias.requires_replace = 'if_configured';
    const p = createShadowProvider({ providerAddress: 'registry.terraform.io/bpg/proxmox', schema: base.schema, behaviour });
    const { applied } = await create(p, 'proxmox_sdn_vnet', { id: 'v1', zone: 'z1', alias: 'a' });
    expect((await planUpdate(p, 'proxmox_sdn_vnet', applied.newState, { id: 'v1', zone: 'z1', alias: 'b' })).res.requiresReplace).toEqual([['alias']]);
    expect((await planUpdate(p, 'proxmox_sdn_vnet', applied.newState, { id: 'v1', zone: 'z1' })).res.requiresReplace).toEqual([]);
    // The real attribute (no replacement fact) updates in place.
    expect((await planUpdate(proxmox, 'proxmox_sdn_vnet', applied.newState, { id: 'v1', zone: 'z1', alias: 'b' })).res.requiresReplace).toEqual([]);
  });
});

describe('destroy plans', () => {
  it('pass through as null', async () => {
    const { applied } = await create(proxmox, 'proxmox_acl', { path: '/', role_id: 'R', group_id: 'g' });
    const res = await proxmox.planResourceChange('proxmox_acl', { prior: applied.newState, proposed: null, config: null, priorPrivate: Buffer.alloc(0) });
    expect(res.planned).toBeNull();
    expect(res.requiresReplace).toEqual([]);
  });
});

describe('unknown config values', () => {
  it('stay unknown in the plan and are not validated', async () => {
    const block = blockOf(proxmox, 'proxmox_acl');
    const config = fullObject(block, { path: '/', role_id: UNKNOWN, group_id: 'g' });
    const { res, errors } = await planCreate(proxmox, 'proxmox_acl', { path: '/', role_id: UNKNOWN, group_id: 'g' });
    expect(isUnknown((res.planned as Obj).role_id)).toBe(true);
    expect(errors).toEqual([]);
    expect(await proxmox.validateResourceConfig('proxmox_acl', config)).toEqual([]);
  });
});

describe('defaults recorded as Go conversion calls', () => {
  it('resolve to their argument: bpg\'s VM cpu default carries limit float64(0), not NaN', () => {
    const behaviour = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../lib/rehearsal/schemas/bpg-proxmox-0.111.1.behaviour.json'), 'utf8')) as {
      resources: Record<string, { attributes: Record<string, { default?: unknown }> }>;
    };
    const cpu = behaviour.resources.proxmox_virtual_environment_vm.attributes.cpu.default as Array<Record<string, unknown>>;
    expect(cpu[0].limit).toEqual({ args: [0], func: 'proxmoxtf/resource/vm.float64' });
    expect((resolveConversions(cpu) as Array<Record<string, unknown>>)[0].limit).toBe(0);
    // Other calls (validators, unknown functions) stay as they are.
    const other = { func: 'stringvalidator.LengthAtLeast', args: [1] };
    expect(resolveConversions(other)).toEqual(other);
  });
});
