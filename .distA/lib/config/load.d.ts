import type { FleetFile, KommuneFile, SourcePosition } from './model';
import { Problem } from './problems';
import { PathSegment, SourceFile } from './source';
export interface LoadOptions {
    /** Folder that file names in messages are relative to. @default process.cwd() */
    readonly displayRoot?: string;
}
/** A parameter file after validation: its data plus a way back to positions. */
export interface Loaded<T> {
    /** File name as shown in messages. */
    readonly file: string;
    /** Absolute path. */
    readonly path: string;
    readonly data: T;
    /** Position of a field (falls back to the nearest existing ancestor). */
    position(fieldPath: readonly PathSegment[]): SourcePosition;
}
export type LoadedKommune = Loaded<KommuneFile>;
export interface LoadedFleet extends Loaded<FleetFile> {
    /** Folder of fleet.yaml. */
    readonly dir: string;
    /** Absolute path of the tenants folder. */
    readonly tenantsDir: string;
    /** Tenant files, sorted by file name. */
    readonly tenants: readonly LoadedKommune[];
}
/** The outcome of checking one file: problems, and the source when it could be read. */
export interface FileCheck {
    readonly src?: SourceFile;
    readonly data: unknown;
    readonly problems: readonly Problem[];
}
/** Checks one kommune file; never throws for invalid input. */
export declare function checkKommuneFile(file: string, opts?: LoadOptions): FileCheck;
/** Checks one fleet file alone (without its tenants); never throws for invalid input. */
export declare function checkFleetFile(file: string, opts?: LoadOptions): FileCheck;
/** Loads and validates one `kommunen/<key>.yaml`. @throws ValidationError with every problem */
export declare function loadKommuneFile(file: string, opts?: LoadOptions): LoadedKommune;
/** Loads and validates fleet.yaml alone (its tenants are not read). @throws ValidationError */
export declare function loadFleetFile(file: string, opts?: LoadOptions): Loaded<FleetFile>;
/** The outcome of checking a whole fleet. */
export interface FleetCheck {
    readonly problems: readonly Problem[];
    /** Absolute paths of every file that was checked (fleet.yaml and tenant files). */
    readonly files: readonly string[];
    /** Set when there are no problems. */
    readonly fleet?: LoadedFleet;
}
/** Checks fleet.yaml and every tenant file of its tenants folder; never throws for invalid input. */
export declare function checkFleetWithTenants(fleetPath: string, opts?: LoadOptions): FleetCheck;
/**
 * Loads fleet.yaml and all tenant files of its `tenants` folder (sorted by file name).
 * @throws ValidationError with every problem of every file
 */
export declare function loadFleet(fleetPath: string, opts?: LoadOptions): LoadedFleet;
