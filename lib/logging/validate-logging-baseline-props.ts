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
  p.check(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(props.collector?.host ?? ''), 'collector.host', `${show(props.collector?.host)} is not a host name`);
  const port = props.collector?.port;
  p.check(port === undefined || (Number.isInteger(port) && port >= 1 && port <= 65535), 'collector.port', `${show(port)} is not a port 1-65535`);
  p.check(/^[A-Za-z0-9._-]+$/.test(props.metricsServer ?? ''), 'metricsServer', `${show(props.metricsServer)} is not a metrics server name`);
  p.check(/^[A-Za-z0-9._-]+$/.test(props.snippet?.node ?? ''), 'snippet.node', `${show(props.snippet?.node)} is not a node name`);
  p.check(/^[A-Za-z][A-Za-z0-9._-]*$/.test(props.snippet?.datastore ?? ''), 'snippet.datastore', `${show(props.snippet?.datastore)} is not a datastore ID`);
  return p;
}
