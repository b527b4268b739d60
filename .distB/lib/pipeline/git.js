"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GitRefError = void 0;
exports.gitTopLevel = gitTopLevel;
exports.verifyRef = verifyRef;
exports.changedFilesSince = changedFilesSince;
exports.fileAtRef = fileAtRef;
/**
 * The Git access of `kommunal pipeline --changed-since`: the only place in lib/pipeline that runs
 * a process. Arguments are passed without a shell.
 */
const child_process_1 = require("child_process");
/** A ref that does not name a commit, or a folder outside a Git work tree. */
class GitRefError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitRefError';
    }
}
exports.GitRefError = GitRefError;
function git(cwd, args) {
    return (0, child_process_1.execFileSync)('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
/** The top folder of the work tree that contains `dir`. @throws GitRefError */
function gitTopLevel(dir) {
    try {
        return git(dir, ['rev-parse', '--show-toplevel']).trim();
    }
    catch {
        throw new GitRefError(`${dir} is not inside a Git work tree; --changed-since needs the fleet in a Git repository`);
    }
}
/** Checks that `ref` names a commit. @throws GitRefError naming the ref */
function verifyRef(topLevel, ref) {
    if (ref.startsWith('-'))
        throw new GitRefError(`"${ref}" is not a Git ref`);
    try {
        return git(topLevel, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    }
    catch {
        throw new GitRefError(`unknown Git ref "${ref}": no commit with that name in ${topLevel} (fetch it, or use a commit SHA, branch or tag that exists; in CI set GIT_DEPTH: "0")`);
    }
}
/** Files changed between `ref` and the work tree (both sides of renames), relative to the top level. */
function changedFilesSince(topLevel, ref) {
    const sha = verifyRef(topLevel, ref);
    const out = git(topLevel, ['diff', '--name-only', '--no-renames', '-z', sha, '--']);
    const untracked = git(topLevel, ['ls-files', '--others', '--exclude-standard', '-z']);
    return [...new Set([...out.split('\0'), ...untracked.split('\0')].filter((f) => f !== ''))].sort();
}
/** A file's text at `ref`, or undefined when the file did not exist there. */
function fileAtRef(topLevel, ref, file) {
    const sha = verifyRef(topLevel, ref);
    try {
        return git(topLevel, ['show', `${sha}:${file}`]);
    }
    catch {
        return undefined;
    }
}
