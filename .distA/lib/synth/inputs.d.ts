import type { TenantSpec } from '../config/spec';
import type { PlatformSpec } from '../blueprint/platform-spec';
/** File in the output folder that records the input hash of every synthesized stack. */
export declare const SYNTH_MANIFEST_NAME = "kommunal-synth.json";
export declare const SYNTH_MANIFEST_VERSION = 1;
/** Contents of {@link SYNTH_MANIFEST_NAME}. */
export interface SynthManifest {
    readonly version: typeof SYNTH_MANIFEST_VERSION;
    /** Hash of the rendering code (package versions and the library's own files). */
    readonly engine: string;
    /** Input hash per stack name (tenant keys and `platform`). */
    readonly stacks: Readonly<Record<string, string>>;
}
/**
 * Hash of the rendering code: the versions of kommunal-cdk, cdktf, constructs and
 * @cdktf/provider-vault, plus the content of every code file of the library folder this module
 * runs from (dist/lib when built, lib/ under ts-jest/swc). Computed once per process.
 */
export declare function engineHash(): string;
/** Input hash of the platform stack. */
export declare function platformInputHash(engine: string, platform: PlatformSpec): string;
/**
 * Input hash of a tenant stack: its spec, the platform it lives in, the code, and the recorded
 * blueprint version when it is not current (it decides the stack's moved blocks).
 */
export declare function tenantInputHash(engine: string, platformHash: string, spec: TenantSpec, recordedBlueprint?: number): string;
/** Reads the synth manifest of an output folder; undefined when absent or unreadable (then everything is rebuilt). */
export declare function readSynthManifest(outdir: string): SynthManifest | undefined;
/** Writes a file atomically (temporary file + rename), so an interrupted run never leaves half a file. */
export declare function writeFileAtomic(file: string, text: string): void;
/** Writes the synth manifest (keys sorted). */
export declare function writeSynthManifest(outdir: string, engine: string, stacks: Readonly<Record<string, string>>): void;
