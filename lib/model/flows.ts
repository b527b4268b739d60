/**
 * The vetted catalogue of inter-segment flows a Kommune may enable by ID in its parameter file.
 * Each entry was reviewed once (least privilege, NET.1.1 segmentation); anything else needs a
 * reasoned flow exception. Invariant (tested): no entry starts in an untrusted segment (dmz,
 * schools, iot) and ends in management.
 */
import { SEGMENT_CATALOGUE } from './catalogue';
import type { SegmentName } from './parameters';

export type FlowProtocol = 'tcp' | 'udp' | 'icmp';

export interface FlowCatalogueEntry {
  readonly id: string;
  readonly from: SegmentName;
  /** Target segment, or `all` for every other segment the tenant has. */
  readonly to: SegmentName | 'all';
  readonly protocol: FlowProtocol;
  /** Destination ports ("445", "80,443", "8000:8080"); absent for icmp. */
  readonly ports?: string;
  readonly description: string;
}

function flow(id: string, from: SegmentName, to: SegmentName | 'all', protocol: FlowProtocol, ports: string | undefined, description: string): FlowCatalogueEntry {
  return ports === undefined ? { id, from, to, protocol, description } : { id, from, to, protocol, ports, description };
}

const ENTRIES: readonly FlowCatalogueEntry[] = [
  flow('clients-to-servers-smb', 'clients', 'servers', 'tcp', '445', 'File shares (SMB) on the file servers'),
  flow('clients-to-servers-web', 'clients', 'servers', 'tcp', '80,443', 'Web front ends of specialist procedures (Fachverfahren)'),
  flow('clients-to-servers-rdp', 'clients', 'servers', 'tcp', '3389', 'Remote desktop to terminal servers'),
  flow('clients-to-servers-ldap', 'clients', 'servers', 'tcp', '389,636', 'Directory lookups (LDAP, LDAPS) against the domain controllers'),
  flow('clients-to-servers-kerberos', 'clients', 'servers', 'tcp', '88,464', 'Kerberos authentication and password change'),
  flow('clients-to-servers-dns', 'clients', 'servers', 'udp', '53', 'Name resolution on the internal DNS servers'),
  flow('clients-to-servers-print', 'clients', 'servers', 'tcp', '631,9100', 'Printing through the print servers (IPP, raw)'),
  flow('clients-to-dmz-https', 'clients', 'dmz', 'tcp', '443', 'Staff use of the published services (citizen portal)'),
  flow('management-to-all-ssh', 'management', 'all', 'tcp', '22', 'Administration over SSH from the management segment'),
  flow('management-to-all-https', 'management', 'all', 'tcp', '443', 'Administration web interfaces from the management segment'),
  flow('management-to-all-icmp', 'management', 'all', 'icmp', undefined, 'Reachability checks (ping) from the management segment'),
  flow('management-to-clients-rdp', 'management', 'clients', 'tcp', '3389', 'Remote support of office workstations'),
  flow('dmz-to-servers-https-api', 'dmz', 'servers', 'tcp', '443', 'Published services call back-end APIs of specialist procedures'),
  flow('servers-to-dmz-https', 'servers', 'dmz', 'tcp', '443', 'Servers push content to, or manage, the published services'),
  flow('servers-to-iot-bacnet', 'servers', 'iot', 'udp', '47808', 'Building management server polls BACnet devices'),
  flow('iot-to-servers-mqtt', 'iot', 'servers', 'tcp', '8883', 'Meters and sensors report to the MQTT broker (TLS)'),
  flow('schools-to-dmz-https', 'schools', 'dmz', 'tcp', '443', 'School networks reach the published services (learning platform)'),
];

/** The flow catalogue keyed by ID, in a stable order. */
export const FLOW_CATALOGUE: Readonly<Record<string, FlowCatalogueEntry>> = Object.freeze(
  Object.fromEntries(ENTRIES.map((e) => [e.id, Object.freeze(e)])),
);

export const FLOW_IDS: readonly string[] = Object.freeze(ENTRIES.map((e) => e.id));

/** True when traffic from `from` to `to` may never be allowed (an untrusted segment into management). */
export function isForbiddenFlow(from: SegmentName, to: SegmentName | 'all'): boolean {
  return SEGMENT_CATALOGUE[from].neverToManagement && (to === 'management' || to === 'all');
}

/** Parses a ports string into ranges; returns undefined when a port is out of 1-65535 or a range is reversed. */
export function parsePorts(ports: string): readonly { readonly from: number; readonly to: number }[] | undefined {
  const out: { from: number; to: number }[] = [];
  for (const part of ports.split(',')) {
    const [a, b] = part.split(':');
    const from = Number(a);
    const to = b === undefined ? from : Number(b);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > 65535 || from > to) return undefined;
    out.push({ from, to });
  }
  return out;
}
