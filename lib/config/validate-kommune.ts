/**
 * Semantic checks of one kommune file: everything the JSON Schema cannot express. Runs on data that
 * may also have structural problems, so each check only looks at values of the right type (the
 * schema check reports the others); together they report every problem of a file at once.
 */
import * as path from 'path';
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, SEGMENT_PREFIX_BOUNDS, TENANT_BLOCK_PREFIX, DEFAULT_SIZE } from '../model/catalogue';
import * as D from '../model/defaults';
import { FLOW_CATALOGUE, isForbiddenFlow, parsePorts } from '../model/flows';
import { MSG } from './messages';
import type { SegmentName, SizeProfile } from '../model/parameters';
import type { Problem } from './problems';
import type { SourceFile } from './source';
import { slugify } from '../model/slug';
import { validateTenantKey } from '../model/tenant-key';
import { isCalendarDate } from '../core/dates';
import { isRecord } from '../core/guards';
import { isHttpsUrl } from '../core/url';
import { approvalPeriodProblem, globApprovalMessage, hasGlob } from '../model/approvals';
import { reasonProblem } from '../model/reasons';
import { GUEST_CATALOGUE, isGuestProfile } from '../model/guests';


const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** Minutes since the earliest window time (18:00): 18:00 -> 0, 06:00 -> 720, 12:00 -> 1080. */
export function minutesIntoNight(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  const [eh, em] = D.BACKUP_WINDOW_BOUNDS.earliest.split(':').map(Number);
  return (h * 60 + m - (eh * 60 + em) + 1440) % 1440;
}

/** Length of the vetted night in minutes (18:00-06:00 = 720). */
export const NIGHT_MINUTES = minutesIntoNight(D.BACKUP_WINDOW_BOUNDS.latest);

/** Segments a tenant has: the mandatory ones plus those listed under `segments`. */
export function enabledSegments(segments: unknown): SegmentName[] {
  const listed = isRecord(segments) ? segments : {};
  return SEGMENT_NAMES.filter((n) => SEGMENT_CATALOGUE[n].mandatory || n in listed);
}

/** Checks a DNS domain beyond the schema pattern (label lengths, total length). */
export function domainProblem(domain: string): string | undefined {
  if (domain.length > 253) return 'longer than 253 characters';
  const long = domain.split('.').find((l) => l.length > 63);
  return long ? `label "${long}" is longer than 63 characters` : undefined;
}

/** What the semantic checks of a kommune file may take into account besides the file itself. */
export interface KommuneCheckContext {
  /**
   * The run date ("YYYY-MM-DD"): approvals that expired before it are refused. The CLI passes
   * today (lib/ never reads the clock). @default - expiry is not evaluated
   */
  readonly date?: string;
}

