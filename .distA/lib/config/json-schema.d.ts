/** The subset of JSON Schema (draft-07) we generate. */
export interface JsonSchema {
    $schema?: string;
    $id?: string;
    title?: string;
    description?: string;
    type?: string | string[];
    enum?: readonly (string | number | boolean)[];
    default?: unknown;
    properties?: Record<string, JsonSchema>;
    additionalProperties?: boolean | JsonSchema;
    propertyNames?: JsonSchema;
    required?: string[];
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
    minItems?: number;
    maxItems?: number;
    minProperties?: number;
    uniqueItems?: boolean;
    items?: JsonSchema;
    pattern?: string;
    patternErrorMessage?: string;
    examples?: unknown[];
}
/** The JSON Schema of one `kommunen/<key>.yaml`. */
export declare function kommuneSchema(): JsonSchema;
/** The JSON Schema of fleet.yaml. */
export declare function fleetSchema(): JsonSchema;
/** The package root: the nearest folder above this module with kommunal-cdk's package.json (works from lib/ and dist/lib/). */
export declare function packageRoot(from?: string): string;
/** Serialized form of a schema as committed under schemas/ (stable key order, trailing newline). */
export declare function serializeSchema(schema: JsonSchema): string;
export declare const SCHEMA_FILES: {
    readonly kommune: "schemas/kommune.schema.json";
    readonly fleet: "schemas/fleet.schema.json";
};
/** Writes schemas/kommune.schema.json and schemas/fleet.schema.json below `root` (the package root). */
export declare function writeJsonSchemas(root?: string): string[];
