/**
 * Logical IDs remembered by construct path. cdktf's default `TerraformStack.allocateLogicalId` is a
 * pure function of an element's path below its stack (readable parts plus an MD5 hash of the
 * path); every tenant stack has the same paths, so a fleet computes the same IDs thousands of
 * times. Stacks that use the default scheme call {@link rememberedLogicalId} from their override.
 */
import { TerraformElement, TerraformStack } from 'cdktf';
import { Node } from 'constructs';
/**
 * The logical ID `allocate` (the default scheme) gives `element` of `stack`, remembered by the
 * element's path below the stack. Elements of other stacks are passed through.
 */
export declare function rememberedLogicalId(stack: TerraformStack, element: TerraformElement | Node, allocate: () => string): string;
