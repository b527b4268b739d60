import { checkSdnId, checkSecurityGroupName, checkVlanTag, checkVmId, checkVni } from '../../model/identifier-rules';
import { findingAt, literal, proxmoxTypes, resolveRef, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding } from '../types';

const ZONE_KINDS = ['simple', 'vlan', 'qinq', 'vxlan', 'evpn'];

/**
 * KOM-LIM-1: provider identifier limits that Proxmox enforces only at apply time: SDN zone and
 * vnet IDs (pattern, at most 8 characters, unique), VLAN tags 1-4094 (VNIs 1-16777215 in
 * vxlan/evpn zones), security group names (at most 18 characters), VM IDs 100-999999999 (and,
 * with the TenantSpec, inside the tenant's range).
 */
export const lim1ProviderLimits: ComplianceRule = {
  id: 'KOM-LIM-1',
  level: 'error',
  title: { en: 'Provider identifier limits respected', de: 'Grenzen der Bezeichner des Providers eingehalten' },
  cause: 'An SDN ID, VLAN tag, VNI, security group name or VM ID violates a Proxmox limit (the apply would fail half-way).',
  fix: 'Take identifiers from the lockfile allocation (lib/allocation) instead of choosing them by hand.',
  grundschutz: ['SYS.1.5.A4'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    const zoneTypes = ZONE_KINDS.flatMap((k) => proxmoxTypes(`sdn_zone_${k}`));
    for (const z of resourcesOf(json, ...zoneTypes)) {
      const p = checkSdnId(z.body.id);
      if (p) findings.push(findingAt(z, p));
      if (z.body.service_vlan !== undefined) {
        const t = checkVlanTag(z.body.service_vlan);
        if (t) findings.push(findingAt(z, `service_vlan: ${t}`));
      }
      const id = literal(z.body.id);
      if (id !== undefined) {
        if (seen.has(id)) findings.push(findingAt(z, `SDN ID ${id} is also used by ${seen.get(id)}`));
        seen.set(id, z.address);
      }
    }
    for (const v of resourcesOf(json, ...proxmoxTypes('sdn_vnet'))) {
      const p = checkSdnId(v.body.id);
      if (p) findings.push(findingAt(v, p));
      const id = literal(v.body.id);
      if (id !== undefined) {
        if (seen.has(id)) findings.push(findingAt(v, `SDN ID ${id} is also used by ${seen.get(id)}`));
        seen.set(id, v.address);
      }
      if (v.body.tag !== undefined) {
        const zoneType = resolveRef(json, v.body.zone).target?.type ?? (spec ? `x_${spec.network.zoneType}` : undefined);
        const vni = zoneType !== undefined && /(vxlan|evpn)$/.test(zoneType);
        const t = vni ? checkVni(v.body.tag) : checkVlanTag(v.body.tag);
        if (t) findings.push(findingAt(v, t));
      }
    }
    for (const g of resourcesOf(json, ...proxmoxTypes('cluster_firewall_security_group'))) {
      const p = checkSecurityGroupName(g.body.name);
      if (p) findings.push(findingAt(g, p));
    }
    const vmHolders = resourcesOf(json, ...['firewall_options', 'firewall_rules', 'firewall_ipset', 'firewall_alias', 'vm', 'container', 'vm2'].flatMap(proxmoxTypes));
    for (const r of vmHolders) {
      for (const attr of ['vm_id', 'container_id']) {
        const id = r.body[attr];
        if (id === undefined) continue;
        const p = checkVmId(id);
        if (p) findings.push(findingAt(r, p));
        else if (spec !== undefined && ((id as number) < spec.compute.vmIds.start || (id as number) > spec.compute.vmIds.end)) {
          findings.push(findingAt(r, `${attr} ${String(id)} is outside the tenant's VM ID range ${spec.compute.vmIds.start}-${spec.compute.vmIds.end}`));
        }
      }
    }
    for (const j of resourcesOf(json, ...proxmoxTypes('backup_job'))) {
      const ids = Array.isArray(j.body.vmid) ? j.body.vmid : [];
      for (const id of ids) {
        const p = checkVmId(typeof id === 'string' ? Number(id) : id);
        if (p) findings.push(findingAt(j, `vmid: ${p}`));
      }
    }
    return failIfAny(findings);
  },
};
