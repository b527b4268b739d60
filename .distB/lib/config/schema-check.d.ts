import Ajv from 'ajv';
import { Problem } from './problems';
import type { SourceFile } from './source';
export type SchemaKind = 'kommune' | 'fleet';
/** The ajv options of both schemas (shared with scripts/gen-validators.js, which precompiles them). */
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly verbose: true;
    readonly strict: true;
    readonly useDefaults: false;
};
/** Registers the schemas' extra keywords on an ajv instance. */
export declare function configureAjv(ajv: Ajv): Ajv;
/** File name of the validators that `npm run build` precompiles next to this module (dist only). */
export declare const PRECOMPILED_VALIDATORS = "validators.generated.js";
/** Validates `src.data` against the schema and returns one problem per violation. */
export declare function schemaProblems(src: SourceFile, kind: SchemaKind): Problem[];
