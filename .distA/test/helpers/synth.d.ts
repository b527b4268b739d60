import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
/** A synthesized stack as plain JSON (the content of cdk.tf.json). */
export interface SynthJson {
    readonly terraform?: {
        readonly required_providers?: Record<string, {
            source: string;
            version?: string;
        }>;
        readonly backend?: Record<string, unknown>;
    };
    readonly provider?: Record<string, Array<Record<string, unknown>>>;
    readonly variable?: Record<string, Record<string, unknown>>;
    readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
    readonly data?: Record<string, Record<string, Record<string, unknown>>>;
    readonly output?: Record<string, Record<string, unknown>>;
    readonly moved?: unknown[];
    readonly [key: string]: unknown;
}
/** A fresh test app (cdktf's Testing.app: stack traces off, test context). */
export declare function testApp(): App;
/** Synthesizes a stack to its JSON text; with `validate`, runs the construct validations first (they throw). */
export declare function synthText(stack: TerraformStack, validate?: boolean): string;
/** Full synthesis of the stack's app into a temporary folder (construct paths kept); returns the folder. */
export declare function fullSynth(stack: TerraformStack): string;
/** A fresh test app and stack. */
export declare function testStack(name?: string): {
    app: App;
    stack: TerraformStack;
};
/** Synthesizes a stack to JSON; with `validate`, runs the construct validations first (they throw). */
export declare function synthJson(stack: TerraformStack, validate?: boolean): SynthJson;
/** Synthesizes whatever `build` adds to a fresh stack. */
export declare function synthScope(build: (scope: Construct) => void): SynthJson;
/** All resources of one type, keyed by their Terraform name. */
export declare function resourcesOf(json: SynthJson, type: string): Record<string, Record<string, unknown>>;
/** Every resource address ("type.name") in a synthesized stack, sorted. */
export declare function resourceAddresses(json: SynthJson): string[];
