import { FleetModel, LoadFleetModelOptions } from '../blueprint/fleet';
/** The outcome of {@link loadFleetModelForTenants}. */
export interface SelectedFleetModel {
    /**
     * The model. When `partial`, `specs`, `fleet.tenants` and `lock` hold only the named tenants
     * (`lockChanged` is false: nothing is written).
     */
    readonly model: FleetModel;
    /** True when the light load was used; false when it fell back to loadFleetModel. */
    readonly partial: boolean;
    /** Every tenant key of the fleet (file names of the tenants folder), sorted. */
    readonly fleetKeys: readonly string[];
    /** Why the full load was used (when not partial). */
    readonly fallbackReason?: string;
}
/**
 * The lines of a canonical lockfile (serializeLockFile) that hold the given tenants: the top-level
 * fields and each tenant's block, as a smaller lockfile of the same layout. Undefined when the text
 * is not in that layout or a tenant is missing or appears twice.
 */
export declare function extractLockEntries(text: string, keys: readonly string[]): string | undefined;
/**
 * Loads what synthesizing `tenants` needs (see the module comment), falling back to the full
 * loadFleetModel when the light load cannot prove it gives the same result.
 */
export declare function loadFleetModelForTenants(options: LoadFleetModelOptions, tenants: readonly string[]): SelectedFleetModel;
