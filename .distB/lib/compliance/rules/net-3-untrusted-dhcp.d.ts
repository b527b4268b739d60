import { type ComplianceRule } from '../types';
/**
 * KOM-NET-3: segments of untrusted devices (dmz, schools, iot) get no open SDN DHCP range: any
 * device plugged in would receive an address. Addresses there are reserved (IPAM) or handed out
 * by a documented, access-controlled DHCP of the segment's owner.
 */
export declare const net3UntrustedDhcp: ComplianceRule;
