/**
 * Tenant keys: the stable, human-readable name of a Kommune in file names, DNS, Vault paths, PBS
 * namespaces and construct IDs. A key is the slug of the base name; when the base name is ambiguous
 * (or the slug is too short or too long) the AGS is appended, which makes it unique.
 */
import { baseName, slugify } from './slug';

/** 3-40 characters, lower-case letter first, letters/digits/dashes, letter or digit last. */
export const TENANT_KEY_PATTERN = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;
export const TENANT_KEY_MIN_LENGTH = 3;
export const TENANT_KEY_MAX_LENGTH = 40;
/** Prefix for slugs that start with a digit. */
export const DIGIT_START_PREFIX = 'k-';
const AGS_PATTERN = /^[0-9]{8}$/;

/** Problems of a tenant key; empty when valid. */
export function validateTenantKey(key: unknown): string[] {
  if (typeof key !== 'string') return [`tenant key ${JSON.stringify(key)}: must be a string`];
  const problems: string[] = [];
  if (key.length < TENANT_KEY_MIN_LENGTH || key.length > TENANT_KEY_MAX_LENGTH) {
    problems.push(`tenant key "${key}": has ${key.length} characters, allowed ${TENANT_KEY_MIN_LENGTH}-${TENANT_KEY_MAX_LENGTH}`);
  }
  if (!/^[a-z0-9-]*$/.test(key)) {
    problems.push(`tenant key "${key}": only lower-case letters a-z, digits and '-' are allowed`);
  } else {
    if (!/^[a-z]/.test(key)) problems.push(`tenant key "${key}": must start with a lower-case letter`);
    if (key.endsWith('-')) problems.push(`tenant key "${key}": must not end with '-'`);
  }
  if (key.includes('--')) problems.push(`tenant key "${key}": must not contain '--'`);
  return problems;
}

function truncateAtDash(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  const head = cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
  return head.replace(/-+$/, '');
}

/**
 * Suggests a tenant key for a municipality: the slug of its base name, plus "-<ags>" when the name
 * is ambiguous, too short (< 3) or too long (> 40, truncated at a dash so the AGS fits).
 * @throws Error when the AGS is needed and is not 8 digits.
 */
export function suggestTenantKey(name: string, ags: string, isNameAmbiguous: boolean): string {
  let slug = slugify(baseName(name));
  if (/^[0-9]/.test(slug)) slug = DIGIT_START_PREFIX + slug;
  const needsAgs = isNameAmbiguous || slug.length < TENANT_KEY_MIN_LENGTH || slug.length > TENANT_KEY_MAX_LENGTH;
  if (!needsAgs) return slug;
  if (!AGS_PATTERN.test(ags)) {
    throw new Error(`suggestTenantKey("${name}"): ags "${ags}" must be 8 digits (needed to make the key unique)`);
  }
  const head = truncateAtDash(slug, TENANT_KEY_MAX_LENGTH - ags.length - 1) || 'k';
  return `${head}-${ags}`;
}

export interface Municipality {
  readonly name: string;
  /** Amtlicher Gemeindeschluessel, 8 digits, unique. */
  readonly ags: string;
}

/**
 * Keys for a whole register. A name counts as ambiguous when the slug of its base name occurs more
 * than once in the list (which also catches names that differ only in punctuation).
 * @returns map from AGS to key
 * @throws Error listing every duplicate key (cannot happen with unique AGS, checked anyway)
 */
export function assignTenantKeys(register: readonly Municipality[]): Map<string, string> {
  const counts = new Map<string, number>();
  const slugs = register.map((m) => slugify(baseName(m.name)));
  for (const s of slugs) counts.set(s, (counts.get(s) ?? 0) + 1);
  const keys = new Map<string, string>();
  const owners = new Map<string, string>();
  const problems: string[] = [];
  register.forEach((m, i) => {
    const key = suggestTenantKey(m.name, m.ags, (counts.get(slugs[i]) ?? 0) > 1);
    const other = owners.get(key);
    if (other !== undefined) problems.push(`tenant key "${key}" is suggested for AGS ${other} and ${m.ags}`);
    owners.set(key, m.ags);
    keys.set(m.ags, key);
  });
  if (problems.length > 0) throw new Error(`assignTenantKeys: ${problems.length} duplicate key(s):\n  ${problems.join('\n  ')}`);
  return keys;
}
