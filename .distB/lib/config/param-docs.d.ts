import { JsonSchema } from './json-schema';
export declare const PARAMETER_DOCS_FILE = "docs/parameters.md";
/** Markdown table of a schema's fields: name, type, required, default, bounds, description. */
export declare function parameterTable(schema: JsonSchema, skip?: (name: string) => boolean): string;
/** Markdown table of the vetted flow catalogue. */
export declare function flowCatalogueTable(): string;
/** The generated blocks of docs/parameters.md, by marker name. */
export declare function generatedBlocks(): Record<string, string>;
/** Replaces every generated block of `text`; throws when a marker is missing. */
export declare function renderParameterDocs(text: string): string;
/** Markers to paste into docs/parameters.md for a block. */
export declare function blockMarkers(name: string): string;
/** Regenerates the tables in docs/parameters.md below `root` (the package root). */
export declare function writeParameterDocs(root?: string): string;
