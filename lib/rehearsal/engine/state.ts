/**
 * Stored state brought into the current schema: UpgradeResourceState (state written with an older
 * schema version) and MoveResourceState (a `moved` block across resource types).
 *
 * Sources:
 * - SDKv2 upgrade: hashicorp/terraform-plugin-sdk v2.40.1 `helper/schema/grpc_provider.go:471-562`:
 *   the JSON state runs through the resource's `StateUpgraders` from its version upward
 *   (`upgradeJSONState`, :636-653; versions without an upgrader are skipped), attributes the
 *   schema no longer has are removed (:524 `removeAttributes`), missing ones become null, list and
 *   set blocks become empty collections instead of null (`NormalizeObjectFromLegacySDK`, :543),
 *   write-only attributes become null.
 * - Framework upgrade: hashicorp/terraform-plugin-framework v1.19.0
 *   `internal/fwserver/server_upgraderesourcestate.go`: at the current version the JSON is decoded
 *   with the current schema, ignoring unknown attributes (:55-110, `IgnoreUndefinedAttributes` at :64); for an older version without an
 *   upgrader for it the error of :133-160.
 * - The one upgrader the listed types need: hashicorp/terraform-provider-vault v5.6.0
 *   `internal/provider/schema_util.go:43-66` and :135-155 (`MustAddMountMigrationSchema`, version
 *   0 to 1 of mount-backed resources such as vault_jwt_auth_backend: `disable_remount` becomes
 *   false where it was null). Other providers' upgraders are provider code and are not modelled:
 *   their state is only conformed to the current schema.
 * - Moves: bpg/terraform-provider-proxmox v0.111.1 `fwprovider/migration/migration.go:27-46`
 *   (`PrefixMoveState`): the short `proxmox_*` type accepts the state of its long
 *   `proxmox_virtual_environment_*` twin, decodes it with its own (identical) schema and copies it
 *   unchanged; the framework decodes the source state ignoring undefined attributes
 *   (`internal/fwserver/server_moveresourcestate.go:165-180`). A source the target does not
 *   declare: the framework errors of server_moveresourcestate.go:107-118 (no movers) and :268-276
 *   (no mover for this source); SDKv2 targets: grpc_provider.go:1924-1930.
 */
import { Diagnostic, isUnknown, MoveRequest, Value } from '../provider-api';
import { TypeModel } from './plan';
import { blockType, fromJson, nullObject } from './values';
import { mapAttributes } from './walk';
import { SchemaJson } from '../provider-api';

interface StateModel extends TypeModel {
  readonly schema: SchemaJson;
  readonly type: { readonly schema_version?: number; readonly state_upgraders?: readonly number[]; readonly move_state_from?: readonly string[] };
}

const EMPTY = Buffer.alloc(0);

/** Conforms a value to the type's schema: SDKv2 empty blocks, write-only attributes null. */
export function conformState(m: TypeModel, v: Value): Value {
  if (v === null || isUnknown(v) || typeof v !== 'object' || Array.isArray(v)) return v;
  let out: Value = v;
  if (m.origin === 'sdkv2') {
    const empty = nullObject(m.block);
    const o = { ...(v as Record<string, Value>) };
    for (const [n, nb] of Object.entries(m.block.block_types ?? {})) {
      if ((o[n] ?? null) === null && (nb.nesting_mode === 'list' || nb.nesting_mode === 'set' || nb.nesting_mode === 'map')) o[n] = empty[n];
    }
    out = o;
  }
  return mapAttributes(m.block, m.behaviours, out, undefined, undefined, (s) => (s.attr.write_only ? null : s.value));
}

/** Decodes stored JSON state with the current schema. */
function decode(m: TypeModel, raw: unknown): Value {
  return conformState(m, fromJson(blockType(m.block), raw ?? {}));
}

/** UpgradeResourceState. */
export function upgradeState(m: StateModel, version: number, rawState: unknown): { state: Value; diagnostics: readonly Diagnostic[] } {
  const current = m.schema.version ?? 0;
  if (version > current) {
    return {
      state: null,
      diagnostics: [{ severity: 'error', summary: 'Unable to Upgrade Resource State', detail: `The state of this ${m.typeName} was written with schema version ${version}, newer than this provider's version ${current}.` }],
    };
  }
  if (version === current) return { state: decode(m, rawState), diagnostics: [] };
  const upgraders = m.type.state_upgraders ?? [];
  if (m.origin === 'framework' && !upgraders.includes(version)) {
    const has = upgraders.length > 0;
    return {
      state: null,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Unable to Upgrade Resource State',
          detail:
            `This resource was implemented ${has ? 'with' : 'without'} an UpgradeState() method, ` +
            `however Terraform was expecting an implementation for version ${version} upgrade.\n\n` +
            'This is always an issue with the Terraform Provider and should be reported to the provider developer.',
        },
      ],
    };
  }
  let json: Record<string, unknown> = rawState && typeof rawState === 'object' ? { ...(rawState as Record<string, unknown>) } : {};
  for (let v = version; v < current; v++) {
    if (!upgraders.includes(v)) continue;
    if (m.typeName.startsWith('vault_') && v === 0 && 'disable_remount' in (m.block.attributes ?? {})) {
      if (json.disable_remount === null || json.disable_remount === undefined) json = { ...json, disable_remount: false };
    }
  }
  return { state: decode(m, json), diagnostics: [] };
}

/** MoveResourceState. */
export function moveState(m: StateModel, req: MoveRequest): { targetState: Value; targetPrivate: Buffer; diagnostics: readonly Diagnostic[] } {
  const movers = m.type.move_state_from ?? [];
  const facts =
    `Source Provider Address: ${req.sourceProviderAddress}\n` +
    `Source Resource Type: ${req.sourceTypeName}\n` +
    `Source Resource Schema Version: ${req.sourceSchemaVersion}\n` +
    `Target Resource Type: ${req.targetTypeName}`;
  if (m.origin === 'sdkv2') {
    return {
      targetState: null,
      targetPrivate: EMPTY,
      diagnostics: [{ severity: 'error', summary: 'Move Resource State Not Supported', detail: `The ${JSON.stringify(req.targetTypeName)} resource type does not support moving resource state across resource types.` }],
    };
  }
  if (movers.length === 0) {
    return {
      targetState: null,
      targetPrivate: EMPTY,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Unable to Move Resource State',
          detail:
            'The target resource implementation does not include move resource state support. ' +
            'The resource implementation can be updated by the provider developers to include this support with the ResourceWithMoveState interface.\n\n' +
            facts,
        },
      ],
    };
  }
  if (!movers.includes(req.sourceTypeName)) {
    return {
      targetState: null,
      targetPrivate: EMPTY,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Unable to Move Resource State',
          detail:
            'The target resource implementation does not include support for the given source resource. ' +
            'The resource implementation can be updated by the provider developers to include this support by returning the moved state when the request matches this source.\n\n' +
            facts,
        },
      ],
    };
  }
  return { targetState: decode(m, req.sourceState), targetPrivate: req.sourcePrivate, diagnostics: [] };
}
