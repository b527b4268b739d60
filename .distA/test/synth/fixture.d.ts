import { FleetModel } from '../../lib/blueprint/fleet';
export declare const REPO: string;
/** YAML of synthetic tenant number `i` (AGS in the non-existent Kreis 998 of Rhineland-Palatinate). */
export declare function syntheticTenant(i: number, extra?: string): {
    key: string;
    yaml: string;
};
/** Creates the fleet folder and returns its fleet.yaml path. */
export declare function makeFleet(synthetic?: number): {
    dir: string;
    fleetFile: string;
};
export declare function loadModel(fleetFile: string): FleetModel;
/** The straightforward path: one App, the Fleet construct, app.synth(). */
export declare function synthStraightforward(model: FleetModel, outdir: string): void;
/** Every file below `dir` (relative path → content), except the given names. */
export declare function readTree(dir: string, except?: readonly string[]): Map<string, string>;
export declare function removeDir(dir: string): void;
