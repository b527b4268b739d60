import { App } from 'cdktf';
import { LoadedFleet, LoadOptions } from '../config/load';
import type { LockFile } from '../config/model';
import type { TenantSpec } from '../config/spec';
import { KommuneStack, type KommuneComplianceOptions } from './kommune-stack';
import { PlatformStack } from './platform-stack';
import type { PlatformSpec } from './platform-spec';
/**
 * The blueprint version a tenant's state was last applied with, when it differs from this
 * library's (then its stack carries moved blocks, or fails for a newer version); undefined when the
 * tenant is current. Absent in the lock means version 1.
 */
export declare function recordedBlueprintFor(lock: LockFile, key: string): number | undefined;
/** Stack name of the platform stack; tenant keys may not take it. */
export declare const PLATFORM_STACK_NAME = "platform";
/** A fleet read from disk and resolved: everything the stacks render, as plain data. */
export interface FleetModel {
    readonly fleet: LoadedFleet;
    readonly platform: PlatformSpec;
    readonly specs: Readonly<Record<string, TenantSpec>>;
    /** The lock after resolution (new tenants allocated). */
    readonly lock: LockFile;
    /** Where the lock lives. */
    readonly lockPath: string;
    /** True when resolution allocated or retired something: the lock file must be written and committed. */
    readonly lockChanged: boolean;
}
export interface LoadFleetModelOptions extends LoadOptions {
    /** Path of fleet.yaml. */
    readonly fleetFile: string;
    /**
     * Path of the lockfile.
     * @default fleet.lock.yaml next to fleet.yaml
     */
    readonly lockFile?: string;
}
/** Reads fleet.yaml, its tenant files and the lockfile, validates and resolves them. */
export declare function loadFleetModel(options: LoadFleetModelOptions): FleetModel;
/** Writes the lock when it changed; returns whether it wrote. */
export declare function writeLockIfChanged(model: FleetModel): boolean;
export interface FleetStacksOptions {
    /**
     * Tenants to build stacks for.
     * @default - every tenant of the fleet
     */
    readonly tenants?: readonly string[];
    /**
     * Also build the platform stack.
     * @default true
     */
    readonly platform?: boolean;
    /**
     * Compliance rule pack options of every tenant stack (see KommuneStackProps.compliance).
     * @default - enabled, unsuppressed errors fail synthesis
     */
    readonly compliance?: KommuneComplianceOptions | false;
}
/**
 * Builds the platform stack and one KommuneStack per tenant of a resolved fleet into an App.
 * Stack names: `platform` and each tenant key.
 */
export declare class Fleet {
    readonly platform?: PlatformStack;
    readonly tenants: Readonly<Record<string, KommuneStack>>;
    constructor(app: App, model: FleetModel, options?: FleetStacksOptions);
    /** Writes each tenant's network plan, backup plan and access matrix below `dir/<key>/`. */
    writeDocuments(dir: string): string[];
}
/** Options of {@link runFleetApp}. */
export interface RunFleetAppOptions {
    /** Folder with fleet.yaml, kommunen/ and fleet.lock.yaml. */
    readonly dir: string;
    /**
     * Output folder.
     * @default CDKTF_OUTDIR, else `<dir>/cdktf.out`
     */
    readonly outdir?: string;
    /** Prints what happened (lock written). @default console.log */
    readonly log?: (line: string) => void;
}
/**
 * The whole cdktf app of a fleet folder, as the examples run it: load and resolve the fleet, build
 * the platform and tenant stacks, synthesize, write the tenant documents next to the stacks
 * (`<outdir>/documents/<key>/`) and record new allocations in fleet.lock.yaml (commit it).
 */
export declare function runFleetApp(options: RunFleetAppOptions): {
    app: App;
    fleet: Fleet;
    model: FleetModel;
};
