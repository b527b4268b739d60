import { type ComplianceRule } from '../types';
/**
 * KOM-FW-2: security groups accept only declared flows. Every ACCEPT rule names a source (IP set
 * or prefix) and a protocol; with the TenantSpec, each ACCEPT rule must be one of the tenant's
 * flows (origin IP set, target segment, protocol, ports).
 */
export declare const fw2DeclaredFlows: ComplianceRule;
