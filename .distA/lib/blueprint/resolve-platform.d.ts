import type { LoadedFleet } from '../config/load';
import type { PlatformSpec } from './platform-spec';
/** Resolves the platform settings of a loaded fleet. */
export declare function resolvePlatform(fleet: LoadedFleet): PlatformSpec;
