import type { Command } from 'commander';
import type { TenantKind } from '../../config/model';
import { CliContext } from '../io';
/** Register file inside the package, relative to the package root. */
export declare const REGISTER_FILE = "data/gemeinden-2021.csv";
/** One municipality of the register. */
export interface RegisterEntry {
    /** Amtlicher Gemeindeschluessel, 8 digits. */
    readonly ags: string;
    /** Official name exactly as printed in the register. */
    readonly name: string;
    /** Two-letter Land code. */
    readonly land: string;
}
/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; a BOM
 * and CRLF are tolerated) with csv-parse. Errors name the file and line.
 */
export declare function parseCsv(text: string, fileName?: string): string[][];
/** Parses register CSV text (header row with at least ags, name, land). Collects all bad rows. */
export declare function parseRegister(text: string, fileName?: string): RegisterEntry[];
/** Reads the register that ships with the package. */
export declare function readRegister(file?: string): RegisterEntry[];
/** Result of looking up an AGS or a name in the register. */
export type LookupResult = {
    readonly kind: 'found';
    readonly entry: RegisterEntry;
} | {
    readonly kind: 'ambiguous';
    readonly matches: readonly RegisterEntry[];
} | {
    readonly kind: 'none';
    readonly suggestions: readonly RegisterEntry[];
};
/** How many did-you-mean suggestions are shown at most. */
export declare const MAX_SUGGESTIONS = 5;
/**
 * Looks up an 8-digit AGS, or a name: an exact (case-insensitive) match of the official name wins;
 * otherwise every entry whose base name matches. Suggestions: entries whose base name is within an
 * edit distance of max(2, length/4), nearest first.
 */
export declare function lookupMunicipality(register: readonly RegisterEntry[], query: string): LookupResult;
/**
 * The kind a register entry states: `stadt` for ", Stadt", ", St", ", kfr. St.", ", gr. kr. St.",
 * ", GKSt", "(Krfr. St)", titles ending in "stadt" (", Hansestadt", ", documenta-Stadt"), and for a
 * kreisfreie Stadt, whose AGS ends in "000" ("Frankenthal (Pfalz)", 07311000); `gemeinde` otherwise
 * (also for ", M" = Markt and ", Flecken", which are Gemeinden).
 */
export declare function kindFromName(officialName: string, ags?: string): TenantKind;
/** Kinds `kommunal init` can scaffold from a register entry. */
export declare const INIT_KINDS: readonly TenantKind[];
/** Everything the scaffolded file says. */
export interface ScaffoldInput {
    readonly key: string;
    readonly name: string;
    readonly kind: TenantKind;
    readonly ags: string;
    /** Where the kind came from, for the comment. */
    readonly kindSource: 'name' | 'option';
    /** Relative path from the file's folder to kommune.schema.json (forward slashes). */
    readonly schemaPath: string;
}
/** The text of a new tenant file: required fields set, every optional knob commented with its vetted default. */
export declare function renderKommuneYaml(s: ScaffoldInput): string;
export declare function register(program: Command, ctx: CliContext): void;
