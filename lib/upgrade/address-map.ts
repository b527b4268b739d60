/**
 * Blueprint versions and their recorded address map (STYLE 10: addresses are a contract).
 *
 * Every resource address a tenant stack synthesizes (`<type>.<logical ID>`) is bound to a real
 * object in that tenant's Terraform state. When a release of kommune-cdk changes an address (a
 * construct ID, a construct path, or the provider's resource type), the release bumps
 * BLUEPRINT_VERSION and records the change here, so that stacks built for a tenant whose state is
 * older get Terraform `moved` blocks instead of a destroy-and-recreate. See docs/upgrades.md and
 * docs/adr/0003-upgrades.md.
 */

/** A blueprint version: a positive integer, bumped by every release that changes an address. */
export type BlueprintVersion = number;

/** The blueprint version this library renders. */
export const BLUEPRINT_VERSION: BlueprintVersion = 1;

/** A pair of old and new values of one part of an address. */
export interface RenamePair {
  /** The value in the previous blueprint version. */
  readonly from: string;
  /** The value in the version that records the rename. */
  readonly to: string;
}

/**
 * One rename between a blueprint version and the one before it. Either `address` (an exact
 * address, for resources with an overridden logical ID), or `type` and/or `path`:
 *
 * - `type`: the Terraform resource type changed (e.g. `proxmox_virtual_environment_acl` to
 *   `proxmox_acl`). The pair must be in PROVIDER_TYPE_MOVES: Terraform moves state across types only
 *   when the provider implements it (Terraform >= 1.8, provider "move resource state").
 * - `path`: the construct path below the stack changed; the logical ID follows from the path. Path
 *   patterns use `{name}` placeholders that match one path component or a part of it and must
 *   appear on both sides, e.g. `{ from: 'Access/Acl-{target}', to: 'Access/Acls/{target}' }`.
 *
 * Without `path`, a `type` rename applies to every resource of the new type; with it, only to the
 * matching paths.
 */
export interface AddressRename {
  /** Why the address changed (shown in the upgrade note and in errors). */
  readonly reason: string;
  readonly type?: RenamePair;
  readonly path?: RenamePair;
  /** Exact old and new addresses `<type>.<name>`. */
  readonly address?: RenamePair;
}

/** Renames per blueprint version: entry N lists what changed from version N-1 to N. */
export type AddressMap = Readonly<Record<BlueprintVersion, readonly AddressRename[]>>;

/**
 * The recorded address map of kommunal-cdk. Version 1 is the first release: nothing to move.
 * A release that changes an address adds `N: [ ...renames ]` and sets BLUEPRINT_VERSION to N.
 */
export const ADDRESS_MAP: AddressMap = Object.freeze({
  1: Object.freeze([]),
});

// The long/short type-name pairs live in lib/model/provider-types.ts (the plan guard reads them too).
export { LONG_TYPE_PREFIX, PROVIDER_TYPE_MOVES, SHORT_NAME_SUFFIXES, SHORT_TYPE_PREFIX, shortTypeName } from '../model/provider-types';
import { PROVIDER_TYPE_MOVES } from '../model/provider-types';

/** Renames for moving every long-named resource that has a short alias to the short name. */
export function shortNameRenames(reason: string): AddressRename[] {
  return [...PROVIDER_TYPE_MOVES].map(([from, to]) => ({ reason, type: { from, to } }));
}
