import { SEGMENT_CATALOGUE } from '../../model/catalogue';
import { segmentOfVnet } from '../internal/segments';
import { findingAt, proxmoxTypes, resolveRef, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, unknown } from '../types';

/**
 * KOM-NET-3: segments of untrusted devices (dmz, schools, iot) get no open SDN DHCP range: any
 * device plugged in would receive an address. Addresses there are reserved (IPAM) or handed out
 * by a documented, access-controlled DHCP of the segment's owner.
 */
export const net3UntrustedDhcp: ComplianceRule = {
  id: 'KOM-NET-3',
  level: 'warning',
  title: { en: 'No open DHCP in untrusted segments', de: 'Keine offene DHCP-Vergabe in nicht vertrauenswürdigen Segmenten' },
  cause: 'An untrusted segment (dmz, schools, iot) hands out addresses from an SDN DHCP range to any device.',
  fix: 'Set dhcp: false for the segment and reserve addresses, or suppress with a reference to the documented DHCP of the segment owner.',
  grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const vnets = resourcesOf(json, ...proxmoxTypes('sdn_vnet'));
    const subnets = resourcesOf(json, ...proxmoxTypes('sdn_subnet'));
    if (vnets.length === 0) return unknown('the stack declares no SDN vnets');
    const findings = [];
    for (const s of subnets) {
      if (s.body.dhcp_range === undefined || s.body.dhcp_range === null) continue;
      const vnet = resolveRef(json, s.body.vnet).target;
      const seg = vnet === undefined ? undefined : segmentOfVnet(vnet, spec);
      if (seg !== undefined && SEGMENT_CATALOGUE[seg].trust === 'untrusted') {
        findings.push(findingAt(s, `segment ${seg} (untrusted) serves DHCP to any device from subnet ${String(s.body.cidr)}`));
      }
    }
    return failIfAny(findings);
  },
};
