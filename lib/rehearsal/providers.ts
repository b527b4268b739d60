/**
 * The two shadow providers a rehearsal installs, exactly as the blueprint's stacks pin them, and
 * how terraform starts them: an unpacked filesystem mirror (plugin/install.ts) whose "provider
 * binary" is a launcher for this package's plugin process (plugin/main.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../config/json-schema';
import { installShadowProviders as install } from './plugin/install';

/** The providers the blueprint uses. */
export const SHADOWED_PROVIDERS = [
  { name: 'proxmox', namespace: 'bpg', type: 'proxmox', version: '0.111.1' },
  { name: 'vault', namespace: 'hashicorp', type: 'vault', version: '5.6.0' },
] as const;

export type ShadowedProviderName = (typeof SHADOWED_PROVIDERS)[number]['name'];

/** How a shadow provider is started: the node binary, the entry script and its arguments. */
export interface ShadowLauncher {
  readonly nodePath: string;
  readonly entry: string;
}

/**
 * The compiled plugin entry of this package: the one-file bundle of the plugin process
 * (`main.bundle.js`, written by scripts/bundle-plugin.js in `npm run build`; it starts faster), unless
 * it is missing or stale — a file it was made of (its list `main.bundle.inputs.json`) is newer or gone,
 * as after a `tsc` without the bundle step — then `main.js` itself. `root`: the package root.
 */
export function pluginEntry(root: string = packageRoot()): string {
  const dir = path.join(root, 'dist', 'lib', 'rehearsal', 'plugin');
  const main = path.join(dir, 'main.js');
  const bundle = path.join(dir, 'main.bundle.js');
  const list = path.join(dir, 'main.bundle.inputs.json');
  if (!fs.existsSync(bundle) || !fs.existsSync(list)) return main;
  const built = fs.statSync(bundle).mtimeMs;
  const inputs = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
  const fresh = inputs.every((f) => {
    const st = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
    return st !== undefined && st.mtimeMs <= built;
  });
  return fresh ? bundle : main;
}

/** terraform's name for this machine's platform (`linux_amd64`, `darwin_arm64`, ...). */
export function terraformPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const a = arch === 'x64' ? 'amd64' : arch === 'ia32' ? '386' : arch;
  return `${platform}_${a}`;
}

/**
 * Writes the mirror (one launcher per provider) under `mirrorDir` and a CLI configuration that
 * installs them only from it; returns the configuration's path (for TF_CLI_CONFIG_FILE).
 */
export function installRehearsalProviders(mirrorDir: string, launcher?: ShadowLauncher): string {
  const entry = launcher?.entry ?? pluginEntry();
  if (!fs.existsSync(entry)) throw new Error(`the shadow providers are not built: ${entry} is missing (run npm run build)`);
  const platform = terraformPlatform();
  const out = install(
    mirrorDir,
    path.join(mirrorDir, 'terraform.rc'),
    SHADOWED_PROVIDERS.map((p) => ({ namespace: p.namespace, type: p.type, version: p.version, entry, nodePath: launcher?.nodePath ?? process.execPath, platform, args: [p.name] })),
  );
  return out.configFile;
}
