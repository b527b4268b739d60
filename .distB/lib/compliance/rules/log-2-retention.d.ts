import { type ComplianceRule } from '../types';
/** Name of the stack output that carries the central log retention (LoggingBaseline). */
export declare const LOG_RETENTION_OUTPUT = "log_retention_days";
/**
 * KOM-LOG-2: central log retention lies within LOG_RETENTION_DAYS (long enough to investigate,
 * short enough for storage limitation). Read from the stack output `log_retention_days` and the
 * TenantSpec.
 */
export declare const log2Retention: ComplianceRule;
