/**
 * Test helpers for the provider engine: whole config objects from partial ones (cty objects carry
 * every attribute), a re-statement of terraform core's `ProposedNew` for the cases the tests use
 * (hashicorp/terraform v1.11.4 internal/plans/objchange/objchange.go:31 — config values, with prior
 * values for unconfigured computed attributes), and terraform's plan validity rules
 * (internal/plans/objchange/plan_valid.go:289 `assertPlannedValueValid`) to check every plan the
 * tests make. These are test doubles of terraform core, used only to drive and check the engine.
 */
import { BlockJson, isUnknown, ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { loadShadowProvider } from '../../../lib/rehearsal/engine';
import { attributeType, equalValues } from '../../../lib/rehearsal/engine/values';

export const proxmox = loadShadowProvider('proxmox');
export const vault = loadShadowProvider('vault');

/** The schema block of a resource type of a shadow provider. */
export function blockOf(p: ShadowProvider, typeName: string): BlockJson {
  const s = p.schema.resource_schemas?.[typeName];
  if (!s) throw new Error(`no resource type ${typeName}`);
  return s.block;
}

type Partial = Readonly<Record<string, unknown>>;

/** A whole object of `block` from a partial one: absent attributes null, absent blocks empty. */
export function fullObject(block: BlockJson, partial: Partial): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const n of Object.keys(block.attributes ?? {})) {
    const a = block.attributes![n];
    const v = partial[n];
    if (a.nested_type && v !== undefined && v !== null && !isUnknown(v)) {
      const nb: BlockJson = { attributes: a.nested_type.attributes };
      out[n] = a.nested_type.nesting_mode === 'single' ? fullObject(nb, v as Partial) : (v as Partial[]).map((e) => fullObject(nb, e));
    } else out[n] = v === undefined ? null : (v as Value);
  }
  for (const [n, nb] of Object.entries(block.block_types ?? {})) {
    const v = partial[n];
    if (nb.nesting_mode === 'list' || nb.nesting_mode === 'set') out[n] = ((v as Partial[] | undefined) ?? []).map((e) => fullObject(nb.block, e));
    else if (nb.nesting_mode === 'map') out[n] = v === undefined ? {} : (v as Value);
    else out[n] = v === undefined || v === null ? null : fullObject(nb.block, v as Partial);
  }
  return out;
}

/** Terraform's proposed new state (objchange.go:31, for the shapes these tests use). */
export function proposedNew(block: BlockJson, prior: Value, config: Value): Value {
  if (config === null) return null;
  const c = config as Record<string, Value>;
  const p = prior as Record<string, Value> | null;
  const out: Record<string, Value> = {};
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    out[n] = a.computed && c[n] === null ? (p ? p[n] : null) : c[n];
  }
  for (const [n, nb] of Object.entries(block.block_types ?? {})) {
    const cv = c[n];
    const pv = p ? p[n] : null;
    if (Array.isArray(cv)) out[n] = cv.map((e, i) => proposedNew(nb.block, Array.isArray(pv) ? (pv as Value[])[i] ?? null : null, e));
    else out[n] = cv === null ? null : proposedNew(nb.block, pv ?? null, cv);
  }
  return out;
}

/** Terraform's plan validity errors (plan_valid.go:289-361), for attributes and list/single blocks. */
export function planErrors(block: BlockJson, prior: Value, config: Value, planned: Value, path = ''): string[] {
  const errs: string[] = [];
  const c = (config ?? {}) as Record<string, Value>;
  const p = (prior ?? {}) as Record<string, Value>;
  const pl = (planned ?? {}) as Record<string, Value>;
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    const ty = attributeType(a);
    const cv = c[n] ?? null;
    const pv = prior === null ? null : p[n] ?? null;
    const plv = pl[n] ?? null;
    const here = `${path}${n}`;
    if (equalValues(ty, plv, cv)) continue;
    if (pv !== null && cv !== null && equalValues(ty, plv, pv)) continue;
    if (a.write_only) {
      if (plv !== null) errs.push(`${here}: planned value for write-only attribute is not null`);
      continue;
    }
    if (a.computed && !a.optional) continue;
    if (cv === null && a.computed) continue;
    if (cv === null && plv !== null) {
      errs.push(`${here}: planned value for a non-computed attribute`);
      continue;
    }
    if (a.nested_type) continue;
    errs.push(`${here}: planned value does not match config value`);
  }
  for (const [n, nb] of Object.entries(block.block_types ?? {})) {
    const cv = c[n];
    const plv = pl[n];
    if (Array.isArray(cv) && Array.isArray(plv)) {
      if (nb.nesting_mode === 'list' && cv.length !== plv.length) errs.push(`${path}${n}: block count changed`);
      if (nb.nesting_mode === 'list') {
        const pv = prior === null ? null : (p[n] as Value[] | null);
        cv.forEach((e, i) => errs.push(...planErrors(nb.block, pv?.[i] ?? null, e, plv[i], `${path}${n}[${i}].`)));
      }
    }
  }
  return errs;
}

/** Plans a create of `typeName` from a partial config and checks terraform's validity rules. */
export async function planCreate(p: ShadowProvider, typeName: string, partial: Partial) {
  const block = blockOf(p, typeName);
  const config = fullObject(block, partial);
  const res = await p.planResourceChange(typeName, { prior: null, proposed: proposedNew(block, null, config), config, priorPrivate: Buffer.alloc(0) });
  return { config, res, errors: planErrors(block, null, config, res.planned) };
}

/** Plans an update of an existing object from a partial new config and checks validity. */
export async function planUpdate(p: ShadowProvider, typeName: string, prior: Value, partial: Partial) {
  const block = blockOf(p, typeName);
  const config = fullObject(block, partial);
  const res = await p.planResourceChange(typeName, { prior, proposed: proposedNew(block, prior, config), config, priorPrivate: Buffer.alloc(0) });
  return { config, res, errors: planErrors(block, prior, config, res.planned) };
}

/** Plans and applies a create; returns the new state. */
export async function create(p: ShadowProvider, typeName: string, partial: Partial) {
  const { config, res, errors } = await planCreate(p, typeName, partial);
  if (errors.length && !res.legacyTypeSystem) throw new Error(`invalid plan for ${typeName}: ${errors.join('; ')}`);
  const applied = await p.applyResourceChange(typeName, { prior: null, planned: res.planned, config, plannedPrivate: res.private });
  return { config, planned: res.planned, applied };
}

/** Plans and applies an update (in place or, after requiresReplace, the create half). */
export async function update(p: ShadowProvider, typeName: string, prior: Value, partial: Partial) {
  const { config, res, errors } = await planUpdate(p, typeName, prior, partial);
  if (errors.length && !res.legacyTypeSystem) throw new Error(`invalid plan for ${typeName}: ${errors.join('; ')}`);
  const applied = await p.applyResourceChange(typeName, { prior, planned: res.planned, config, plannedPrivate: res.private });
  return { config, plan: res, applied };
}
