/**
 * One model Proxmox VE datacenter per cluster endpoint (issue #17): in a rehearsal of a fleet with
 * clusters, every cluster has its own object store (its nodes, storages, cluster files, limits),
 * and the shadow Proxmox provider picks the store by the endpoint its configuration names, as the
 * real provider sends its API calls to that endpoint. A stack pointed at another cluster's endpoint
 * therefore talks to that cluster's model (and finds none of its own cluster's objects there), and
 * an endpoint no model serves fails the provider's configuration, as a connection to an unknown
 * host would. Vault stays one fleet-wide server: its provider is never routed.
 *
 * The rehearsal tells the provider process the endpoints through the environment variable
 * {@link PROXMOX_ENDPOINT_STORES_ENV} (a JSON object: endpoint URL -> store folder).
 */
import { FileObjectStore, type ObjectStore } from './engine/store';
import type { StoreRoute } from './engine/provider';

/** Environment variable of the shadow Proxmox provider: JSON object, endpoint URL -> store folder. */
export const PROXMOX_ENDPOINT_STORES_ENV = 'KOMMUNAL_SHADOW_PROXMOX_ENDPOINTS';

/**
 * An endpoint in the form endpoints are compared in: without trailing slashes and with a lower-case
 * scheme and host (URLs name the same server regardless of those; the path is kept as written).
 */
export function normalizeEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim().replace(/\/+$/, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/]*)(.*)$/.exec(trimmed);
  return m === null ? trimmed : `${m[1].toLowerCase()}${m[2].toLowerCase()}${m[3]}`;
}

/**
 * The endpoint a bpg/proxmox provider configuration talks to: its `endpoint` attribute, or, when
 * that is null, PROXMOX_VE_ENDPOINT (bpg/terraform-provider-proxmox v0.111.1 fwprovider/provider.go
 * L338 reads the environment, L351-352 overrides it with a non-null attribute; the same citation as
 * lib/providers/proxmox-connection.ts). The older PM_VE_ENDPOINT name of the SDKv2 provider is not
 * modelled (an assumption: the framework provider is the one configured).
 */
export function proxmoxEndpointOf(config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const attr = config.endpoint;
  if (typeof attr === 'string' && attr !== '') return attr;
  const fromEnv = env.PROXMOX_VE_ENDPOINT;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined;
}

/**
 * The route of a shadow Proxmox provider over several model datacenters: the store of the model
 * at the configured endpoint, or an error naming the endpoint and the ones that exist.
 */
export function proxmoxEndpointRoute(stores: Readonly<Record<string, ObjectStore>>): (config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>) => StoreRoute {
  const byEndpoint = new Map(Object.entries(stores).map(([e, s]) => [normalizeEndpoint(e), s]));
  const known = [...byEndpoint.keys()].sort();
  return (config, env) => {
    const endpoint = proxmoxEndpointOf(config, env);
    const store = endpoint === undefined ? undefined : byEndpoint.get(normalizeEndpoint(endpoint));
    if (store !== undefined) return { store };
    return {
      error: {
        summary: endpoint === undefined ? 'No Proxmox VE endpoint configured' : `Could not connect to the Proxmox VE API at ${endpoint}`,
        detail: `the rehearsal models a Proxmox VE datacenter only at ${known.join(', ')}; a stack must talk to its own cluster's endpoint`,
      },
    };
  };
}

/** Parses the value of {@link PROXMOX_ENDPOINT_STORES_ENV} into file stores; throws on a malformed value. */
export function endpointStoresFromEnv(value: string): Record<string, ObjectStore> {
  const parsed = JSON.parse(value) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new Error(`${PROXMOX_ENDPOINT_STORES_ENV} must be a JSON object of endpoint URL -> store folder`);
  }
  return Object.fromEntries(Object.entries(parsed as Record<string, string>).map(([e, dir]) => [e, new FileObjectStore(dir)]));
}
