/**
 * Installation of a shadow provider for terraform: an entry of an *unpacked filesystem mirror*
 * whose executable is a small launcher script (`exec node <entry.js>`), and the terraform CLI
 * configuration (for `TF_CLI_CONFIG_FILE`) that installs those providers from the mirror and
 * never from the network. Pure inputs (no environment reads), idempotent (a file is rewritten only
 * when its bytes differ), byte-stable for the same inputs.
 *
 * Layout (hashicorp/terraform v1.11.4): internal/getproviders/filesystem_search.go and
 * filesystem_mirror_source.go read `<mirror>/<hostname>/<namespace>/<type>/<version>/<os>_<arch>/`
 * as an unpacked package; internal/getproviders/hash.go:263 `PackageHashV1` hashes that directory,
 * so the launcher's bytes, including the absolute entry path, enter `.terraform.lock.hcl`.
 * internal/providercache/cached_provider.go:106-140 `ExecutableFile` takes the file whose name
 * starts with `terraform-provider-<type>`. The CLI config blocks and their `path`, `include`,
 * `exclude` arguments: internal/command/cliconfig/provider_installation.go:140-200.
 */
import * as fs from 'fs';
import * as path from 'path';
import { shellQuote } from '../../core/shell';

/** One provider to install. */
export interface ShadowProviderInstall {
  /** Registry host. @default "registry.terraform.io" */
  readonly hostname?: string;
  /** e.g. `bpg` */
  readonly namespace: string;
  /** e.g. `proxmox` */
  readonly type: string;
  /** e.g. `0.111.1` */
  readonly version: string;
  /** Absolute path of the compiled JS entry that calls `runPlugin`. */
  readonly entry: string;
  /** Absolute path of the node binary; pass `process.execPath` for the running one. */
  readonly nodePath: string;
  /** Target platform. @default "linux_amd64" */
  readonly platform?: string;
  /** Extra arguments passed to the entry after the ones terraform gives (none today). */
  readonly args?: readonly string[];
}

/** What `installShadowProvider` wrote. */
export interface InstalledProvider {
  /** `<hostname>/<namespace>/<type>` */
  readonly source: string;
  readonly executable: string;
  /** True when the launcher's bytes changed (or it was new). */
  readonly changed: boolean;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const PLATFORM = /^[a-z0-9]+_[a-z0-9]+$/;

/** The launcher script for `p` (exported for tests). */
export function launcherScript(p: ShadowProviderInstall): string {
  const argv = [p.nodePath, p.entry, ...(p.args ?? [])].map((a) => shellQuote(a, { always: true })).join(' ');
  return `#!/bin/sh\n# kommunal-cdk shadow provider ${p.namespace}/${p.type} ${p.version}: generated launcher, do not edit.\nexec ${argv} "$@"\n`;
}

function writeIfChanged(file: string, content: string, mode: number): boolean {
  let same = false;
  try {
    same = fs.readFileSync(file, 'utf8') === content;
  } catch {
    same = false;
  }
  if (!same) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, content, { mode });
    fs.renameSync(tmp, file);
  }
  fs.chmodSync(file, mode);
  return !same;
}

function check(p: ShadowProviderInstall): { hostname: string; platform: string } {
  const hostname = p.hostname ?? 'registry.terraform.io';
  const platform = p.platform ?? 'linux_amd64';
  const problems: string[] = [];
  if (!/^[a-z0-9.-]+(:\d+)?$/.test(hostname)) problems.push(`hostname ${JSON.stringify(hostname)} is not a host name`);
  if (!NAME.test(p.namespace)) problems.push(`namespace ${JSON.stringify(p.namespace)} must match ${NAME}`);
  if (!NAME.test(p.type)) problems.push(`type ${JSON.stringify(p.type)} must match ${NAME}`);
  if (!VERSION.test(p.version)) problems.push(`version ${JSON.stringify(p.version)} is not a semantic version`);
  if (!PLATFORM.test(platform)) problems.push(`platform ${JSON.stringify(platform)} must look like linux_amd64`);
  if (!path.isAbsolute(p.entry)) problems.push(`entry ${JSON.stringify(p.entry)} must be an absolute path`);
  if (!path.isAbsolute(p.nodePath)) problems.push(`nodePath ${JSON.stringify(p.nodePath)} must be an absolute path`);
  if (problems.length > 0) throw new Error(`cannot install shadow provider:\n- ${problems.join('\n- ')}`);
  return { hostname, platform };
}

/**
 * Writes `<mirror>/<host>/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>_v<version>`
 * (mode 0755). `mirror` must be absolute.
 */
export function installShadowProvider(mirror: string, p: ShadowProviderInstall): InstalledProvider {
  if (!path.isAbsolute(mirror)) throw new Error(`cannot install shadow provider: mirror ${JSON.stringify(mirror)} must be an absolute path`);
  const { hostname, platform } = check(p);
  const executable = path.join(mirror, hostname, p.namespace, p.type, p.version, platform, `terraform-provider-${p.type}_v${p.version}`);
  const changed = writeIfChanged(executable, launcherScript(p), 0o755);
  return { source: `${hostname}/${p.namespace}/${p.type}`, executable, changed };
}

function hclString(s: string): string {
  // HCL's quoted template: escape backslash and quote, and the template introducers.
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{').replace(/\n/g, '\\n')}"`;
}

/**
 * The CLI configuration text: install `sources` (`host/namespace/type`) only from `mirror`, and
 * everything else directly (which fails offline, as it should). Sources are sorted and
 * deduplicated so that the text depends only on the set.
 */
export function cliConfigText(mirror: string, sources: readonly string[]): string {
  if (!path.isAbsolute(mirror)) throw new Error(`mirror ${JSON.stringify(mirror)} must be an absolute path`);
  const list = [...new Set(sources)].sort();
  const items = list.map((s) => `      ${hclString(s)},`).join('\n');
  return [
    '# Generated by kommunal-cdk (lib/rehearsal/plugin/install.ts): shadow providers from a local mirror.',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${hclString(mirror)}`,
    '    include = [',
    items,
    '    ]',
    '  }',
    '  direct {',
    '    exclude = [',
    items,
    '    ]',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Installs every provider into `mirror` and writes the CLI config to `configFile`. Returns the
 * installed providers and whether the config changed.
 */
export function installShadowProviders(
  mirror: string,
  configFile: string,
  providers: readonly ShadowProviderInstall[],
): { readonly providers: readonly InstalledProvider[]; readonly configFile: string; readonly configChanged: boolean } {
  if (!path.isAbsolute(configFile)) throw new Error(`config file ${JSON.stringify(configFile)} must be an absolute path`);
  const installed = providers.map((p) => installShadowProvider(mirror, p));
  const configChanged = writeIfChanged(configFile, cliConfigText(mirror, installed.map((i) => i.source)), 0o644);
  return { providers: installed, configFile, configChanged };
}
