/**
 * Which compliance rules a tenant file may not suppress. A suppression in a tenant file is a
 * tenant's own exception; for security rules (no secret literals, the tenant's IAM scope) the
 * platform decides instead, in code it reviews (a construct-level `suppress()`), never a tenant
 * file. The fleet sets the list (`compliance.forbidTenantSuppressions`); this is its default.
 */

/** Rule IDs or rule families (`KOM-SEC-*`) a tenant file may not suppress unless the fleet says otherwise. */
export const DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS: readonly string[] = ['KOM-SEC-*', 'KOM-IAM-3'];

/** One entry of the forbidden list: a rule ID (`KOM-IAM-3`) or a whole family (`KOM-SEC-*`). */
export const FORBIDDEN_SUPPRESSION_PATTERN = '^KOM-[A-Z]+-([0-9]+|\\*)$';

/** The entry of `forbidden` that covers `rule`, or undefined when a tenant file may suppress it. */
export function forbiddingEntry(rule: string, forbidden: readonly string[]): string | undefined {
  return forbidden.find((f) => (f.endsWith('-*') ? rule.startsWith(f.slice(0, -1)) : rule === f));
}
