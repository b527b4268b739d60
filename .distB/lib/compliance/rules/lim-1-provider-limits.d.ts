import { type ComplianceRule } from '../types';
/**
 * KOM-LIM-1: provider identifier limits that Proxmox enforces only at apply time: SDN zone and
 * vnet IDs (pattern, at most 8 characters, unique), VLAN tags 1-4094 (VNIs 1-16777215 in
 * vxlan/evpn zones), security group names (at most 18 characters), VM IDs 100-999999999 (and,
 * with the TenantSpec, inside the tenant's range).
 */
export declare const lim1ProviderLimits: ComplianceRule;
