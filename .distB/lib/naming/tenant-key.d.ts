/** 3-40 characters, lower-case letter first, letters/digits/dashes, letter or digit last. */
export declare const TENANT_KEY_PATTERN: RegExp;
export declare const TENANT_KEY_MIN_LENGTH = 3;
export declare const TENANT_KEY_MAX_LENGTH = 40;
/** Prefix for slugs that start with a digit. */
export declare const DIGIT_START_PREFIX = "k-";
/** Problems of a tenant key; empty when valid. */
export declare function validateTenantKey(key: unknown): string[];
/**
 * Suggests a tenant key for a municipality: the slug of its base name, plus "-<ags>" when the name
 * is ambiguous, too short (< 3) or too long (> 40, truncated at a dash so the AGS fits).
 * @throws Error when the AGS is needed and is not 8 digits.
 */
export declare function suggestTenantKey(name: string, ags: string, isNameAmbiguous: boolean): string;
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
export declare function assignTenantKeys(register: readonly Municipality[]): Map<string, string>;
