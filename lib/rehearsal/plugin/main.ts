/**
 * The process that terraform starts for a shadow provider (through the launcher in the rehearsal's
 * filesystem mirror): `node dist/lib/rehearsal/plugin/main.js <proxmox|vault>`.
 *
 * It reads its rehearsal settings from the environment the rehearsal gives terraform (terraform
 * passes its environment on to providers):
 * - `KOMMUNAL_SHADOW_STORE`: folder of the object store shared by every stack of one rehearsal;
 * - `KOMMUNAL_SHADOW_FAIL`: comma-separated resource types whose apply fails (failure injection);
 * - `KOMMUNAL_SHADOW_LOG`: a log file instead of stderr (see server.ts);
 * - `KOMMUNAL_SHADOW_MODEL`: `enforce` or `record` to consult the datacenter model (lib/rehearsal/model/);
 *   unset or `off`: schema conformance only (data sources the model reads are still answered from the store);
 * - `KOMMUNAL_SHADOW_STACK`: the stack name, for recorded refusals;
 * - `KOMMUNAL_SHADOW_PROXMOX_ENDPOINTS` (proxmox only): a JSON object, endpoint URL -> store folder,
 *   when the rehearsal models one Proxmox VE datacenter per cluster (lib/rehearsal/endpoints.ts); the
 *   provider then uses the store of the endpoint it is configured with.
 */
import { loadShadowProvider, SHIPPED_PROVIDERS } from '../engine';
import type { Caller, ProviderModel } from '../model/api';
import { proxmoxModel } from '../model/proxmox';
import { vaultModel } from '../model/vault';
import { runPlugin } from './server';
import { endpointStoresFromEnv, PROXMOX_ENDPOINT_STORES_ENV, proxmoxEndpointRoute } from '../endpoints';

/** The server rules of each provider. */
const MODELS: Partial<Record<keyof typeof SHIPPED_PROVIDERS, ProviderModel<Caller>>> = {
  proxmox: proxmoxModel as unknown as ProviderModel<Caller>,
  vault: vaultModel as unknown as ProviderModel<Caller>,
};

function main(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const name = argv[0];
  if (name !== 'proxmox' && name !== 'vault') {
    process.stderr.write(`usage: main.js <${Object.keys(SHIPPED_PROVIDERS).join('|')}>; got ${JSON.stringify(name)}\n`);
    process.exit(1);
  }
  const fail = (env.KOMMUNAL_SHADOW_FAIL ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const mode = env.KOMMUNAL_SHADOW_MODEL;
  if (mode !== undefined && !['enforce', 'record', 'off'].includes(mode)) {
    process.stderr.write(`KOMMUNAL_SHADOW_MODEL must be enforce, record or off; got ${JSON.stringify(mode)}\n`);
    process.exit(1);
  }
  const model = MODELS[name];
  const useModel = (mode === 'enforce' || mode === 'record') && model !== undefined && env.KOMMUNAL_SHADOW_STORE;
  const endpoints = name === 'proxmox' ? env[PROXMOX_ENDPOINT_STORES_ENV] : undefined;
  const provider = loadShadowProvider(name, {
    ...(endpoints !== undefined && endpoints !== '' ? { route: proxmoxEndpointRoute(endpointStoresFromEnv(endpoints)) } : {}),
    ...(env.KOMMUNAL_SHADOW_STORE ? { storeDir: env.KOMMUNAL_SHADOW_STORE } : {}),
    ...(fail.length > 0 ? { failApplyOf: fail } : {}),
    ...(useModel ? { model, modelMode: mode, env, stackName: env.KOMMUNAL_SHADOW_STACK ?? '' } : {}),
    // With the model off, data sources it models are still answered from the store (seeded KV secrets).
    ...(!useModel && model !== undefined && env.KOMMUNAL_SHADOW_STORE ? { reads: model } : {}),
  });
  void runPlugin(provider);
}

main(process.argv.slice(2), process.env);
