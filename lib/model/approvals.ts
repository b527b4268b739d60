/**
 * Approvals of a tenant file name the exact resource addresses they cover. One matching rule for
 * every reader: the plan guard (which checks an approval's dates and reason against the run date)
 * and the tenant stack (which lifts `prevent_destroy` from a data holder whose deletion is
 * approved, so that terraform can plan the destroy that the guard then still has to allow).
 *
 * Globs (`*`, `**`) are not approvals: one reviewed line could wave through every data holder of a
 * tenant, including ones that did not exist when the approval was reviewed. Files written before
 * exact addresses were required are refused with a migration hint (`globMatches` lists what the
 * old glob would have covered, so the guard can name the exact addresses to write instead).
 */
import { addDays, isCalendarDate } from '../core/dates';

/**
 * Longest validity of an approval in days, from `approvedOn` to `expires` inclusive of both ends
 * counted as in `addDays`: 90 days covers one quarter's change window (an approval is given for a
 * planned change, applied within weeks) and keeps a forgotten approval from lingering for a year.
 * A provider decision, not taken from any standard.
 */
export const APPROVAL_MAX_DAYS = 90;

/**
 * True when `address` contains a glob star: a `*` outside a quoted index key. Terraform writes
 * instance keys of `for_each` resources as `type.name["key"]` (hashicorp/terraform
 * internal/addrs/instance_key.go at 0d994a51, StringKey.String and toHCLQuotedString: the key in
 * double quotes, `"` and `\` escaped with a backslash), and such a key may itself contain `*`;
 * that `*` is part of an exact address, not a glob.
 */
export function hasGlob(address: string): boolean {
  let inString = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '*') return true;
  }
  return false;
}

/**
 * Matches a resource address against an approval address: exact equality only (approvals name
 * exact addresses). An approval without an address (a `move` approval) matches none.
 */
export function addressMatches(approved: string | undefined, address: string): boolean {
  return approved !== undefined && approved === address;
}

/**
 * What an address glob of the former approval syntax would match (`*` any characters except `.`,
 * `**` any characters). Only for the migration hint of a refused glob approval; never to allow.
 */
export function globMatches(pattern: string, address: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^.]*';
    else re += c.replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(address);
}

/** The text of a refused glob approval, with the exact addresses to write instead when they are known. */
export function globApprovalMessage(id: string, address: string, seen?: readonly string[]): string {
  const hint =
    seen === undefined
      ? 'run the plan guard on the plan (kommunal plan-guard) to see the exact addresses, then write one approval per address'
      : seen.length === 0
        ? 'it matches no address of this plan'
        : `write one approval per address instead: ${seen.join(', ')}`;
  return `approval "${id}" names the glob ${JSON.stringify(address)}; approvals name exact resource addresses (no "*" or "**"): ${hint}`;
}

/** Why an approval's validity period is too long or inverted, or undefined when it is fine. */
export function approvalPeriodProblem(approvedOn: string, expires: string): string | undefined {
  if (!isCalendarDate(approvedOn) || !isCalendarDate(expires)) return undefined;
  if (expires < approvedOn) return undefined; // reported as "expires before it was given"
  const latest = addDays(approvedOn, APPROVAL_MAX_DAYS);
  if (expires > latest) {
    return `the approval runs from ${approvedOn} to ${expires}, longer than ${APPROVAL_MAX_DAYS} days; set "expires" on or before ${latest} (approve again for a later change)`;
  }
  return undefined;
}
