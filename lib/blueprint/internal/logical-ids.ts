/**
 * Logical IDs remembered by construct path. cdktf's default `TerraformStack.allocateLogicalId` is a
 * pure function of an element's path below its stack (readable parts plus an MD5 hash of the
 * path); every tenant stack has the same paths, so a fleet computes the same IDs thousands of
 * times. Stacks that use the default scheme call {@link rememberedLogicalId} from their override.
 */
import { TerraformElement, TerraformStack } from 'cdktf';
import { Node } from 'constructs';
import { BoundedMemo } from '../../core/memo';

/** By path below the stack. Bounded: some paths hold tenant names and never repeat; a tenant stack has ~100 paths. */
const REMEMBERED = new BoundedMemo<string, string>(5_000);

/**
 * The logical ID `allocate` (the default scheme) gives `element` of `stack`, remembered by the
 * element's path below the stack. Elements of other stacks are passed through.
 */
export function rememberedLogicalId(stack: TerraformStack, element: TerraformElement | Node, allocate: () => string): string {
  const isElement = TerraformElement.isTerraformElement(element);
  const node = isElement ? element.node : element;
  if (isElement && element.cdktfStack !== stack) return allocate();
  const scopes = node.scopes;
  const at = scopes.indexOf(stack);
  if (at < 0) return allocate();
  let key = '';
  for (let i = at + 1; i < scopes.length; i++) key += `${scopes[i].node.id}\u0000`;
  return REMEMBERED.get(key, allocate);
}
