/**
 * Readable, deterministic ASCII slugs for German municipality names.
 *
 * `slugify` transliterates (German rules first, then Unicode decomposition, then a small table for
 * letters that do not decompose) and turns every separator into a single dash. `baseName` removes
 * the status suffixes of the official register (", Stadt", ", M", "(Krfr. St)", ...) but keeps a
 * part after a comma that tells places of the same name apart ("Zehnhausen, Rennerod").
 */
/** German transliteration: applied before decomposition so that "ü" becomes "ue", not "u". */
export declare const GERMAN_TRANSLITERATION: Readonly<Record<string, string>>;
/** Latin letters without a Unicode decomposition to a base letter. */
export declare const NON_DECOMPOSING_LETTERS: Readonly<Record<string, string>>;
/**
 * Deterministic ASCII slug: lower-case `a-z`, `0-9` and single dashes, no leading or trailing dash.
 * Everything that is not a letter or digit after transliteration (space, slash, parentheses, comma,
 * dash, en dash, dot, ...) becomes a separator. Returns '' when nothing remains.
 */
export declare function slugify(name: string): string;
/** Status words of the official register (compared case-insensitively, whitespace-normalised). */
export declare const STATUS_SUFFIXES: readonly string[];
/** True when a comma-separated part of an official name is a status or honorific title. */
export declare function isStatusSuffix(part: string): boolean;
/**
 * The municipality's name without status suffixes and honorific titles. Parts after a comma that
 * are not a status are kept ("Zehnhausen, Rennerod"); a status followed by a slash and a Sorbian
 * name ("Weißwasser/O.L., Stadt/Běła Woda") keeps the Sorbian name ("Weißwasser/O.L./Běła Woda").
 */
export declare function baseName(officialName: string): string;
