/**
 * Readable, deterministic ASCII slugs for German municipality names.
 *
 * `slugify` transliterates (German rules first, then Unicode decomposition, then a small table for
 * letters that do not decompose) and turns every separator into a single dash. `baseName` removes
 * the status suffixes of the official register (", Stadt", ", M", "(Krfr. St)", ...) but keeps a
 * part after a comma that tells places of the same name apart ("Zehnhausen, Rennerod").
 */

/** German transliteration: applied before decomposition so that "ü" becomes "ue", not "u". */
export const GERMAN_TRANSLITERATION: Readonly<Record<string, string>> = {
  'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss', 'ẞ': 'SS',
};

/** Latin letters without a Unicode decomposition to a base letter. */
export const NON_DECOMPOSING_LETTERS: Readonly<Record<string, string>> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'ø': 'o', 'Ø': 'O',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'Þ': 'Th', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H',
  'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l', 'Ŀ': 'L', 'ŋ': 'ng', 'Ŋ': 'Ng', 'ĸ': 'k',
};

/** Apostrophes are dropped inside words instead of becoming a dash. */
const APOSTROPHES = /['\u2019\u02bc\u2018`\u00b4]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Deterministic ASCII slug: lower-case `a-z`, `0-9` and single dashes, no leading or trailing dash.
 * Everything that is not a letter or digit after transliteration (space, slash, parentheses, comma,
 * dash, en dash, dot, ...) becomes a separator. Returns '' when nothing remains.
 */
export function slugify(name: string): string {
  const nfc = name.normalize('NFC').replace(APOSTROPHES, '');
  let out = '';
  for (const ch of nfc) {
    const mapped = GERMAN_TRANSLITERATION[ch] ?? NON_DECOMPOSING_LETTERS[ch];
    if (mapped !== undefined) {
      out += mapped;
    } else {
      out += ch.normalize('NFD').replace(COMBINING_MARKS, '');
    }
  }
  return out
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Status words of the official register (compared case-insensitively, whitespace-normalised). */
export const STATUS_SUFFIXES: readonly string[] = [
  'stadt', 'st', 'st.', 'm', 'markt', 'gkst', 'kfr. st.', 'kfr.st.', 'gr. kr. st.', 'gr.kr.st.',
  'krfr. st', 'krfr.st', 'krfr. st.', 'kreisfreie stadt', 'große kreisstadt', 'flecken', 'kreisstadt',
  'stadtkreis', 'landeshauptstadt', 'hansestadt', 'kurort', 'kirchspiel', 'marktflecken',
  'marktgemeinde',
];
const STATUS_SET = new Set(STATUS_SUFFIXES);

/**
 * Honorific titles after a comma ("documenta-Stadt", "Universitäts- und Hansestadt", "Ostseebad",
 * "Nationalparkgemeinde"): one title-like phrase ending in -stadt, -gemeinde, -flecken or -bad.
 * Distinguishing parts in the register (Rennerod, Wallmerod, Neuerb., Klingb., Baumh., Wiesensee,
 * Hamm (Sieg)) do not match.
 */
const HONORIFIC = /^[\p{L}][\p{L}.\- ]*(stadt|gemeinde|flecken|bad)$/iu;

/** A status written without a comma at the very end, e.g. "Landau i.d.Pf. kfr. St.". */
const TRAILING_STATUS = /\s+(kfr\.\s*St\.|gr\.\s*kr\.\s*St\.)$/i;
/** A status in parentheses at the very end, e.g. "Kempten (Allgäu) (Krfr. St)". */
const PAREN_STATUS = /\s*\((krfr\.\s*st\.?|kreisfreie\s+stadt)\)$/i;

function normaliseStatus(part: string): string {
  return part.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when a comma-separated part of an official name is a status or honorific title. */
export function isStatusSuffix(part: string): boolean {
  const p = normaliseStatus(part);
  return STATUS_SET.has(p) || HONORIFIC.test(p);
}

/**
 * The municipality's name without status suffixes and honorific titles. Parts after a comma that
 * are not a status are kept ("Zehnhausen, Rennerod"); a status followed by a slash and a Sorbian
 * name ("Weißwasser/O.L., Stadt/Běła Woda") keeps the Sorbian name ("Weißwasser/O.L./Běła Woda").
 */
export function baseName(officialName: string): string {
  let s = officialName.normalize('NFC').trim().replace(/\s+/g, ' ');
  s = s.replace(PAREN_STATUS, '').replace(TRAILING_STATUS, '');
  const parts = s.split(',').map((p) => p.trim());
  let out = parts[0];
  for (const part of parts.slice(1)) {
    if (part === '' || isStatusSuffix(part)) continue;
    const slash = part.indexOf('/');
    if (slash > 0 && isStatusSuffix(part.slice(0, slash))) {
      out += part.slice(slash);
      continue;
    }
    out += `, ${part}`;
  }
  return out.trim();
}
