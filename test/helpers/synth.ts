/**
 * Wrappers around CDKTF's testing helpers, so that a later move to the maintained fork
 * (CDK Terrain) stays local to this file (STYLE 11).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Test apps get their output folder below one temporary folder per test file, removed after the
 * file's tests (Testing.app() alone leaves a `cdktf.outdir.*` folder in the system temp per app).
 */
const ROOT = path.join(os.tmpdir(), `kommunal-test-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
/** Folders cdktf's Testing.fullSynth made in the system temp (it takes no outdir); removed with ROOT. */
const FULL_SYNTH_DIRS: string[] = [];
if (typeof afterAll === 'function') {
  afterAll(() => {
    fs.rmSync(ROOT, { recursive: true, force: true });
    for (const d of FULL_SYNTH_DIRS.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
}
function appOutdir(): string {
  fs.mkdirSync(ROOT, { recursive: true });
  return fs.mkdtempSync(path.join(ROOT, 'app-'));
}

/** A synthesized stack as plain JSON (the content of cdk.tf.json). */
export interface SynthJson {
  readonly terraform?: { readonly required_providers?: Record<string, { source: string; version?: string }>; readonly backend?: Record<string, unknown> };
  readonly provider?: Record<string, Array<Record<string, unknown>>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly moved?: unknown[];
  readonly [key: string]: unknown;
}

/** A fresh test app (cdktf's Testing.app: stack traces off, test context). */
export function testApp(): App {
  return Testing.app({ outdir: appOutdir() });
}

/** Synthesizes a stack to its JSON text; with `validate`, runs the construct validations first (they throw). */
export function synthText(stack: TerraformStack, validate = false): string {
  return Testing.synth(stack, validate);
}

/** Full synthesis of the stack's app into a temporary folder (construct paths kept); returns the folder. */
export function fullSynth(stack: TerraformStack): string {
  const dir = Testing.fullSynth(stack);
  FULL_SYNTH_DIRS.push(dir);
  return dir;
}

/** A fresh test app and stack. */
export function testStack(name = 'test'): { app: App; stack: TerraformStack } {
  const app = testApp();
  const stack = new TerraformStack(app, name);
  return { app, stack };
}

/** Synthesizes a stack to JSON; with `validate`, runs the construct validations first (they throw). */
export function synthJson(stack: TerraformStack, validate = false): SynthJson {
  return JSON.parse(Testing.synth(stack, validate)) as SynthJson;
}

/** Synthesizes whatever `build` adds to a fresh stack. */
export function synthScope(build: (scope: Construct) => void): SynthJson {
  const stack = new TerraformStack(testApp(), 'stack');
  build(stack);
  return JSON.parse(Testing.synth(stack)) as SynthJson;
}

/** All resources of one type, keyed by their Terraform name. */
export function resourcesOf(json: SynthJson, type: string): Record<string, Record<string, unknown>> {
  return json.resource?.[type] ?? {};
}

/** Every resource address ("type.name") in a synthesized stack, sorted. */
export function resourceAddresses(json: SynthJson): string[] {
  const out: string[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const name of Object.keys(byName)) out.push(`${type}.${name}`);
  }
  for (const [type, byName] of Object.entries(json.data ?? {})) {
    for (const name of Object.keys(byName)) out.push(`data.${type}.${name}`);
  }
  return out.sort();
}
