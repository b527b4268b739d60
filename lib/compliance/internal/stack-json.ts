/**
 * Read helpers over a synthesized stack (cdk.tf.json): resources by type (short and legacy
 * `proxmox_virtual_environment_*` names), Terraform expressions, references between resources.
 */
import { hasTemplateSequence } from '../../core/terraform-template';
import type { Finding, StackJson } from '../types';

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

/**
 * The resources of one type, built once per frozen `byName` object (the fast synthesis path
 * freezes a stack's document before the rules read it, and every rule asks for resources by
 * type). A frozen object cannot change, so the cached list always matches it; unfrozen documents
 * are read afresh on every call.
 */
const FROZEN_TYPE_INDEX = new WeakMap<object, readonly StackResource[]>();

function resourcesOfType(type: string, byName: Readonly<Record<string, unknown>>): readonly StackResource[] {
  const frozen = Object.isFrozen(byName);
  if (frozen) {
    const hit = FROZEN_TYPE_INDEX.get(byName);
    if (hit !== undefined) return hit;
  }
  const out: StackResource[] = [];
  for (const name of Object.keys(byName).sort()) {
    const body = byName[name] as Record<string, unknown>;
    const meta = (body['//'] as { metadata?: { path?: unknown } } | undefined)?.metadata;
    out.push({ type, name, address: `${type}.${name}`, constructPath: typeof meta?.path === 'string' ? meta.path : undefined, body });
  }
  if (frozen) FROZEN_TYPE_INDEX.set(byName, out);
  return out;
}

/** Every resource of the given types, in a stable order (type, then name). */
export function resourcesOf(json: StackJson, ...types: string[]): StackResource[] {
  const out: StackResource[] = [];
  for (const type of types) {
    const byName = json.resource?.[type];
    if (byName === undefined) continue;
    for (const r of resourcesOfType(type, byName)) out.push(r);
  }
  return out;
}

/** Every resource of the stack, in a stable order. */
export function allResources(json: StackJson): StackResource[] {
  return resourcesOf(json, ...Object.keys(json.resource ?? {}).sort());
}

/** The short and the legacy name of a Proxmox resource type (`sdn_vnet` → both). */
export function proxmoxTypes(short: string): string[] {
  return [`proxmox_${short}`, `proxmox_virtual_environment_${short}`];
}

/** True for a Terraform expression string (`${var.x}`, `${proxmox_x.y.id}`). */
export function isExpression(v: unknown): v is string {
  // Not a regex on `${`: an escaped literal (`$${`, what the blueprint writes for a parameter that
  // contains `${`) is a literal, which KOM-SEC-1 must still read (a secret behind `$${` was skipped).
  return typeof v === 'string' && hasTemplateSequence(v);
}

/** A finding located at a resource. */
export function findingAt(r: StackResource, message: string): Finding {
  return { address: r.address, constructPath: r.constructPath, message };
}

/**
 * Resolves a value that is either a literal or a reference `${<type>.<name>.<attr>}` to another
 * resource of the stack: returns the literal, the referenced resource's attribute literal, or
 * undefined when it cannot be resolved statically.
 */
export function resolveRef(json: StackJson, value: unknown): { value?: unknown; target?: StackResource } {
  if (!isExpression(value)) return { value };
  const m = /^\$\{([a-z0-9_]+)\.([^.}]+)\.([a-z0-9_]+)\}$/.exec(value);
  if (m === null) return {};
  const body = json.resource?.[m[1]]?.[m[2]];
  if (body === undefined) return {};
  const target = resourcesOf(json, m[1]).find((r) => r.name === m[2]);
  const attr = body[m[3]];
  return { value: isExpression(attr) ? undefined : attr, target };
}

/** A resource's `lifecycle.prevent_destroy` is literally true. */
export function preventsDestroy(r: StackResource): boolean {
  const lc = r.body.lifecycle as { prevent_destroy?: unknown } | undefined;
  return lc?.prevent_destroy === true;
}

/** Nested blocks may be synthesized as an object or as a list of objects. */
export function blocks(v: unknown): Record<string, unknown>[] {
  if (Array.isArray(v)) return v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
  if (v !== null && typeof v === 'object') return [v as Record<string, unknown>];
  return [];
}

/** A string literal (not an expression), else undefined. */
export function literal(v: unknown): string | undefined {
  return typeof v === 'string' && !isExpression(v) ? v : undefined;
}
