import { fw1DefaultDeny } from '../../../lib/compliance/rules/fw-1-default-deny';
import { addGuests, musterstadtCopy, musterstadtGuests } from './fixtures';

describe('KOM-FW-1 decides with the reachability analysis for stacks with guests', () => {
  it('passes for the vetted guest set', () => {
    const { json, spec } = musterstadtCopy();
    addGuests(json, spec, musterstadtGuests(json, spec));
    expect(fw1DefaultDeny.evaluate({ json, spec })).toEqual({ status: 'pass', findings: [] });
  });

  it('fails, naming the rule, when a guest accepts traffic from outside the tenant', () => {
    const { json, spec } = musterstadtCopy();
    addGuests(json, spec, [...musterstadtGuests(json, spec), { name: 'web', vmId: spec.compute.vmIds.start + 5, nics: [{ segment: 'dmz', ip: '10.64.0.70' }], extraRules: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '443', comment: 'portal for everybody' }] }]);
    const out = fw1DefaultDeny.evaluate({ json, spec });
    expect(out.status).toBe('fail');
    expect(out.findings).toEqual([expect.objectContaining({ address: 'proxmox_virtual_environment_firewall_rules.web_rules', message: expect.stringContaining('outside-source') })]);
  });

  it('a guest without any firewall resource is a failure, not unknown', () => {
    const { json, spec } = musterstadtCopy();
    (json.resource as Record<string, Record<string, unknown>>).proxmox_virtual_environment_vm = { bare: { vm_id: 4242, node_name: 'pve1', network_device: [{ bridge: spec.network.segments.servers!.vnetId, firewall: false }] } };
    const out = fw1DefaultDeny.evaluate({ json, spec });
    expect(out.status).toBe('fail');
    expect(out.findings.some((f) => f.message.includes('firewall off'))).toBe(true);
  });

  it('without guests nothing changes: a stack without firewall resources stays unknown', () => {
    expect(fw1DefaultDeny.evaluate({ json: { resource: {} } }).status).toBe('unknown');
  });
});
