/**
 * Plain (unmapped) stack traces for test code that makes thousands of cdktf tokens.
 *
 * cdktf records a creation stack for every token it makes: `Intrinsic`, `Lazy`, dynamic blocks and
 * computed lists call `captureStackTrace` (cdktf 0.21 `lib/tokens/private/stack-trace.js`, lines
 * 10-28), which raises `Error.stackTraceLimit` to `Number.MAX_SAFE_INTEGER` and reads the text of
 * the stack at once. Inside a jest worker that text is made by jest's source-map formatter: jest
 * installs it as `Error.prepareStackTrace` of the worker's main context (jest 30
 * `@jest/source-map` `SourceMapSupport.install`, build/index.js lines 548-562), and Node uses the
 * main context's formatter for a test-context error whenever the test context's own `Error` has
 * none (nodejs/node `lib/internal/errors.js`, `maybeOverridePrepareStackTrace`: "We still have
 * legacy usage that depends on the main context's `Error`"). Mapping every frame through the
 * source maps cost 15 to 20 times V8's own formatting (measured in this repository: 2,000 captures
 * 20 frames deep, 1.1-1.5 s mapped against 0.06-0.12 s plain) and 16 s of the 38 s the template
 * injection test took.
 *
 * {@link withPlainStackTraces} gives the test context a formatter of its own for the duration of
 * one call: V8's default layout (`Name: message` and one `    at <frame>` line per call site), no
 * source maps, and at most {@link PLAIN_CAPTURE_FRAMES} frames for captures into plain objects.
 * Nothing else changes: the code under test runs as it is, errors are thrown as they are; only the
 * file positions in a stack text point at the transpiled code instead of the source.
 */

type StackFormatter = (error: Error, frames: NodeJS.CallSite[]) => unknown;

/** Frames kept in the text of a capture into a plain object (see {@link plainFormatter}). */
export const PLAIN_CAPTURE_FRAMES = 12;

/**
 * V8's default stack layout (what `Error.prototype.stack` holds without a formatter). A capture into
 * an object that is not an Error (cdktf's creation stacks: `Error.captureStackTrace({ stack: "" })`)
 * keeps its innermost {@link PLAIN_CAPTURE_FRAMES} frames, which name the code that made the token;
 * the dozens of test-runner frames below them are what made the formatting expensive. An Error
 * keeps every frame.
 */
const plainFormatter: StackFormatter = (error, frames) => {
  let head: string;
  try {
    head = Error.prototype.toString.call(error);
  } catch {
    head = 'Error';
  }
  const kept = error instanceof Error ? frames : frames.slice(0, PLAIN_CAPTURE_FRAMES);
  return head + kept.map((f) => `\n    at ${String(f)}`).join('');
};

/**
 * Runs `fn` with the test context's `Error.prepareStackTrace` set to V8's plain layout, and puts
 * back whatever was there before (also when `fn` throws). Calls may nest.
 */
export function withPlainStackTraces<T>(fn: () => T): T {
  const before = Error.prepareStackTrace;
  Error.prepareStackTrace = plainFormatter;
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = before;
  }
}
