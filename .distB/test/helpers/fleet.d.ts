import { Fleet, FleetModel } from '../../lib/blueprint/fleet';
export declare const REPO: string;
export declare const EXAMPLES: string;
/** Loads an example's fleet (with its committed lock). */
export declare function exampleModel(example: string): FleetModel;
export interface SynthesizedFleet {
    readonly outdir: string;
    readonly fleet: Fleet;
    /** cdk.tf.json of each stack, parsed. */
    readonly stacks: Record<string, Record<string, unknown>>;
    /** cdk.tf.json of each stack, as written. */
    readonly texts: Record<string, string>;
}
/** Synthesizes a model into a fresh temporary folder. */
export declare function synthModel(model: FleetModel): SynthesizedFleet;
export declare function removeDir(dir: string): void;
