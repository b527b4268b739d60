/**
 * Wiring of the address map into a stack: when a tenant's state was applied with an older blueprint
 * version, every renamed resource of the stack gets a `moved` block from its old address (cdktf's
 * `TerraformResource.moveFromId`). Runs as an aspect, after the whole tree is built.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import type { AddressMap, BlueprintVersion } from './address-map';
import { MovedBlock, ResourceRef } from './moves';
/** Options of {@link addUpgradeMoves}. */
export interface UpgradeMovesProps {
    /** Blueprint version the stack's state was last applied with (recorded per tenant; docs/adr/0003-upgrades.md). */
    readonly fromVersion: BlueprintVersion;
    /** @default ADDRESS_MAP */
    readonly map?: AddressMap;
    /** @default BLUEPRINT_VERSION */
    readonly currentVersion?: BlueprintVersion;
}
/** The managed resources of a stack with their addresses and construct paths below the stack. */
export declare function stackResources(stack: TerraformStack): Map<string, {
    ref: ResourceRef;
    resource: TerraformResource;
}>;
/**
 * Makes `stack` emit `moved` blocks for every address that changed since `fromVersion`. Opt-in: call
 * it only for a tenant whose recorded blueprint version is older than BLUEPRINT_VERSION. Errors
 * (unknown version, rename the provider cannot move, ...) surface when the stack is synthesized.
 * @returns a function that lists the planned moves (after synthesis)
 */
export declare function addUpgradeMoves(stack: TerraformStack, props: UpgradeMovesProps): () => readonly MovedBlock[];
