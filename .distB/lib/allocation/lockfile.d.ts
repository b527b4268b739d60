import type { LockFile } from '../config/model';
export declare const LOCKFILE_NAME = "fleet.lock.yaml";
export declare const LOCKFILE_HEADER: string;
/**
 * Canonical YAML text of a lock (with the generated-file header). Written directly rather than via
 * yaml.stringify: the format is fixed and a 10,000-tenant fleet serialises in milliseconds.
 */
export declare function serializeLockFile(lock: LockFile): string;
/** Reads and validates a lockfile. @throws AllocationError with file:line:column for each problem */
export declare function readLockFile(path: string): LockFile;
/** Like readLockFile, but undefined when the file does not exist (a fleet's first allocation). */
export declare function readLockFileIfPresent(path: string): LockFile | undefined;
export declare function writeLockFile(path: string, lock: LockFile): void;
/**
 * Parses and validates lockfile text; `fileName` appears in every error. A lock in the exact layout
 * serializeLockFile writes (the normal case: it is generated) is read by a line scanner and
 * accepted only when writing it back gives the same text; anything else (hand edits, errors) goes
 * through the YAML parser, which reports every problem with its position.
 */
export declare function parseLockFile(text: string, fileName: string): LockFile;
/**
 * Reads the fixed layout of a generated lock line by line (no YAML parser: a 10,000-tenant lock is
 * 5 MB). Returns undefined at the first line that does not fit the layout; the caller then checks
 * the result by writing it back.
 */
export declare function scanGeneratedLock(text: string): LockFile | undefined;
