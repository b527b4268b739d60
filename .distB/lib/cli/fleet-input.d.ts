import { LoadedFleet } from '../config/load';
import type { LockFile } from '../config/model';
import { CliIo } from './io';
export interface FleetInput {
    readonly fleet: LoadedFleet;
    /** Absent when there is no lock file yet (allocation then happens in memory). */
    readonly lock?: LockFile;
    readonly lockPath: string;
}
/**
 * Loads `--fleet` (default fleet.yaml) with its tenant files and `--lock` (default fleet.lock.yaml
 * next to the fleet file). A missing fleet file, or a missing lock file that was named explicitly,
 * is a usage error.
 */
export declare function loadFleetInput(io: CliIo, opts: {
    readonly fleet: string;
    readonly lock?: string;
}): FleetInput;
/** The message for a tenant key the fleet does not have (with did-you-mean), or undefined when it has it. */
export declare function unknownTenantMessage(fleet: LoadedFleet, tenant: string): string | undefined;
