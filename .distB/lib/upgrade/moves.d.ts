import { AddressMap, BlueprintVersion } from './address-map';
/** A Terraform `moved` block. */
export interface MovedBlock {
    readonly from: string;
    readonly to: string;
}
/** One managed resource of a stack: its address parts and its construct path below the stack. */
export interface ResourceRef {
    /** Terraform resource type, e.g. `proxmox_acl`. */
    readonly type: string;
    /** Logical ID (the resource name in the address). */
    readonly name: string;
    /** Construct path below the stack, e.g. `Access/Acl-pool-admins`. */
    readonly path: string;
}
/** The address `<type>.<name>` of a resource. */
export declare const addressOf: (r: {
    readonly type: string;
    readonly name: string;
}) => string;
/** An upgrade that cannot be carried out safely; lists every problem. */
export declare class UpgradeError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/** Options of {@link planMoves}. */
export interface PlanMovesOptions {
    /** @default ADDRESS_MAP */
    readonly map?: AddressMap;
    /** The version the stack was synthesized with. @default BLUEPRINT_VERSION */
    readonly currentVersion?: BlueprintVersion;
    /** Cross-type renames the provider can move state for. @default PROVIDER_TYPE_MOVES */
    readonly typeMoves?: ReadonlyMap<string, string>;
}
/**
 * The managed resources of a synthesized stack (the parsed cdk.tf.json). The construct path comes
 * from cdktf's per-resource metadata (`"//".metadata.path`, which starts with the stack name).
 */
export declare function inventoryFromJson(json: {
    readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}): ResourceRef[];
/** Every managed resource address of a synthesized stack, sorted (data sources excluded). */
export declare function addressesFromJson(json: {
    readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}): string[];
/** Problems of an address map (all of them); empty when it is usable. */
export declare function validateAddressMap(map: AddressMap, typeMoves?: ReadonlyMap<string, string>): string[];
/**
 * The `moved` blocks that carry a tenant's state from the addresses of blueprint version
 * `fromVersion` to the addresses of `resources` (the current stack). Renames of several versions
 * are composed (v1 -> v2 -> v3 gives one block from the v1 address to the v3 address).
 *
 * @throws UpgradeError listing every problem: an unknown or future version, a version without a map
 *   entry, an invalid map (e.g. a cross-type rename the provider cannot move), a resource matched by
 *   two renames, an old address that is still declared, two resources claiming one old address.
 */
export declare function planMoves(resources: readonly ResourceRef[], fromVersion: BlueprintVersion, options?: PlanMovesOptions): MovedBlock[];
/** {@link planMoves} on a synthesized stack (parsed cdk.tf.json). */
export declare function movedBlocksFor(json: {
    readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}, fromVersion: BlueprintVersion, options?: PlanMovesOptions): MovedBlock[];
/** What Terraform would do with resource addresses (not with attributes). */
export interface AddressPlan {
    /** In state, not declared and not moved: Terraform would destroy these. */
    readonly destroy: readonly string[];
    /** Declared, not in state: Terraform would create these. */
    readonly create: readonly string[];
    /** Moves Terraform would carry out. */
    readonly moved: readonly MovedBlock[];
    /** Declared and in state (after moves). */
    readonly kept: readonly string[];
}
/**
 * Matches the addresses of an old state against a new configuration with moved blocks, the way
 * Terraform does for addresses: a move applies when its `from` is in state and its `to` is not; the
 * state after moves minus the declared addresses is destroyed. This checks addresses only; attribute
 * changes that force replacement need a real `terraform plan`.
 */
export declare function planAddresses(stateAddresses: readonly string[], declared: readonly string[], moves: readonly MovedBlock[]): AddressPlan;
/**
 * Throws when upgrading a state with `stateAddresses` to `declared` with `moves` would destroy
 * anything: an address that changed without a recorded rename is an error, never a silent destroy.
 */
export declare function assertNoDestroys(stateAddresses: readonly string[], declared: readonly string[], moves: readonly MovedBlock[]): AddressPlan;
