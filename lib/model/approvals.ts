/**
 * Approvals of a tenant file name the resource addresses they cover. One matching rule for every
 * reader: the plan guard (which checks an approval's dates and reason against the run date) and
 * the tenant stack (which lifts `prevent_destroy` from a data holder whose deletion is approved, so
 * that terraform can plan the destroy that the guard then still has to allow).
 */

/** Matches a resource address against an approval address: exact, or glob (`*` no dots, `**` anything). */
export function addressMatches(pattern: string, address: string): boolean {
  if (!pattern.includes('*')) return pattern === address;
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
