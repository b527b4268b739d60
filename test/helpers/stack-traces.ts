/**
 * Shallow stack captures for test code that makes many thousands of cdktf tokens.
 *
 * cdktf records a creation stack for every token it makes: `Intrinsic`, `Lazy`, dynamic blocks and
 * computed lists call its `captureStackTrace` (cdktf 0.21 `lib/tokens/private/stack-trace.js`,
 * lines 10-28), which lifts `Error.stackTraceLimit` to `Number.MAX_SAFE_INTEGER`, captures into a
 * plain object (`Error.captureStackTrace({ stack: "" })`) and reads the text at once. Inside a jest
 * worker that text is made by jest's source-map formatter: jest installs it as
 * `Error.prepareStackTrace` of the worker's main context (jest 30 `@jest/source-map`
 * `SourceMapSupport.install`, build/index.js lines 548-562), and Node uses the main context's
 * formatter for a test-context object whenever the test context's own `Error` has none
 * (nodejs/node `lib/internal/errors.js`, `maybeOverridePrepareStackTrace`: "We still have legacy
 * usage that depends on the main context's `Error`"). Mapping every frame of every token's stack
 * through the source maps was most of the CPU time of the template injection test (measured with
 * `node --cpu-prof`: 16 s of 38 s; a capture 20 frames deep took 15 to 20 times as long as with
 * V8's own formatting).
 *
 * {@link withShallowStackCaptures} keeps captures into objects that are not Errors to their first
 * line, without frames, while it runs: cdktf's creation stacks come back empty (they are only
 * quoted in cdktf's error messages about a token that failed to resolve). Errors are left alone:
 * `new Error()`, a thrown error and `Error.captureStackTrace(error)` keep every frame, formatted by
 * jest with source maps as always. The code under test runs as it is.
 */

import { types } from 'util';

/** An Error of any realm (jest's test context or Node's own), or an instance of an Error class. */
const isError = (v: object): boolean => types.isNativeError(v) || v instanceof Error;

/**
 * Runs `fn` with `Error.captureStackTrace` of the test context capturing no frames into objects
 * that are not Errors (cdktf's token creation stacks); Errors capture as usual. Puts the builtin
 * back afterwards, also when `fn` throws, and leaves `Error.stackTraceLimit` as the caller set it.
 */
export function withShallowStackCaptures<T>(fn: () => T): T {
  const capture = Error.captureStackTrace;
  // Without `below`, the capture starts below this wrapper, as it would below the builtin.
  const shallow = (target: object, below?: Function): void => {
    if (isError(target)) return capture(target, below ?? shallow);
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      capture(target, below ?? shallow);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  Error.captureStackTrace = shallow;
  try {
    return fn();
  } finally {
    Error.captureStackTrace = capture;
  }
}