/** Semantic checks of one kommune file (see the file comment). */
export function checkKommune(src: SourceFile, data: unknown, context: KommuneCheckContext = {}): Problem[] {
  const out: Problem[] = [];
  if (!isRecord(data)) return out;
  const report = (p: (string | number)[], message: string, part: 'key' | 'value' = 'value') => out.push(src.problem(p, message, part));

  // key: naming rules and file name
  const key = str(data.key);
  if (key !== undefined) {
    const keyProblems = validateTenantKey(key);
    const fileName = path.basename(src.file);
    if (keyProblems.length > 0 && /[/\\]|\.\./.test(key)) {
      // A path, not a name: refused as such, with no file name offered for it.
      report(['key'], MSG.invalidKey(key, MSG.keyIsAPath()));
    } else if (keyProblems.length > 0) {
      // The suggestion is the key's slug (German transliteration first: "böhl-iggelheim" ->
      // "boehl-iggelheim", "ß" -> "ss"), offered only when it is a valid key itself. An invalid key
      // is never offered as a file name: "../x" or "a/b" would name a path outside the folder.
      const slug = slugify(key);
      const suggestion = slug !== key && validateTenantKey(slug).length === 0 ? slug : undefined;
      report(['key'], MSG.invalidKey(key, keyProblems.map((t) => t.replace(/^tenant key "[^"]*": /, '')).join('; '), suggestion));
    } else if (fileName !== `${key}.yaml`) {
      report(['key'], MSG.fileNameMismatch(fileName, key));
    }
  }

  // kind, AGS, ARS, members
  const kind = str(data.kind);
  const ags = str(data.ags);
  const ars = str(data.ars);
  const agsOk = ags !== undefined && /^[0-9]{8}$/.test(ags);
  const arsOk = ars !== undefined && /^[0-9]{12}$/.test(ars);
  if (kind === 'zweckverband' && ags !== undefined) report(['ags'], MSG.agsNotForZweckverband());
  if (agsOk && arsOk && (ars.slice(0, 5) !== ags.slice(0, 5) || ars.slice(9) !== ags.slice(5))) {
    report(['ars'], MSG.arsAgsMismatch(ars, ags));
  }
  if (data.members !== undefined && kind !== undefined && kind !== 'verbandsgemeinde') {
    report(['members'], MSG.membersOnlyForVerbandsgemeinde(kind), 'key');
  }
  if (kind === 'verbandsgemeinde' && data.members === undefined) report(['kind'], MSG.membersRequired());
  if (kind === 'verbandsgemeinde' && isRecord(data.members)) {
    const kreis = arsOk ? ars.slice(0, 5) : agsOk ? ags.slice(0, 5) : undefined;
    for (const [slug, m] of Object.entries(data.members)) {
      const mags = isRecord(m) ? str(m.ags) : undefined;
      if (kreis !== undefined && mags !== undefined && /^[0-9]{8}$/.test(mags) && !mags.startsWith(kreis)) {
        report(['members', slug, 'ags'], MSG.memberAgsOutsideKreis(mags, kreis));
      }
    }
  }

  const domain = str(data.domain);
  if (domain !== undefined) {
    const why = domainProblem(domain);
    if (why) report(['domain'], MSG.invalidDomain(domain, why));
  }

  // segments: prefix lengths fit in the tenant block
  const size: SizeProfile = data.size === 's' || data.size === 'm' || data.size === 'l' ? data.size : DEFAULT_SIZE;
  const blockPrefix = TENANT_BLOCK_PREFIX[size];
  const segs = isRecord(data.segments) ? data.segments : {};
  const enabled = enabledSegments(data.segments);
  let needed = 0;
  let sizesKnown = true;
  for (const name of enabled) {
    const input = segs[name];
    const explicit = isRecord(input) ? int(input.prefixLength) : undefined;
    if (isRecord(input) && input.prefixLength !== undefined && explicit === undefined) sizesKnown = false;
    const prefix = explicit ?? SEGMENT_CATALOGUE[name].prefixLength[size];
    if (explicit !== undefined && (explicit < SEGMENT_PREFIX_BOUNDS.min || explicit > SEGMENT_PREFIX_BOUNDS.max)) sizesKnown = false;
    else if (explicit !== undefined && explicit < blockPrefix) {
      report(['segments', name, 'prefixLength'], MSG.prefixLargerThanBlock(explicit, blockPrefix, size));
      sizesKnown = false;
    }
    needed += 2 ** (32 - prefix);
  }
  const available = 2 ** (32 - blockPrefix);
  if (sizesKnown && needed > available) {
    report(data.segments !== undefined ? ['segments'] : ['size'], MSG.segmentsDoNotFit(needed, available, blockPrefix, size), data.segments !== undefined ? 'key' : 'value');
  }

  // flows from the catalogue: segments must exist
  if (isRecord(data.flows)) {
    for (const id of Object.keys(data.flows)) {
      const f = FLOW_CATALOGUE[id];
      if (!f) continue; // reported by the schema with a suggestion
      for (const seg of [f.from, f.to]) {
        if (seg !== 'all' && !enabled.includes(seg)) report(['flows', id], MSG.flowSegmentMissing(id, seg), 'key');
      }
    }
  }

  // guests: segment present, one edge, override fits the profile
  if (isRecord(data.guests)) {
    let edge: string | undefined;
    for (const [name, g] of Object.entries(data.guests)) {
      if (!isRecord(g) || !isGuestProfile(g.profile)) continue; // the schema reports it
      const profile = GUEST_CATALOGUE[g.profile];
      const segment = str(g.segment) ?? profile.defaultSegment;
      if ((SEGMENT_NAMES as readonly string[]).includes(segment) && !enabled.includes(segment as SegmentName)) {
        report(g.segment !== undefined ? ['guests', name, 'segment'] : ['guests', name], MSG.guestSegmentMissing(name, segment, enabled), g.segment !== undefined ? 'value' : 'key');
      }
      if (profile.name === 'edge') {
        if (edge !== undefined) report(['guests', name, 'profile'], MSG.guestEdgeTwice(name, edge));
        else edge = name;
        const count = int(g.count);
        if (count !== undefined && count !== 1) report(['guests', name, 'count'], MSG.guestEdgeCount(count));
      }
      if (isRecord(g.override) && g.override.dataDiskGiB !== undefined && !profile.dataDisk) report(['guests', name, 'override', 'dataDiskGiB'], MSG.guestNoDataDisk(profile.name), 'key');
    }
  }

  // flow exceptions
  if (isRecord(data.flowExceptions)) {
    for (const [id, e] of Object.entries(data.flowExceptions)) {
      if (FLOW_CATALOGUE[id]) report(['flowExceptions', id], MSG.exceptionIdIsCatalogueId(id), 'key');
      if (!isRecord(e)) continue;
      const from = str(e.from);
      const to = str(e.to);
      const fromOk = from !== undefined && (SEGMENT_NAMES as readonly string[]).includes(from);
      const toOk = to !== undefined && (SEGMENT_NAMES as readonly string[]).includes(to);
      if (fromOk && toOk) {
        if (isForbiddenFlow(from as SegmentName, to as SegmentName)) report(['flowExceptions', id, 'to'], MSG.forbiddenFlow(from, to));
        else if (from === to) report(['flowExceptions', id, 'to'], MSG.sameSegmentFlow(from));
      }
      if (fromOk && !enabled.includes(from as SegmentName)) report(['flowExceptions', id, 'from'], MSG.flowSegmentMissing(id, from));
      if (toOk && !enabled.includes(to as SegmentName)) report(['flowExceptions', id, 'to'], MSG.flowSegmentMissing(id, to));
      const protocol = str(e.protocol);
      const ports = str(e.ports);
      if (protocol === 'icmp' && e.ports !== undefined) report(['flowExceptions', id, 'ports'], MSG.portsNotForIcmp());
      if ((protocol === 'tcp' || protocol === 'udp') && e.ports === undefined) report(['flowExceptions', id], MSG.portsRequired(protocol), 'key');
      if (ports !== undefined && new RegExp(D.PORTS_PATTERN).test(ports) && parsePorts(ports) === undefined) {
        report(['flowExceptions', id, 'ports'], MSG.portsOutOfRange(ports));
      }
      checkDate(e.expires, ['flowExceptions', id, 'expires'], report);
    }
  }

  // suppressions: expiry dates
  if (isRecord(data.suppressions)) {
    for (const [id, s] of Object.entries(data.suppressions)) {
      if (isRecord(s)) checkDate(s.expires, ['suppressions', id, 'expires'], report);
    }
  }

  // lifecycle: decommissionedSince only (and always) in state decommissioning
  const state = str(data.state);
  if (state === 'decommissioning' && data.decommissionedSince === undefined) report(['state'], MSG.decommissionedSinceRequired());
  if (data.decommissionedSince !== undefined && state !== 'decommissioning' && (state === undefined || state === 'active')) {
    report(['decommissionedSince'], MSG.decommissionedSinceUnused(state ?? D.DEFAULT_STATE), 'key');
  }
  checkDate(data.decommissionedSince, ['decommissionedSince'], report);

  // approvals: real dates, expiry not before approval
  if (isRecord(data.approvals)) {
    for (const [id, a] of Object.entries(data.approvals)) {
      if (!isRecord(a)) continue;
      checkDate(a.approvedOn, ['approvals', id, 'approvedOn'], report);
      checkDate(a.expires, ['approvals', id, 'expires'], report);
      const on = str(a.approvedOn);
      const until = str(a.expires);
      if (on !== undefined && until !== undefined && isCalendarDate(on) && isCalendarDate(until) && until < on) {
        report(['approvals', id, 'expires'], MSG.approvalExpiresBeforeApproved(on, until));
      }
      const period = on !== undefined && until !== undefined ? approvalPeriodProblem(on, until) : undefined;
      if (period !== undefined) report(['approvals', id, 'expires'], period);
      if (until !== undefined && isCalendarDate(until) && context.date !== undefined && until < context.date) {
        report(['approvals', id, 'expires'], MSG.approvalExpired(id, until, context.date));
      }
      const address = str(a.address);
      // A move approval names the two clusters; every other approval names one exact address.
      if (a.action === 'move') {
        if (a.address !== undefined) report(['approvals', id, 'address'], MSG.approvalMoveField(id, 'address', false));
        for (const f of ['from', 'to'] as const) if (a[f] === undefined) report(['approvals', id], MSG.approvalMoveField(id, f, true));
        if (typeof a.from === 'string' && a.from === a.to) report(['approvals', id, 'to'], MSG.approvalMoveSameCluster(id, a.from));
      } else if (typeof a.action === 'string') {
        if (a.address === undefined) report(['approvals', id], MSG.approvalAddressMissing(id, a.action));
        for (const f of ['from', 'to'] as const) if (a[f] !== undefined) report(['approvals', id, f], MSG.approvalMoveOnly(id, f, a.action));
      }
      if (address !== undefined && hasGlob(address)) report(['approvals', id, 'address'], globApprovalMessage(id, address));
      // The schema checks the length; this refuses a long repetition ("xxxxxxxxxxxxxxxxxxxxxxxx").
      const reason = str(a.reason);
      const why = reason !== undefined && reason.trim().length >= D.REASON_MIN_LENGTH ? reasonProblem(reason) : undefined;
      if (why !== undefined) report(['approvals', id, 'reason'], why);
    }
  }

  // backup window
  if (isRecord(data.backup)) {
    const b = data.backup;
    // PBS never prunes protected snapshots (see lib/backup/validate-backup-plan-props.ts for the source).
    if (b.protected === true) report(['backup', 'protected'], MSG.backupProtected());
    const times: [string, unknown][] = [['windowStart', b.windowStart], ['windowEnd', b.windowEnd]];
    let allInside = true;
    for (const [field, v] of times) {
      const t = str(v);
      if (t === undefined || !new RegExp(D.TIME_PATTERN).test(t)) {
        if (v !== undefined) allInside = false;
        continue;
      }
      if (minutesIntoNight(t) > NIGHT_MINUTES) {
        report(['backup', field], MSG.windowOutside(t, D.BACKUP_WINDOW_BOUNDS.earliest, D.BACKUP_WINDOW_BOUNDS.latest));
        allInside = false;
      }
    }
    if (allInside) {
      const start = str(b.windowStart) ?? D.DEFAULT_BACKUP_WINDOW.start;
      const end = str(b.windowEnd) ?? D.DEFAULT_BACKUP_WINDOW.end;
      const len = minutesIntoNight(end) - minutesIntoNight(start);
      const at: (string | number)[] = b.windowEnd !== undefined ? ['backup', 'windowEnd'] : ['backup', 'windowStart'];
      if (len <= 0) report(at, MSG.windowInverted(start, end, D.BACKUP_WINDOW_BOUNDS.earliest));
      else if (len < D.BACKUP_WINDOW_MIN_MINUTES) report(at, MSG.windowTooShort(start, end, len, D.BACKUP_WINDOW_MIN_MINUTES));
    }
  }

  // identity
  if (isRecord(data.identity)) {
    const id = data.identity;
    const source = str(id.source) ?? D.DEFAULT_IDENTITY_SOURCE;
    if (source === 'ldap' && id.ldap === undefined) report(['identity', 'source'], MSG.identityBlockRequired('ldap'));
    if (source === 'oidc' && id.oidc === undefined) report(['identity', 'source'], MSG.identityBlockRequired('oidc'));
    for (const block of ['ldap', 'oidc'] as const) {
      if (id[block] !== undefined && source !== block && ['ldap', 'oidc', 'platform'].includes(source)) {
        report(['identity', block], MSG.identityBlockUnused(block, source), 'key');
      }
    }
    if (isRecord(id.ldap)) {
      const baseDn = str(id.ldap.baseDn);
      if (baseDn !== undefined && !/^[A-Za-z][A-Za-z0-9-]*=[^,=]+(,\s*[A-Za-z][A-Za-z0-9-]*=[^,=]+)*$/.test(baseDn)) {
        report(['identity', 'ldap', 'baseDn'], MSG.invalidBaseDn(baseDn));
      }
    }
    if (isRecord(id.oidc)) {
      const url = str(id.oidc.issuerUrl);
      if (url !== undefined && !isHttpsUrl(url)) report(['identity', 'oidc', 'issuerUrl'], MSG.issuerNotHttps(url));
    }
  }
  return out;
}

export { isCalendarDate };

function checkDate(v: unknown, at: (string | number)[], report: (p: (string | number)[], m: string) => void): void {
  const s = str(v);
  if (s === undefined || !new RegExp(D.DATE_PATTERN).test(s)) return;
  if (!isCalendarDate(s)) report(at, MSG.invalidDate(s));
}
