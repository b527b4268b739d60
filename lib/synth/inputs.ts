/**
 * Input hashes of the incremental synthesis. A stack is a function of its TenantSpec (which is
 * resolved from the tenant file, the tenant's lock entry and the fleet settings), the PlatformSpec
 * and the code that renders it (kommunal-cdk and its cdktf and provider packages). When all of that
 * hashes the same as recorded in the output folder, the stack is not rebuilt.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { TenantSpec } from '../model/spec';
import type { PlatformSpec } from '../blueprint/platform-spec';
import { installedCdktfVersion } from './internal/cdktf-internals';

/** File in the output folder that records the input hash of every synthesized stack. */
export const SYNTH_MANIFEST_NAME = 'kommunal-synth.json';
export const SYNTH_MANIFEST_VERSION = 1;

/** Contents of {@link SYNTH_MANIFEST_NAME}. */
export interface SynthManifest {
  readonly version: typeof SYNTH_MANIFEST_VERSION;
  /** Hash of the rendering code (package versions and the library's own files). */
  readonly engine: string;
  /** Input hash per stack name (tenant keys and `platform`). */
  readonly stacks: Readonly<Record<string, string>>;
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

function packageVersion(name: string, from: string): string {
  try {
    let dir = path.dirname(require.resolve(name, { paths: [from] }));
    for (;;) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg)) {
        const json = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? 'unknown';
      }
      const up = path.dirname(dir);
      if (up === dir) return 'unknown';
      dir = up;
    }
  } catch {
    return 'missing';
  }
}

function codeFiles(dir: string, into: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) codeFiles(p, into);
    else if (/\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) into.push(p);
  }
  return into;
}

let engineCache: string | undefined;

/**
 * Hash of the rendering code: the versions of kommunal-cdk, cdktf, constructs and
 * @cdktf/provider-vault, plus the content of every code file of the library folder this module
 * runs from (dist/lib when built, lib/ under ts-jest/swc). Computed once per process.
 */
export function engineHash(): string {
  if (engineCache !== undefined) return engineCache;
  const libRoot = path.resolve(__dirname, '..');
  const h = createHash('sha256');
  const own = path.resolve(libRoot, '..', 'package.json');
  const ownVersion = fs.existsSync(own) ? (JSON.parse(fs.readFileSync(own, 'utf8')) as { version?: string }).version : 'unknown';
  h.update(`kommunal-cdk ${ownVersion}\ncdktf ${installedCdktfVersion()}\n`);
  for (const dep of ['constructs', '@cdktf/provider-vault']) h.update(`${dep} ${packageVersion(dep, libRoot)}\n`);
  for (const f of codeFiles(libRoot).sort()) {
    h.update(path.relative(libRoot, f).split(path.sep).join('/'));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  engineCache = h.digest('hex');
  return engineCache;
}

/** Input hash of the platform stack. */
export function platformInputHash(engine: string, platform: PlatformSpec): string {
  return sha256(`platform\0${engine}\0${JSON.stringify(platform)}`);
}

/**
 * Input hash of a tenant stack: its spec, the platform it lives in, the code, and the recorded
 * blueprint version when it is not current (it decides the stack's moved blocks).
 */
export function tenantInputHash(engine: string, platformHash: string, spec: TenantSpec, recordedBlueprint?: number): string {
  const upgrade = recordedBlueprint === undefined ? '' : `\0blueprint ${recordedBlueprint}`;
  return sha256(`tenant\0${engine}\0${platformHash}\0${JSON.stringify(spec)}${upgrade}`);
}

/** Reads the synth manifest of an output folder; undefined when absent or unreadable (then everything is rebuilt). */
export function readSynthManifest(outdir: string): SynthManifest | undefined {
  const file = path.join(outdir, SYNTH_MANIFEST_NAME);
  if (!fs.existsSync(file)) return undefined;
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SynthManifest>;
    if (m.version !== SYNTH_MANIFEST_VERSION || typeof m.stacks !== 'object' || m.stacks === null) return undefined;
    return m as SynthManifest;
  } catch {
    return undefined;
  }
}

/** Writes a file atomically (temporary file + rename), so an interrupted run never leaves half a file. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Writes the synth manifest (keys sorted). */
export function writeSynthManifest(outdir: string, engine: string, stacks: Readonly<Record<string, string>>): void {
  const sorted = Object.fromEntries(Object.keys(stacks).sort().map((k) => [k, stacks[k]]));
  const m: SynthManifest = { version: SYNTH_MANIFEST_VERSION, engine, stacks: sorted };
  writeFileAtomic(path.join(outdir, SYNTH_MANIFEST_NAME), `${JSON.stringify(m, null, 2)}\n`);
}
