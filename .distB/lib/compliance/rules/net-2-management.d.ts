import { type ComplianceRule } from '../types';
/**
 * KOM-NET-2: the management segment is reachable only from the management segment: its security
 * group accepts nothing from another segment (or from anywhere), and no rule elsewhere opens the
 * management IP set as destination to another source.
 */
export declare const net2ManagementIsolation: ComplianceRule;
