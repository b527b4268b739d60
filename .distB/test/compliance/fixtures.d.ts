import { type FleetModel } from '../../lib/blueprint/fleet';
import type { StackJson } from '../../lib/compliance/types';
import type { TenantSpec } from '../../lib/config/spec';
export declare const REPO: string;
export declare const MUSTERSTADT: string;
export declare const VERBANDSGEMEINDE: string;
export declare const LANDKREIS: string;
export declare function exampleModel(dir: string): FleetModel;
/** Every tenant stack of an example as JSON (compliance aspect off), with its spec. */
export declare function exampleStacks(dir: string): {
    key: string;
    json: StackJson;
    spec: TenantSpec;
}[];
/** A deep, mutable copy of a stack JSON for building failing fixtures. */
export declare function clone<T>(v: T): T;
/** The reference tenant musterstadt. */
export declare function musterstadt(): {
    json: StackJson;
    spec: TenantSpec;
};
