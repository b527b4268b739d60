/**
 * The engine is generic over every resource type of both shipped schemas: for each type, a config
 * with every required attribute and block set plans a create that satisfies terraform's plan
 * validity rules (framework types; SDKv2 types are exempt as terraform exempts them), applies to a
 * state without unknown values that keeps every planned known value, and re-plans with no change.
 */
import { AttributeJson, BlockJson, ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { attributeType, containsUnknown, CtyType, equalValues, blockType } from '../../../lib/rehearsal/engine/values';
import { fullObject, planErrors, proposedNew, proxmox, vault } from './helpers';

function sample(ty: CtyType): Value {
  if (ty === 'string') return 'x1';
  if (ty === 'number') return 1;
  if (ty === 'bool') return true;
  if (Array.isArray(ty)) {
    const [kind, inner] = ty as [string, CtyType];
    if (kind === 'list' || kind === 'set') return [sample(inner)];
    if (kind === 'map') return { a: sample(inner) };
    if (kind === 'object') return Object.fromEntries(Object.entries(inner as Record<string, CtyType>).map(([n, t]) => [n, sample(t)]));
  }
  return null;
}

function requiredConfig(block: BlockJson): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    if (!a.required) continue;
    out[n] = a.nested_type ? nestedSample(a) : sample(attributeType(a));
  }
  for (const [n, nb] of Object.entries(block.block_types ?? {})) {
    if ((nb.min_items ?? 0) < 1) continue;
    const el = requiredConfig(nb.block);
    out[n] = nb.nesting_mode === 'single' || nb.nesting_mode === 'group' ? el : [el];
  }
  return out;
}

function nestedSample(a: AttributeJson): unknown {
  const el = requiredConfig({ attributes: a.nested_type!.attributes });
  return a.nested_type!.nesting_mode === 'single' ? el : a.nested_type!.nesting_mode === 'map' ? { a: el } : [el];
}

function roundTrip(p: ShadowProvider) {
  return Object.keys(p.schema.resource_schemas ?? {}).map((t) => [t, p] as const);
}

describe.each([
  ['proxmox', proxmox],
  ['vault', vault],
] as const)('every resource type of %s', (_name, provider) => {
  it.each(roundTrip(provider))('%s plans, applies and re-plans without change', async (typeName, p) => {
    const block = p.schema.resource_schemas![typeName].block;
    const config = fullObject(block, requiredConfig(block));
    const plan = await p.planResourceChange(typeName, { prior: null, proposed: proposedNew(block, null, config), config, priorPrivate: Buffer.alloc(0) });
    expect(plan.diagnostics).toEqual([]);
    if (!plan.legacyTypeSystem) expect(planErrors(block, null, config, plan.planned)).toEqual([]);
    const applied = await p.applyResourceChange(typeName, { prior: null, planned: plan.planned, config, plannedPrivate: plan.private });
    expect(applied.diagnostics).toEqual([]);
    expect(containsUnknown(applied.newState)).toBe(false);
    const planned = plan.planned as Record<string, Value>;
    const state = applied.newState as Record<string, Value>;
    for (const [k, v] of Object.entries(planned)) if (!containsUnknown(v) && k !== 'id') expect([k, state[k]]).toEqual([k, v]);
    const again = await p.planResourceChange(typeName, { prior: state, proposed: proposedNew(block, state, config), config, priorPrivate: Buffer.alloc(0) });
    expect(again.requiresReplace).toEqual([]);
    expect(equalValues(blockType(block), again.planned, state)).toBe(true);
  });
});

describe.each([
  ['proxmox', proxmox],
  ['vault', vault],
] as const)('every data source and ephemeral resource type of %s', (_name, p) => {
  it('validates without throwing and reads every computed value known, deterministically', async () => {
    for (const [kind, schemas] of [['data', p.schema.data_source_schemas ?? {}], ['ephemeral', p.schema.ephemeral_resource_schemas ?? {}]] as const) {
      for (const [typeName, s] of Object.entries(schemas)) {
        const config = fullObject(s.block, requiredConfig(s.block));
        const diags = kind === 'data' ? await p.validateDataResourceConfig(typeName, config) : await p.validateEphemeralResourceConfig(typeName, config);
        expect(Array.isArray(diags)).toBe(true);
        const first = kind === 'data' ? (await p.readDataSource(typeName, config)).state : (await p.openEphemeralResource(typeName, config)).result;
        const second = kind === 'data' ? (await p.readDataSource(typeName, config)).state : (await p.openEphemeralResource(typeName, config)).result;
        expect([typeName, containsUnknown(first)]).toEqual([typeName, false]);
        expect(first).toEqual(second);
        for (const [n, a] of Object.entries(s.block.attributes ?? {})) {
          if (a.computed && !a.optional && !a.write_only) expect([typeName, n, (first as Record<string, Value>)[n] === null]).toEqual([typeName, n, false]);
        }
      }
    }
  });
  it('validates every resource type\'s sample config without throwing', async () => {
    for (const [typeName, s] of Object.entries(p.schema.resource_schemas ?? {})) {
      const diags = await p.validateResourceConfig(typeName, fullObject(s.block, requiredConfig(s.block)));
      expect(diags.every((d) => d.severity === 'error' || d.severity === 'warning')).toBe(true);
    }
  });
});
