/** A ref that does not name a commit, or a folder outside a Git work tree. */
export declare class GitRefError extends Error {
    constructor(message: string);
}
/** The top folder of the work tree that contains `dir`. @throws GitRefError */
export declare function gitTopLevel(dir: string): string;
/** Checks that `ref` names a commit. @throws GitRefError naming the ref */
export declare function verifyRef(topLevel: string, ref: string): string;
/** Files changed between `ref` and the work tree (both sides of renames), relative to the top level. */
export declare function changedFilesSince(topLevel: string, ref: string): string[];
/** A file's text at `ref`, or undefined when the file did not exist there. */
export declare function fileAtRef(topLevel: string, ref: string, file: string): string | undefined;
