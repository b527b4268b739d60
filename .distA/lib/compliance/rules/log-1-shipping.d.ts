import { type ComplianceRule } from '../types';
/**
 * KOM-LOG-1: guest logs are shipped to the central collector: the stack uploads a snippet that
 * forwards syslog (rsyslog omfwd); with the TenantSpec, to the tenant's collector.
 */
export declare const log1Shipping: ComplianceRule;
