/**
 * The process that terraform starts for a shadow provider (through the launcher in the rehearsal's
 * filesystem mirror): `node dist/lib/rehearsal/plugin/main.js <proxmox|vault>`.
 *
 * It reads its rehearsal settings from the environment the rehearsal gives terraform (terraform
 * passes its environment on to providers):
 * - `KOMMUNAL_SHADOW_STORE`: folder of the object store shared by every stack of one rehearsal;
 * - `KOMMUNAL_SHADOW_FAIL`: comma-separated resource types whose apply fails (failure injection);
 * - `KOMMUNAL_SHADOW_LOG`: a log file instead of stderr (see server.ts).
 */
import { loadShadowProvider, SHIPPED_PROVIDERS } from '../engine';
import { runPlugin } from './server';

function main(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const name = argv[0];
  if (name !== 'proxmox' && name !== 'vault') {
    process.stderr.write(`usage: main.js <${Object.keys(SHIPPED_PROVIDERS).join('|')}>; got ${JSON.stringify(name)}\n`);
    process.exit(1);
  }
  const fail = (env.KOMMUNAL_SHADOW_FAIL ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const provider = loadShadowProvider(name, {
    ...(env.KOMMUNAL_SHADOW_STORE ? { storeDir: env.KOMMUNAL_SHADOW_STORE } : {}),
    ...(fail.length > 0 ? { failApplyOf: fail } : {}),
  });
  void runPlugin(provider);
}

main(process.argv.slice(2), process.env);
