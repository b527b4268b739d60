/**
 * The Git access of `kommunal pipeline --changed-since`: the only place in lib/pipeline that runs
 * a process. Arguments are passed without a shell.
 */
import { execFileSync } from 'child_process';

/** A ref that does not name a commit, or a folder outside a Git work tree. */
export class GitRefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitRefError';
  }
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The top folder of the work tree that contains `dir`. @throws GitRefError */
export function gitTopLevel(dir: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new GitRefError(`${dir} is not inside a Git work tree; --changed-since needs the fleet in a Git repository`);
  }
}

/** Checks that `ref` names a commit. @throws GitRefError naming the ref */
export function verifyRef(topLevel: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitRefError(`"${ref}" is not a Git ref`);
  try {
    return git(topLevel, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new GitRefError(`unknown Git ref "${ref}": no commit with that name in ${topLevel} (fetch it, or use a commit SHA, branch or tag that exists; in CI set GIT_DEPTH: "0")`);
  }
}

/** Files changed between `ref` and the work tree (both sides of renames), relative to the top level. */
export function changedFilesSince(topLevel: string, ref: string): string[] {
  const sha = verifyRef(topLevel, ref);
  const out = git(topLevel, ['diff', '--name-only', '--no-renames', '-z', sha, '--']);
  const untracked = git(topLevel, ['ls-files', '--others', '--exclude-standard', '-z']);
  return [...new Set([...out.split('\0'), ...untracked.split('\0')].filter((f) => f !== ''))].sort();
}

/** A file's text at `ref`, or undefined when the file did not exist there. */
export function fileAtRef(topLevel: string, ref: string, file: string): string | undefined {
  const sha = verifyRef(topLevel, ref);
  try {
    return git(topLevel, ['show', `${sha}:${file}`]);
  } catch {
    return undefined;
  }
}
