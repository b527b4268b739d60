/**
 * Read helpers over a synthesized stack (cdk.tf.json): resources by type (short and legacy
 * `proxmox_virtual_environment_*` names), Terraform expressions, references between resources.
 */
import type { Finding, StackJson } from './types';
/** One resource of a stack. */
export interface StackResource {
    readonly type: string;
    readonly name: string;
    /** `type.name` */
    readonly address: string;
    /** Construct path from `//.metadata.path`, when the stack was synthesized by cdktf. */
    readonly constructPath?: string;
    readonly body: Readonly<Record<string, unknown>>;
}
/** Every resource of the given types, in a stable order (type, then name). */
export declare function resourcesOf(json: StackJson, ...types: string[]): StackResource[];
/** Every resource of the stack, in a stable order. */
export declare function allResources(json: StackJson): StackResource[];
/** The short and the legacy name of a Proxmox resource type (`sdn_vnet` → both). */
export declare function proxmoxTypes(short: string): string[];
/** True for a Terraform expression string (`${var.x}`, `${proxmox_x.y.id}`). */
export declare function isExpression(v: unknown): v is string;
/** A finding located at a resource. */
export declare function findingAt(r: StackResource, message: string): Finding;
/**
 * Resolves a value that is either a literal or a reference `${<type>.<name>.<attr>}` to another
 * resource of the stack: returns the literal, the referenced resource's attribute literal, or
 * undefined when it cannot be resolved statically.
 */
export declare function resolveRef(json: StackJson, value: unknown): {
    value?: unknown;
    target?: StackResource;
};
/** A resource's `lifecycle.prevent_destroy` is literally true. */
export declare function preventsDestroy(r: StackResource): boolean;
/** Nested blocks may be synthesized as an object or as a list of objects. */
export declare function blocks(v: unknown): Record<string, unknown>[];
/** A string literal (not an expression), else undefined. */
export declare function literal(v: unknown): string | undefined;
