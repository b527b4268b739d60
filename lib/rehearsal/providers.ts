/**
 * The two shadow providers a rehearsal installs, and how terraform starts them: an unpacked
 * filesystem mirror whose "provider binary" is a launcher for this package's plugin server.
 */
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../config/json-schema';

/** The providers the blueprint uses, exactly as its stacks pin them. */
export const SHADOWED_PROVIDERS = [
  { name: 'proxmox', source: 'registry.terraform.io/bpg/proxmox', version: '0.111.1' },
  { name: 'vault', source: 'registry.terraform.io/hashicorp/vault', version: '5.6.0' },
] as const;

export type ShadowedProviderName = (typeof SHADOWED_PROVIDERS)[number]['name'];

/** The command line that starts a shadow provider (argv, no shell). */
export type ShadowLauncher = (name: ShadowedProviderName) => readonly string[];

/** The compiled plugin entry of this package. */
export function pluginEntry(): string {
  return path.join(packageRoot(), 'dist', 'lib', 'rehearsal', 'plugin', 'main.js');
}

/** Starts this package's shadow provider: `node dist/lib/rehearsal/plugin/main.js <name>`. */
export const defaultLauncher: ShadowLauncher = (name) => {
  const entry = pluginEntry();
  if (!fs.existsSync(entry)) throw new Error(`the shadow providers are not built: ${entry} is missing (run npm run build)`);
  return [process.execPath, entry, name];
};

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Writes the mirror (one launcher per provider) under `mirrorDir` and a CLI configuration that
 * installs only from it; returns the configuration's path (for TF_CLI_CONFIG_FILE).
 */
export function installShadowProviders(mirrorDir: string, launcher: ShadowLauncher = defaultLauncher): string {
  for (const p of SHADOWED_PROVIDERS) {
    const type = p.source.split('/')[2];
    const dir = path.join(mirrorDir, p.source, p.version, 'linux_amd64');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `terraform-provider-${type}_v${p.version}`);
    fs.writeFileSync(file, `#!/bin/sh\nexec ${launcher(p.name).map(shellQuote).join(' ')} "$@"\n`, { mode: 0o755 });
  }
  const config = path.join(mirrorDir, 'terraform.rc');
  const q = JSON.stringify(mirrorDir);
  fs.writeFileSync(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${q}\n    include = ["registry.terraform.io/*/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  return config;
}
