import { FleetModel } from '../blueprint/fleet';
import type { WorkerUsage } from './worker';
/** How batches run: child processes, worker threads, or in this process one after the other. */
export type SynthRunner = 'process' | 'thread' | 'inline';
export interface SynthProgress {
    /** Stacks synthesized so far in this run. */
    readonly done: number;
    /** Stacks this run synthesizes. */
    readonly total: number;
}
export interface FleetSynthOptions {
    /** The loaded and resolved fleet (loadFleetModel). */
    readonly model: FleetModel;
    /** Output folder (cdktf.out layout: manifest.json, stacks/<name>/cdk.tf.json). */
    readonly outdir: string;
    /**
     * Tenants to synthesize.
     * @default - every tenant of the fleet
     */
    readonly tenants?: readonly string[];
    /**
     * Also synthesize the platform stack.
     * @default - true when `tenants` is not given
     */
    readonly platform?: boolean;
    /**
     * Rebuild even when the inputs hash the same as last time.
     * @default false
     */
    readonly force?: boolean;
    /**
     * Parallel workers.
     * @default - the number of available cores
     */
    readonly jobs?: number;
    /**
     * Tenants per batch (one App each; its stacks are built and synthesized one at a time).
     * @default - up to 100, smaller for small fleets so every worker gets several batches
     */
    readonly batchSize?: number;
    /**
     * A worker is replaced by a fresh process after this many tenants (memory only returns to the
     * system when a process exits). A safety net: each tenant stack is removed from its App and its
     * tokens released after synthesis, and a worker's peak RSS measured the same (~200–220 MiB) after
     * 600 and after 1,200 tenants; every replacement costs a worker start (~0.3 s of CPU).
     * @default 6000
     */
    readonly recycleAfter?: number;
    /**
     * @default - 'process' with more than one job and at least 100 stacks to build, else 'inline'
     */
    readonly runner?: SynthRunner;
    /**
     * Every tenant key of the fleet, when `model` holds only some tenants (loadFleetModelForTenants):
     * stacks of these keys are kept in the output even though the model has no spec for them.
     * @default - the keys of `model.specs`
     */
    readonly fleetKeys?: readonly string[];
    /** Called after each batch. */
    readonly onProgress?: (p: SynthProgress) => void;
}
/** Resource usage of one worker (process or thread). */
export interface WorkerReport extends WorkerUsage {
    /** Tenants the worker synthesized. */
    readonly stacks: number;
}
export interface FleetSynthResult {
    /** Stacks synthesized in this run (tenant keys, and `platform` when it was rebuilt), sorted. */
    readonly built: readonly string[];
    /** Requested stacks whose inputs had not changed (not rebuilt), sorted. */
    readonly unchanged: readonly string[];
    /** Stacks of tenants no longer in the fleet whose output was removed, sorted. */
    readonly removed: readonly string[];
    /** Per built stack: resources and bytes. */
    readonly stacks: Readonly<Record<string, {
        readonly resources: number;
        readonly bytes: number;
    }>>;
    /** Per worker (process runner: one entry per process that ran). */
    readonly workers: readonly WorkerReport[];
    readonly runner: SynthRunner;
    readonly jobs: number;
}
/** Thrown when asked for tenants the fleet does not have. */
export declare class UnknownTenantError extends Error {
    readonly unknown: readonly string[];
    constructor(unknown: readonly string[], fleetSize: number, suggestions: readonly string[]);
}
/**
 * Starts `count` synthesis worker processes now, so that they load their modules (~0.3 s of CPU
 * each) while this process loads and validates the fleet; the next parallel {@link synthFleet}
 * uses them. They do not keep this process alive, and ones left unused are stopped by
 * {@link synthFleet} or {@link stopPrestartedSynthWorkers}.
 */
export declare function prestartSynthWorkers(count: number): void;
/** Stops worker processes started ahead and not used. */
export declare function stopPrestartedSynthWorkers(): void;
/**
 * Whether a synthesis into `outdir` will rebuild every stack: forced, no earlier run recorded, or
 * an earlier run by other code (the engine hash is part of every stack's input hash). Then starting
 * the workers ahead pays off; for an incremental run it may not.
 */
export declare function expectsFullRebuild(outdir: string, force?: boolean): boolean;
/**
 * Synthesizes the fleet (or the requested tenants) into `outdir`, skipping stacks whose inputs are
 * unchanged. Output files are byte-identical to `app.synth()` of `new Fleet(app, model)`.
 * @throws UnknownTenantError when a requested tenant is not in the fleet
 */
export declare function synthFleet(o: FleetSynthOptions): Promise<FleetSynthResult & {
    readonly wallMs: number;
}>;
