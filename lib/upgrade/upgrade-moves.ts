/**
 * Wiring of the address map into a stack: when a tenant's state was applied with an older blueprint
 * version, every renamed resource of the stack gets a `moved` block from its old address (cdktf's
 * `TerraformResource.moveFromId`). Runs as an aspect, after the whole tree is built.
 */
import { Aspects, IAspect, TerraformResource, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { AddressMap, BlueprintVersion } from './address-map';
import { MovedBlock, planMoves, ResourceRef } from './moves';

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
export function stackResources(stack: TerraformStack): Map<string, { ref: ResourceRef; resource: TerraformResource }> {
  const out = new Map<string, { ref: ResourceRef; resource: TerraformResource }>();
  const depth = stack.node.scopes.length;
  for (const c of stack.node.findAll()) {
    if (!TerraformResource.isTerraformResource(c)) continue;
    if (TerraformStack.of(c) !== stack) continue;
    const path = c.node.scopes.slice(depth).map((s) => s.node.id).join('/');
    const ref: ResourceRef = { type: c.terraformResourceType, name: c.friendlyUniqueId, path };
    out.set(`${ref.type}.${ref.name}`, { ref, resource: c });
  }
  return out;
}

class UpgradeMovesAspect implements IAspect {
  public moves: readonly MovedBlock[] = [];
  private done = false;

  constructor(private readonly stack: TerraformStack, private readonly props: UpgradeMovesProps) {}

  public visit(node: IConstruct): void {
    if (this.done || node !== this.stack) return;
    this.done = true;
    const resources = stackResources(this.stack);
    this.moves = planMoves([...resources.values()].map((r) => r.ref), this.props.fromVersion, {
      map: this.props.map,
      currentVersion: this.props.currentVersion,
    });
    for (const m of this.moves) resources.get(m.to)!.resource.moveFromId(m.from);
  }
}

/**
 * Makes `stack` emit `moved` blocks for every address that changed since `fromVersion`. Opt-in: call
 * it only for a tenant whose recorded blueprint version is older than BLUEPRINT_VERSION. Errors
 * (unknown version, rename the provider cannot move, ...) surface when the stack is synthesized.
 * @returns a function that lists the planned moves (after synthesis)
 */
export function addUpgradeMoves(stack: TerraformStack, props: UpgradeMovesProps): () => readonly MovedBlock[] {
  const aspect = new UpgradeMovesAspect(stack, props);
  Aspects.of(stack).add(aspect);
  return () => aspect.moves;
}
