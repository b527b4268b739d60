/**
 * SDN pending state. pve-network keeps the configuration (/etc/pve/sdn/*.cfg) apart from the
 * running configuration (.running-config); the API reports each zone/vnet/subnet/controller whose
 * configuration differs from the running one with `state` new/changed/deleted (pnet
 * API2/Network/SDN/Vnets.pm L53-64 `$api_sdn_vnets_deleted_config`, Zones.pm index with `pending`),
 * until PUT /cluster/sdn (SDN.pm L261-269, `reload`) writes the running configuration and applies it.
 * The model keeps that difference under `_pve_sdn_pending`, one object per SDN object.
 */
import type { DatacenterStore, DatacenterView } from '../api';
import { T, ZONE_TYPES, listSorted } from './access';

/** The bookkeeping type of pending SDN changes. */
export const SDN_PENDING_TYPE = '_pve_sdn_pending';

/** One SDN object whose configuration is not applied yet. */
export interface PendingSdnChange {
  readonly kind: 'zone' | 'vnet' | 'subnet' | 'controller';
  readonly id: string;
  readonly state: 'new' | 'changed' | 'deleted';
}

/** The SDN kind of a resource type, or undefined for non-SDN types. */
export function sdnKind(typeName: string): PendingSdnChange['kind'] | undefined {
  if (typeName in ZONE_TYPES) return 'zone';
  if (typeName === T.vnet) return 'vnet';
  if (typeName === T.subnet) return 'subnet';
  if (typeName === T.controllerEvpn) return 'controller';
  return undefined;
}

/** Every pending SDN change, sorted by kind and ID; empty when everything is applied. */
export function pendingSdnChanges(view: DatacenterView): PendingSdnChange[] {
  return listSorted(view, SDN_PENDING_TYPE).map((o) => ({ kind: o.attributes.kind as PendingSdnChange['kind'], id: String(o.attributes.sdn_id), state: o.attributes.state as PendingSdnChange['state'] }));
}

/** Records that an SDN object was created, updated or deleted in the configuration. */
export function markPending(store: DatacenterStore, kind: PendingSdnChange['kind'], sdnId: string, action: 'create' | 'update' | 'delete'): void {
  const key = `${kind}:${sdnId}`;
  const prev = store.get(SDN_PENDING_TYPE, key)?.attributes.state;
  let state: PendingSdnChange['state'] | undefined;
  if (action === 'create') state = prev === 'deleted' ? 'changed' : 'new';
  else if (action === 'update') state = prev === 'new' ? 'new' : 'changed';
  else state = prev === 'new' ? undefined : 'deleted'; // never applied, deleted again: nothing pending
  if (state === undefined) store.delete(SDN_PENDING_TYPE, key);
  else store.put({ typeName: SDN_PENDING_TYPE, id: key, schemaVersion: 0, attributes: { kind, sdn_id: sdnId, state } });
}

/** PUT /cluster/sdn: the configuration becomes the running configuration; nothing is pending. */
export function applySdn(store: DatacenterStore): void {
  for (const o of store.list(SDN_PENDING_TYPE)) store.delete(SDN_PENDING_TYPE, o.id);
}
