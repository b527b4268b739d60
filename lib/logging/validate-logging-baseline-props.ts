/**
 * Validation of the props of LoggingBaseline (the aws-cdk `validate-*-props.ts` pattern): every
 * problem is collected before the construct creates a child.
 */
import { LOG_RETENTION_DAYS } from '../model/defaults';
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity } from '../model/tenant-identity';
import type { LoggingBaselineProps } from './logging-baseline';

/** Vetted bounds of central log retention in days (one source: lib/model/defaults.ts, with the reasoning). */
export const LOG_RETENTION_BOUNDS = { minDays: LOG_RETENTION_DAYS.min, maxDays: LOG_RETENTION_DAYS.max } as const;

export function validateLoggingBaselineProps(props: LoggingBaselineProps): ProblemCollector {
  const p = new ProblemCollector();
  checkTenantIdentity(p, props.tenant, ['key']);
  const { minDays, maxDays } = LOG_RETENTION_BOUNDS;
  p.check(Number.isInteger(props.retentionDays) && props.retentionDays >= minDays, 'retentionDays', `${show(props.retentionDays)} is below the vetted minimum of ${minDays} days (or not a whole number)`);
  p.check(!(props.retentionDays > maxDays), 'retentionDays', `${show(props.retentionDays)} is above the legal maximum of ${maxDays} days for log data`);
  p.check(/^[A-Za-z0-9._-]+$/.test(props.metricsServer ?? ''), 'metricsServer', `${show(props.metricsServer)} is not a metrics server name`);
  p.check(/^[A-Za-z][A-Za-z0-9._-]*:snippets\/[A-Za-z0-9._-]+$/.test(props.vendorDataVolume ?? ''), 'vendorDataVolume', `${show(props.vendorDataVolume)} is not a snippets volume ID (<storage>:snippets/<file>)`);
  return p;
}
