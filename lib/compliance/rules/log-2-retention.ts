import { LOG_RETENTION_DAYS } from '../../model/defaults';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';

/** Name of the stack output that carries the central log retention (LoggingBaseline). */
export const LOG_RETENTION_OUTPUT = 'log_retention_days';

/**
 * KOM-LOG-2: central log retention lies within LOG_RETENTION_DAYS (long enough to investigate,
 * short enough for storage limitation). Read from the stack output `log_retention_days` and the
 * TenantSpec.
 */
export const log2Retention: ComplianceRule = {
  id: 'KOM-LOG-2',
  level: 'error',
  title: { en: 'Log retention within bounds', de: 'Aufbewahrungsdauer der Protokolle in vorgegebenen Grenzen' },
  cause: 'The central log retention of the tenant is missing or outside the vetted bounds.',
  fix: `Set logging.retentionDays in the Kommune file within ${LOG_RETENTION_DAYS.min}-${LOG_RETENTION_DAYS.max} days.`,
  grundschutz: ['OPS.1.1.5.A5', 'OPS.1.1.5.A3'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const values: { where: string; value: unknown }[] = [];
    const out = json.output?.[LOG_RETENTION_OUTPUT];
    if (out !== undefined) values.push({ where: `output.${LOG_RETENTION_OUTPUT}`, value: out.value });
    if (spec !== undefined) values.push({ where: 'TenantSpec logging.retentionDays', value: spec.logging.retentionDays });
    if (values.length === 0) return unknown(`neither the output ${LOG_RETENTION_OUTPUT} nor the TenantSpec states the log retention`);
    const findings: Finding[] = [];
    for (const v of values) {
      if (typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < LOG_RETENTION_DAYS.min || v.value > LOG_RETENTION_DAYS.max) {
        findings.push({ message: `${v.where} = ${JSON.stringify(v.value)}; allowed ${LOG_RETENTION_DAYS.min}-${LOG_RETENTION_DAYS.max} days` });
      }
    }
    if (values.length === 2 && values[0].value !== values[1].value) findings.push({ message: `output says ${String(values[0].value)} days, the TenantSpec ${String(values[1].value)}` });
    return failIfAny(findings);
  },
};
