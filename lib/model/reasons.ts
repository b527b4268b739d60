/**
 * What a free-text reason (of a suppression or an approval) must be: long enough and an
 * explanation, not a repetition. One rule for the compliance pack (suppressions) and the
 * parameter-file checks (approvals), so both judge a reason alike.
 */
import { REASON_MIN_LENGTH } from './defaults';

/** Minimum number of distinct letters or digits in a reason ("aaaaaaaaaaaaaaaaaaaaaa" tells an auditor nothing). */
export const REASON_MIN_DISTINCT_CHARACTERS = 6;

/**
 * Why a reason does not explain anything, or undefined when it does: shorter than
 * REASON_MIN_LENGTH after trimming, fewer than REASON_MIN_DISTINCT_CHARACTERS distinct letters or
 * digits, or one short piece repeated ("abcabcabc...").
 */
export function reasonProblem(reason: unknown): string | undefined {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < REASON_MIN_LENGTH) {
    return `reason ${JSON.stringify(reason)} has ${text.length} characters; at least ${REASON_MIN_LENGTH} are required (who decided, why, until when)`;
  }
  const distinct = new Set(text.toLowerCase().replace(/[^a-z0-9äöüß]/g, '')).size;
  if (distinct < REASON_MIN_DISTINCT_CHARACTERS || /^(.{1,8}?)\1+$/s.test(text)) {
    return `reason ${JSON.stringify(reason)} is a repetition, not an explanation; write who decided, why and until when`;
  }
  return undefined;
}
