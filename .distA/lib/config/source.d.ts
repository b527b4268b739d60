import { Problem } from './problems';
export type PathSegment = string | number;
/** Which part of a map entry a problem points at. */
export type Part = 'key' | 'value';
export declare class SourceFile {
    readonly file: string;
    readonly text: string;
    /** The parsed plain data (undefined when the YAML has syntax errors). */
    readonly data: unknown;
    /** YAML syntax problems; when non-empty, `data` is undefined. */
    readonly syntaxProblems: readonly Problem[];
    private readonly doc;
    private readonly lines;
    /**
     * @param file the file name as shown in messages
     * @param text the file's content
     */
    constructor(file: string, text: string);
    /** A problem at the given field path. */
    problem(path: readonly PathSegment[], message: string, part?: Part): Problem;
    /** The original text of a scalar (e.g. `07315000` before YAML turned it into a number). */
    rawScalar(path: readonly PathSegment[]): string | undefined;
    /** The 1-based position of a path's key or value; falls back to the deepest existing ancestor. */
    position(path: readonly PathSegment[], part?: Part): {
        line: number;
        column: number;
    };
    private node;
}
