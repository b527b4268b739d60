import { type ComplianceRule } from '../types';
/**
 * KOM-FW-1: inbound default-deny with logging. Guest firewall options enable the firewall with
 * input policy DROP (or REJECT) and a log level for dropped traffic; guest rule lists end in a
 * logged DROP; a datacenter firewall in the stack has input policy DROP.
 */
export declare const fw1DefaultDeny: ComplianceRule;
